#include "kommunsok/indexer/presence_legend.hpp"

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxLegendBytes = 300;
constexpr std::size_t kMaxCodeBytes = 3;

// "frånvarande", "ersättare som tjänstgjort": away, present, or neither.
std::optional<bool> meaning_is_absent(std::string_view meaning) {
  const std::string m = lower(trim(meaning));
  if (says_away(m)) return true;
  for (std::string_view present : {"närvarande", "deltog", "deltagit", "ersättare som tjänstgjort", "tjänstgörande",
                                   "tjänstgjorde", "ersättare tjänstgör", "tjänstgör", "på distans", "digitalt"})
    if (m.starts_with(present)) return false;
  return std::nullopt;
}

}  // namespace

PresenceLegend presence_legend(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    if (line.size() > kMaxLegendBytes || line.find('=') == std::string::npos) continue;
    // Each "=" with the word before it as its code; its meaning runs to the next code.
    std::vector<std::size_t> signs;
    for (std::size_t at = line.find('='); at != std::string::npos; at = line.find('=', at + 1)) signs.push_back(at);
    if (signs.size() < 2) continue;
    PresenceLegend legend;
    bool present = false, away = false, well_formed = true;
    std::vector<std::pair<std::size_t, std::size_t>> codes;  // [begin, end) of each code
    for (std::size_t at : signs) {
      std::size_t end = at;
      while (end > 0 && line[end - 1] == ' ') --end;
      std::size_t begin = end;
      while (begin > 0 && line[begin - 1] != ' ' && line[begin - 1] != ',' && line[begin - 1] != ';') --begin;
      if (end == begin || end - begin > kMaxCodeBytes) {
        well_formed = false;
        break;
      }
      codes.emplace_back(begin, end);
    }
    if (!well_formed) continue;
    for (std::size_t k = 0; k < signs.size(); ++k) {
      const std::size_t from = signs[k] + 1, to = k + 1 < signs.size() ? codes[k + 1].first : line.size();
      std::string_view meaning = trim(std::string_view(line).substr(from, to - from));
      while (!meaning.empty() && (meaning.back() == ',' || meaning.back() == ';')) meaning.remove_suffix(1);
      const auto absent = meaning_is_absent(meaning);
      if (!absent) continue;
      legend[line.substr(codes[k].first, codes[k].second - codes[k].first)] = *absent;
      (*absent ? away : present) = true;
    }
    if (present && away) return legend;
  }
  return {};
}

std::optional<bool> legend_says_absent(const PresenceLegend& legend, std::string_view cell) {
  if (legend.empty()) return std::nullopt;
  const auto it = legend.find(std::string(trim(cell)));
  if (it == legend.end()) return std::nullopt;
  return it->second;
}

}  // namespace kommunsok::indexer
