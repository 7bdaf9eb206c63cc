#include "kommunsok/indexer/source_bytes.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "kommunsok/indexer/source_error.hpp"

namespace kommunsok::indexer {

namespace {

std::string megabytes(std::uintmax_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

bool same_version(const struct stat& a, const struct stat& b) {
  return a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec &&
         a.st_ino == b.st_ino;
}

}  // namespace

SourceBytes read_source_bytes(const std::filesystem::path& path, std::uintmax_t limit) {
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
  if (fd.get() < 0) {
    if (errno == ENOENT) throw SourceError("the file vanished before it could be read");
    throw SourceError(std::string("cannot read: ") + std::strerror(errno));
  }
  struct stat before {};
  if (::fstat(fd.get(), &before) != 0) throw SourceError(std::string("cannot read: ") + std::strerror(errno));
  if (!S_ISREG(before.st_mode)) throw SourceError("not a regular file");
  const auto size = static_cast<std::uintmax_t>(before.st_size);
  if (size > limit) throw SourceError("file too large (" + megabytes(size) + ", limit " + megabytes(limit) + ")");

  SourceBytes source;
  source.bytes.resize(static_cast<std::size_t>(size));
  std::size_t done = 0;
  while (done < source.bytes.size()) {
    const ssize_t n = ::read(fd.get(), source.bytes.data() + done, source.bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw SourceError(std::string("read error: ") + std::strerror(errno));
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  // Bytes beyond the size seen at the start mean the file grew while being read.
  char extra = 0;
  const bool grew = done == source.bytes.size() && ::read(fd.get(), &extra, 1) > 0;
  struct stat after {};
  const bool still_there = ::stat(path.c_str(), &after) == 0;
  if (!still_there) throw SourceError("the file vanished while it was being read; it is left as it was");
  if (grew || done != source.bytes.size() || !same_version(before, after))
    throw SourceError("the file changed while it was being read; run the indexer again to index it");
  source.modified = before.st_mtim.tv_sec;
  return source;
}

std::string iso_utc(std::time_t time) {
  std::tm utc{};
  gmtime_r(&time, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace kommunsok::indexer
