// Why: older protocols are scanned images; their words must be searchable too. OCR is slow,
// so it runs only on pages whose text layer is missing or unusable.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace poppler {
class page;
}

namespace kommunsok::indexer {

/// Whether a page's extracted text is real text: enough letters, and mostly letters rather
/// than the symbols a broken font encoding produces.
bool is_usable_text_layer(std::string_view text);

/// Reads rendered pages with Tesseract's Swedish model. One reader per document: the model
/// is loaded once. Throws SourceError when the model cannot be loaded.
class PageReader {
 public:
  PageReader();
  ~PageReader();
  PageReader(const PageReader&) = delete;
  PageReader& operator=(const PageReader&) = delete;

  /// The page rendered at about 300 dpi (less for huge pages) and read; UTF-8 text.
  std::string read(const poppler::page& page);

 private:
  struct Engine;
  std::unique_ptr<Engine> engine_;
};

}  // namespace kommunsok::indexer
