// A web page read by libxml2's HTML parser (extract_html): any bytes, any declared character set.
#include "extraction_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kommunsok::fuzz::check_extractor(kommunsok::indexer::extract_html, data, size);
  return 0;
}
