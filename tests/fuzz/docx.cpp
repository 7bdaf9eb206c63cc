// A Word file (extract_docx): the zip container read by libzip, its XML parts by libxml2.
#include "extraction_check.hpp"
#include "zip_mutator.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kommunsok::fuzz::check_extractor(kommunsok::indexer::extract_docx, data, size);
  return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  return kommunsok::fuzz::mutate_zip(data, size, max_size, seed);
}
