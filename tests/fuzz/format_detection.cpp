// Format detection from a file's content, with the names a file may carry: it must name a
// format for any bytes, and the content must win over the name where it can tell.
#include "fuzz_check.hpp"
#include "kommunsok/indexer/extract/extraction.hpp"

using namespace kommunsok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = fuzz::bytes_of(data, size);
  const bool pdf_signature = bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
  for (const char* name : {"", "protokoll.txt", "sida.html", "gammal.doc", "svar.pdf", "kallelse.docx", "x.odt"}) {
    const indexer::Format format = indexer::detect_format(bytes, name);
    fuzz::require(!indexer::format_name(format).empty() && !indexer::media_type(format).empty(),
                  "every format has a name and a media type");
    if (pdf_signature) fuzz::require(format == indexer::Format::Pdf, "a PDF signature makes a PDF, whatever the name");
  }
  return 0;
}
