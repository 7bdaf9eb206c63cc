#include "pdf_writer.hpp"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <zlib.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string_view>

namespace kommunsok::samples {

namespace {

// A4 in points, and where the text sits on it.
constexpr int kPageWidth = 595;
constexpr int kPageHeight = 842;
constexpr int kLeftMargin = 50;
constexpr int kFirstBaseline = 790;
constexpr int kFontSize = 11;
constexpr int kLeading = 14;
static_assert(kFirstBaseline - kLeading * (static_cast<int>(kLinesPerPage) - 1) >= 50,
              "kLinesPerPage lines must end above the bottom margin");

// Code points for bytes 0x80..0x9F in Windows-1252 (0 where undefined).
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

constexpr char32_t kReplacement = 0xFFFD;

// Decodes the UTF-8 sequence at `text[pos]` and advances `pos`; a malformed byte decodes to
// U+FFFD and is skipped alone, so bad input degrades to '?' instead of failing.
char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  std::size_t length = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++pos;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + length > text.size()) {
    ++pos;
    return kReplacement;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[pos + i]);
    if ((byte & 0xC0) != 0x80) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (byte & 0x3F);
  }
  pos += length;
  return cp;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

// Byte offset where code point number `index` starts (or the end of `text`).
std::size_t byte_offset_of(std::string_view text, std::size_t index) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == index) return i;
  }
  return text.size();
}

void wrap_into(std::vector<std::string>& lines, std::string_view line, std::size_t column) {
  while (code_point_count(line) > column) {
    const std::size_t cut = byte_offset_of(line, column);
    // A space right at `cut` still lets the first `column` characters fill the line exactly.
    const std::size_t space = line.rfind(' ', cut);
    if (space != std::string_view::npos && space > 0) {
      lines.emplace_back(line.substr(0, space));
      line.remove_prefix(space + 1);
    } else {
      lines.emplace_back(line.substr(0, cut));
      line.remove_prefix(cut);
    }
  }
  lines.emplace_back(line);
}

// The Windows-1252 byte Helvetica /WinAnsiEncoding draws for `cp`; '?' when it has none.
char to_winansi(char32_t cp) {
  if (cp == '\t') return ' ';
  if (cp < 0x20 || cp == 0x7F) return '?';
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<char>(cp);
  for (std::size_t i = 0; i < kCp1252High.size(); ++i)
    if (kCp1252High[i] == cp) return static_cast<char>(0x80 + i);
  return '?';
}

// A PDF literal string "(...)" of `utf8` in Windows-1252.
std::string winansi_string(std::string_view utf8) {
  std::string out = "(";
  for (std::size_t pos = 0; pos < utf8.size();) {
    const char c = to_winansi(next_code_point(utf8, pos));
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  out += ')';
  return out;
}

// A PDF hex string "<FEFF...>" of `utf8` in UTF-16BE with byte order mark, which readers take
// as Unicode text, so a title keeps å ä ö (and anything else) exactly.
std::string utf16be_hex_string(std::string_view utf8) {
  std::string out = "<FEFF";
  char digits[8];
  auto append_unit = [&](unsigned unit) {
    std::snprintf(digits, sizeof digits, "%04X", unit);
    out += digits;
  };
  for (std::size_t pos = 0; pos < utf8.size();) {
    char32_t cp = next_code_point(utf8, pos);
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      append_unit(0xD800 + static_cast<unsigned>(cp >> 10));
      append_unit(0xDC00 + static_cast<unsigned>(cp & 0x3FF));
    } else {
      append_unit(static_cast<unsigned>(cp));
    }
  }
  out += '>';
  return out;
}

std::string deflated(std::string_view data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  const int rc = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                           reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()),
                           Z_DEFAULT_COMPRESSION);
  if (rc != Z_OK) throw std::runtime_error("zlib could not compress a PDF stream");
  out.resize(size);
  return out;
}

std::string reference(int number) { return std::to_string(number) + " 0 R"; }

// Objects numbered from 1, written out with the cross-reference table their offsets need.
class PdfObjects {
 public:
  int reserve() {
    bodies_.emplace_back();
    return static_cast<int>(bodies_.size());
  }
  void set(int number, std::string body) { bodies_.at(static_cast<std::size_t>(number - 1)) = std::move(body); }
  int add(std::string body) {
    const int number = reserve();
    set(number, std::move(body));
    return number;
  }
  // A Flate-compressed stream object; `dictionary` is the inside of << >> without /Length.
  int add_stream(const std::string& dictionary, std::string_view data) {
    const std::string packed = deflated(data);
    return add("<< " + dictionary + " /Filter /FlateDecode /Length " + std::to_string(packed.size()) +
               " >>\nstream\n" + packed + "\nendstream");
  }

  std::string serialize(int root, int info) const {
    // The second line's high bytes tell transfer tools the file is binary.
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    offsets.reserve(bodies_.size());
    for (std::size_t i = 0; i < bodies_.size(); ++i) {
      offsets.push_back(out.size());
      out += std::to_string(i + 1) + " 0 obj\n" + bodies_[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(bodies_.size() + 1) + "\n0000000000 65535 f \n";
    char entry[32];
    for (std::size_t offset : offsets) {
      // Each entry is exactly 20 bytes, end of line included.
      std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
      out += entry;
    }
    out += "trailer\n<< /Size " + std::to_string(bodies_.size() + 1) + " /Root " + reference(root);
    if (info > 0) out += " /Info " + reference(info);
    out += " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
  }

 private:
  std::vector<std::string> bodies_;
};

std::string text_content(const std::string& page_text) {
  std::string content = "BT\n/F1 " + std::to_string(kFontSize) + " Tf\n" + std::to_string(kLeading) + " TL\n" +
                        std::to_string(kLeftMargin) + " " + std::to_string(kFirstBaseline) + " Td\n";
  bool first = true;
  for (const std::string& line : wrapped_lines(page_text)) {
    if (!first) content += "T*\n";
    first = false;
    if (!line.empty()) content += winansi_string(line) + " Tj\n";
  }
  content += "ET\n";
  return content;
}

std::string media_box() {
  return "/MediaBox [0 0 " + std::to_string(kPageWidth) + " " + std::to_string(kPageHeight) + "]";
}

// Adds the catalog and page tree over `page_numbers` (reserved, filled by the caller) and
// returns the file.
std::string finish(PdfObjects& objects, int pages_number, const std::vector<int>& page_numbers, int info) {
  std::string kids;
  for (int page : page_numbers) kids += (kids.empty() ? "" : " ") + reference(page);
  objects.set(pages_number, "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_numbers.size()) +
                                " >>");
  const int catalog = objects.add("<< /Type /Catalog /Pages " + reference(pages_number) + " >>");
  return objects.serialize(catalog, info);
}

void require_pages(const std::vector<std::string>& pages) {
  if (pages.empty()) throw std::invalid_argument("a PDF needs at least one page");
}

struct GreyImage {
  int width = 0;
  int height = 0;
  std::string pixels;  // one byte per pixel, rows top to bottom
};

GreyImage to_grey(const poppler::image& image) {
  GreyImage grey{image.width(), image.height(), {}};
  grey.pixels.reserve(static_cast<std::size_t>(grey.width) * static_cast<std::size_t>(grey.height));
  const char* data = image.const_data();
  for (int y = 0; y < grey.height; ++y) {
    const char* row = data + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row();
    for (int x = 0; x < grey.width; ++x) {
      unsigned red = 0, green = 0, blue = 0;
      switch (image.format()) {
        case poppler::image::format_gray8:
          red = green = blue = static_cast<unsigned char>(row[x]);
          break;
        case poppler::image::format_rgb24:
        case poppler::image::format_bgr24: {
          const auto* p = reinterpret_cast<const unsigned char*>(row + 3 * x);
          const bool rgb = image.format() == poppler::image::format_rgb24;
          red = rgb ? p[0] : p[2];
          green = p[1];
          blue = rgb ? p[2] : p[0];
          break;
        }
        case poppler::image::format_argb32: {
          // A native-endian 0xAARRGGBB word; the paper is opaque white, so alpha can be ignored.
          std::uint32_t argb = 0;
          std::memcpy(&argb, row + 4 * x, sizeof argb);
          red = (argb >> 16) & 0xFF;
          green = (argb >> 8) & 0xFF;
          blue = argb & 0xFF;
          break;
        }
        default:
          throw std::runtime_error("poppler rendered a page in an unexpected image format");
      }
      grey.pixels += static_cast<char>((299 * red + 587 * green + 114 * blue + 500) / 1000);
    }
  }
  return grey;
}

GreyImage render_page_grey(const std::string& page_text, int dpi) {
  // Poppler reads from `pdf` without copying it, so it must outlive the document.
  const std::string pdf = text_pdf({page_text});
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!document || document->pages() != 1) throw std::runtime_error("poppler could not load a generated page");
  const std::unique_ptr<poppler::page> page(document->create_page(0));
  if (!page) throw std::runtime_error("poppler could not open a generated page");
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  if (!image.is_valid()) throw std::runtime_error("poppler could not render a generated page");
  return to_grey(image);
}

}  // namespace

std::vector<std::string> wrapped_lines(const std::string& text, std::size_t column) {
  if (column == 0) column = 1;
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string::npos ? text.size() : newline;
    std::string_view line(text.data() + start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    wrap_into(lines, line, column);
    if (newline == std::string::npos) break;
    start = newline + 1;
  }
  return lines;
}

std::string text_pdf(const std::vector<std::string>& pages, const std::string& title) {
  require_pages(pages);
  PdfObjects objects;
  const int pages_number = objects.reserve();
  const int font = objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  std::vector<int> page_numbers;
  for (const std::string& page_text : pages) {
    const int content = objects.add_stream("", text_content(page_text));
    page_numbers.push_back(objects.add("<< /Type /Page /Parent " + reference(pages_number) + " " + media_box() +
                                       " /Resources << /Font << /F1 " + reference(font) + " >> >> /Contents " +
                                       reference(content) + " >>"));
  }
  const int info = title.empty() ? 0 : objects.add("<< /Title " + utf16be_hex_string(title) + " >>");
  return finish(objects, pages_number, page_numbers, info);
}

std::string scanned_pdf(const std::vector<std::string>& pages, int dpi) {
  require_pages(pages);
  // Bounds keep the image sane: below 10 dpi nothing is legible, above 1200 a page is ~140 MB.
  if (dpi < 10 || dpi > 1200) throw std::invalid_argument("scanned_pdf: dpi must be between 10 and 1200");
  PdfObjects objects;
  const int pages_number = objects.reserve();
  std::vector<int> page_numbers;
  for (const std::string& page_text : pages) {
    const GreyImage grey = render_page_grey(page_text, dpi);
    const int image = objects.add_stream("/Type /XObject /Subtype /Image /Width " + std::to_string(grey.width) +
                                             " /Height " + std::to_string(grey.height) +
                                             " /ColorSpace /DeviceGray /BitsPerComponent 8",
                                         grey.pixels);
    // The image space is the unit square, so scaling it by the page size fills the page.
    const int content = objects.add_stream("", "q " + std::to_string(kPageWidth) + " 0 0 " +
                                                   std::to_string(kPageHeight) + " 0 0 cm /Scan Do Q\n");
    page_numbers.push_back(objects.add("<< /Type /Page /Parent " + reference(pages_number) + " " + media_box() +
                                       " /Resources << /XObject << /Scan " + reference(image) +
                                       " >> >> /Contents " + reference(content) + " >>"));
  }
  return finish(objects, pages_number, page_numbers, 0);
}

}  // namespace kommunsok::samples

#if defined(__SANITIZE_ADDRESS__)
// Why: rendering Helvetica makes poppler ask fontconfig for a substitute, and fontconfig 2.14
// (Debian 12) leaks a few hundred bytes once while parsing its configuration. Without this,
// every sanitizer build that calls scanned_pdf would fail its leak check on someone else's
// bug. Weak, so a test executable's own suppressions take precedence.
extern "C" __attribute__((weak, visibility("default"))) const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\n";
}
#endif
