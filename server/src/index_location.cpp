#include "kommunsok/server/index_location.hpp"

#include <sys/stat.h>

#include <charconv>
#include <stdexcept>

namespace kommunsok::server {

Shard parse_shard(const std::string& text) {
  constexpr std::string_view kTcp = "tcp://";
  Shard shard;
  if (!text.starts_with(kTcp)) {
    if (text.empty()) throw std::invalid_argument("a shard must be a directory or tcp://host:port, not empty");
    shard.path = text;
    return shard;
  }
  const std::string rest = text.substr(kTcp.size());
  const std::size_t colon = rest.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == rest.size())
    throw std::invalid_argument("shard '" + text + "' must be tcp://host:port");
  unsigned port = 0;
  const char* digits = rest.data() + colon + 1;
  const auto [end, ec] = std::from_chars(digits, rest.data() + rest.size(), port);
  if (ec != std::errc() || end != rest.data() + rest.size() || port == 0 || port > 65535)
    throw std::invalid_argument("shard '" + text + "' has no valid port (1–65535)");
  shard.host = rest.substr(0, colon);
  if (shard.host.size() > 2 && shard.host.front() == '[' && shard.host.back() == ']')
    shard.host = shard.host.substr(1, shard.host.size() - 2);  // [::1]
  shard.port = static_cast<unsigned short>(port);
  return shard;
}

Xapian::Database IndexLocation::open() const {
  if (shards.empty()) {
    Xapian::Database db(db_dir.string());
    // An empty file opens as a "stub" of no databases: searchable by nothing, not an empty index.
    if (db.size() == 0) throw Xapian::DatabaseOpeningError(db_dir.string() + " holds no index");
    return db;
  }
  Xapian::Database combined;
  for (const Shard& shard : shards) {
    if (shard.path.empty()) {
      const auto ms = static_cast<unsigned>(remote_timeout.count());
      combined.add_database(Xapian::Remote::open(shard.host, shard.port, ms, ms));
    } else {
      Xapian::Database local(shard.path);
      if (local.size() == 0) throw Xapian::DatabaseOpeningError(shard.path + " holds no index");
      combined.add_database(local);
    }
  }
  return combined;
}

Xapian::Database IndexLocation::open_spelling() const {
  Xapian::Database combined;
  for (const std::string& path : spelling) combined.add_database(Xapian::Database(path));
  return combined;
}

namespace {

void add_identity(std::string& out, const std::filesystem::path& path) {
  struct stat folder {};
  if (::stat(path.c_str(), &folder) == 0) out += std::to_string(folder.st_dev) + ":" + std::to_string(folder.st_ino);
  // xapian-replicate keeps a stub naming the current copy, rewritten when it switches.
  struct stat stub {};
  if (::stat((path / "XAPIANDB").c_str(), &stub) == 0) out += "/" + std::to_string(stub.st_ino);
  out += ";";
}

}  // namespace

std::string IndexLocation::identity() const {
  std::string out;
  if (shards.empty()) add_identity(out, db_dir);
  for (const Shard& shard : shards)
    if (!shard.path.empty()) add_identity(out, shard.path);
  return out;
}

std::string IndexLocation::spelling_identity() const {
  std::string out;
  for (const std::string& path : spelling) add_identity(out, path);
  return out;
}

std::string IndexLocation::describe() const {
  if (shards.empty()) return db_dir.string();
  std::string out = std::to_string(shards.size()) + " shards (";
  for (std::size_t i = 0; i < shards.size(); ++i) {
    if (i) out += ", ";
    out += shards[i].path.empty() ? "tcp://" + shards[i].host + ":" + std::to_string(shards[i].port) : shards[i].path;
  }
  return out + ")";
}

}  // namespace kommunsok::server
