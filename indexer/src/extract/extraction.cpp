// The one door to extraction: the dispatch to each format's extractor, and the progress an
// extractor reports while it works (format_detection.cpp decides the format).
#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/source_error.hpp"

namespace kommunsok::indexer {

namespace {
ExtractionProgress& progress_sink() {
  static ExtractionProgress sink;
  return sink;
}
bool ocr_on = true;
}  // namespace

void set_extraction_progress(ExtractionProgress progress) { progress_sink() = std::move(progress); }

void report_extraction_progress(const std::string& message) {
  if (progress_sink()) progress_sink()(message);
}

void set_ocr_enabled(bool enabled) { ocr_on = enabled; }

bool ocr_enabled() { return ocr_on; }

Extraction extract(std::string_view bytes, Format format) {
  switch (format) {
    case Format::Text: return extract_text(bytes);
    case Format::Pdf: return extract_pdf(bytes);
    case Format::Html: return extract_html(bytes);
    case Format::Docx: return extract_docx(bytes);
    case Format::Odt: return extract_odt(bytes);
    case Format::LegacyWord:
      throw SourceError("legacy Word file (.doc) is not supported: save it as .docx or PDF");
    case Format::Unknown: break;
  }
  throw SourceError("unsupported file type: not text, PDF, HTML, .docx or .odt");
}

}  // namespace kommunsok::indexer
