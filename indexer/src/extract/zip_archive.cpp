#include "kommunsok/indexer/extract/zip_archive.hpp"

#include <zip.h>

#include <memory>

#include "kommunsok/indexer/source_error.hpp"

namespace kommunsok::indexer {

namespace {

// Large enough to inflate quickly, small enough that overshooting the limit costs nothing.
constexpr std::size_t kChunkBytes = 64 * 1024;

// "64 MB", "4 KB", "100 bytes": a limit as a reader would say it.
std::string size_text(std::size_t bytes) {
  if (bytes >= 1024 * 1024) return std::to_string(bytes / (1024 * 1024)) + " MB";
  if (bytes >= 1024) return std::to_string(bytes / 1024) + " KB";
  return std::to_string(bytes) + " bytes";
}

std::string too_large(const std::string& name, std::size_t limit) {
  return name + " is larger than " + size_text(limit) + " uncompressed: a zip bomb?";
}

struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFile = std::unique_ptr<zip_file_t, ZipFileCloser>;

// Holds a zip_error_t for the span of one call; libzip wants it initialised and finished.
class ZipError {
 public:
  ZipError() { zip_error_init(&error_); }
  ~ZipError() { zip_error_fini(&error_); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;
  zip_error_t* get() { return &error_; }
  std::string message() { return zip_error_strerror(&error_); }

 private:
  zip_error_t error_;
};

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes) {
  ZipError error;
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, error.get());
  if (source == nullptr) throw SourceError("not a valid zip container: " + error.message());
  archive_ = zip_open_from_source(source, ZIP_RDONLY, error.get());
  if (archive_ == nullptr) {
    zip_source_free(source);  // the archive owns the source only once it has opened
    throw SourceError("not a valid zip container: " + error.message());
  }
}

ZipArchive::~ZipArchive() {
  // Discard, not close: nothing was changed and nothing must be written back.
  zip_discard(archive_);
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::string ZipArchive::read(const std::string& name, std::size_t limit) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) throw SourceError(name + " is missing from the zip container");
  const auto entry = static_cast<zip_uint64_t>(index);

  // The declared size refuses an honest bomb before any work; a lying one is caught below.
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, entry, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0 &&
      stat.size > limit)
    throw SourceError(too_large(name, limit));

  ZipFile file(zip_fopen_index(archive_, entry, 0));
  if (!file)
    throw SourceError("cannot open " + name + " in the zip container: " + zip_strerror(archive_));

  std::string content;
  if ((stat.valid & ZIP_STAT_SIZE) != 0) content.reserve(static_cast<std::size_t>(stat.size));
  std::string chunk(kChunkBytes, '\0');
  while (true) {
    // Never ask for more than one byte past the limit: that byte is enough to know.
    const std::size_t room = limit - content.size();
    const std::size_t wanted = room >= kChunkBytes ? kChunkBytes : room + 1;
    const zip_int64_t got = zip_fread(file.get(), chunk.data(), wanted);
    if (got < 0)
      throw SourceError("cannot read " + name + " from the zip container: " +
                        zip_file_strerror(file.get()));
    if (got == 0) break;
    content.append(chunk.data(), static_cast<std::size_t>(got));
    if (content.size() > limit) throw SourceError(too_large(name, limit));
  }
  return content;
}

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < count; ++i)
    if (const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0)) names.emplace_back(name);
  return names;
}

}  // namespace kommunsok::indexer
