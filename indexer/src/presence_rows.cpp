// Attendance rows of role, name and presence without a heading row (see presence_rows.hpp).
#include "kommunsok/indexer/presence_rows.hpp"

#include <algorithm>
#include <optional>

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMinRows = 3;
constexpr std::size_t kMaxRowBytes = 300;  // a row of a form; running text is no row

enum class Presence { None, Present, Absent };

// "närvarande", "närvarande (Teams)", "närvarande p. 1–5", "förhinder", "ej närvarande".
Presence presence_of(std::string_view cell) {
  const std::string p = lower(trim(cell));
  if (says_away(p) || p == "nej") return Presence::Absent;
  for (std::string_view present : {"närvarande", "närv", "deltog", "deltar"})
    if (p.starts_with(present)) return Presence::Present;
  if (p == "ja" || p == "x") return Presence::Present;
  return Presence::None;
}


// "Huvudskyddsombud Kommunal", "Skyddsombud Kommunal, ersättare": the role, and a union named
// at the end of one of its parts, apart.
std::pair<std::string, std::string> role_and_union(const std::string& role) {
  constexpr std::size_t kMaxUnionWords = 3;
  std::vector<std::string> parts;
  std::string union_name;
  for (std::size_t start = 0; start <= role.size();) {
    std::size_t comma = role.find(',', start);
    if (comma == std::string::npos) comma = role.size();
    std::string part(trim(std::string_view(role).substr(start, comma - start)));
    start = comma + 1;
    if (union_name.empty()) {
      const auto words = split_words(part);
      for (std::size_t n = std::min(kMaxUnionWords, words.size()); n >= 1 && union_name.empty(); --n) {
        const std::size_t at = static_cast<std::size_t>(words[words.size() - n].data() - part.data());
        if (const auto canonical = schema::canonical_union(std::string_view(part).substr(at))) {
          union_name = std::string(trim(std::string_view(part).substr(at)));
          part = std::string(trim(std::string_view(part).substr(0, at)));
        }
      }
    }
    if (!part.empty()) parts.push_back(std::move(part));
  }
  return {join(parts, ", "), union_name};
}

// "Olle Strand", not "Skyddsombud Sveriges Ingenjörer" (a role, a union).
bool is_name_cell(std::string_view cell) {
  const auto words = split_words(cell);
  return words.size() >= 2 && words.size() <= 3 && !schema::canonical_union(cell) && !is_role_word(words.front()) &&
         std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w) && starts_uppercase(w); }) &&
         role_and_union(std::string(cell)).second.empty();
}

struct Row {
  std::string entry;
  bool absent = false;
};

std::optional<Row> row_of(std::string_view line) {
  if (line.size() > kMaxRowBytes) return std::nullopt;
  const auto cells = wide_gap_cells(line);
  if (cells.size() < 2 || cells.size() > 4) return std::nullopt;
  std::optional<std::size_t> name, presence;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (!presence && presence_of(cells[k]) != Presence::None) presence = k;
    else if (!name && is_name_cell(cells[k])) name = k;
  }
  if (!name || !presence) return std::nullopt;
  std::vector<std::string> role;
  for (std::size_t k = 0; k < cells.size(); ++k)
    if (k != *name && k != *presence) role.push_back(cells[k]);
  const auto [written_role, union_name] = role_and_union(join(role, ", "));
  std::string entry = cells[*name];
  if (!written_role.empty()) entry += ", " + written_role;
  if (!union_name.empty()) entry += ", " + union_name;
  return Row{entry, presence_of(cells[*presence]) == Presence::Absent};
}

}  // namespace

void replace_dot_leaders(std::vector<std::string>& lines) {
  constexpr std::size_t kMinDots = 4;
  for (std::string& line : lines) {
    if (line.find(" ...") == std::string::npos && line.find("....") == std::string::npos &&
        line.find(". . . .") == std::string::npos)
      continue;
    std::string out;
    for (std::size_t k = 0; k < line.size();) {
      // A run of dots, perhaps spaced, at least four of them — or three between spaces
      // ("p. 3 ... Josefin Wall"), not an ellipsis after a word.
      std::size_t end = k, dots = 0;
      while (end < line.size() && (line[end] == '.' || (line[end] == ' ' && end + 1 < line.size() && line[end + 1] == '.' && dots > 0))) {
        dots += line[end] == '.';
        ++end;
      }
      const bool spaced = k > 0 && line[k - 1] == ' ' && (end == line.size() || line[end] == ' ');
      if (dots >= kMinDots || (dots == kMinDots - 1 && spaced)) {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += "   ";
        k = end;
        while (k < line.size() && line[k] == ' ') ++k;
        continue;
      }
      out += line[k++];
    }
    line = std::move(out);
  }
}

std::size_t read_presence_rows(const std::vector<std::string>& lines, std::size_t i, std::vector<std::string>& out) {
  std::vector<Row> rows;
  std::size_t j = i;
  for (; j < lines.size(); ++j) {
    const auto row = row_of(lines[j]);
    if (!row) break;
    rows.push_back(*row);
  }
  if (rows.size() < kMinRows) return 0;
  out.emplace_back("Närvarande:");
  for (const Row& r : rows)
    if (!r.absent) out.push_back(r.entry);
  if (std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.absent; })) {
    out.emplace_back("Frånvarande:");
    for (const Row& r : rows)
      if (r.absent) out.push_back(r.entry);
  }
  return j - i;
}

}  // namespace kommunsok::indexer
