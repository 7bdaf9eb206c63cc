#include "kommunsok/indexer/text_columns.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/checkbox_table.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/presence_legend.hpp"
#include "kommunsok/indexer/presence_rows.hpp"
#include "kommunsok/indexer/question_table.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/parties.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMinGap = 3;
constexpr std::size_t kColumnSlack = 4;

struct Cell {
  std::size_t column;
  std::string text;
};

// "1.", "12)", "b)", "IV.", "•", "–", "-", "*": a list item's marker (looked at without a
// regex: every line's cells are split several times).
bool is_list_marker(std::string_view text) {
  if (text == "\xE2\x80\xA2" || text == "\xE2\x80\x93" || text == "-" || text == "*") return true;
  // "(1)", "(12)"
  if (text.size() >= 3 && text.size() <= 4 && text.front() == '(' && text.back() == ')' &&
      std::all_of(text.begin() + 1, text.end() - 1, [](char c) { return c >= '0' && c <= '9'; }))
    return true;
  if (text.size() < 2 || text.size() > 5 || (text.back() != '.' && text.back() != ')')) return false;
  const std::string_view body = text.substr(0, text.size() - 1);
  auto all = [&](auto pred) { return std::all_of(body.begin(), body.end(), pred); };
  if (body.size() <= 2 && all([](char c) { return c >= '0' && c <= '9'; })) return true;
  if (body.size() == 1 && ((body[0] >= 'a' && body[0] <= 'h') || (body[0] >= 'A' && body[0] <= 'H'))) return true;
  static constexpr std::string_view kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  return text.back() == '.' && std::find(std::begin(kRoman), std::end(kRoman), body) != std::end(kRoman);
}

// Characters, not bytes: columns are counted as a reader sees them.
std::size_t characters_in(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// The cells of a line: text separated by runs of at least min_gap spaces or a tab. A cell's
// column counts characters, not bytes: extraction aligns columns by character, and "Björk"
// is one byte longer than "Bjork".
std::vector<Cell> cells_of(std::string_view line, std::size_t min_gap = kMinGap) {
  std::vector<Cell> cells;
  std::size_t i = 0, counted = 0, characters = 0;  // characters in line[0, counted)
  auto column_at = [&](std::size_t byte) {
    for (; counted < byte; ++counted)
      if ((static_cast<unsigned char>(line[counted]) & 0xC0) != 0x80) ++characters;
    return characters;
  };
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    const std::size_t start = i;
    std::size_t spaces = 0;
    std::size_t end = i;
    for (; i < line.size(); ++i) {
      if (line[i] == '\t') break;
      if (line[i] == ' ') {
        if (++spaces >= min_gap) break;
        continue;
      }
      spaces = 0;
      end = i + 1;
    }
    cells.push_back({column_at(start), std::string(line.substr(start, end - start))});
  }
  // "1.   Hur många …?", "IV.  Kommer …?", "•    Punkt": a list's marker set apart from its
  // item is no column of its own.
  if (cells.size() >= 2 && is_list_marker(cells[0].text)) {
    cells[1].text = cells[0].text + " " + cells[1].text;
    cells[1].column = cells[0].column;
    cells.erase(cells.begin());
  }
  return cells;
}

bool is_label(const std::string& text) { return match_header_label(text).has_value(); }

// A form's field name: a header label, or the page count's "Sida".
bool is_form_label(const std::string& text) {
  return is_label(text) || is_page_count_label(text);
}

// The headings of an attendance table or a signature block, written without their colon.
bool is_list_heading(const std::string& text) {
  static constexpr std::string_view kHeadings[] = {
      "arbetsgivare", "arbetsgivaren", "arbetsgivarsidan", "arbetstagare", "arbetstagarna", "arbetstagarsidan",
      "för arbetsgivaren", "för arbetstagarna", "fackliga organisationer", "närvarande", "frånvarande", "ej närvarande",
      "förhinder", "adjungerad", "adjungerade", "övriga närvarande", "ordförande", "justerare", "justerande",
      "sekreterare", "ledamöter", "ersättare", "beslutande", "tjänstgörande ersättare"};
  const std::string lowered = lower(text);
  return std::any_of(std::begin(kHeadings), std::end(kHeadings), [&](std::string_view h) { return lowered == h; }) ||
         side_named_by_heading(text) != AttendanceSide::None;
}

bool is_heading_row(const std::vector<Cell>& cells) {
  if (cells.size() != 2) return false;
  if (cells[0].text.ends_with(":") && cells[1].text.ends_with(":")) return true;
  return is_list_heading(cells[0].text) && is_list_heading(cells[1].text);
}

enum class Column { Name, Role, Organisation, Party, Presence, Absence };

// The column a table's heading cell names, if it is one of an attendance table's.
std::optional<Column> column_named(const std::string& heading) {
  std::string h = lower(collapse_spaces(heading));
  if (h.ends_with(':')) h.pop_back();
  // "Funktion / organisation", "Roll/förbund": a role or a union, as the row has it.
  if (const std::size_t slash = h.find('/'); slash != std::string::npos) {
    const std::string left(trim(std::string_view(h).substr(0, slash)));
    if (left == "funktion" || left == "roll" || left == "befattning" || left == "titel") return Column::Role;
  }
  if (h.starts_with("närvarande") || h.starts_with("närvaro") || h == "närv." || h == "deltog" || h == "närv")
    return Column::Presence;
  // "Närv.   Förh.": a mark under the second says the row was away.
  if (h == "förh." || h == "förh" || h == "förhinder" || h == "frånv." || h == "frånv" || h == "frånvarande" ||
      h == "ej närv." || h == "anmält förhinder")
    return Column::Absence;
  static constexpr std::pair<std::string_view, Column> kHeadings[] = {
      {"namn", Column::Name},           {"name", Column::Name},          {"deltagare", Column::Name},
      // "Ledamöter   Parti   Närv.   Tjänstgörande ersättare": a protocol's list of members, each
      // row a member, the serving substitute beside the one replaced.
      {"ledamöter", Column::Name},      {"ledamot", Column::Name},       {"tjänstgörande ersättare", Column::Role},
      {"kallade", Column::Name},        {"kallad", Column::Name},
      {"funktion", Column::Role},       {"roll", Column::Role},          {"befattning", Column::Role},
      {"titel", Column::Role},          {"uppdrag", Column::Role},       {"part", Column::Organisation},
      {"organisation", Column::Organisation}, {"facklig organisation", Column::Organisation},
      {"förbund", Column::Organisation}, {"representerar", Column::Organisation},
      {"företräder", Column::Organisation}, {"parti", Column::Party}};
  for (const auto& [text, column] : kHeadings)
    if (h == text) return column;
  return std::nullopt;
}

bool says_absent(std::string_view presence) {
  std::string p = lower(trim(presence));
  // "Nej (ombud saknas)": the word, a note in brackets after it aside.
  if (const std::size_t note = p.find(" ("); note != std::string::npos && p.ends_with(")")) p.resize(note);
  return p == "nej" || p == "n" || p == "frånvarande" || p == "förhinder" || p == "ej närvarande" || p == "frånv." ||
         p == "frånv" || p == "ej närv." || p == "återbud";
}

bool is_placeholder(std::string_view cell) {
  const std::string_view c = trim(cell);
  return c.empty() || c == "-" || c == "–" || c == "—";
}

struct TableHeadings {
  std::vector<Cell> cells;
  std::vector<Column> columns;
};

// The column headings among cells[from, end): every one an attendance table's, the first Name.
std::optional<TableHeadings> headings_of(const std::vector<Cell>& cells, std::size_t from) {
  if (cells.size() < from + 2) return std::nullopt;
  TableHeadings h;
  for (std::size_t k = from; k < cells.size(); ++k) {
    const auto column = column_named(cells[k].text);
    if (!column) return std::nullopt;
    h.cells.push_back(cells[k]);
    h.columns.push_back(*column);
  }
  if (h.columns.front() != Column::Name) return std::nullopt;
  return h;
}

// "För arbetsgivaren", "Adjungerade", "Förhinder": a group's label in a table's first column.
bool is_group_label(const std::string& text) { return is_list_heading(text); }

// One row as lists write it ("Eva Strand, Ordförande sektion, Kommunal"; a party in brackets
// after the name; the employer's side needs no word), from its cells[from, end). Empty when
// the row says nothing; absent when a presence column marks it so.
std::string row_line(const std::vector<Cell>& row, std::size_t from, const TableHeadings& h, const PresenceLegend& legend,
                     bool& absent) {
  std::array<std::string, 6> value;
  std::size_t k = 0;  // the last heading starting at or before the cell; cells come left to right
  for (std::size_t r = from; r < row.size(); ++r) {
    const Cell& c = row[r];
    while (k + 1 < h.cells.size() && h.cells[k + 1].column <= c.column + kColumnSlack) ++k;
    // "x" under the end of "Närv." and just short of "Förh.": a mark belongs to the heading it
    // stands under, or failing that the nearest one.
    std::size_t at = k;
    if (c.text.size() <= 2 && k > 0 && c.column < h.cells[k].column) {
      const Cell& left = h.cells[k - 1];
      const std::size_t left_end = left.column + characters_in(left.text);
      const std::size_t to_left = c.column < left_end ? 0 : c.column - left_end + 1;
      if (to_left < h.cells[k].column - c.column) at = k - 1;
    }
    std::string& slot = value[static_cast<std::size_t>(h.columns[at])];
    slot += (slot.empty() ? "" : " ") + c.text;
  }
  const std::string& name = value[static_cast<std::size_t>(Column::Name)];
  std::string role = value[static_cast<std::size_t>(Column::Role)];
  if (is_placeholder(role)) role.clear();
  std::string organisation = value[static_cast<std::size_t>(Column::Organisation)];
  // "Kommunal, skyddsombud VA" under Representerar: the union, then the role.
  if (const std::size_t comma = organisation.find(", ");
      comma != std::string::npos && schema::canonical_union(std::string_view(organisation).substr(0, comma)) &&
      !schema::canonical_union(std::string_view(organisation).substr(comma + 2))) {  // not "Saco, Sveriges Ingenjörer"
    role += (role.empty() ? "" : ", ") + organisation.substr(comma + 2);
    organisation.resize(comma);
  }
  // "Arbetsgivaren, rektor": the side, then the role.
  if (starts_with_ci(organisation, "arbetsgivar"))
    if (const std::size_t comma = organisation.find(','); comma != std::string::npos)
      role += (role.empty() ? "" : ", ") + std::string(trim(std::string_view(organisation).substr(comma + 1)));
  const std::string& party = value[static_cast<std::size_t>(Column::Party)];
  const std::string& presence = value[static_cast<std::size_t>(Column::Presence)];
  absent = legend_says_absent(legend, presence).value_or(says_absent(presence)) ||
           !is_placeholder(value[static_cast<std::size_t>(Column::Absence)]);
  // A union without a representative, in its own column or in one shared with roles.
  if (is_placeholder(name)) {
    if (!is_placeholder(organisation)) return organisation;
    const std::string_view written = std::string_view(role).substr(0, role.find(" ("));
    return schema::canonical_union(written) ? role : "";
  }
  // "Lisa Norr, ordf" in the name's cell: the party after the name, before what the cell adds.
  // "Ekström, Anna": a surname first, turned.
  std::string written = name;
  std::size_t comma = written.find(',');
  if (comma != std::string::npos) {
    const auto before = split_words(std::string_view(written).substr(0, comma));
    const auto after = split_words(std::string_view(written).substr(comma + 1));
    if (before.size() == 1 && after.size() == 1 && is_name_word(before[0]) && is_name_word(after[0])) {
      written = std::string(after[0]) + " " + std::string(before[0]);
      comma = std::string::npos;
    }
  }
  std::string line = written.substr(0, comma) + (is_placeholder(party) ? "" : " (" + party + ")") +
                     (comma == std::string::npos ? "" : written.substr(comma)) + (role.empty() ? "" : ", " + role);
  if (!is_placeholder(organisation) && !starts_with_ci(organisation, "arbetsgivar")) line += ", " + organisation;
  return line;
}

// "Namn   Funktion   Part   Närvarande" over rows of cells: an attendance table whose first
// row names its columns; or "För arbetsgivaren   Namn   Funktion", the same with a column of
// group labels before it, each group perhaps naming its columns again ("För arbetstagarna
// Namn   Organisation"). Each row becomes one line as lists write it, each group's label a line
// of its own ("Förhinder:"); the rows a presence column marks absent follow under
// "Frånvarande:". The lines of the table it read, or 0 when line i opens none.
std::size_t read_headed_table(const std::vector<std::string>& lines, std::size_t i, const std::vector<Cell>& first,
                              const PresenceLegend& legend, std::vector<std::string>& out) {
  // "Part   Namn   Funktion" over "AG   Karin Ljung   Kommunchef": a column that names each
  // row's side.
  const std::string first_heading = lower(first.empty() ? std::string() : first[0].text);
  const bool side_column = first_heading == "part" || first_heading == "part:" || first_heading == "sida";
  const bool labelled =
      first.size() >= 3 && (is_group_label(first[0].text) || side_column) && headings_of(first, 1).has_value();
  std::optional<TableHeadings> h = headings_of(first, labelled ? 1 : 0);
  // "Arbetsgivarrepresentanter   Funktion   Närv.  Förh.": a side's heading over its names, the
  // cells after it naming columns (two spaces may part those).
  bool side_over_names = false;
  if (!h && first.size() >= 2 && side_named_by_heading(first[0].text) != AttendanceSide::None) {
    const std::vector<Cell> tight = cells_of(lines[i], 2);
    TableHeadings named{{tight.front()}, {Column::Name}};
    bool described = false;  // a column says what each one is (a role, a union): a list of people
    for (std::size_t k = 1; k < tight.size(); ++k) {
      const auto column = column_named(tight[k].text);
      // A heading is a word or two, no number: "Närvarande 1(3)" is a line of something else.
      const bool bare = split_words(tight[k].text).size() <= 2 &&
                        std::none_of(tight[k].text.begin(), tight[k].text.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!column || *column == Column::Name || !bare) break;
      described = described || *column == Column::Role || *column == Column::Organisation;
      named.cells.push_back(tight[k]);
      named.columns.push_back(*column);
    }
    if (described && named.cells.size() == tight.size()) {
      h = std::move(named);
      side_over_names = true;
    }
  }
  if (!h) return 0;
  std::vector<std::string> present, absent;
  std::string group;  // the group label last written
  if (labelled && !side_column) present.push_back(group = first[0].text + ":");
  if (side_over_names) present.push_back(group = first[0].text.ends_with(":") ? first[0].text : first[0].text + ":");
  std::size_t read_to = i + 1;
  for (std::size_t j = i + 1; j < lines.size(); ++j) {
    // A table's cells may stand only two spaces apart ("Akademikerförbundet SSR  Ja").
    const std::vector<Cell> row = cells_of(lines[j], 2);
    if (row.empty()) {
      if (labelled) continue;  // blank lines between the groups
      break;
    }
    // Running text after the table, or a group's entries written on one line ("Ersättare   Leif
    // Norén (S), Maria Jansson (L)"): the table ends before the row, which the lists' readers read
    // as written.
    const bool label_cell = labelled && row[0].column + kColumnSlack < h->cells[0].column;
    if (const std::size_t value = label_cell ? 1 : 0; row.size() == value + 1 && row[value].text.size() > 40) break;
    std::size_t from = 0;
    if (label_cell) {
      if (!is_group_label(row[0].text)) break;  // the text after the table
      // A row's side under a group of those away ("Ej närvarande / AT  Marie Olsson …") leaves
      // the row away; the same label again is written once.
      const bool side = side_named_by_heading(row[0].text) != AttendanceSide::None;
      const bool away_group = starts_with_ci(group, "ej närvarande") || starts_with_ci(group, "frånvarande") ||
                              starts_with_ci(group, "förhinder");
      if (!(side && away_group) && group != row[0].text + ":") present.push_back(group = row[0].text + ":");
      from = 1;
      read_to = j + 1;
      if (auto again = headings_of(row, 1)) {
        h = std::move(again);
        continue;
      }
    } else if (!labelled && row.size() == 1 && row[0].column > h->cells[0].column + kColumnSlack) {
      break;
    }
    // Under a side's heading every row opens with a person's name in the heading's column.
    if (side_over_names && (row[from].column > h->cells[0].column + kColumnSlack || !is_person_name(row[from].text)))
      break;
    bool row_absent = false;
    const std::string line = row_line(row, from, *h, legend, row_absent);
    read_to = j + 1;
    // Under a side's heading each side is a table of its own: the row says it was away, as a
    // list would, rather than a "Frånvarande:" block that would end the reading of the lists.
    if (!line.empty() && row_absent && side_over_names)
      present.push_back(line + ", frånvarande");
    else if (!line.empty())
      (row_absent ? absent : present).push_back(line);
  }
  if (present.empty() && absent.empty()) return 0;
  if (side_over_names && present.size() == 1 && absent.empty()) return 0;  // a heading over no rows
  // The table is the attendance, whatever its heading row called its columns ("Kallade").
  if (!labelled && !side_over_names) out.emplace_back("Närvarande:");
  out.insert(out.end(), present.begin(), present.end());
  if (!absent.empty()) {
    out.emplace_back("Frånvarande:");
    out.insert(out.end(), absent.begin(), absent.end());
  }
  return read_to - i;
}

}  // namespace

// "Arbetsmiljösamordnare Tina Strand, / sekreterare" under a left column longer than the right
// one: from line j to the blank line, every row one cell that ends before the right column
// begins, and no label with its value among them.
bool ends_left_column(const std::vector<std::string>& lines, std::size_t j, std::size_t right) {
  constexpr std::size_t kMaxTailRows = 4;
  std::size_t k = j;
  for (; k < lines.size() && !trim(lines[k]).empty(); ++k) {
    if (k - j >= kMaxTailRows) return false;
    const std::vector<Cell> row = cells_of(lines[k]);
    // A label with its value ("Datum 2026-09-08") is the next block; a role word alone
    // ("sekreterare") continues the cell above.
    const auto label = match_header_label(row[0].text);
    if (row.size() != 1 || (label && !label->value.empty()) || row[0].text.ends_with(":")) return false;
    if (row[0].column + characters_in(row[0].text) >= right) return false;
  }
  return k > j;
}

// "| Maria Kvist | verksamhetschef | Arbetsgivare |": a table drawn with pipes (Markdown, a web
// page's table as text) read as cells set apart by spaces, as extraction sets them; its rule
// rows ("|------|---|") drawn under the headings are dropped.
void unpipe_tables(std::vector<std::string>& lines) {
  auto piped = [](std::string_view line) {
    line = trim(line);
    return line.size() >= 3 && line.front() == '|' && line.back() == '|';
  };
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (std::string& line : lines) {
    if (!piped(line)) {
      out.push_back(std::move(line));
      continue;
    }
    const std::string_view row = trim(line);
    if (std::all_of(row.begin(), row.end(), [](char c) { return c == '|' || c == '-' || c == ':' || c == ' ' || c == '+'; }))
      continue;
    // Each bar becomes three spaces, the gap the column readers part cells at: every row has
    // as many bars before a column, so the columns keep the alignment the padding gave them.
    // An empty cell keeps its column with a dash.
    std::string cells;
    for (std::size_t k = 0; k < line.size(); ++k) {
      if (line[k] != '|') {
        cells += line[k];
        continue;
      }
      cells += "   ";
      const std::size_t next = line.find('|', k + 1);
      if (next != std::string::npos && next > k + 1 && trim(std::string_view(line).substr(k + 1, next - k - 1)).empty()) {
        cells += '-';
        cells += std::string(next - k - 2, ' ');
        k = next - 1;
      }
    }
    out.push_back(std::move(cells));
  }
  lines = std::move(out);
}

namespace {

// "KD     Ingrid Forsell, ordförande" / "PRO    Gösta Lindmark": a column of party (or member
// organisation) codes to the left of the names, as a råd's or nämnd's list may set it. Each
// such row is written as the lists with brackets write it: "Ingrid Forsell (KD), ordförande"
// — whether a code is a party is the party readers' to say (PRO, SPF are not). Only where the
// document has several such rows, one of them with a national party's code.
void party_codes_before_names(std::vector<std::string>& lines) {
  constexpr std::size_t kMinRows = 3, kMaxCodeBytes = 5, kMaxRowBytes = 200;
  struct Row {
    std::size_t line;
    std::string code, name, rest;
  };
  std::vector<Row> rows;
  bool national = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.size() > kMaxRowBytes) continue;
    std::size_t code_end = 0;
    while (code_end < line.size() && code_end <= kMaxCodeBytes && line[code_end] >= 'A' && line[code_end] <= 'Z') ++code_end;
    if (code_end == 0 || code_end > kMaxCodeBytes || code_end + 2 > line.size()) continue;
    const bool gap = line[code_end] == '\t' || (line[code_end] == ' ' && line[code_end + 1] == ' ');
    if (!gap) continue;
    const std::string_view after = trim(line.substr(code_end));
    const std::size_t comma = after.find(',');
    const std::string_view name = trim(after.substr(0, std::min(comma, after.find(" ("))));
    const auto words = split_words(name);
    if (words.size() < 2 || words.size() > 4 ||
        !std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w) || is_name_particle(w); }))
      continue;
    const std::string code(line.substr(0, code_end));
    const std::string rest(trim(after.substr(name.size())));
    // "O   Anna Ek (S)": the row's party is written already; the code says something else.
    if (rest.starts_with("(") && rest.find(')') != std::string::npos &&
        schema::canonical_party(rest.substr(1, rest.find(')') - 1)))
      return;
    // A single letter that is no party ("O" ordförande, "E" ersättare) makes the column a
    // column of roles, and its "V" and "L" roles too.
    if (code.size() == 1 && !schema::is_national_party_abbreviation(code)) return;
    national = national || schema::is_national_party_abbreviation(code);
    rows.push_back({i, code, std::string(name), rest});
  }
  if (rows.size() < kMinRows || !national) return;
  for (const Row& row : rows)
    lines[row.line] = "  " + row.name + " (" + row.code + ")" + (row.rest.empty() ? "" : (row.rest.front() == ',' ? "" : " ") + row.rest);
}

// "Elin Gustafsson                  S", "Birgitta Sjölund, ordförande     S": a list whose party
// is a column of its own to the right, the national party's code alone after a wide gap. Each
// such row is written as the lists with commas write it ("Birgitta Sjölund, S, ordförande"),
// a label column before it kept; only where two rows or more do so (one row's last capital
// alone may be anything), and only rows whose entry ends in a name before any comma ("för
// Marie Fält   S"). Only under a "Parti" heading, or where three parties or more stand in the
// column.
void party_codes_after_names(std::vector<std::string>& lines) {
  constexpr std::size_t kMinRows = 2, kMaxCodeBytes = 2, kMaxRowBytes = 200, kMinParties = 3, kMaxHeadingCells = 6;
  struct Row {
    std::size_t line;
    std::string rewritten, code;
  };
  std::vector<Row> rows;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.size() > kMaxRowBytes) continue;
    const std::vector<Cell> cells = cells_of(line, 2);
    // The entry and its code, perhaps a list's label before them ("Beslutande   Eva Ek   S"):
    // a row with more names ("Anna Ek   Karin Sjö   S", a member and a substitute) is no such row.
    if (cells.size() < 2 || cells.size() > 3 || (cells.size() == 3 && !is_list_heading(cells[0].text))) continue;
    const std::string& code = cells.back().text;
    if (code.empty() || code.size() > kMaxCodeBytes || !starts_uppercase(code) || !schema::is_national_party_abbreviation(code))
      continue;
    const std::string& entry = cells[cells.size() - 2].text;
    const std::size_t comma = entry.find(',');
    const auto words = split_words(std::string_view(entry).substr(0, comma));
    if (words.size() < 2 || !is_name_word(words[words.size() - 2]) || !is_name_word(words.back())) continue;
    // The entry's first byte: its column counts characters, not bytes.
    std::size_t at = 0;
    for (std::size_t characters = 0; at < line.size() && characters < cells[cells.size() - 2].column; ++at)
      if ((static_cast<unsigned char>(line[at + 1]) & 0xC0) != 0x80) ++characters;
    if (line.compare(at, entry.size(), entry) != 0) continue;
    std::string rewritten = line.substr(0, at) + entry.substr(0, comma) + ", " + code;
    if (comma != std::string::npos) rewritten += entry.substr(comma);
    rows.push_back({i, std::move(rewritten), code});
  }
  // A column of parties says so in its heading, or holds three parties: "M" and "K" may be a
  // column of sexes, "L" and "E" of ledamot and ersättare.
  if (rows.size() < kMinRows) return;
  std::set<std::string> codes;
  for (const Row& row : rows) codes.insert(row.code);
  auto headed = [&] {
    return std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
      if (l.size() > kMaxRowBytes || find_ci(l, "parti") == std::string::npos) return false;
      const auto cells = cells_of(l, 2);
      return cells.size() <= kMaxHeadingCells && std::any_of(cells.begin(), cells.end(), [](const Cell& c) {
               return lower(c.text) == "parti" || lower(c.text) == "parti:";
             });
    });
  };
  if (codes.size() < kMinParties && !headed()) return;
  for (Row& row : rows) lines[row.line] = std::move(row.rewritten);
}

// "Namn<TAB>Parti<TAB>Uppdrag" over "Anna Hedblom<TAB>C<TAB>ordförande": a word processor's
// table set with tab stops the text no longer knows. Each run of lines with tabs is laid out
// as a table of spaces, field k of every line starting in the same column, so the readers
// below (which tell columns by where cells start) see the table the page showed.
void align_tab_fields(std::vector<std::string>& lines) {
  constexpr std::size_t kGap = 3, kMaxFields = 12, kMaxLineBytes = 1000;
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].find('\t') == std::string::npos) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> widths;
    for (; end < lines.size() && lines[end].find('\t') != std::string::npos && lines[end].size() <= kMaxLineBytes; ++end) {
      std::vector<std::string> fields;
      for (std::size_t start = 0; start <= lines[end].size() && fields.size() < kMaxFields;) {
        std::size_t tab = lines[end].find('\t', start);
        if (tab == std::string::npos || fields.size() + 1 == kMaxFields) tab = lines[end].size();
        fields.emplace_back(trim(std::string_view(lines[end]).substr(start, tab - start)));
        start = tab + 1;
        while (start < lines[end].size() && lines[end][start] == '\t') ++start;  // tabs in a row: one stop
      }
      if (widths.size() < fields.size()) widths.resize(fields.size(), 0);
      for (std::size_t k = 0; k < fields.size(); ++k) widths[k] = std::max(widths[k], characters_in(fields[k]));
      rows.push_back(std::move(fields));
    }
    if (rows.empty()) {  // a tabbed line too long to be a table's: left as it is
      ++i;
      continue;
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
      std::string line;
      for (std::size_t k = 0; k < rows[r].size(); ++k) {
        line += rows[r][k];
        if (k + 1 < rows[r].size()) line.append(widths[k] - characters_in(rows[r][k]) + kGap, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      lines[i + r] = std::move(line);
    }
    i = end;
  }
}

}  // namespace

std::string split_columns(std::string_view text) {
  std::vector<std::string> lines = split_lines(text);
  const bool ends_with_newline = text.ends_with('\n');
  if (ends_with_newline) lines.pop_back();  // the empty remainder after the last newline
  align_tab_fields(lines);
  party_codes_before_names(lines);
  party_codes_after_names(lines);
  unpipe_tables(lines);
  replace_dot_leaders(lines);
  const PresenceLegend legend = presence_legend(lines);
  std::string out;
  auto emit = [&](const std::string& line) {
    out += line;
    out += '\n';
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // Each line's cells, split once: the table, form and column readers below all start from them.
    // "☒  Socialchef   Helena Rydh": a form's rows, a box ticked for each who came.
    std::vector<std::string> boxed;
    if (const std::size_t read = read_checkbox_rows(lines, i, boxed); read > 0) {
      for (const auto& b : boxed) emit(b);
      i += read - 1;
      continue;
    }
    // "Fråga   Svar   Ansvarig" over questions and answers whose cells wrap over lines.
    if (std::vector<std::string> rows; const std::size_t read = read_question_table(lines, i, rows)) {
      for (const auto& r : rows) emit(r);
      i += read - 1;
      continue;
    }
    // "Förvaltningschef   Henrik Olsson   närvarande": rows of role, name and presence.
    if (std::vector<std::string> rows; const std::size_t read = read_presence_rows(lines, i, rows)) {
      for (const auto& r : rows) emit(r);
      i += read - 1;
      continue;
    }
    const std::vector<Cell> cells = cells_of(lines[i]);
    // "För Kommunal       Anette Grip, Robin Sahlin", "För arbetsgivaren  Therese Ehn, HR-chef":
    // a side's label in a cell before its people, read as the lists write it ("Kommunal: …").
    std::vector<Cell> label_cells = cells;
    if (label_cells.size() == 1 && starts_with_ci(trim(lines[i]), "för ")) label_cells = cells_of(lines[i], 2);
    // (Not two headings side by side: "För arbetsgivaren      För arbetstagarna".)
    if (label_cells.size() == 2 && starts_with_ci(label_cells[0].text, "för ") &&
        !starts_with_ci(label_cells[1].text, "för ") && !is_list_heading(label_cells[1].text) &&
        !label_cells[1].text.ends_with(":")) {
      const auto& cells = label_cells;
      const std::string side(trim(std::string_view(cells[0].text).substr(4)));
      if (const auto union_name = schema::canonical_union(side)) {
        emit(side + ": " + cells[1].text);
        continue;
      }
      if (starts_with_ci(side, "arbetsgivar")) {
        emit(cells[0].text + ":");
        emit(cells[1].text);
        continue;
      }
    }
    // "Ordförande      Justerare      Sekreterare" over "Roland Ek      Marie Ås      Jo Lilja": the
    // signatures' roles over the names, each name read with the role above it (read one after
    // the other, "Sekreterare" would stand right over the first name).
    if (constexpr std::size_t kMaxSigners = 4; i + 1 < lines.size() && cells.size() >= 2 && cells.size() <= kMaxSigners) {
      static constexpr std::string_view kSigningRoles[] = {"ordförande", "vice ordförande", "justerare", "justerande",
                                                           "sekreterare", "mötesordförande", "protokollförare"};
      auto signing_role = [](std::string_view text) {
        const std::string role = lower(trim(text));
        return std::any_of(std::begin(kSigningRoles), std::end(kSigningRoles), [&](std::string_view r) { return role == r; });
      };
      // The line below, each of its cells under one of this line's, when every cell of this line
      // passes upper_ok and every one below passes below_ok. (Every line of a document passes
      // here: the line below is split only under a row that passes.)
      auto row_below = [&](auto upper_ok, auto below_ok) -> std::optional<std::vector<Cell>> {
        if (!std::all_of(cells.begin(), cells.end(), [&](const Cell& c) { return upper_ok(c.text); })) return std::nullopt;
        std::vector<Cell> below = cells_of(lines[i + 1]);
        if (below.size() != cells.size()) return std::nullopt;
        for (std::size_t k = 0; k < cells.size(); ++k)
          if (!below_ok(below[k].text) || below[k].column + kColumnSlack < cells[k].column ||
              below[k].column > cells[k].column + kColumnSlack)
            return std::nullopt;
        return below;
      };
      // "Anna Ek (S)": a name and the party in brackets after it (the code "" when none).
      auto name_and_party = [](std::string_view cell) {
        cell = trim(cell);
        constexpr std::size_t kMaxBracketBytes = 6;  // " (KD)"
        if (const std::size_t open = cell.rfind(" ("); open != std::string_view::npos && cell.ends_with(")") &&
                                                        cell.size() - open <= kMaxBracketBytes)
          return std::pair{cell.substr(0, open), cell.substr(open + 2, cell.size() - open - 3)};
        return std::pair{cell, std::string_view()};
      };
      auto person_perhaps_with_party = [&](std::string_view cell) { return is_person_name(name_and_party(cell).first); };
      // "Anna Ek (S)" with "ordförande": written as the lists with commas write it ("Anna Ek, S,
      // ordförande"), where the party and the role are both read.
      auto signer = [&](std::string_view cell, std::string_view role) {
        const auto [name, code] = name_and_party(cell);
        if (!code.empty() && schema::is_national_party_abbreviation(code))
          return std::string(name) + ", " + std::string(code) + ", " + lower(trim(role));
        return std::string(trim(cell)) + ", " + lower(trim(role));
      };
      if (const auto names = row_below(signing_role, person_perhaps_with_party)) {
        for (std::size_t k = 0; k < cells.size(); ++k) emit(signer((*names)[k].text, cells[k].text));
        ++i;
        continue;
      }
      // "Anneli Roos      Lennart Axelsson (C)      Gun Wärn (KD)" over "sekreterare      ordförande
      // justerare": the names over their roles, each read with the role under it — also in a
      // grid of names each over its role. Not when the names are under a role of their own
      // ("Justerare" / "Anna Ek  Per Alm" / "Ordförande  Sekreterare" / "Olle Sand  Maja Lind"):
      // there the roles head the names below them.
      const auto roles = row_below(person_perhaps_with_party, signing_role);
      const bool under_role = roles && i > 0 && [&] {
        const std::vector<Cell> above = cells_of(lines[i - 1]);
        return !above.empty() && std::all_of(above.begin(), above.end(), [&](const Cell& c) { return signing_role(c.text); });
      }();
      const bool roles_head_below = under_role && i + 2 < lines.size() && [&] {
        const std::vector<Cell> next = cells_of(lines[i + 2]);
        return next.size() == roles->size() &&
               std::all_of(next.begin(), next.end(), [&](const Cell& c) { return person_perhaps_with_party(c.text); });
      }();
      if (roles && !roles_head_below) {
        for (std::size_t k = 0; k < cells.size(); ++k) emit(signer(cells[k].text, (*roles)[k].text));
        ++i;
        continue;
      }
    }
    std::vector<std::string> table;
    if (const std::size_t read = read_headed_table(lines, i, cells, legend, table); read > 0) {
      for (const auto& t : table) emit(t);
      i += read - 1;
      continue;
    }
    // "Kultur- och fritidsförvaltningen    Datum         Diarienummer" over
    // "                                    2023-02-27    KFN-2023/0045.821": a form's labels
    // over their values, each value read with the label above it.
    constexpr std::size_t kMaxFormCells = 8;  // a form row has a few fields; a huge line is no form
    if (i + 1 < lines.size() && cells.size() >= 2 && cells.size() <= kMaxFormCells) {
      const std::vector<Cell> below = cells_of(lines[i + 1]);
      std::vector<std::string> paired;
      std::vector<bool> used(below.size(), false);
      bool any = false;
      for (std::size_t ci = 0; ci < cells.size(); ++ci) {
        const Cell& c = cells[ci];
        const auto label = match_header_label(c.text);
        std::size_t match = below.size();
        // "Diarienummer   250187": a label whose value stands beside it takes none from below.
        const bool value_beside = ci + 1 < cells.size() && !is_form_label(cells[ci + 1].text);
        if (label && label->value.empty() && !value_beside)
          for (std::size_t b = 0; b < below.size(); ++b)
            if (!used[b] && !is_form_label(below[b].text) && below[b].column + kColumnSlack >= c.column &&
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
    // "Sveriges Lärare      Helena Ryd (ord.), Oskar Lind (ers.)" over "Kommunal   Tove Blom":
    // a union in each left cell is a table of unions and their representatives, read across.
    if (rows >= 2) {
      bool unions_left = true;
      for (std::size_t j = i; j < i + rows && unions_left; ++j)
        unions_left = schema::canonical_union(cells_of(lines[j])[0].text).has_value();
      if (unions_left) {
        for (std::size_t j = i; j < i + rows; ++j) {
          const std::vector<Cell> row = cells_of(lines[j]);
          emit(row[0].text + ": " + row[1].text);
        }
        i += rows - 1;
        continue;
      }
      // "Sverigedemokraterna (SD)   Jimmy Kronberg": a party's name and code over each row's
      // member, read across as the lists write it ("Jimmy Kronberg (SD)").
      auto party_code = [](const std::string& cell) -> std::string {
        const std::size_t open = cell.rfind(" (");
        if (open == std::string::npos || !cell.ends_with(")")) return {};
        const std::string code = cell.substr(open + 2, cell.size() - open - 3);
        const bool capitals = !code.empty() && code.size() <= 4 &&
                              std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        // A party's name is one word ("Sverigedemokraterna") or has one in lower case ("Miljöpartiet
        // de gröna"); two capitalised words before the bracket are a person ("Anna Kjellgren (M)").
        const auto name = split_words(std::string_view(cell).substr(0, open));
        const bool person = name.size() >= 2 && std::all_of(name.begin(), name.end(), [](std::string_view w) { return starts_uppercase(w); });
        return capitals && starts_uppercase(cell) && name.size() <= 3 && !person ? code : "";
      };
      bool parties_left = true;
      for (std::size_t j = i; j < i + rows && parties_left; ++j) parties_left = !party_code(cells_of(lines[j])[0].text).empty();
      if (parties_left) {
        for (std::size_t j = i; j < i + rows; ++j) {
          const std::vector<Cell> row = cells_of(lines[j]);
          const std::string& right = row[1].text;
          const std::size_t comma = right.find(',');
          emit(comma == std::string::npos ? right + " (" + party_code(row[0].text) + ")"
                                          : right.substr(0, comma) + " (" + party_code(row[0].text) + ")" + right.substr(comma));
        }
        i += rows - 1;
        continue;
      }
    }
    // "Ulrika Hellström   kommunchef" over "Linda Ersbo   sekreterare": each name with its role,
    // read across as the lists write it ("Ulrika Hellström, kommunchef").
    bool names_with_roles = rows >= 2;
    for (std::size_t j = i; j < i + rows && names_with_roles; ++j) {
      const std::vector<Cell> row = cells_of(lines[j]);
      const auto name = split_words(row[0].text);
      names_with_roles = starts_lowercase(row[1].text) && name.size() >= 2 && name.size() <= 4 &&
                         std::all_of(name.begin(), name.end(), [](std::string_view w) { return starts_uppercase(w); });
    }
    if (names_with_roles) {
      for (std::size_t j = i; j < i + rows; ++j) {
        const std::vector<Cell> row = cells_of(lines[j]);
        emit(row[0].text + ", " + row[1].text);
      }
      i += rows - 1;
      continue;
    }
    if (rows >= 2) {
      std::vector<std::string> right_column;
      for (std::size_t j = i; j < i + rows; ++j) {
        const std::vector<Cell> row = cells_of(lines[j]);
        emit(row[0].text);
        right_column.push_back(row[1].text);
      }
      // The left column may run on below the right one's end.
      if (i + rows < lines.size() && ends_left_column(lines, i + rows, cells[1].column))
        for (; i + rows < lines.size() && !trim(lines[i + rows]).empty(); ++rows) emit(std::string(trim(lines[i + rows])));
      for (const auto& r : right_column) emit(r);
      i += rows - 1;
      continue;
    }
    if (!is_heading_row(cells)) {
      // "Vårdförbundet:         Susanne Ohlsson", "Arbetsgivaren:   Eva Ek": a union or a side
      // labelling the names beside it, read as one line, as the lists write it.
      const bool labelled_names = cells.size() == 2 && cells[0].text.ends_with(":") &&
                                  (schema::canonical_union(std::string_view(cells[0].text).substr(0, cells[0].text.size() - 1)) ||
                                   side_named_by_heading(std::string_view(cells[0].text).substr(0, cells[0].text.size() - 1)) !=
                                       AttendanceSide::None);
      if (cells.size() <= 1) {
        emit(lines[i]);
      } else if (labelled_names) {
        emit(cells[0].text + " " + cells[1].text);
      } else {
        // "4. Svar på interpellation till kommun-      KS 2026-311": a cell broken at its hyphen
        // runs on in the line below, so it goes last, next to its continuation (whichever cell
        // it is: "8    Svar … till kommun-      KS 2015/241" has it in the middle).
        for (const auto& c : cells)
          if (!c.text.ends_with('-') || &c == &cells.back()) emit(c.text);
        for (const auto& c : cells)
          if (c.text.ends_with('-') && &c != &cells.back()) emit(c.text);
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
        if (next.size() < 2 && !is_heading_row(next) && !ends_left_column(lines, j, right)) break;
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
