#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <optional>

#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/extract/ocr.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

// Poppler reports every damaged object on stderr; a broken file's reason is ours to give.
void quiet(const std::string&, void*) {}

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

Extraction extract_pdf(std::string_view bytes) {
  poppler::set_debug_error_function(quiet, nullptr);
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw SourceError("PDF too large");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw SourceError("damaged PDF: it cannot be opened");
  if (doc->is_locked()) throw SourceError("encrypted PDF: a password is needed to read it");
  const int pages = doc->pages();
  if (pages <= 0) throw SourceError("PDF without pages");
  if (pages > kMaxPdfPages)
    throw SourceError("PDF has " + std::to_string(pages) + " pages; the limit is " + std::to_string(kMaxPdfPages));

  Extraction extraction;
  extraction.paged = true;
  extraction.title_hint = std::string(trim(utf8(doc->info_key("Title"))));
  std::optional<PageReader> reader;  // loaded at the first page that needs OCR
  std::size_t total = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    std::string text;
    if (page) text = utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    if (page && ocr_enabled() && !is_usable_text_layer(text)) {
      if (!reader) reader.emplace();
      report_extraction_progress("OCR page " + std::to_string(i + 1) + " of " + std::to_string(pages));
      std::string read = reader->read(*page);
      if (is_usable_text_layer(read) || trim(text).empty()) {
        text = std::move(read);
        extraction.ocr_pages.push_back(i + 1);
      }
    }
    // Poppler ends a page's text with a form feed of its own; pages are separated here.
    while (!text.empty() && (text.back() == '\f' || text.back() == '\n' || text.back() == ' ')) text.pop_back();
    total += text.size();
    if (total > kMaxExtractedTextBytes) throw SourceError("PDF holds more text than the limit of 64 MB");
    extraction.pages.push_back(std::move(text));
  }
  return extraction;
}

}  // namespace kommunsok::indexer
