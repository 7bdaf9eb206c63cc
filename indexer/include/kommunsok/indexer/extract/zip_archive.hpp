// Why: Word (.docx) and OpenDocument (.odt) files are zip containers. A hostile one can claim
// any size and inflate to gigabytes, so every part is read here, from memory, with a limit that
// is enforced on the bytes actually inflated, not on the size the archive declares.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

struct zip;  // libzip's zip_t; kept out of this header so users need not see <zip.h>

namespace kommunsok::indexer {

class ZipArchive {
 public:
  /// Opens the zip container in `bytes`, read-only and without copying: `bytes` must outlive
  /// the archive. Throws SourceError("not a valid zip container: …").
  explicit ZipArchive(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// Whether the container holds a part of this name (case-insensitive, as OOXML part names are).
  bool has(const std::string& name) const;
  /// The part's uncompressed bytes. Throws SourceError when it is missing, unreadable, or
  /// would inflate to more than `limit` bytes (at most limit + 1 bytes are ever inflated).
  std::string read(const std::string& name, std::size_t limit) const;
  /// The names of all parts, in the container's order.
  std::vector<std::string> names() const;

 private:
  zip* archive_ = nullptr;
};

}  // namespace kommunsok::indexer
