// kommunsok-samples: turns our own UTF-8 sample texts into the non-text files the indexer reads —
// PDFs with a text layer, scanned (image-only) PDFs, Word files and web pages — so the demo and
// the tests never need downloaded documents.
//
//   kommunsok-samples OUT_DIR [--pdf FILE.txt...] [--scanned FILE.txt...] [--docx FILE.txt...]
//                             [--html FILE.txt...]
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "docx_writer.hpp"
#include "pdf_writer.hpp"

namespace {

namespace fs = std::filesystem;
namespace samples = kommunsok::samples;

// Lines per PDF page when the text has no form feeds: fewer than fit, like a typed page.
constexpr std::size_t kTypedLinesPerPage = 45;

enum class Format { pdf, scanned, docx, html };

struct Job {
  Format format;
  fs::path input;
};

struct Arguments {
  fs::path out_dir;
  std::vector<Job> jobs;
};

class UsageError : public std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct HelpRequested {};

constexpr std::string_view kUsage =
    "usage: kommunsok-samples OUT_DIR [--pdf FILE.txt...] [--scanned FILE.txt...] [--docx FILE.txt...]\n"
    "                                 [--html FILE.txt...]\n"
    "Writes OUT_DIR/<stem>.pdf, <stem>-skannad.pdf, <stem>.docx or <stem>.html for each UTF-8 text\n"
    "file; each option applies to the files after it.\n";

Arguments parse_arguments(int argc, char** argv) {
  if (argc < 2) throw UsageError("missing OUT_DIR");
  if (std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h") throw HelpRequested();
  Arguments arguments;
  arguments.out_dir = argv[1];
  if (arguments.out_dir.string().starts_with("-")) throw UsageError("the first argument must be OUT_DIR");
  std::optional<Format> format;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--pdf") {
      format = Format::pdf;
    } else if (arg == "--scanned") {
      format = Format::scanned;
    } else if (arg == "--docx") {
      format = Format::docx;
    } else if (arg == "--html") {
      format = Format::html;
    } else if (arg.starts_with("-")) {
      throw UsageError("unknown option " + std::string(arg));
    } else if (!format) {
      throw UsageError(std::string(arg) + ": give --pdf, --scanned, --docx or --html before the files");
    } else {
      arguments.jobs.push_back({*format, fs::path(arg)});
    }
  }
  if (arguments.jobs.empty()) throw UsageError("no input files");
  return arguments;
}

// The text with a UTF-8 byte order mark and carriage returns removed.
std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read");
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw std::runtime_error(path.string() + ": read error");
  if (raw.starts_with("\xEF\xBB\xBF")) raw.erase(0, 3);
  std::string text;
  text.reserve(raw.size());
  for (char c : raw)
    if (c != '\r') text += c;
  return text;
}

// Split at '\n'; a final newline does not start another line.
std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t newline = text.find('\n', start);
    if (newline == std::string_view::npos) {
      lines.emplace_back(text.substr(start));
      break;
    }
    lines.emplace_back(text.substr(start, newline - start));
    start = newline + 1;
  }
  return lines;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\f\v") == std::string_view::npos; }

std::string trimmed(std::string_view line) {
  const std::size_t first = line.find_first_not_of(" \t\f\v");
  if (first == std::string_view::npos) return {};
  return std::string(line.substr(first, line.find_last_not_of(" \t\f\v") - first + 1));
}

std::string title_of(const std::string& text, const fs::path& input) {
  for (const std::string& line : split_lines(text))
    if (!is_blank(line)) return trimmed(line);
  return input.stem().string();  // an empty file still gets a title
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += '\n';
    out += lines[i];
  }
  return out;
}

// Pages of at most `limit` drawn (wrapped) lines, broken between source lines; only a single
// line longer than a whole page is broken between its wrapped parts.
std::vector<std::string> paginate(const std::string& text, std::size_t limit) {
  std::vector<std::string> pages;
  std::vector<std::string> page;
  std::size_t used = 0;
  auto flush = [&] {
    pages.push_back(joined(page));
    page.clear();
    used = 0;
  };
  for (const std::string& line : split_lines(text)) {
    const std::vector<std::string> drawn = samples::wrapped_lines(line);
    const std::size_t needed = drawn.empty() ? 1 : drawn.size();
    if (used > 0 && used + needed > limit) flush();
    if (used == 0 && !pages.empty() && is_blank(line)) continue;  // no blank lines atop a continued page
    if (needed > limit) {
      for (const std::string& part : drawn) {
        if (used == limit) flush();
        page.push_back(part);
        ++used;
      }
    } else {
      page.push_back(line);
      used += needed;
    }
  }
  if (used > 0 || pages.empty()) flush();
  return pages;
}

// Form feeds mark the pages when there are any (split further only where a page would not
// fit); otherwise pages hold about as many lines as a typed page.
std::vector<std::string> pdf_pages(const std::string& text) {
  if (text.find('\f') == std::string::npos) return paginate(text, kTypedLinesPerPage);
  std::vector<std::string> pages;
  std::size_t start = 0;
  while (true) {
    const std::size_t feed = text.find('\f', start);
    const std::string piece = text.substr(start, feed == std::string::npos ? std::string::npos : feed - start);
    for (std::string& page : paginate(piece, samples::kLinesPerPage)) pages.push_back(std::move(page));
    if (feed == std::string::npos) break;
    start = feed + 1;
  }
  // Text from pdftotext ends with a form feed; it does not mean more, empty pages.
  while (pages.size() > 1 && pages.back().find_first_not_of(" \t\n\v") == std::string::npos) pages.pop_back();
  return pages;
}

// Lines grouped at blank lines (and form feeds); each group keeps its line breaks.
std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::vector<std::string> group;
  std::string flat = text;
  for (char& c : flat)
    if (c == '\f') c = '\n';
  for (const std::string& line : split_lines(flat)) {
    if (!is_blank(line)) {
      group.push_back(line);
    } else if (!group.empty()) {
      paragraphs.push_back(joined(group));
      group.clear();
    }
  }
  if (!group.empty()) paragraphs.push_back(joined(group));
  return paragraphs;
}

// The page shows the title as its heading, so the first paragraph does not repeat it.
std::vector<std::string> html_paragraphs(const std::string& text, const std::string& title) {
  std::vector<std::string> paragraphs = paragraphs_of(text);
  if (paragraphs.empty()) return paragraphs;
  std::string& first = paragraphs.front();
  const std::size_t newline = first.find('\n');
  if (trimmed(first.substr(0, newline)) != title) return paragraphs;
  if (newline == std::string::npos)
    paragraphs.erase(paragraphs.begin());
  else
    first.erase(0, newline + 1);
  return paragraphs;
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw std::runtime_error(path.string() + ": cannot write");
}

fs::path output_path(const fs::path& out_dir, const Job& job) {
  const std::string stem = job.input.stem().string();
  switch (job.format) {
    case Format::pdf: return out_dir / (stem + ".pdf");
    case Format::scanned: return out_dir / (stem + "-skannad.pdf");
    case Format::docx: return out_dir / (stem + ".docx");
    case Format::html: return out_dir / (stem + ".html");
  }
  throw std::logic_error("unknown format");
}

std::string render(const Job& job) {
  const std::string text = read_text(job.input);
  const std::string title = title_of(text, job.input);
  switch (job.format) {
    case Format::pdf: return samples::text_pdf(pdf_pages(text), title);
    case Format::scanned: return samples::scanned_pdf(pdf_pages(text));
    case Format::docx: return samples::docx_file({title, "", paragraphs_of(text), {}});
    case Format::html: return samples::html_page(title, html_paragraphs(text, title));
  }
  throw std::logic_error("unknown format");
}

void check_inputs(const std::vector<Job>& jobs) {
  for (const Job& job : jobs) {
    std::error_code ec;
    if (!fs::is_regular_file(job.input, ec)) throw std::runtime_error(job.input.string() + ": no such file");
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Arguments arguments = parse_arguments(argc, argv);
    // Check every input first, so a typo does not leave half of the files written.
    check_inputs(arguments.jobs);
    fs::create_directories(arguments.out_dir);
    for (const Job& job : arguments.jobs) {
      const fs::path output = output_path(arguments.out_dir, job);
      write_file(output, render(job));
      std::cout << "wrote " << output.string() << '\n';
    }
    return 0;
  } catch (const HelpRequested&) {
    std::cout << kUsage;
    return 0;
  } catch (const UsageError& e) {
    std::cerr << "kommunsok-samples: " << e.what() << '\n' << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "kommunsok-samples: " << e.what() << '\n';
    return 1;
  }
}
