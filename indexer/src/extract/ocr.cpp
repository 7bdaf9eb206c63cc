#include "kommunsok/indexer/extract/ocr.hpp"

#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <tesseract/baseapi.h>

#include <dlfcn.h>

#include <algorithm>
#include <cmath>

#include "kommunsok/indexer/source_error.hpp"

namespace kommunsok::indexer {

namespace {

constexpr double kOcrDpi = 300;
// A page larger than A4 is rendered at a lower resolution so one image stays under this.
constexpr double kMaxPixels = 40e6;
constexpr std::size_t kMinLetters = 20;

// Letters as UTF-8 sees them: ASCII letters and the start bytes of Latin-1 supplement and
// Latin Extended characters (å ä ö é ü …).
bool starts_letter(const unsigned char* p) {
  const unsigned char c = p[0];
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return c == 0xC3 || c == 0xC4 || c == 0xC5;
}

}  // namespace

bool is_usable_text_layer(std::string_view text) {
  std::size_t letters = 0, visible = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = p[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') continue;
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: counted with its start
    ++visible;
    if (starts_letter(p + i)) ++letters;
  }
  return letters >= kMinLetters && letters * 2 >= visible;
}

struct PageReader::Engine {
  tesseract::TessBaseAPI api;
};

PageReader::PageReader() : engine_(std::make_unique<Engine>()) {
  // One thread per OCR: the indexer already runs one extraction per core. Tesseract's OpenMP
  // read OMP_THREAD_LIMIT when it was loaded, so it is told through the runtime's own call,
  // looked up rather than linked (-fopenmp is not ours to impose).
  if (auto set_threads = reinterpret_cast<void (*)(int)>(dlsym(RTLD_DEFAULT, "omp_set_num_threads")))
    set_threads(1);
  if (engine_->api.Init(nullptr, "swe", tesseract::OEM_LSTM_ONLY) != 0)
    throw SourceError("OCR is unavailable: Tesseract's Swedish model (tesseract-ocr-swe) could not be loaded");
  engine_->api.SetPageSegMode(tesseract::PSM_AUTO);
}

PageReader::~PageReader() { engine_->api.End(); }

std::string PageReader::read(const poppler::page& page) {
  const poppler::rectf box = page.page_rect();
  const double inches = (box.width() / 72.0) * (box.height() / 72.0);
  const double dpi = inches > 0 ? std::min(kOcrDpi, std::sqrt(kMaxPixels / inches)) : kOcrDpi;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) return {};
  engine_->api.SetImage(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(), image.height(), 1,
                        image.bytes_per_row());
  engine_->api.SetSourceResolution(static_cast<int>(dpi));
  std::unique_ptr<char[]> text(engine_->api.GetUTF8Text());
  engine_->api.Clear();
  return text ? std::string(text.get()) : std::string();
}

}  // namespace kommunsok::indexer
