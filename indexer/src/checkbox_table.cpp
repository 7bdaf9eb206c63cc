#include "kommunsok/indexer/checkbox_table.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMinGap = 2;  // a box's cells may stand two spaces apart

// The box a row opens with: ticked, empty, or none (std::nullopt).
std::optional<bool> box_of(std::string_view line, std::size_t& after) {
  static constexpr std::array<std::pair<std::string_view, bool>, 9> kBoxes{{{"\xE2\x98\x92", true},   // ☒
                                                                           {"\xE2\x98\x91", true},   // ☑
                                                                           {"\xE2\x9C\x93", true},   // ✓
                                                                           {"\xE2\x9C\x94", true},   // ✔
                                                                           {"[x]", true},
                                                                           {"[X]", true},
                                                                           {"\xE2\x98\x90", false},  // ☐
                                                                           {"[ ]", false},
                                                                           {"[]", false}}};
  const std::string_view trimmed = trim(line);
  for (const auto& [box, ticked] : kBoxes) {
    if (!trimmed.starts_with(box)) continue;
    after = static_cast<std::size_t>(trimmed.data() - line.data()) + box.size();
    return ticked;
  }
  return std::nullopt;
}

bool is_name(std::string_view text) {
  const auto words = split_words(text);
  return words.size() >= 2 && words.size() <= 4 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
           return is_name_word(w);
         });
}

}  // namespace

std::size_t read_checkbox_rows(const std::vector<std::string>& lines, std::size_t i, std::vector<std::string>& out) {
  std::size_t after = 0;
  if (!box_of(lines[i], after)) return 0;
  std::vector<std::string> absent_unions;
  std::size_t j = i;
  for (; j < lines.size(); ++j) {
    const auto ticked = box_of(lines[j], after);
    if (!ticked) break;
    const std::vector<std::string> cells = wide_gap_cells(std::string_view(lines[j]).substr(after), kMinGap);
    if (cells.empty()) continue;
    const std::string& what = cells.front();  // a role or a union
    std::string who;
    for (std::size_t k = 1; k < cells.size(); ++k) who += (who.empty() ? "" : " ") + cells[k];
    const auto union_name = schema::canonical_union(what);
    // "ej kallad (inga medlemmar …)": a note, not a name — the union was never called.
    if (!who.empty() && starts_lowercase(who)) continue;
    // "Annika Holm, Stefan Pålsson": each a person; "Helena Rydh, ordförande": one, and a task.
    std::vector<std::string> parts;
    for (std::size_t start = 0; start <= who.size();) {
      std::size_t comma = who.find(", ", start);
      if (comma == std::string::npos) comma = who.size();
      parts.emplace_back(trim(std::string_view(who).substr(start, comma - start)));
      start = comma + 2;
    }
    const bool several = parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return is_name(p); });
    if (!*ticked) {
      if (union_name) {
        absent_unions.push_back(what);
      } else if (is_name(parts.front())) {
        out.push_back(parts.front() + ", " + what + " (frånvarande)");
      }
      continue;
    }
    if (several) {
      for (const std::string& name : parts) out.push_back(name + ", " + what);
    } else if (is_name(parts.front())) {
      std::string line = parts.front() + ", " + what;
      for (std::size_t k = 1; k < parts.size(); ++k) line += ", " + parts[k];
      out.push_back(line);
    } else if (union_name && who.empty()) {
      out.push_back(what);  // a union ticked without a name: it came
    }
  }
  if (!absent_unions.empty()) out.push_back("Frånvarande: " + join(absent_unions, ", "));
  return j - i;
}

}  // namespace kommunsok::indexer
