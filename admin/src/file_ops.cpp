#include "kommunsok/admin/file_ops.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace kommunsok::admin {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& what, const fs::path& path, int error) {
  throw AdminError("cannot " + what + " " + path.string() + ": " + std::strerror(error));
}

// Opens for flushing; a folder can be opened read-only and fsync'd on Linux.
int open_for_sync(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail("open", path, errno);
  return fd;
}

}  // namespace

void sync_path(const fs::path& path) {
  const int fd = open_for_sync(path);
  const int result = ::fsync(fd);
  const int saved = errno;
  ::close(fd);
  if (result != 0) fail("flush", path, saved);
}

void sync_folders(const fs::path& root) {
  for (fs::recursive_directory_iterator it(root), end; it != end; ++it) {
    if (it->is_directory()) sync_path(it->path());
  }
  sync_path(root);
}

Placement link_or_copy(const fs::path& src, const fs::path& dst) {
  if (::link(src.c_str(), dst.c_str()) == 0) return Placement::Linked;
  if (errno == ENOENT && !fs::exists(src)) throw SourceMissing(src.string() + " does not exist");
  // Another filesystem (EXDEV), links not allowed (EPERM under protected_hardlinks, a
  // filesystem without them), too many links: the bytes are copied instead.
  if (errno == EEXIST) fail("link to", dst, errno);
  copy_new_file(src, dst);
  return Placement::Copied;
}

void copy_new_file(const fs::path& src, const fs::path& dst) {
  std::error_code ec;
  fs::copy_file(src, dst, fs::copy_options::none, ec);
  if (ec == std::errc::no_such_file_or_directory && !fs::exists(src)) {
    throw SourceMissing(src.string() + " does not exist");
  }
  if (ec) throw AdminError("cannot copy " + src.string() + " to " + dst.string() + ": " + ec.message());
  sync_path(dst);
}

void rename_no_replace(const fs::path& from, const fs::path& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return;
  if (errno == EINVAL || errno == ENOSYS) {
    // A filesystem without RENAME_NOREPLACE: the check and the rename are two steps.
    if (fs::exists(fs::symlink_status(to))) fail("rename " + from.string() + " to", to, EEXIST);
    if (::rename(from.c_str(), to.c_str()) == 0) return;
  }
  fail("rename " + from.string() + " to", to, errno);
}

bool exchange_paths(const fs::path& a, const fs::path& b) {
  if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return true;
  if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) return false;
  fail("swap " + a.string() + " with", b, errno);
}

void remove_quietly(const fs::path& path) noexcept {
  std::error_code ec;
  fs::remove_all(path, ec);
}

}  // namespace kommunsok::admin
