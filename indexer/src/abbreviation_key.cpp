#include "kommunsok/indexer/abbreviation_key.hpp"

#include <vector>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxCodeBytes = 8;
constexpr std::size_t kMaxExpansionBytes = 80;
constexpr std::size_t kMaxKeyBytes = 4000;  // a key is a few lines, not a page

bool is_code(std::string_view word) {
  if (word.empty() || word.size() > kMaxCodeBytes || !starts_uppercase(word)) return false;
  return word.find_first_of("=,:()") == std::string_view::npos;
}

// "Organisationsförkortningar: SRF = Synskadades Riksförbund, DHR = Delaktighet Handlings-
// kraft Rörelsefrihet": the paragraph's lines joined, a word broken at the line's end mended.
std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    const std::string_view trimmed = trim(line);
    if (!out.empty() && out.back() == '-' && out.size() >= 2 && out[out.size() - 2] != ' ' && !trimmed.empty() &&
        static_cast<unsigned char>(trimmed.front()) >= 'a' && static_cast<unsigned char>(trimmed.front()) <= 'z') {
      out.pop_back();
    } else if (!out.empty()) {
      out += ' ';
    }
    out += trimmed;
  }
  return out;
}

void read_pairs(const std::string& paragraph, std::map<std::string, std::string>& key) {
  if (paragraph.size() > kMaxKeyBytes) return;
  std::map<std::string, std::string> found;
  for (std::size_t start = 0; start < paragraph.size();) {
    std::size_t end = paragraph.find_first_of(",;", start);
    if (end == std::string::npos) end = paragraph.size();
    const std::string_view piece = trim(std::string_view(paragraph).substr(start, end - start));
    start = end + 1;
    const std::size_t equals = piece.find('=');
    if (equals == std::string_view::npos) continue;
    const auto before = split_words(piece.substr(0, equals));
    if (before.empty() || !is_code(before.back())) continue;
    std::string expansion = collapse_spaces(piece.substr(equals + 1));
    // "… HRF = Hörselskadades Riksförbund. Förkortningarna i parentes anger …": the sentence after.
    if (const std::size_t stop = expansion.find(". "); stop != std::string::npos) expansion.resize(stop);
    while (!expansion.empty() && (expansion.back() == '.' || expansion.back() == ' ')) expansion.pop_back();
    if (expansion.empty() || expansion.size() > kMaxExpansionBytes) continue;
    found.emplace(std::string(before.back()), expansion);
  }
  if (found.size() >= 2) key.insert(found.begin(), found.end());
}

}  // namespace

std::map<std::string, std::string> abbreviation_key(const ExtractedText& text) {
  std::map<std::string, std::string> key;
  std::vector<std::string> paragraph;
  std::size_t pairs = 0;
  auto flush = [&] {
    if (pairs >= 2) read_pairs(joined(paragraph), key);
    paragraph.clear();
    pairs = 0;
  };
  for (const std::string& line : text.lines()) {
    if (trim(line).empty()) {
      flush();
      continue;
    }
    paragraph.push_back(line);
    for (std::size_t at = line.find(" = "); at != std::string::npos; at = line.find(" = ", at + 3)) ++pairs;
    if (paragraph.size() > 12 && pairs == 0) paragraph.erase(paragraph.begin());  // only a key's own lines matter
  }
  flush();
  return key;
}

}  // namespace kommunsok::indexer
