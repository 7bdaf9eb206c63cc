#include "kommunsok/indexer/original_store.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/schema/original_archive.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTemporaryPrefix = ".partial-";

void fail(const std::string& what, const fs::path& path) {
  throw IndexError("cannot " + what + " " + path.string() + ": " + std::strerror(errno));
}


}  // namespace

std::string sha256_hex(std::string_view bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), bytes.size());
  return Poco::DigestEngine::digestToHex(engine.digest());
}

OriginalStore::OriginalStore(fs::path db_dir) : db_dir_(std::move(db_dir)) {}

void OriginalStore::store(std::string_view bytes, const std::string& sha256) const {
  const fs::path target = schema::original_path(db_dir_, sha256);
  std::error_code ec;
  if (fs::exists(target, ec) && fs::file_size(target, ec) == bytes.size()) return;
  fs::create_directories(target.parent_path(), ec);
  if (ec) throw IndexError("cannot create " + target.parent_path().string() + ": " + ec.message());
  // Written under a temporary name and renamed, so a crash never leaves a half file under
  // the digest's name.
  // The name is this store's own: indexing threads may store the same bytes (two identical
  // files) at once, and must not write into one temporary file.
  static std::atomic<unsigned long> stores{0};
  const fs::path partial = target.parent_path() / (std::string(kTemporaryPrefix) + sha256 + "-" + std::to_string(::getpid()) +
                                                   "-" + std::to_string(stores++));
  const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail("write", partial);
  std::string_view rest = bytes;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int saved = errno;
      ::close(fd);
      fs::remove(partial, ec);
      errno = saved;
      fail("write", partial);
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  if (::close(fd) != 0) {
    fs::remove(partial, ec);
    fail("write", partial);
  }
  if (::rename(partial.c_str(), target.c_str()) != 0) {
    fs::remove(partial, ec);
    fail("store", target);
  }
}

void OriginalStore::sync() const {
  // One syncfs for a whole batch instead of a disk flush per file: the guarantee needed is
  // only that a batch's originals are on disk before the commit that refers to them.
  const fs::path root = schema::originals_dir(db_dir_);
  const int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;  // nothing stored yet
  const int result = ::syncfs(fd);
  const int saved = errno;
  ::close(fd);
  if (result != 0) {
    errno = saved;
    fail("sync", root);
  }
}

std::size_t OriginalStore::remove_unreferenced(const std::set<std::string>& referenced) const {
  std::size_t removed = 0;
  std::error_code ec;
  const fs::path root = schema::originals_dir(db_dir_);
  if (!fs::exists(root, ec)) return 0;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    // Each entry's own error: one file that vanished or cannot be removed stops nothing.
    std::error_code entry_ec;
    if (!it->is_regular_file(entry_ec)) continue;
    const std::string name = it->path().filename().string();
    const bool stale = name.starts_with(kTemporaryPrefix) || !schema::is_sha256_hex(name) || !referenced.contains(name);
    if (stale && fs::remove(it->path(), entry_ec)) ++removed;
  }
  return removed;
}

}  // namespace kommunsok::indexer
