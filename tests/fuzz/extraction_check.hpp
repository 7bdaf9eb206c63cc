// Why: every extractor makes the same promise to the stages after it — UTF-8 text per page, a
// UTF-8 title — and fails only with a SourceError naming the reason; one check for all.
#pragma once

#include "fuzz_check.hpp"
#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::fuzz {

template <typename Extractor>
void check_extractor(Extractor extract, const std::uint8_t* data, std::size_t size) {
  indexer::Extraction extraction;
  try {
    extraction = extract(bytes_of(data, size));
  } catch (const indexer::SourceError&) {
    return;  // a damaged or hostile file, failed by name
  }
  require(!extraction.pages.empty(), "an extraction has a page");
  for (const std::string& page : extraction.pages) require(schema::is_valid_utf8(page), "page text is valid UTF-8");
  require(schema::is_valid_utf8(extraction.title_hint), "the title is valid UTF-8");
  require(extraction.ocr_pages.empty(), "no OCR in a fuzz run");
}

}  // namespace kommunsok::fuzz
