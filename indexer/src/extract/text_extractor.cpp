#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

// Text files stay one block: form feeds from a PDF-to-text tool are page breaks the later
// stages count, so such a file still gets page numbers.
Extraction extract_text(std::string_view bytes) {
  if (bytes.find('\0') != std::string_view::npos) throw SourceError("binary content, not a text file");
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  Extraction extraction;
  if (schema::is_valid_utf8(bytes)) {
    extraction.pages.emplace_back(bytes);
  } else {
    extraction.pages.push_back(windows1252_to_utf8(bytes));
    extraction.warning = "not valid UTF-8; read as Windows-1252";
  }
  if (trim(extraction.pages.front()).empty()) throw SourceError("no text (empty file)");
  extraction.paged = extraction.pages.front().find('\f') != std::string::npos;
  return extraction;
}

}  // namespace kommunsok::indexer
