// A PDF read by poppler (extract_pdf), text per page. OCR is turned off: it would be all of
// the run's time, and Tesseract is not ours to fuzz.
#include "extraction_check.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kommunsok::indexer::set_ocr_enabled(false);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kommunsok::fuzz::check_extractor(kommunsok::indexer::extract_pdf, data, size);
  return 0;
}
