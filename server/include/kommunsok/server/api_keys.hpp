// Why: writing needs a key. Keys are random, shown once, stored only as digests, revocable,
// and checked in constant time; the server sees a revocation within a second, no restart.
#pragma once

#include <chrono>
#include <filesystem>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kommunsok::server {

enum class KeyScope { read, ingest, admin };

std::string_view scope_name(KeyScope scope);
/// Throws std::invalid_argument for anything but read, ingest, admin.
KeyScope parse_scope(std::string_view name);
/// True when a key of `held` scope may do what needs `needed`: admin ⊃ ingest ⊃ read.
bool scope_allows(KeyScope held, KeyScope needed);

struct ApiKey {
  std::string name;
  KeyScope scope = KeyScope::read;
  std::string digest;   ///< SHA-256 of the key, hex
  std::string created;  ///< ISO time
  bool revoked = false;
};

struct KeyFileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The key file: one key a line, `name<TAB>scope<TAB>sha256<TAB>created<TAB>active|revoked`.
class KeyFile {
 public:
  explicit KeyFile(std::filesystem::path path) : path_(std::move(path)) {}
  /// Every key, revoked ones too; none when the file does not exist.
  std::vector<ApiKey> read() const;
  /// Adds a key and returns it in full: the only time it is shown. Throws KeyFileError for a
  /// bad or taken name.
  std::string create(const std::string& name, KeyScope scope) const;
  /// Throws KeyFileError when no active key has this name.
  void revoke(const std::string& name) const;

 private:
  void write(const std::vector<ApiKey>& keys) const;
  std::filesystem::path path_;
};

/// The server's view of the key file, re-read when the file changes.
class KeyRing {
 public:
  explicit KeyRing(std::filesystem::path path) : file_(path), path_(std::move(path)) {}
  /// The active key `presented` is, or nullopt. Every stored digest is compared, in time that
  /// does not depend on where (or whether) they differ.
  std::optional<ApiKey> verify(const std::string& presented) const;

 private:
  void refresh() const;
  KeyFile file_;
  std::filesystem::path path_;
  mutable std::mutex mutex_;
  mutable std::vector<ApiKey> keys_;
  mutable std::chrono::steady_clock::time_point checked_{};
  mutable std::filesystem::file_time_type seen_{};
  mutable std::uintmax_t seen_size_ = 0;
};

/// SHA-256 of `text`, hex.
std::string sha256_hex_of(std::string_view text);

}  // namespace kommunsok::server
