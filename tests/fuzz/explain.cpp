// `kommunsok-indexer --explain FILE` on a text file: the report of structure, fields and passed-over
// candidates, built over the same recognizers with every reason they give. The report goes to
// a terminal, so it must be valid UTF-8 whatever the text held.
#include "fuzz_check.hpp"
#include "kommunsok/indexer/explanation.hpp"
#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/schema/keyword.hpp"

using namespace kommunsok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text;
  try {
    text = indexer::extract_text(fuzz::bytes_of(data, size)).pages.front();
  } catch (const indexer::SourceError&) {
    return 0;
  }
  fuzz::require(schema::is_valid_utf8(indexer::explain_document(text)), "--explain writes valid UTF-8");
  return 0;
}
