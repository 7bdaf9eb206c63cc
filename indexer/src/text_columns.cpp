#include "kommunsok/indexer/text_columns.hpp"

#include <algorithm>
#include <vector>

#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMinGap = 3;
constexpr std::size_t kColumnSlack = 4;

struct Cell {
  std::size_t column;
  std::string text;
};

// The cells of a line: text separated by runs of at least kMinGap spaces or a tab.
std::vector<Cell> cells_of(std::string_view line) {
  std::vector<Cell> cells;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    const std::size_t start = i;
    std::size_t spaces = 0;
    std::size_t end = i;
    for (; i < line.size(); ++i) {
      if (line[i] == '\t') break;
      if (line[i] == ' ') {
        if (++spaces >= kMinGap) break;
        continue;
      }
      spaces = 0;
      end = i + 1;
    }
    cells.push_back({start, std::string(line.substr(start, end - start))});
  }
  return cells;
}

bool is_label(const std::string& text) { return match_header_label(text).has_value(); }

// The headings of an attendance table or a signature block, written without their colon.
bool is_list_heading(const std::string& text) {
  static constexpr std::string_view kHeadings[] = {
      "arbetsgivare", "arbetsgivaren", "arbetsgivarsidan", "arbetstagare", "arbetstagarna", "arbetstagarsidan",
      "för arbetsgivaren", "för arbetstagarna", "fackliga organisationer", "närvarande", "frånvarande",
      "förhinder", "adjungerad", "adjungerade", "övriga närvarande", "ordförande", "justerare", "justerande",
      "sekreterare", "ledamöter", "ersättare", "beslutande", "tjänstgörande ersättare"};
  const std::string lowered = lower(text);
  return std::any_of(std::begin(kHeadings), std::end(kHeadings), [&](std::string_view h) { return lowered == h; });
}

bool is_heading_row(const std::vector<Cell>& cells) {
  if (cells.size() != 2) return false;
  if (cells[0].text.ends_with(":") && cells[1].text.ends_with(":")) return true;
  return is_list_heading(cells[0].text) && is_list_heading(cells[1].text);
}

}  // namespace

std::string split_columns(std::string_view text) {
  std::vector<std::string> lines = split_lines(text);
  const bool ends_with_newline = text.ends_with('\n');
  if (ends_with_newline) lines.pop_back();  // the empty remainder after the last newline
  std::string out;
  auto emit = [&](const std::string& line) {
    out += line;
    out += '\n';
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::vector<Cell> cells = cells_of(lines[i]);
    // "Kultur- och fritidsförvaltningen    Datum         Diarienummer" over
    // "                                    2023-02-27    KFN-2023/0045.821": a form's labels
    // over their values, each value read with the label above it.
    constexpr std::size_t kMaxFormCells = 8;  // a form row has a few fields; a huge line is no form
    if (i + 1 < lines.size() && cells.size() >= 2 && cells.size() <= kMaxFormCells) {
      const std::vector<Cell> below = cells_of(lines[i + 1]);
      std::vector<std::string> paired;
      std::vector<bool> used(below.size(), false);
      bool any = false;
      for (const Cell& c : cells) {
        const auto label = match_header_label(c.text);
        std::size_t match = below.size();
        if (label && label->value.empty())
          for (std::size_t b = 0; b < below.size(); ++b)
            if (!used[b] && !is_label(below[b].text) && below[b].column + kColumnSlack >= c.column &&
                below[b].column <= c.column + kColumnSlack)
              match = b;
        if (match < below.size()) {
          used[match] = any = true;
          paired.push_back(c.text + " " + below[match].text);
        } else {
          paired.push_back(c.text);
        }
      }
      if (any) {
        for (const auto& p : paired) emit(p);
        for (std::size_t b = 0; b < below.size(); ++b)
          if (!used[b]) emit(below[b].text);
        ++i;
        continue;
      }
    }
    // Two or more rows of exactly two cells in the same columns, none of them a label
    // ("Åsa Ek      Bo Ny" over "Socialchef      Utredare"): signatures side by side, each
    // column read down.
    std::size_t rows = 0;
    if (cells.size() == 2 && !cells[0].text.ends_with(":")) {
      for (std::size_t j = i; j < lines.size(); ++j) {
        const std::vector<Cell> row = cells_of(lines[j]);
        const bool same_columns = row.size() == 2 && !row[0].text.ends_with(":") && !row[1].text.ends_with(":") &&
                                  row[0].column == cells[0].column && row[1].column + kColumnSlack >= cells[1].column &&
                                  row[1].column <= cells[1].column + kColumnSlack;
        if (!same_columns || is_label(row[0].text)) break;
        ++rows;
      }
    }
    if (rows >= 2) {
      std::vector<std::string> right_column;
      for (std::size_t j = i; j < i + rows; ++j) {
        const std::vector<Cell> row = cells_of(lines[j]);
        emit(row[0].text);
        right_column.push_back(row[1].text);
      }
      for (const auto& r : right_column) emit(r);
      i += rows - 1;
      continue;
    }
    if (!is_heading_row(cells)) {
      if (cells.size() <= 1) {
        emit(lines[i]);
      } else {
        for (const auto& c : cells) emit(c.text);
      }
      continue;
    }
    // Two lists side by side: each cell goes to the column the headings put it in, by where
    // it starts ("Vision   Camilla Åberg" under the right heading is two lines of the right
    // column); a one-cell row at the left belongs when more rows of cells follow it.
    const std::size_t right = cells[1].column;
    auto on_right = [&](const Cell& c) { return c.column + kColumnSlack >= right; };
    std::vector<std::string> left_column{cells[0].text}, right_column{cells[1].text};
    std::size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      const std::vector<Cell> row = cells_of(lines[j]);
      if (row.empty() || is_heading_row(row)) break;
      if (row.size() == 1 && !on_right(row[0])) {
        const std::vector<Cell> next = j + 1 < lines.size() ? cells_of(lines[j + 1]) : std::vector<Cell>{};
        if (next.size() < 2 && !is_heading_row(next)) break;
      }
      for (const Cell& c : row) (on_right(c) ? right_column : left_column).push_back(c.text);
    }
    for (const auto& l : left_column) emit(l);
    for (const auto& r : right_column) emit(r);
    i = j - 1;
  }
  if (!out.empty() && !ends_with_newline) out.pop_back();
  return out;
}

}  // namespace kommunsok::indexer
