#include "kommunsok/indexer/question_table.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxRowLines = 30;      // a cell wraps a few lines; a page is no row
constexpr std::size_t kMaxTableLines = 400;
constexpr std::size_t kMaxLineBytes = 400;    // a table's line; running text on one line is none
constexpr std::size_t kColumnSlack = 3;

// Byte offsets of each character's start, and the line's end: text columns count characters.
std::vector<std::size_t> character_starts(std::string_view line) {
  std::vector<std::size_t> starts;
  for (std::size_t b = 0; b < line.size(); ++b)
    if ((static_cast<unsigned char>(line[b]) & 0xC0) != 0x80) starts.push_back(b);
  starts.push_back(line.size());
  return starts;
}

struct Heading {
  std::string name;
  std::size_t column;  ///< in characters
};

// The header's cells with the character column each starts at.
std::vector<Heading> headings_of(std::string_view line) {
  std::vector<Heading> out;
  const std::vector<std::size_t> starts = character_starts(line);
  std::size_t spaces = 0;
  std::string current;
  std::size_t column = 0;
  for (std::size_t c = 0; c + 1 < starts.size(); ++c) {
    const std::string_view ch = line.substr(starts[c], starts[c + 1] - starts[c]);
    if (ch == " " || ch == "\t") {
      spaces += ch == "\t" ? 3 : 1;
      continue;
    }
    if (!current.empty() && spaces >= 2) {
      out.push_back({current, column});
      current.clear();
    } else if (!current.empty() && spaces > 0) {
      current += ' ';
    }
    if (current.empty()) column = c;
    spaces = 0;
    current += ch;
  }
  if (!current.empty()) out.push_back({current, column});
  return out;
}

bool is_question_heading(std::string_view cell) {
  const std::string lowered = lower(trim(cell));
  return lowered == "fråga" || lowered == "frågor" || lowered == "frågeställning" || lowered == "fråga från" ||
         lowered == "fackets fråga" || lowered == "fråga från facket" || lowered == "fråga/synpunkt";
}

bool is_number_heading(std::string_view cell) {
  const std::string lowered = lower(trim(cell));
  return lowered == "nr" || lowered == "nr." || lowered == "#" || lowered == "punkt";
}

bool is_answer_heading(std::string_view cell) {
  const std::string lowered = lower(trim(cell));
  return lowered == "svar" || lowered == "arbetsgivarens svar" || lowered == "svar från arbetsgivaren" ||
         lowered == "svar/åtgärd" || lowered == "besked";
}

bool is_responsible_heading(std::string_view cell) {
  const std::string lowered = lower(trim(cell));
  return lowered == "ansvarig" || lowered == "ansvar" || lowered == "vem" || lowered == "svarat av" ||
         lowered == "besvarad av";
}

// Where, near a heading's column, this line's cell begins: a character after two spaces
// within the slack; else the column itself when it falls between words, or the end of the
// word it falls in (a word running over a column belongs to the cell it began in).
std::size_t boundary(std::string_view line, const std::vector<std::size_t>& starts, std::size_t column) {
  const std::size_t characters = starts.size() - 1;
  if (column >= characters) return characters;
  auto at = [&](std::size_t c) { return line[starts[c]]; };
  auto cell_starts = [&](std::size_t c) { return c >= 2 && c < characters && at(c) != ' ' && at(c - 1) == ' ' && at(c - 2) == ' '; };
  for (std::size_t d = 0; d <= kColumnSlack; ++d) {
    if (column >= d && cell_starts(column - d)) return column - d;
    if (cell_starts(column + d)) return column + d;
  }
  std::size_t c = column;
  while (c < characters && at(c) != ' ') ++c;
  return c;
}

std::string cell_text(std::string_view line, const std::vector<std::size_t>& starts, std::size_t from, std::size_t to) {
  if (from >= to) return {};
  return collapse_spaces(line.substr(starts[from], starts[to] - starts[from]));
}

void append_wrapped(std::string& cell, const std::string& more) {
  if (more.empty()) return;
  if (cell.empty()) {
    cell = more;
    return;
  }
  // "arbets-" / "ledaren": a word broken at the cell's edge.
  const auto first = static_cast<unsigned char>(more.front());
  if (cell.ends_with("-") && cell.size() >= 2 && cell[cell.size() - 2] != ' ' && first >= 'a' && first <= 'z') {
    cell.pop_back();
    cell += more;
    return;
  }
  cell += ' ';
  cell += more;
}

bool ends_table(std::string_view line) {
  const std::string_view trimmed = trim(line);
  return trimmed.empty() || trimmed.size() > kMaxLineBytes ||
         trimmed.find_first_not_of("_-=\xE2\x80\x94") == std::string_view::npos;
}

}  // namespace

std::size_t read_question_table(const std::vector<std::string>& lines, std::size_t i, std::vector<std::string>& out) {
  if (lines[i].size() > kMaxLineBytes) return 0;
  const std::vector<Heading> all_headings = headings_of(lines[i]);
  // "Nr   Fråga   Svar   Ansvarig": the rows' numbers in a column of their own first (they
  // mark where rows begin; the rows, in their order, keep no number).
  const bool numbered = all_headings.size() >= 3 && is_number_heading(all_headings[0].name);
  const std::vector<Heading> headings(all_headings.begin() + (numbered ? 1 : 0), all_headings.end());
  if (headings.size() < 2 || headings.size() > 4 || !is_question_heading(headings[0].name) ||
      !is_answer_heading(headings[1].name))
    return 0;
  const std::optional<std::size_t> responsible =
      headings.size() >= 3 && is_responsible_heading(headings[2].name) ? std::optional<std::size_t>(2) : std::nullopt;

  struct Row {
    std::string question, answer, who;
    std::vector<std::string> others;  ///< the cells of columns after those read, by column
    std::size_t lines = 0;
  };
  // Columns after the question, the answer and who answers ("Klart", "Status"): kept as
  // "Klart: vecka 12" under the row, so nothing the table says is lost to search.
  const std::size_t first_other = responsible ? 3 : 2;
  // The number cell of a numbered table's line: "" (a row's wrapped line), the row's number, or
  // anything else — where the table has ended ("3.  Arbetsmiljö", the next section).
  auto number_cell = [&](std::string_view line) {
    const std::vector<std::size_t> starts = character_starts(line);
    return cell_text(line, starts, 0, boundary(line, starts, headings[0].column));
  };
  auto is_row_number = [](const std::string& cell, std::size_t expected) {
    return !cell.empty() && cell.size() <= 2 && std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           static_cast<std::size_t>(std::stoi(cell)) == expected;
  };
  // A blank line between a numbered table's rows goes on with the table when the next row's
  // number follows it. (An unnumbered table ends at a blank line: what follows may be a
  // signature block in the same columns.)
  auto continues_after_blank = [&](std::size_t k, std::size_t next_number) {
    return numbered && k + 1 < lines.size() && trim(lines[k]).empty() && !ends_table(lines[k + 1]) &&
           is_row_number(number_cell(lines[k + 1]), next_number);
  };
  std::vector<Row> rows;
  std::size_t j = i + 1;
  for (; j < lines.size() && j < i + 1 + kMaxTableLines; ++j) {
    if (ends_table(lines[j])) {
      if (continues_after_blank(j, rows.size() + 1)) continue;
      break;
    }
    const std::string_view line = lines[j];
    const std::vector<std::size_t> starts = character_starts(line);
    const std::size_t characters = starts.size() - 1;
    const std::size_t question_at = numbered ? boundary(line, starts, headings[0].column) : 0;
    const std::string number = cell_text(line, starts, 0, question_at);
    if (numbered && !number.empty() && !is_row_number(number, rows.size() + 1)) break;
    const std::size_t answer_at = std::max(question_at, boundary(line, starts, headings[1].column));
    const std::size_t answer_end = headings.size() >= 3 ? std::max(answer_at, boundary(line, starts, headings[2].column)) : characters;
    const std::string question = cell_text(line, starts, question_at, answer_at);
    const std::string answer = cell_text(line, starts, answer_at, answer_end);
    std::vector<std::size_t> bounds;  // where each column after the answer begins
    for (std::size_t h = 2; h < headings.size(); ++h)
      bounds.push_back(std::max(answer_end, boundary(line, starts, headings[h].column)));
    bounds.push_back(characters);
    const std::string who = responsible ? cell_text(line, starts, bounds[0], bounds[1]) : std::string();
    // A row begins where a question begins: a capital after the last question's end, or on
    // the line where the answer's or responsible's cell begins too (a table of topics, no "?");
    // in a numbered table, where a number stands.
    const bool opens = numbered ? !number.empty()
                                : !question.empty() && starts_uppercase(question) &&
                                      (rows.empty() || rows.back().question.ends_with("?") ||
                                       rows.back().question.ends_with(".") || rows.back().lines >= kMaxRowLines ||
                                       !who.empty() || (!responsible && !answer.empty() && starts_uppercase(answer)));
    if (opens || rows.empty()) rows.emplace_back();
    Row& row = rows.back();
    append_wrapped(row.question, question);
    append_wrapped(row.answer, answer);
    append_wrapped(row.who, who);
    row.others.resize(headings.size() - first_other);
    for (std::size_t h = first_other; h < headings.size(); ++h)
      append_wrapped(row.others[h - first_other], cell_text(line, starts, bounds[h - 2], bounds[h - 1]));
    ++row.lines;
  }
  const std::size_t read = j - i;
  if (rows.empty() || std::none_of(rows.begin(), rows.end(), [](const Row& r) { return !r.answer.empty(); })) return 0;
  out.push_back(collapse_spaces(lines[i]));  // the header's words are the table's too
  out.emplace_back();
  for (const Row& row : rows) {
    if (!row.question.empty()) out.push_back(row.question);
    if (!row.answer.empty()) out.push_back("Svar" + (row.who.empty() ? std::string() : " (" + row.who + ")") + ": " + row.answer);
    for (std::size_t k = 0; k < row.others.size(); ++k)
      if (!row.others[k].empty()) out.push_back(headings[first_other + k].name + ": " + row.others[k]);
    out.emplace_back();
  }
  return read;
}

}  // namespace kommunsok::indexer
