#include "kommunsok/server/api_keys.hpp"

#include "kommunsok/schema/upload_spool.hpp"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/Timestamp.h>
#include <sys/random.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace kommunsok::server {

namespace fs = std::filesystem;

std::string_view scope_name(KeyScope scope) {
  switch (scope) {
    case KeyScope::read: return "read";
    case KeyScope::ingest: return "ingest";
    case KeyScope::admin: return "admin";
  }
  return "read";
}

KeyScope parse_scope(std::string_view name) {
  if (name == "read") return KeyScope::read;
  if (name == "ingest") return KeyScope::ingest;
  if (name == "admin") return KeyScope::admin;
  throw std::invalid_argument("scope must be read, ingest or admin, not '" + std::string(name) + "'");
}

bool scope_allows(KeyScope held, KeyScope needed) { return static_cast<int>(held) >= static_cast<int>(needed); }

std::string sha256_hex_of(std::string_view text) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(text.data(), static_cast<unsigned>(text.size()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

namespace {

bool valid_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

std::string random_key() {
  unsigned char bytes[20];
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0) throw KeyFileError("no randomness for a key");
    got += static_cast<std::size_t>(n);
  }
  static const char* hex = "0123456789abcdef";
  std::string key = "ks_";
  for (unsigned char b : bytes) {
    key += hex[b >> 4];
    key += hex[b & 15];
  }
  return key;
}

// Equal length hex digests compared without an early exit.
bool same_digest(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

std::vector<ApiKey> KeyFile::read() const {
  std::ifstream in(path_);
  if (!in) {
    std::error_code ec;
    if (!fs::exists(path_, ec) && !ec) return {};
    throw KeyFileError("cannot read the key file " + path_.string());
  }
  std::vector<ApiKey> keys;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    if (cells.size() != 5 || cells[2].size() != 64)
      throw KeyFileError("line " + std::to_string(number) + " of " + path_.string() + " is not a key");
    ApiKey key;
    key.name = cells[0];
    try {
      key.scope = parse_scope(cells[1]);
    } catch (const std::invalid_argument& e) {
      throw KeyFileError("line " + std::to_string(number) + " of " + path_.string() + ": " + e.what());
    }
    key.digest = cells[2];
    key.created = cells[3];
    key.revoked = cells[4] != "active";
    keys.push_back(std::move(key));
  }
  return keys;
}

void KeyFile::write(const std::vector<ApiKey>& keys) const {
  std::string text = "# Kommunsök API keys: name, scope, SHA-256 of the key, created, state. Edit with kommunsok-keys.\n";
  for (const ApiKey& k : keys)
    text += k.name + "\t" + std::string(scope_name(k.scope)) + "\t" + k.digest + "\t" + k.created + "\t" +
            (k.revoked ? "revoked" : "active") + "\n";
  try {
    if (!path_.parent_path().empty()) fs::create_directories(path_.parent_path());
    schema::write_durably(path_, text, 0600);  // readable by the services' user alone
  } catch (const std::exception& e) {
    throw KeyFileError("cannot write the key file " + path_.string() + ": " + e.what());
  }
}

std::string KeyFile::create(const std::string& name, KeyScope scope) const {
  if (!valid_name(name)) throw KeyFileError("a key name is 1 to 64 of A-Z a-z 0-9 . _ -, not '" + name + "'");
  std::vector<ApiKey> keys = read();
  if (std::any_of(keys.begin(), keys.end(), [&](const ApiKey& k) { return k.name == name && !k.revoked; }))
    throw KeyFileError("an active key is already named '" + name + "'; revoke it first or choose another name");
  const std::string key = random_key();
  keys.push_back(ApiKey{name, scope, sha256_hex_of(key),
                        Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::ISO8601_FORMAT), false});
  write(keys);
  return key;
}

void KeyFile::revoke(const std::string& name) const {
  std::vector<ApiKey> keys = read();
  bool found = false;
  for (ApiKey& k : keys)
    if (k.name == name && !k.revoked) k.revoked = found = true;
  if (!found) throw KeyFileError("no active key is named '" + name + "'");
  write(keys);
}

void KeyRing::refresh() const {
  const auto now = std::chrono::steady_clock::now();
  if (checked_ != std::chrono::steady_clock::time_point{} && now - checked_ < std::chrono::seconds(1)) return;
  checked_ = now;
  std::error_code ec;
  const auto modified = fs::last_write_time(path_, ec);
  const auto size = ec ? 0 : fs::file_size(path_, ec);
  if (ec) {
    keys_.clear();  // no file: no keys
    return;
  }
  if (modified == seen_ && size == seen_size_ && !keys_.empty()) return;
  try {
    keys_ = file_.read();
    seen_ = modified;
    seen_size_ = size;
  } catch (const KeyFileError&) {
    keys_.clear();  // an unreadable key file lets no one in
  }
}

std::optional<ApiKey> KeyRing::verify(const std::string& presented) const {
  const std::string digest = sha256_hex_of(presented);
  std::lock_guard lock(mutex_);
  refresh();
  std::optional<ApiKey> match;
  for (const ApiKey& key : keys_)
    if (same_digest(key.digest, digest) && !key.revoked && !match) match = key;
  return match;
}

}  // namespace kommunsok::server
