#include "kommunsok/indexer/text_file.hpp"

#include <xapian.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

namespace {

// Code points for bytes 0x80..0x9F in Windows-1252 (0 where undefined).
constexpr std::array<unsigned, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string megabytes(std::uintmax_t bytes) {
  return std::to_string(bytes / (1024 * 1024)) + " MB";
}

}  // namespace

std::string windows1252_to_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    unsigned cp = b;
    if (b >= 0x80 && b <= 0x9F) cp = kCp1252High[b - 0x80] ? kCp1252High[b - 0x80] : 0xFFFD;
    Xapian::Unicode::append_utf8(out, cp);
  }
  return out;
}

TextFile read_text_file(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec) throw SourceError("cannot read: " + ec.message());
  if (!std::filesystem::is_regular_file(status)) throw SourceError("not a regular file");
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) throw SourceError("cannot read: " + ec.message());
  if (size > kMaxTextFileBytes)
    throw SourceError("file too large (" + megabytes(size) + ", limit " + megabytes(kMaxTextFileBytes) + ")");

  std::ifstream in(path, std::ios::binary);
  if (!in) throw SourceError(std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw SourceError(std::string("read error: ") + std::strerror(errno));
  const Extraction extraction = extract_text(buffer.str());
  return TextFile{extraction.pages.front(), extraction.warning};
}

}  // namespace kommunsok::indexer
