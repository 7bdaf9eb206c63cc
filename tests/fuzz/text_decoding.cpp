// The decoding of a plain text file (text_file.hpp: read_text_file reads the file and hands
// its bytes to extract_text): whatever the bytes, the text is valid UTF-8; valid UTF-8 passes
// unchanged (but for its BOM) and without a warning; the rest is read as Windows-1252.
#include "fuzz_check.hpp"
#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/schema/keyword.hpp"

using namespace kommunsok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = fuzz::bytes_of(data, size);
  fuzz::require(schema::is_valid_utf8(indexer::windows1252_to_utf8(bytes)), "Windows-1252 decodes to UTF-8");
  indexer::Extraction extraction;
  try {
    extraction = indexer::extract_text(bytes);
  } catch (const indexer::SourceError&) {
    return 0;
  }
  fuzz::require(extraction.pages.size() == 1, "a text file is one block");
  const std::string& text = extraction.pages.front();
  fuzz::require(schema::is_valid_utf8(text), "the text is valid UTF-8");
  std::string_view unmarked = bytes;
  if (unmarked.starts_with("\xEF\xBB\xBF")) unmarked.remove_prefix(3);
  if (schema::is_valid_utf8(unmarked)) {
    fuzz::require(text == unmarked && extraction.warning.empty(), "UTF-8 passes unchanged, without a warning");
  } else {
    fuzz::require(!extraction.warning.empty(), "text read as Windows-1252 says so");
  }
  fuzz::require(extraction.paged == (text.find('\f') != std::string::npos), "form feeds make pages");
  return 0;
}
