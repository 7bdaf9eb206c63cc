#include <algorithm>
#include <array>

#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::string_view kZipMagic("PK\x03\x04", 4);
constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
// How far into a file its signature or markup is looked for.
constexpr std::size_t kSniffBytes = 4096;

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// A zip's member names are stored uncompressed, so the container's kind shows in its bytes.
Format zip_format(std::string_view bytes) {
  // OpenDocument puts an uncompressed "mimetype" member first.
  if (contains(bytes.substr(0, 200), "application/vnd.oasis.opendocument.text")) return Format::Odt;
  if (contains(bytes, "word/document.xml")) return Format::Docx;
  if (contains(bytes, "content.xml") && contains(bytes, "opendocument.text")) return Format::Odt;
  return Format::Unknown;
}

bool looks_like_html(std::string_view opening) {
  const std::string lowered = lower(opening);
  static constexpr std::array kMarkers{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title"};
  return std::any_of(kMarkers.begin(), kMarkers.end(), [&](const char* m) { return contains(lowered, m); });
}

}  // namespace

std::string_view format_name(Format format) {
  switch (format) {
    case Format::Text: return "text";
    case Format::Pdf: return "pdf";
    case Format::Html: return "html";
    case Format::Docx: return "docx";
    case Format::Odt: return "odt";
    case Format::LegacyWord: return "doc";
    case Format::Unknown: break;
  }
  return "unknown";
}

std::string_view media_type(Format format) {
  switch (format) {
    case Format::Text: return "text/plain; charset=utf-8";
    case Format::Pdf: return "application/pdf";
    case Format::Html: return "text/html";
    case Format::Docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case Format::Odt: return "application/vnd.oasis.opendocument.text";
    case Format::LegacyWord: return "application/msword";
    case Format::Unknown: break;
  }
  return "application/octet-stream";
}

Format detect_format(std::string_view bytes, const std::filesystem::path& name) {
  const std::string_view opening = bytes.substr(0, kSniffBytes);
  // PDF readers accept the signature anywhere in the first kilobyte, after junk.
  if (contains(bytes.substr(0, 1024), "%PDF-")) return Format::Pdf;
  if (bytes.starts_with(kZipMagic)) return zip_format(bytes);
  if (bytes.starts_with(kOleMagic)) return lower(name.extension().string()) == ".doc" ? Format::LegacyWord : Format::Unknown;
  if (bytes.starts_with("{\\rtf")) return Format::Unknown;
  if (contains(opening, std::string_view("\0", 1))) {
    // UTF-16 text has NULs too, but nothing we read is written so; binary is unknown.
    return Format::Unknown;
  }
  if (looks_like_html(opening)) return Format::Html;
  const std::string extension = lower(name.extension().string());
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return Format::Html;
  return Format::Text;
}

}  // namespace kommunsok::indexer
