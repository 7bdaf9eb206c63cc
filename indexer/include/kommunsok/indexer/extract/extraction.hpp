// Why: municipalities publish PDFs (often scanned), Word files and web pages. Each format has
// its own extractor; all of them turn a file's bytes into the same thing — text per page and a
// title hint — so that everything after extraction (structure, recognition, pages in hits) is
// the same whatever the file was.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

enum class Format { Text, Pdf, Html, Docx, Odt, LegacyWord, Unknown };

/// "text", "pdf", "html", "docx", "odt", "doc", "unknown": the names the report counts by.
std::string_view format_name(Format format);
/// The media type an original of this format is served with.
std::string_view media_type(Format format);

/// The format of a file, from its content (magic bytes) first and its name only where the
/// content cannot tell (plain text and HTML both start with text).
Format detect_format(std::string_view bytes, const std::filesystem::path& name);

struct Extraction {
  /// UTF-8 text per page, in reading order. A format without pages gives one page.
  std::vector<std::string> pages;
  /// The document's own title where the file states one (PDF info, <title>/<h1>, docx core
  /// properties); empty when it does not.
  std::string title_hint;
  /// The pages are the file's real pages (PDF), so page numbers may be shown and linked.
  bool paged = false;
  /// Pages (1-based) whose text came from OCR because they had no usable text layer.
  std::vector<int> ocr_pages;
  /// Set when the file was readable only with help (e.g. text decoded as Windows-1252).
  std::string warning;
};

// Limits that keep one hostile file from costing more than itself.
inline constexpr std::size_t kMaxSourceFileBytes = 256ull * 1024 * 1024;
/// Largest uncompressed part read from a zip container (docx, odt): a zip bomb stops here.
inline constexpr std::size_t kMaxUnzippedBytes = 64ull * 1024 * 1024;
/// Most text an extractor returns; more is a named failure, not a truncated document.
inline constexpr std::size_t kMaxExtractedTextBytes = 64ull * 1024 * 1024;
inline constexpr int kMaxPdfPages = 2000;

// One extractor per format (indexer/src/extract/*.cpp). Each throws SourceError with a
// reason a user can act on ("encrypted PDF: a password is needed", "not a Word file: …").
Extraction extract_text(std::string_view bytes);
Extraction extract_html(std::string_view bytes);
Extraction extract_docx(std::string_view bytes);
Extraction extract_odt(std::string_view bytes);
Extraction extract_pdf(std::string_view bytes);

/// Told by an extractor as it goes through a long file: OCR is slow, and a user waiting on a
/// scanned protocol of 200 pages should see it move. Set per process (the extraction child).
using ExtractionProgress = std::function<void(const std::string& message)>;
void set_extraction_progress(ExtractionProgress progress);
void report_extraction_progress(const std::string& message);

/// Whether extract_pdf reads pages without a usable text layer by OCR (on unless turned off).
/// Set per process: the fuzz targets turn it off, as OCR would be all of their time.
void set_ocr_enabled(bool enabled);
bool ocr_enabled();

/// Dispatches to the format's extractor; LegacyWord and Unknown are named failures.
Extraction extract(std::string_view bytes, Format format);

}  // namespace kommunsok::indexer
