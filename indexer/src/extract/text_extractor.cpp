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
  // Decoded per sequence: valid UTF-8 stays as it is and only the bytes that are not UTF-8
  // are read as Windows-1252, so one stray byte in a UTF-8 file spoils nothing else, and a
  // file written in Windows-1252 reads as such.
  std::string text;
  text.reserve(bytes.size() + bytes.size() / 8);
  std::size_t foreign = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    if (const std::size_t length = schema::utf8_sequence_length(bytes, i)) {
      text.append(bytes.substr(i, length));
      i += length;
    } else {
      text += windows1252_to_utf8(bytes.substr(i, 1));
      ++foreign;
      ++i;
    }
  }
  extraction.pages.push_back(std::move(text));
  if (foreign > 0)
    extraction.warning = std::to_string(foreign) + (foreign == 1 ? " byte was" : " bytes were") +
                         " not valid UTF-8; read as Windows-1252";
  if (trim(extraction.pages.front()).empty()) throw SourceError("no text (empty file)");
  extraction.paged = extraction.pages.front().find('\f') != std::string::npos;
  return extraction;
}

}  // namespace kommunsok::indexer
