// Case numbers, both sides: the schema's canonical key, part keys and the spans a query's case
// numbers stand in (the server's look-up), and the indexer's diarienummer recognizer with the
// candidates it passes over (--explain). The key is what index and query meet on, so it must
// be stable: the key of a key is the key itself.
#include <algorithm>

#include "fuzz_check.hpp"
#include "kommunsok/indexer/diarienummer_recognizer.hpp"
#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/diarienummer.hpp"
#include "kommunsok/schema/keyword.hpp"

using namespace kommunsok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Queries reach the server as valid UTF-8 (parse_search_request refuses the rest), and
  // extracted text is UTF-8 too.
  const std::string text = schema::to_valid_utf8(fuzz::bytes_of(data, size));

  const std::string key = schema::canonical_diarienummer(text);
  fuzz::require(schema::is_valid_utf8(key), "the key is valid UTF-8");
  fuzz::require(schema::canonical_diarienummer(key) == key, "the key of a key is the key");
  if (schema::looks_like_diarienummer(text)) fuzz::require(!key.empty(), "a case number has a key");
  const std::vector<std::string> parts = schema::diarienummer_part_keys(text);
  fuzz::require(std::is_sorted(parts.begin(), parts.end()), "part keys sorted");

  std::size_t previous_end = 0;
  for (const schema::DiarienummerSpan& span : schema::find_diarienummer_spans(text)) {
    fuzz::require(previous_end <= span.begin && span.begin < span.end && span.end <= text.size(),
                  "spans in order, inside the query");
    fuzz::require(text.compare(span.begin, span.end - span.begin, span.written) == 0, "a span is what was written");
    previous_end = span.end;
  }

  const indexer::ExtractedText extracted(text);
  for (const std::string& found : indexer::recognize_diarienummer(extracted))
    fuzz::require(schema::is_valid_utf8(found) && !schema::canonical_diarienummer(found).empty(),
                  "a recognised diarienummer is UTF-8 with a key");
  for (const indexer::RejectedCandidate& rejected : indexer::rejected_diarienummer_candidates(extracted))
    fuzz::require(schema::is_valid_utf8(rejected.value), "a passed-over candidate is valid UTF-8");
  return 0;
}
