#include "kommunsok/indexer/samverkan_recognizer.hpp"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>
#include <map>
#include <initializer_list>
#include <optional>
#include <utility>

#include "kommunsok/indexer/abbreviation_key.hpp"
#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/bracketed_attendance.hpp"
#include "kommunsok/indexer/gazetteer.hpp"
#include "kommunsok/indexer/flattened_attendance.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/prose_attendance.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/diacritic_folding.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxUnionBytes = 60;

bool starts_section(std::string_view line, std::string_view heading) {
  return starts_with_ci(trim(line), heading);
}

bool starts_absent_block(std::string_view line);

bool ends_union_block(std::string_view line) {
  return starts_absent_block(line) || starts_section(line, "Tidpunkt") || starts_section(line, "Plats") ||
         starts_section(line, "Övriga närvarande");
}

bool is_unit_name(std::string_view line) {
  const std::string lowered = lower(trim(line));
  const auto words = split_words(lowered);
  // "Förvaltningschef socialförvaltningen" is a role, not the unit.
  return !lowered.empty() && lowered.size() < 80 && words.size() <= 4 && starts_uppercase(trim(line)) &&
         !is_role_word(words.front()) &&
         (lowered.ends_with("förvaltningen") || lowered.ends_with("förvaltning") ||
          lowered.ends_with("kontoret"));
}

// "Stadsdelsförvaltningen" alone says little; the district named first — in the letterhead,
// not one mentioned later in passing — says which.
std::string qualify_unit(const std::string& unit, const std::string& flat) {
  if (lower(unit) != "stadsdelsförvaltningen") return unit;
  std::size_t first = std::string::npos;
  std::string_view named;
  for (std::string_view district : known_districts()) {
    const std::size_t at = flat.find(district);
    if (at < first) {
      first = at;
      named = district;
    }
  }
  return named.empty() ? unit : std::string(named) + " stadsdelsförvaltning";
}

// A heading alone on its line, with or without its colon: "Arbetsgivarens representanter".
bool is_bare_heading(std::string_view line, std::initializer_list<std::string_view> headings) {
  std::string lowered = lower(trim(line));
  if (lowered.ends_with(':')) lowered.pop_back();
  return std::any_of(headings.begin(), headings.end(), [&](std::string_view h) { return lowered == h; });
}

// The side a heading names, its value after the colon aside ("Arbetsgivarföreträdare: Eva Ek").
AttendanceSide side_of_key(std::string_view line) {
  return side_named_by_heading(line.substr(0, line.find(':')));
}

bool is_union_heading(std::string_view line) {
  return side_of_key(line) == AttendanceSide::Unions || starts_section(line, "Fackliga organisationer") || starts_section(line, "Arbetstagarsidan") ||
         starts_section(line, "Arbetstagarorganisationer") || starts_section(line, "För arbetstagarna") ||
         starts_section(line, "Arbetstagarrepresentanter") || starts_section(line, "Fackliga representanter") ||
         is_bare_heading(line, {"arbetstagarnas representanter", "för arbetstagarsidan", "arbetstagare", "arbetstagarna",
                                "fackliga", "facket"});
}

bool is_employer_heading(std::string_view line) {
  return side_of_key(line) == AttendanceSide::Employer || starts_section(line, "För arbetsgivaren") || starts_section(line, "Arbetsgivarsidan") ||
         starts_section(line, "Arbetsgivarrepresentanter") || starts_section(line, "Arbetsgivaren:") ||
         starts_section(line, "Arbetsgivare:") ||
         is_bare_heading(line, {"arbetsgivarens representanter", "för arbetsgivarsidan", "arbetsgivare", "arbetsgivaren"});
}

// "Adjungerad: Jonas Rönnqvist, företagshälsovården": people at the table for an item.
bool is_adjunct_heading(std::string_view line) {
  return starts_section(line, "Adjungerad") || starts_section(line, "Adjungerade") ||
         starts_section(line, "Övriga deltagare") || starts_section(line, "Dessutom närvarande") ||
         is_bare_heading(line, {"övriga", "övriga närvarande", "gäster", "gäst"});
}

// What follows a heading's colon on its own line ("" when the heading stands alone).
std::string_view heading_value(std::string_view line) {
  const std::size_t colon = line.find(':');
  return colon == std::string_view::npos ? std::string_view() : trim(line.substr(colon + 1));
}

// Lists of unions keep the order they were named in, each once.
void append_once(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// "Vårdförbundet (§§ 41–44)": the union a part names, a note in brackets after it aside.
std::optional<std::string> union_in_part(std::string_view part) {
  part = trim(part);
  if (part.ends_with(")"))
    if (const std::size_t open = part.rfind(" ("); open != std::string_view::npos && open > 0) part = trim(part.substr(0, open));
  if (auto whole = schema::canonical_union(part)) return whole;
  // "HSO Kommunal", "SO Sveriges Ingenjörer": a role's abbreviation before the union.
  const std::size_t space = part.find(' ');
  if (space == std::string_view::npos || space > 4) return std::nullopt;
  const std::string_view role = part.substr(0, space);
  if (!std::all_of(role.begin(), role.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return std::nullopt;
  return schema::canonical_union(trim(part.substr(space + 1)));
}

// "Monika Ek (Kommunal)", "Kommunal (Monika Ek)": a representative with the union in brackets,
// or the union with its representative; the name and the union as written.
std::optional<std::pair<std::string, std::string>> name_with_bracketed_union(std::string_view text) {
  text = trim(text);
  const std::size_t open = text.find(" (");
  const std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
  if (close == std::string_view::npos) return std::nullopt;
  std::string name = collapse_spaces(text.substr(0, open));
  const std::string_view written = trim(text.substr(open + 2, close - open - 2));
  // "Kommunal (Kristina Öberg)": the union first, its representative in the brackets.
  if (schema::canonical_union(name) && is_person_name(collapse_spaces(written)))
    return std::make_pair(collapse_spaces(written), std::move(name));
  if (!is_person_name(name) || !schema::canonical_union(written)) return std::nullopt;
  return std::make_pair(std::move(name), std::string(written));
}

// "Jörgen Ahl – huvudskyddsombud – Kommunal", "Jonas Brandt (Kommunal), justerare": the other
// ways lists part a name, a role and a union, written as the commas write them ("Jörgen Ahl,
// huvudskyddsombud, Kommunal").
std::string as_comma_list_entry(const std::string& line);

// "5. Kerstin Moberg, Lärarförbundet", "12) Anna-Lena Ek (Kommunal)": an attendance list
// numbered through both sides; the number is no agenda item's, and the entry is the name and
// what follows it (the words before a comma, a bracket or a spaced dash, or all of them, must
// be a name).
std::string_view without_list_number(std::string_view line) {
  const std::string_view text = trim(line);
  std::size_t digits = 0;
  while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2 || digits + 1 >= text.size() || (text[digits] != '.' && text[digits] != ')') ||
      text[digits + 1] != ' ')
    return line;
  const std::string_view rest = trim(text.substr(digits + 2));
  std::size_t end = rest.size();
  for (std::string_view stop : {", ", " (", " \xE2\x80\x93 ", " - "}) end = std::min(end, rest.find(stop));
  return is_person_name(collapse_spaces(rest.substr(0, end))) ? rest : line;
}

// "Carina Holmberg (CH), rektor" -> "Carina Holmberg, rektor": the person's initials, by which
// the minutes name them later, are no part of the entry.
std::string without_initials(std::string_view text) {
  constexpr std::size_t kMaxInitials = 4;
  const std::size_t open = text.find(" (");
  if (open == std::string_view::npos || open == 0) return std::string(text);
  const std::size_t close = text.find(')', open);
  if (close == std::string_view::npos || close - open - 2 > kMaxInitials) return std::string(text);
  const std::string name = collapse_spaces(text.substr(0, open));
  if (!is_person_name(name)) return std::string(text);
  if (text.substr(open + 2, close - open - 2) != initials_of(name)) return std::string(text);
  return name + std::string(text.substr(close + 1));
}

std::string as_comma_list(const std::string& line) {
  const std::string_view text = trim(line);
  // "AG:  Susanne Hedin/rektor": a side's heading before the first entry stays before it (once:
  // "AG: AG: AG: …" is no list of headings).
  if (const std::size_t colon = text.find(": "); colon != std::string_view::npos && colon > 0 && colon <= 40 &&
                                                side_named_by_heading(text.substr(0, colon)) != AttendanceSide::None)
    return std::string(text.substr(0, colon + 1)) + " " + as_comma_list_entry(std::string(trim(text.substr(colon + 1))));
  return as_comma_list_entry(line);
}

std::string as_comma_list_entry(const std::string& line) {
  std::string_view text = without_list_number(trim(line));
  // The initials aside once, and the entry read on (a line of brackets is not recursed into).
  std::string without = without_initials(text);
  // "Niklas Bengtsson (via Teams)", "(på distans)": how someone took part, who took part.
  for (std::string_view note : {" (via Teams)", " (via teams)", " (på distans)", " (digitalt)", " (distans)", " (via länk)",
                                " (via Zoom)", " (via Skype)"})
    if (const std::size_t at = without.find(note); at != std::string::npos) without.erase(at, note.size());
  // "Kommunal: Birgitta Fors.": an entry ending its sentence — the full stop is no part of the
  // name. (Only a short entry: a line of prose keeps the full stop that ends its sentence.)
  constexpr std::size_t kMaxEntryWords = 4;
  if (without.ends_with(".") && without.size() >= 2) {
    const auto words = split_words(without);
    if (!words.empty() && words.size() <= kMaxEntryWords && starts_uppercase(words.back()) && words.back().size() > 2)
      without.pop_back();
  }
  text = without;
  // "Lärarförbundet, Sofia Lagerqvist (via Teams)": the union first, then its member — read
  // as the lists write it, the member first.
  if (const std::size_t comma = text.find(", "); comma != std::string_view::npos) {
    const std::string_view union_written = trim(text.substr(0, comma));
    const std::string_view member = trim(text.substr(comma + 2));
    const std::string name = collapse_spaces(member.substr(0, member.find_first_of(",(")));
    // Only a union and one member: "Ledarna, Leo Borg (Kommunal)" lists a union and a person
    // of another union, both away.
    const std::size_t open = member.find('(');
    const bool bracketed_union =
        open != std::string_view::npos && member.find(')', open) != std::string_view::npos &&
        schema::canonical_union(trim(member.substr(open + 1, member.find(')', open) - open - 1))).has_value();
    if (schema::canonical_union(union_written) && is_person_name(name) && !schema::canonical_union(name) &&
        member.find(", ") == std::string_view::npos && !bracketed_union)
      return as_comma_list_entry(std::string(member) + ", " + std::string(union_written));
  }
  // "Anna Ek/Sveriges Lärare (huvudombud)", "Susanne Hedin/rektor, ordf.": a name, a slash and
  // what the name stands for.
  if (const std::size_t slash = text.find('/'); slash != std::string_view::npos && slash > 0 &&
                                                slash + 1 < text.size() && text[slash + 1] != ' ' &&
                                                is_person_name(collapse_spaces(text.substr(0, slash)))) {
    std::string rest(trim(text.substr(slash + 1)));
    // "Sveriges Lärare (huvudombud)": the role in brackets after the union goes before it, as
    // the commas write it ("Name, role, Union").
    if (const std::size_t open = rest.find(" ("); open != std::string::npos && rest.ends_with(")") &&
                                                  schema::canonical_union(rest.substr(0, open)))
      rest = rest.substr(open + 2, rest.size() - open - 3) + ", " + rest.substr(0, open);
    return as_comma_list_entry(collapse_spaces(text.substr(0, slash)) + ", " + rest);
  }
  // "[Kommunal] Lena Ås, huvudskyddsombud": the union in square brackets before the name.
  if (text.starts_with('[')) {
    const std::size_t close = text.find(']');
    if (close != std::string_view::npos && schema::canonical_union(trim(text.substr(1, close - 1)))) {
      const std::string written(trim(text.substr(1, close - 1)));
      std::string_view rest = trim(text.substr(close + 1));
      if (rest.empty()) return written;  // the name on the next line
      if (rest.ends_with(',')) rest.remove_suffix(1);
      const std::size_t comma = rest.find(',');
      if (is_person_name(collapse_spaces(rest.substr(0, comma))))
        return std::string(rest) + ", " + written;
    }
  }
  // "Nordin, Carina", "Ek, Maria (Vision), justerare": a surname first, then the first name.
  if (const std::size_t comma = text.find(", "); comma != std::string_view::npos) {
    const std::string_view surname = text.substr(0, comma);
    std::string_view after = text.substr(comma + 2);
    const std::size_t end = std::min(after.find_first_of(" ,("), after.size());
    const std::string_view first = after.substr(0, end);
    if (split_words(surname).size() == 1 && is_name_word(surname) && is_name_word(first) && !schema::canonical_union(surname) &&
        (end == after.size() || after[end] == ',' || after.substr(end).starts_with(" (") || after.substr(end).starts_with("   ")))
      return as_comma_list(std::string(first) + " " + std::string(surname) + std::string(after.substr(end)));
  }
  for (const std::string_view dash : {" – ", " — ", " - "}) {
    const std::size_t at = text.find(dash);
    // "Kommunal – Jenny Lund (även skyddsombud)": the union, then its representative.
    if (at != std::string_view::npos && schema::canonical_union(trim(text.substr(0, at)))) {
      std::string_view person = trim(text.substr(at + dash.size()));
      std::string note;
      if (person.ends_with(")"))
        if (const std::size_t open = person.rfind(" ("); open != std::string_view::npos) {
          note = std::string(trim(person.substr(open + 2, person.size() - open - 3)));
          person = trim(person.substr(0, open));
        }
      if (is_person_name(collapse_spaces(person)))
        return collapse_spaces(person) + (note.empty() ? "" : ", " + note) + ", " + std::string(trim(text.substr(0, at)));
    }
    if (at == std::string_view::npos || !is_person_name(collapse_spaces(text.substr(0, at)))) continue;
    std::string out;
    for (std::size_t start = 0;;) {
      const std::size_t next = text.find(dash, start);
      out += text.substr(start, next == std::string_view::npos ? std::string_view::npos : next - start);
      if (next == std::string_view::npos) return out;
      out += ", ";
      start = next + dash.size();
    }
  }
  if (const auto bracketed = name_with_bracketed_union(text)) {
    std::string_view rest = trim(text.substr(text.find(')', text.find(" (")) + 1));
    if (rest.starts_with(',')) rest = trim(rest.substr(1));
    return bracketed->first + (rest.empty() ? "" : ", " + std::string(rest)) + ", " + bracketed->second;
  }
  // "Tiina Laaksonen, Kommunal (deltog via länk från 10.05).", "Bo Ek, Vision (ersättare)": a
  // note in brackets after the union — a short one is the role, a longer one what happened.
  if (const std::size_t comma = text.rfind(", ", text.find(" (")); text.find(" (") != std::string_view::npos &&
                                                                    comma != std::string_view::npos && comma > 0) {
    std::string_view last = text.substr(comma + 2);
    if (last.ends_with(".")) last.remove_suffix(1);
    const std::size_t open = last.find(" (");
    constexpr std::size_t kMaxRoleWords = 3;
    if (open != std::string_view::npos && last.ends_with(")") && is_person_name(collapse_spaces(text.substr(0, text.find(',')))))
      if (const auto union_name = schema::canonical_union(trim(last.substr(0, open)))) {
        const std::string_view note = trim(last.substr(open + 2, last.size() - open - 3));
        const std::string role = split_words(note).size() <= kMaxRoleWords ? ", " + std::string(note) : std::string();
        return std::string(text.substr(0, comma)) + role + ", " + std::string(trim(last.substr(0, open)));
      }
  }
  // "Anna Ståhl, huvudskyddsombud (Kommunal)": the union in brackets after the role.
  if (const std::size_t comma = text.find(','); comma != std::string_view::npos && text.ends_with(")") &&
                                                is_person_name(collapse_spaces(text.substr(0, comma)))) {
    const std::size_t open = text.rfind(" (");
    if (open != std::string_view::npos && open > comma) {
      const std::string_view written = trim(text.substr(open + 2, text.size() - open - 3));
      if (schema::canonical_union(written))
        return std::string(text.substr(0, open)) + ", " + std::string(written);
    }
  }
  return std::string(text);
}

// "Från facken: …", "För arbetstagarna: …": the side's label before a line's entries, taken off
// `text` (trimmed) and returned with its colon and a space, to be written before the first
// entry again; empty when the line has none.
std::string without_side_label(std::string_view& text) {
  text = trim(text);
  constexpr std::size_t kMaxLabelBytes = 40;
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos || colon > kMaxLabelBytes ||
      side_named_by_heading(text.substr(0, colon)) == AttendanceSide::None)
    return {};
  std::string label = std::string(text.substr(0, colon + 1)) + " ";
  text = trim(text.substr(colon + 1));
  return label;
}

// "frånvarande", "förhinder", "ej närvarande", "sjuk": a note that someone was away, and nothing
// more (no § they were away for, no other name).
bool is_absence_note(std::string_view note) {
  note = trim(note);
  constexpr std::size_t kMaxNoteWords = 5;
  if (!says_away(note) || note.empty() || split_words(note).size() > kMaxNoteWords) return false;
  // "frånvarande pga sjukdom" is a note; "frånvarande under § 3", "… från kl. 10", "frånvarande
  // Lena Rask" are not (a part of the meeting, or someone else).
  static constexpr std::string_view kPartial[] = {"under", "till", "från", "efter", "före", "vid", "kl", "kl.", "del"};
  for (std::string_view word : split_words(note))
    if (std::find(std::begin(kPartial), std::end(kPartial), lower(word)) != std::end(kPartial)) return false;
  return std::none_of(note.begin(), note.end(), [](char c) { return (c >= '0' && c <= '9') || c == ':'; }) &&
         std::none_of(note.begin() + 1, note.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         note.find("\xC2\xA7") == std::string_view::npos;
}

// "Kommunal – Anders Bäckström, Linda Falk" (a side's label perhaps before it): a union, a
// dash, and its representatives, each an entry of its own ("Anders Bäckström, Kommunal").
std::optional<std::vector<std::string>> union_dash_entries(std::string_view text) {
  std::string label = without_side_label(text);
  for (const std::string_view dash : {" – ", " - "}) {
    const std::size_t at = text.find(dash);
    if (at == std::string_view::npos || text.find(',', at) == std::string_view::npos) continue;
    const auto union_name = schema::canonical_union(trim(text.substr(0, at)));
    if (!union_name) continue;
    std::vector<std::string> names;
    for (std::string_view names_text = text.substr(at + dash.size()); !names_text.empty();) {
      const std::size_t comma = names_text.find(',');
      names.push_back(collapse_spaces(trim(names_text.substr(0, comma))));
      names_text = comma == std::string_view::npos ? std::string_view() : names_text.substr(comma + 1);
    }
    if (names.size() < 2 || !std::all_of(names.begin(), names.end(), [](const std::string& n) { return is_person_name(n); }))
      continue;
    std::vector<std::string> out;
    for (std::size_t k = 0; k < names.size(); ++k)
      out.push_back((k == 0 ? label : std::string()) + names[k] + ", " + std::string(trim(text.substr(0, at))));
    return out;
  }
  return std::nullopt;
}

// "Från facken: Gun Ek och Rose Thörn för Kommunal, Lisa Dahl för Vision.": names, each run
// of them followed by "för" and the union they came for; an entry each ("Gun Ek, Kommunal").
std::optional<std::vector<std::string>> union_after_for_entries(std::string_view text) {
  std::string label = without_side_label(text);
  if (text.find(" för ") == std::string_view::npos) return std::nullopt;
  while (!text.empty() && (text.back() == '.' || text.back() == ',')) text.remove_suffix(1);
  std::vector<std::string> out, waiting;
  for (std::string_view rest = text; !rest.empty();) {
    const std::size_t comma = rest.find(", ");
    std::string_view item = trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
    std::string union_written;
    if (const std::size_t at = item.find(" för "); at != std::string_view::npos) {
      union_written = std::string(trim(item.substr(at + 5)));
      if (!schema::canonical_union(union_written)) return std::nullopt;
      item = item.substr(0, at);
    }
    for (std::string_view names = item; !names.empty();) {
      const std::size_t och = names.find(" och ");
      const std::string name = collapse_spaces(trim(names.substr(0, och)));
      names = och == std::string_view::npos ? std::string_view() : names.substr(och + 5);
      if (!is_person_name(name)) return std::nullopt;
      waiting.push_back(name);
    }
    if (union_written.empty()) continue;
    for (const std::string& name : waiting) out.push_back((out.empty() ? label : std::string()) + name + ", " + union_written);
    waiting.clear();
  }
  if (!waiting.empty() || out.empty()) return std::nullopt;  // a name without its union: another form
  return out;
}

// "Frånvarande: [Vårdförbundet] Maria Lund; Bo Ek (Vision)": a line's entries, parted at
// semicolons (or middle dots: "Eva Ek, HR-chef · Bo Ny, kommunchef"), each written as the
// commas write it; a label before the first stays with it.
std::vector<std::string> entries_of_line(const std::string& written);

std::vector<std::string> entries_of(const std::string& written) {
  // "Vision: Helén Strid, Amir Jafari. Kommunal: Birgitta Fors.": a union's list ends at its
  // full stop where the next union's label begins; each is read as a line of its own.
  constexpr std::size_t kMaxLabelBytes = 40;
  std::vector<std::size_t> stops;  // where each labelled list after the first begins
  for (std::size_t stop = written.find(". "); stop != std::string::npos; stop = written.find(". ", stop + 2)) {
    const std::string_view after = std::string_view(written).substr(stop + 2);
    const std::size_t colon = after.substr(0, kMaxLabelBytes + 2).find(": ");
    if (colon == std::string_view::npos || colon > kMaxLabelBytes) continue;
    const std::string_view label = after.substr(0, colon);
    if (schema::canonical_union(label) || side_named_by_heading(label) != AttendanceSide::None) stops.push_back(stop);
  }
  if (!stops.empty()) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    stops.push_back(written.size());
    for (std::size_t stop : stops) {
      // Each piece holds no labelled stop of its own: read as a line, not split again.
      for (std::string& entry : entries_of_line(written.substr(begin, stop - begin))) out.push_back(std::move(entry));
      begin = std::min(written.size(), stop + 2);
    }
    return out;
  }
  return entries_of_line(written);
}

// One line's entries (see entries_of), with no union's list after a full stop in it.
std::vector<std::string> entries_of_line(const std::string& written) {
  std::string line;  // one pass: a line of ten thousand dots is no quadratic work
  for (std::size_t start = 0;;) {
    const std::size_t dot = written.find(" \xC2\xB7 ", start);
    line.append(written, start, dot == std::string::npos ? std::string::npos : dot - start);
    if (dot == std::string::npos) break;
    line += "; ";
    start = dot + 4;
  }
  // "… Jonas Fredén ·" at a line's end: the list goes on on the next line.
  if (line.ends_with(" \xC2\xB7")) line.resize(line.size() - 3);
  if (auto dashed = union_dash_entries(line)) return *dashed;
  if (auto for_union = union_after_for_entries(line)) return *for_union;
  if (line.find("; ") == std::string::npos) return {as_comma_list(line)};
  std::vector<std::string> out;
  const std::string_view rest = line;
  for (std::size_t start = 0; start <= rest.size();) {
    std::size_t end = rest.find("; ", start);
    if (end == std::string_view::npos) end = rest.size();
    const std::string_view segment = trim(rest.substr(start, end - start));
    start = end + 2;
    // "Vision – Pernilla Ask, Tobias Lööw" between middle dots: a union's dash list of its own.
    if (auto dashed = union_dash_entries(segment)) {
      for (std::string& entry : *dashed) out.push_back(std::move(entry));
      continue;
    }
    const std::size_t colon = segment.find(": ");
    // "Närvarande: Eva Ek (kommunchef); …": the heading of the whole list, on its first entry's
    // line; a line of its own, so that the entry is read as one.
    if (colon != std::string_view::npos && colon < 40 && is_attendance_heading(segment.substr(0, colon))) {
      out.push_back(std::string(segment.substr(0, colon + 1)));
      out.push_back(as_comma_list(std::string(segment.substr(colon + 2))));
    } else if (colon != std::string_view::npos && colon < 40 && split_words(segment.substr(0, colon)).size() <= 3)
      out.push_back(std::string(segment.substr(0, colon + 1)) + " " + as_comma_list(std::string(segment.substr(colon + 2))));
    else if (!segment.empty())
      out.push_back(as_comma_list(std::string(segment)));
  }
  return out;
}

// "Justerare: Petra Lund, Vision", "Sekreterare: …": a label of another list, which ends the
// list of those away.
bool opens_other_label(std::string_view line) {
  constexpr std::size_t kMaxLabelWords = 3;
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view label = trim(line.substr(0, colon));
  // "Vision: Helene Kjellin" is an entry of the list: a union with its representative.
  return split_words(label).size() <= kMaxLabelWords && starts_uppercase(label) && !is_absence_heading(label) &&
         !schema::canonical_union(label);
}

// "Förhinder", "Frånvarande:", "Saknas", "Återbud: …": not "Återbud lämnades av …" (a sentence).
bool starts_absent_block(std::string_view line) {
  if (is_absence_heading(line)) return true;
  return opens_with_absence_word(line) && !starts_section(line, "Återbud ") && !starts_section(line, "Saknas ");
}

// "Peter Olsson            Ledarna": a table's row under Förhinder, its cells read as a list.
std::string cells_as_commas(std::string_view line) {
  const std::vector<std::string> cells = wide_gap_cells(line);
  return cells.size() < 2 ? std::string(line) : join(cells, ", ");
}

// Unions named under Förhinder/Frånvarande, one per line or separated by commas, up to
// the next label.
// The unions of representatives who were away ("Linda Rönn, skolsköterska, Vårdförbundet")
// are also noted in `away`: such a union is absent only when nobody else came for it.
std::vector<std::string> absent_unions(const std::vector<std::string>& lines, std::size_t from,
                                       std::vector<std::string>& away) {
  std::vector<std::string> out;
  for (std::size_t i = from; i < lines.size() && i < from + 15; ++i) {
    std::string_view line = trim(lines[i]);
    if (i == from) {
      const std::size_t colon = line.find(':');
      line = colon == std::string_view::npos ? std::string_view() : trim(line.substr(colon + 1));
    }
    if (line.empty()) continue;
    if (match_header_label(line) || starts_section(line, "Tid") || starts_section(line, "Plats") ||
        (i > from && opens_other_label(line)))
      break;
    // "Ida Ström (IS), barnskötare, Kommunal": initials aside, as the lists write it.
    const std::string entry = without_initials(cells_as_commas(line));
    line = entry;
    // "Jimmy Ek, skyddsombud, Kommunal": a representative was away, not the union. (A person
    // has one union: a name before two is a neighbouring column glued on, the unions absent.)
    const std::string first_part = collapse_spaces(line.substr(0, line.find(',')));
    const bool person_away = line.find(',') != std::string_view::npos && is_person_name(first_part) &&
                             !schema::canonical_union(first_part);
    std::vector<std::string> named;
    bool any = false;
    for (std::size_t start = 0; start <= line.size();) {
      std::size_t comma = line.find(',', start);
      if (comma == std::string_view::npos) comma = line.size();
      std::string_view part = trim(line.substr(start, comma - start));
      if (const std::size_t colon = part.find(':'); colon != std::string_view::npos) part = trim(part.substr(0, colon));
      // "Ledarna – ingen representant utsedd", "Akademikerförbundet SSR. Företagshälsovården …"
      for (const std::string_view end : {" – ", " - ", ". "})
        if (const std::size_t at = part.find(end); at != std::string_view::npos) part = trim(part.substr(0, at));
      if (part.ends_with('.')) part.remove_suffix(1);
      // "Monika Ek (Kommunal)": a representative away, whose union may still have come.
      if (const auto bracketed = name_with_bracketed_union(part)) {
        const std::string canonical = *schema::canonical_union(bracketed->second);
        any = true;
        append_once(named, canonical);
        append_once(away, canonical);
        start = comma + 1;
        continue;
      }
      // "Ledarna (ingen representant utsedd)"
      if (const std::size_t bracket = part.find(" ("); bracket != std::string_view::npos) part = trim(part.substr(0, bracket));
      if (auto canonical = schema::canonical_union(part)) {
        any = true;
        append_once(named, *canonical);
      }
      start = comma + 1;
    }
    // An employee away ("Cecilia Ahl, verksamhetschef") names no union, and the list goes on; so
    // does a name alone right under the line before, whose union a table's column may have put
    // on the next line (after a blank line, a name alone is a signature's).
    const bool name_alone = is_person_name(first_part) && (i == from || !trim(lines[i - 1]).empty());
    if (!any && !(line.find(',') != std::string_view::npos && is_person_name(first_part)) && !name_alone) break;
    if (person_away && named.size() == 1) append_once(away, named.front());
    for (const auto& union_name : named) append_once(out, union_name);
  }
  return out;
}

// "Frånvarande / Jimmy Ek, skyddsombud VA, Kommunal": representatives who were away, named
// with their union; they are people of the meeting, marked so in their role.
void absent_people(const std::vector<std::string>& lines, std::size_t from, std::vector<schema::Person>& people) {
  for (std::size_t i = from; i < lines.size() && i < from + 15; ++i) {
    std::string_view line = trim(lines[i]);
    if (i == from) {
      const std::size_t colon = line.find(':');
      line = colon == std::string_view::npos ? std::string_view() : trim(line.substr(colon + 1));
      if (line.empty()) continue;
    }
    if (line.empty() || match_header_label(line) || (i > from && opens_other_label(line))) break;
    const std::string entry = without_initials(cells_as_commas(line));
    line = entry;
    // "Ledarna, Vårdförbundet, Monika Ek (Kommunal)"
    bool bracketed_any = false;
    for (std::size_t start = 0; start <= line.size();) {
      std::size_t comma = line.find(',', start);
      if (comma == std::string_view::npos) comma = line.size();
      if (const auto bracketed = name_with_bracketed_union(line.substr(start, comma - start))) {
        bracketed_any = true;
        people.push_back(schema::Person{bracketed->first, "", "frånvarande", *schema::canonical_union(bracketed->second),
                                        "arbetstagarna"});
      }
      start = comma + 1;
    }
    if (bracketed_any) continue;
    // "Vision: Helene Kjellin": the union, then its member away.
    if (const std::size_t colon = line.find(": "); colon != std::string_view::npos)
      if (const auto union_name = schema::canonical_union(trim(line.substr(0, colon)))) {
        for (std::string_view rest = line.substr(colon + 2); !rest.empty();) {
          const std::size_t comma = rest.find(',');
          const std::string name = collapse_spaces(trim(rest.substr(0, comma)));
          if (is_person_name(name)) people.push_back(schema::Person{name, "", "frånvarande", *union_name, "arbetstagarna"});
          rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
        continue;
      }
    const std::size_t first = line.find(',');
    if (first == std::string_view::npos) {
      // "Peter Olsson / Ledarna": a table's row read cell after cell (right under the line before:
      // after a blank line, a name over a union is a signature).
      const std::string name = collapse_spaces(line);
      if (i + 1 < lines.size() && i > from && !trim(lines[i - 1]).empty() && is_person_name(name) &&
          !schema::canonical_union(name))
        if (const auto union_name = schema::canonical_union(trim(lines[i + 1]))) {
          people.push_back(schema::Person{name, "", "frånvarande", *union_name, "arbetstagarna"});
          ++i;
        }
      continue;
    }
    const std::string name = collapse_spaces(line.substr(0, first));
    if (!is_person_name(name) || schema::canonical_union(name)) continue;
    const std::size_t last = line.rfind(',');
    // "Kommunal (sjuk)": a note in brackets after the union.
    std::string_view last_part = trim(line.substr(last + 1));
    if (const std::size_t note = last_part.find(" ("); note != std::string_view::npos && last_part.ends_with(")"))
      last_part = last_part.substr(0, note);
    const auto union_name = schema::canonical_union(last_part);
    std::string role = union_name && last == first
                           ? std::string()
                           : collapse_spaces(line.substr(first + 1, union_name ? last - first - 1 : std::string_view::npos));
    role = role.empty() ? "frånvarande" : role + " (frånvarande)";
    people.push_back(schema::Person{name, "", role, union_name.value_or(""), union_name ? "arbetstagarna" : ""});
  }
}

enum class Side { None, Employer, Unions, Adjunct, Absent };

Side side_of_heading(std::string_view line);

// What stands beside a name in a table: a role ("enhetschef VA", "förvaltningschef,
// ordförande") or a union, perhaps with a role ("Kommunal, huvudskyddsombud").
bool is_table_value(std::string_view line) {
  if (line.empty() || line.size() > 80 || match_header_label(line) || side_of_heading(line) != Side::None) return false;
  const std::string first = collapse_spaces(line.substr(0, line.find(',')));
  if (schema::canonical_union(first)) return true;
  const auto words = split_words(first);
  return !words.empty() && (starts_lowercase(first) || is_role_word(words.front()) || is_role_word(words.back()));
}

// "Göran Ek / Linda Sjö / förvaltningschef / enhetschef VA": a table's name column read before
// the column beside it, perhaps a cell a paragraph. The k-th name takes the k-th value,
// written as the lists write it ("Name, role", "Name, role, Union"); the lines stay as they
// were when the counts differ.
std::vector<std::string> with_columns_zipped(const std::vector<std::string>& lines) {
  std::vector<std::size_t> filled;  // the non-blank lines: blank lines between cells do not part them
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!trim(lines[i]).empty()) filled.push_back(i);
  auto is_bare_name = [](std::string_view line) {
    return line.find(',') == std::string_view::npos && line.find(':') == std::string_view::npos &&
           is_person_name(collapse_spaces(line)) && !schema::canonical_union(line);
  };
  auto at = [&](std::size_t f) { return trim(lines[filled[f]]); };
  // "Funktion/organisation": the heading of the column that follows the names.
  auto is_column_heading = [](std::string_view line) {
    static constexpr std::string_view kHeadings[] = {"funktion", "roll", "befattning", "organisation", "representerar",
                                                     "part", "titel", "uppdrag", "facklig organisation"};
    const std::string lowered = lower(line);
    for (std::size_t start = 0; start <= lowered.size();) {
      std::size_t end = lowered.find('/', start);
      if (end == std::string::npos) end = lowered.size();
      const std::string_view part = trim(std::string_view(lowered).substr(start, end - start));
      if (std::none_of(std::begin(kHeadings), std::end(kHeadings), [&](std::string_view h) { return part == h; })) return false;
      start = end + 1;
    }
    return true;
  };
  std::vector<std::string> out;
  std::size_t next_line = 0;  // lines before it are written out
  for (std::size_t f = 0; f < filled.size();) {
    std::size_t names = 0;
    while (f + names < filled.size() && is_bare_name(at(f + names))) ++names;
    const std::size_t heading = f + names < filled.size() && names > 0 && is_column_heading(at(f + names)) ? 1 : 0;
    std::size_t values = 0;
    while (values < names && f + names + heading + values < filled.size() &&
           is_table_value(at(f + names + heading + values)))
      ++values;
    const std::size_t after = f + names + heading + values;
    const bool run_ends = after >= filled.size() || !is_table_value(at(after));
    // "Vision / Pia Ek / Kommunal / Ola Falk": each union over its name, a table read row by row.
    const bool after_value = f > 0 && is_table_value(at(f - 1));
    if (names == 0 || values != names || !run_ends || after_value) {
      f += std::max<std::size_t>(names, 1);  // a run of names that pairs with nothing: past it (linear)
      continue;
    }
    for (; next_line < filled[f]; ++next_line) out.push_back(lines[next_line]);
    for (std::size_t k = 0; k < names; ++k) {
      const std::string name = collapse_spaces(at(f + k));
      const std::string value = collapse_spaces(at(f + names + heading + k));
      const std::size_t comma = value.find(',');
      const std::string first = value.substr(0, comma);
      if (schema::canonical_union(first)) {
        const std::string role = comma == std::string::npos ? "" : collapse_spaces(trim(std::string_view(value).substr(comma + 1)));
        out.push_back(name + (role.empty() ? "" : ", " + role) + ", " + first);
      } else {
        out.push_back(name + ", " + value);
      }
    }
    next_line = filled[after - 1] + 1;
    f = after;
  }
  for (; next_line < lines.size(); ++next_line) out.push_back(lines[next_line]);
  return out;
}

Side side_of_heading(std::string_view line) {
  if (starts_absent_block(line)) return Side::Absent;
  if (is_union_heading(line)) return Side::Unions;
  if (is_employer_heading(line)) return Side::Employer;
  if (is_adjunct_heading(line)) return Side::Adjunct;
  return Side::None;
}

// "Lars Berg, avdelningschef ekonomi": a person, then a role.
std::optional<std::pair<std::string, std::string>> name_and_role(std::string_view line) {
  const std::size_t comma = line.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  std::string name = collapse_spaces(line.substr(0, comma));
  if (!is_person_name(name)) return std::nullopt;
  return std::make_pair(std::move(name), collapse_spaces(line.substr(comma + 1)));
}

// A line of the union side: "Vision: Nora Ali", "TCO, Vision: Nora Ali", "Nora Ali, Vision",
// or a union alone.
bool is_union_line(std::string_view line) {
  if (schema::canonical_union(line)) return true;
  if (const std::size_t colon = line.find(':'); colon != std::string_view::npos && colon > 0 && colon <= kMaxUnionBytes) {
    std::string_view written = trim(line.substr(0, colon));
    if (const std::size_t comma = written.rfind(','); comma != std::string_view::npos) written = trim(written.substr(comma + 1));
    return schema::canonical_union(written).has_value();
  }
  const std::size_t comma = line.rfind(',');
  return comma != std::string_view::npos && union_in_part(line.substr(comma + 1)) &&
         is_person_name(collapse_spaces(line.substr(0, line.find(','))));
}

class Attendance {
 public:
  explicit Attendance(SamverkanParticipants& result) : result_(result) {}

  void add_union(const std::string& union_name) { append_once(result_.unions, union_name); }

  void employer(std::string_view line) {
    if (auto person = name_and_role(line)) {
      pending_role_.clear();
      result_.people.push_back(schema::Person{person->first, "", person->second, "", "arbetsgivaren"});
      return;
    }
    // "Förvaltningschef socialförvaltningen" / "Monika Hed": a role over the name it belongs to.
    const std::string bare = collapse_spaces(line);
    if (!pending_role_.empty() && is_person_name(bare)) {
      result_.people.push_back(schema::Person{bare, "", pending_role_, "", "arbetsgivaren"});
      pending_role_.clear();
      return;
    }
    // "Kommundirektör Eva Granholm,", "rektor Anna Ek (ledde mötet), biträdande rektor Bo Ny":
    // role first.
    const auto listed = people_listed_role_first(line);
    for (const ListedPerson& person : listed)
      result_.people.push_back(schema::Person{person.name, "", person.role, "", "arbetsgivaren"});
    const auto words = split_words(line);
    pending_role_ = listed.empty() && !words.empty() && is_role_word(words.front()) && words.size() <= 4 ? bare : "";
  }

  void adjunct(std::string_view line) {
    if (auto person = name_and_role(line))
      result_.people.push_back(schema::Person{person->first, "", person->second, "", "adjungerad"});
  }

  // "Antecknare: Lisa Holm, förskollärare": whoever keeps the minutes, of neither side unless
  // a side's list holds them too. False when the line is no such label.
  bool minute_taker(std::string_view line) {
    static constexpr std::string_view kLabels[] = {"antecknare", "sekreterare", "mötessekreterare", "protokollförare",
                                                   "vid protokollet", "sekr", "anteckningar förda av"};
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string label = lower(trim(line.substr(0, colon)));
    if (std::none_of(std::begin(kLabels), std::end(kLabels), [&](std::string_view l) { return label == l; })) return false;
    const std::string_view value = trim(line.substr(colon + 1));
    const std::string role = label == "sekr" || label == "vid protokollet" || label == "anteckningar förda av" ? "sekreterare" : label;
    std::string name, written_role = role;
    if (auto person = name_and_role(value)) {
      name = person->first;
      written_role = person->second + ", " + role;
    } else if (const std::string bare = collapse_spaces(value); is_person_name(bare)) {
      name = bare;
    }
    if (name.empty()) return true;
    // Listed on a side already: the minutes are one more of their tasks. (The people listed so
    // far are indexed as they come, so a long list is not searched once for each line.)
    for (; indexed_ < result_.people.size(); ++indexed_) listed_at_.emplace(result_.people[indexed_].name, indexed_);
    if (const auto listed = listed_at_.find(name); listed != listed_at_.end()) {
      std::string& listed_role = result_.people[listed->second].role;
      listed_role += (listed_role.empty() ? "" : ", ") + role;
    } else {
      result_.people.push_back(schema::Person{name, "", written_role, "", ""});
    }
    return true;
  }

  // One line of the union side.
  void union_side(std::string_view line) {
    const bool after_lone_union = lone_union_line_;
    lone_union_line_ = false;
    if (!row_union_.empty()) {
      if (is_empty_seat(line)) {
        lone_union_line_ = after_lone_union;
        return;
      }
      if (member_with_presence(line)) return;
      close_row();
    }
    // A union alone on its line ("Vision"), or a name alone ("Nora Ali"): a column.
    if (auto alone = schema::canonical_union(line)) {
      row_union_ = *alone;
      unions_in_row_ = after_lone_union ? unions_in_row_ + 1 : 1;
      lone_union_line_ = true;
      column_unions_.push_back(*alone);
      add_union(*alone);
      return;
    }
    // "Kommunal / Britt Mattsson, Erik Hedlund / Vision / Kerstin Blom": each union over its
    // own representatives, not a column of unions beside a column of names.
    if (after_lone_union && unions_in_row_ == 1 && line.find(':') == std::string_view::npos) {
      std::vector<std::string> names;
      for (std::size_t start = 0; start <= line.size();) {
        std::size_t comma = line.find(',', start);
        if (comma == std::string_view::npos) comma = line.size();
        names.push_back(collapse_spaces(line.substr(start, comma - start)));
        start = comma + 1;
      }
      if (std::all_of(names.begin(), names.end(), [](const std::string& n) { return is_person_name(n); })) {
        const std::string union_name = column_unions_.back();
        column_unions_.pop_back();
        for (const std::string& name : names)
          result_.people.push_back(schema::Person{name, "", "", union_name, "arbetstagarna"});
        return;
      }
    }
    if (union_row(line)) return;
    if (line.find(':') == std::string_view::npos && line.find(',') == std::string_view::npos) {
      if (is_person_name(std::string(line))) {
        column_names_.emplace_back(collapse_spaces(line));
        return;
      }
      // "Akademikerförbundet SSR  Hanna Lind": the union and its representative, cells run together.
      const auto words = split_words(line);
      for (std::size_t n = std::min<std::size_t>(words.size(), 4); n >= 1; --n) {
        const std::vector<std::string> head(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n));
        const std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(n), words.end());
        const auto union_name = schema::canonical_union(join(head, " "));
        if (!union_name || !is_person_name(join(rest, " "))) continue;
        add_union(*union_name);
        result_.people.push_back(schema::Person{join(rest, " "), "", "", *union_name, "arbetstagarna"});
        return;
      }
      return;
    }
    // "Nora Ali, Vision", "Ann Berg, huvudskyddsombud, Kommunal", "Sanna Holm, Vision,
    // justerare": a representative, the union, and perhaps a role before or after it.
    if (const std::size_t first = line.find(','); first != std::string_view::npos && line.find(':') == std::string_view::npos) {
      const std::string name = collapse_spaces(line.substr(0, first));
      if (!is_person_name(name)) return;
      std::vector<std::string_view> parts;
      for (std::size_t start = first + 1; start <= line.size();) {
        const std::size_t comma = std::min(line.find(',', start), line.size());
        parts.push_back(trim(line.substr(start, comma - start)));
        start = comma + 1;
      }
      // The last part naming a union is the union (a role may name one too: "ombud för Vision").
      for (std::size_t k = parts.size(); k-- > 0;) {
        const auto union_name = union_in_part(parts[k]);
        if (!union_name) continue;
        std::vector<std::string> role;
        for (std::size_t r = 0; r < parts.size(); ++r)
          if (r != k && !parts[r].empty()) role.emplace_back(parts[r]);
        add_union(*union_name);
        result_.people.push_back(schema::Person{name, "", collapse_spaces(join(role, ", ")), *union_name, "arbetstagarna"});
        return;
      }
      return;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > kMaxUnionBytes) return;
    const std::string written(trim(line.substr(0, colon)));
    // "TCO, Vision" names the confederation before the union.
    std::string_view last_part = written;
    if (const std::size_t comma = last_part.rfind(','); comma != std::string_view::npos)
      last_part = trim(last_part.substr(comma + 1));
    // "Kommunal (2): Annika Persson, Jimmy Holm": how many seats the union has, in brackets.
    if (const std::size_t open = last_part.rfind(" ("); open != std::string_view::npos && last_part.ends_with(")") &&
        last_part.find_first_not_of("0123456789", open + 2) == last_part.size() - 1 && last_part.size() > open + 3)
      last_part = trim(last_part.substr(0, open));
    const auto canonical = schema::canonical_union(last_part);
    if (!canonical) return;
    std::string_view names = line.substr(colon + 1);
    // "Ledarna: förhinder", "Vårdförbundet: förhinder (Eva Sundin)": the union was away.
    if (const std::string_view value = trim(names); opens_with_absence_word(value)) {
      absent_union(*canonical);
      const std::size_t open = value.find('('), close = value.rfind(')');
      if (open != std::string_view::npos && close != std::string_view::npos && close > open)
        if (const std::string name = collapse_spaces(value.substr(open + 1, close - open - 1)); is_person_name(name))
          result_.people.push_back(schema::Person{name, "", "förhinder", *canonical, "arbetstagarna"});
      return;
    }
    add_union(*canonical);
    bool named = false;  // the part before named someone, whom a note after a comma is about
    for (std::size_t start = 0; start <= names.size();) {
      std::size_t comma = names.find(',', start);
      if (comma == std::string_view::npos) comma = names.size();
      std::string name = collapse_spaces(names.substr(start, comma - start));
      start = comma + 1;
      // "Lina Ek, frånvarande": a note on the one named before it — the note alone, not "frånvarande
      // under § 3" (away for a part) or "frånvarande Lena Rask" (about someone else).
      if (named && is_absence_note(name)) {
        result_.people.back().role = name;
        continue;
      }
      // "Rolf Wennberg (elevassistenter)", "Lina Ek (frånvarande)": what a representative stands
      // for, or that they were away, is no part of the name; a short note is their role.
      std::string note;
      if (const std::size_t bracket = name.find(" ("); bracket != std::string::npos) {
        constexpr std::size_t kMaxNoteWords = 3;
        const std::size_t close = name.find(')', bracket);
        const std::string inside = close == std::string::npos ? std::string() : name.substr(bracket + 2, close - bracket - 2);
        // "(frånvarande § 5-6)": away for a part of the meeting, no note that they were away.
        if (is_absence_note(inside) || (split_words(inside).size() <= kMaxNoteWords && !says_away(inside))) note = inside;
        name.resize(bracket);
      }
      named = split_words(name).size() >= 2 && starts_uppercase(name);
      if (named) result_.people.push_back(schema::Person{name, "", note, *canonical, "arbetstagarna"});
    }
  }

  void absent_union(const std::string& union_name) { append_once(result_.unions_absent, union_name); }

  static bool is_empty_seat(std::string_view line) {
    line = trim(line);
    return line == "–" || line == "-" || line == "—";
  }

  // "Närv.", "tjänstgör", "närv. ej tjg", "förhinder": whether a member came, as a table says it.
  enum class Came { Unsaid, Yes, No };
  static Came came(std::string_view status) {
    status = trim(status);
    if (opens_with_absence_word(status)) return Came::No;
    for (std::string_view word : {"närv", "tjänstgör", "tjg", "deltar", "deltog"})
      if (starts_with_ci(status, word)) return Came::Yes;
    return Came::Unsaid;
  }

  // "Tove Alm, förhinder" in the row of the union just named: a member, with whether they came.
  bool member_with_presence(std::string_view line) {
    const std::size_t comma = line.find(',');
    if (comma == std::string_view::npos) return false;
    const Came status = came(line.substr(comma + 1));
    const std::string name = collapse_spaces(line.substr(0, comma));
    if (status == Came::Unsaid || !is_person_name(name)) return false;
    row_someone_came_ = row_someone_came_ || status == Came::Yes;
    row_members_ = true;
    result_.people.push_back(schema::Person{name, "", collapse_spaces(line.substr(comma + 1)), row_union_, "arbetstagarna"});
    return true;
  }

  // The row of a union read cell by cell has ended: a union whose members all stayed away was away.
  void close_row() {
    if (row_someone_came_) {
      came_.insert(row_union_);
      std::erase(result_.unions_absent, row_union_);
      add_union(row_union_);
    }
    // Away only when no row of the union (it may have several) had anyone who came.
    if (row_members_ && !row_someone_came_ && !came_.contains(row_union_)) {
      std::erase(result_.unions, row_union_);
      absent_union(row_union_);
    }
    row_union_.clear();
    row_members_ = row_someone_came_ = false;
  }

  // "Vision      Tove Alm, förhinder      Jessica Berg, tjänstgör": a table's row of a union
  // and its members (ordinary, substitute), each perhaps with whether they came ("närv.",
  // "tjänstgör", "ej närv.", "förhinder"; "–" for a seat no one holds). The union took part
  // when one of them did; it was away when all of them were.
  bool union_row(std::string_view line) {
    std::vector<std::string> cells = wide_gap_cells(line);
    // "Lärarnas Riksförbund  Agneta Moberg": a long union name leaves two spaces to its column.
    if (cells.size() < 2) cells = wide_gap_cells(line, 2);
    if (cells.size() < 2) return false;
    const auto union_name = schema::canonical_union(cells.front());
    if (!union_name) return false;
    std::vector<schema::Person> members;
    bool someone_came = false;
    for (std::size_t c = 1; c < cells.size(); ++c) {
      const std::string& cell = cells[c];
      if (cell == "–" || cell == "-" || cell == "—") continue;
      const std::size_t comma = cell.find(',');
      const std::string name = collapse_spaces(std::string_view(cell).substr(0, comma));
      if (!is_person_name(name)) return false;
      const std::string status = comma == std::string::npos ? "" : collapse_spaces(std::string_view(cell).substr(comma + 1));
      if (came(status) != Came::No) someone_came = true;
      members.push_back(schema::Person{name, "", status, *union_name, "arbetstagarna"});
    }
    if (members.empty()) return false;
    if (someone_came) {
      came_.insert(*union_name);
      add_union(*union_name);
      std::erase(result_.unions_absent, *union_name);
    } else if (!came_.contains(*union_name)) {
      absent_union(*union_name);
    }
    for (schema::Person& member : members) result_.people.push_back(std::move(member));
    return true;
  }

  // Names and unions in two columns pair up only when they are as many.
  void finish() {
    close_row();
    for (std::size_t k = 0; k < column_names_.size(); ++k)
      result_.people.push_back(schema::Person{column_names_[k], "", "",
                                              column_names_.size() == column_unions_.size() ? column_unions_[k] : "",
                                              "arbetstagarna"});
  }

 private:
  SamverkanParticipants& result_;
  std::vector<std::string> column_names_, column_unions_;
  std::string pending_role_;  ///< a role alone on its line, waiting for its name on the next
  std::map<std::string, std::size_t> listed_at_;  ///< a person's place in result_.people, by name
  std::size_t indexed_ = 0;                        ///< how many of result_.people are in listed_at_
  bool lone_union_line_ = false;  ///< the line before was a union alone
  std::string row_union_;         ///< the union alone last named, whose members may follow with their presence
  std::set<std::string> came_;    ///< unions a row showed someone of came
  bool row_members_ = false, row_someone_came_ = false;
  std::size_t unions_in_row_ = 0;  ///< how many unions alone stood in a row up to it
};

// "För arbetsgivaren: / För arbetstagarna: / Adjungerade: / Förhinder:" stacked, then their
// values column after column (a table read cell by cell): each heading takes the lines of its
// shape that follow — the employer's and the adjuncts' "Name, role", the unions' "Vision:
// Name" — and Förhinder the unions named alone at the end.
void read_stacked(const std::vector<std::string>& lines, std::size_t i, Attendance& attendance) {
  std::vector<Side> sides;
  for (; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    const Side side = side_of_heading(line);
    if (side == Side::None || !heading_value(line).empty() || line.find(':') == std::string_view::npos) break;
    sides.push_back(side);
  }
  std::vector<std::string_view> values;
  for (; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty() || side_of_heading(line) != Side::None || match_header_label(line)) break;
    values.push_back(line);
  }
  std::size_t v = 0;
  for (const Side side : sides) {
    for (; v < values.size(); ++v) {
      const std::string_view line = values[v];
      const bool union_line = is_union_line(line);
      if (side == Side::Employer || side == Side::Adjunct) {
        if (union_line || !name_and_role(line)) break;
        side == Side::Employer ? attendance.employer(line) : attendance.adjunct(line);
      } else if (side == Side::Unions) {
        // A lower-case line continues the one before ("Kommunal: Britt Lindgren," / "huvudskyddsombud").
        if (!union_line && !starts_lowercase(line)) break;
        // A union alone after the representatives begins the next column (Förhinder).
        if (union_line && schema::canonical_union(line) && v > 0 && !schema::canonical_union(values[v - 1]) &&
            std::find(sides.begin(), sides.end(), Side::Absent) != sides.end())
          break;
        attendance.union_side(line);
      } else if (side == Side::Absent) {
        if (auto canonical = schema::canonical_union(line)) attendance.absent_union(*canonical);
      }
    }
  }
}

}  // namespace

namespace {

// "Kronqvist Helena <helena.kronqvist@ekby.se>   kommundirektör": a participant as a mail
// program lists them, surname first before the address. The address's local part says which
// word is the first name; the entry becomes "Helena Kronqvist, kommundirektör". A name the
// address does not spell is kept in its order.
std::string with_mail_address_read(const std::string& line) {
  const std::size_t open = line.find(" <");
  if (open == std::string::npos) return line;
  const std::size_t at = line.find('@', open), close = line.find('>', open);
  if (at == std::string::npos || close == std::string::npos || at > close) return line;
  const std::string_view written = trim(std::string_view(line).substr(0, open));
  const auto words = split_words(written);
  if (words.size() < 2 || words.size() > 3 || !std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); }))
    return line;
  const std::string local = lower(std::string_view(line).substr(open + 2, at - open - 2));
  const auto folded = [](std::string_view w) { return schema::fold_diacritics(lower(w)); };
  std::string name(written);
  // "kronqvist helena" against "helena.kronqvist": the last word first in the address.
  if (local == folded(words.back()) + "." + folded(words.front()) ||
      local.starts_with(folded(words.back()) + "." + folded(words.front())))
    name = std::string(words.back()) + " " + collapse_spaces(written.substr(0, static_cast<std::size_t>(words.back().data() - written.data())));
  const std::string_view rest = trim(std::string_view(line).substr(close + 1));
  return name + (rest.empty() ? "" : ", " + collapse_spaces(rest));
}

// "För Sveriges Lärare" / "Ida Öhman", "Kommunal:" / "Emil Backman, skyddsombud": a union
// heading its members on the lines below (a signature block, a list by union). Each member's
// line becomes "Union: member", as the lists write it on one line. (A union's name alone, with
// neither "För" nor a colon, is a table's cell, read with its row.)
std::vector<std::string> with_union_headings_joined(const std::vector<std::string>& lines) {
  constexpr std::size_t kMaxMembers = 20;
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view heading = trim(lines[i]);
    bool marked = false;
    if (heading.ends_with(":")) {
      heading.remove_suffix(1);
      marked = true;
    }
    for (std::string_view side : {"För ", "Från "})
      if (heading.starts_with(side)) {
        heading = trim(heading.substr(side.size()));
        marked = true;
      }
    const auto union_name = marked && heading.size() <= 60 ? schema::canonical_union(heading) : std::nullopt;
    std::size_t members = 0;
    while (union_name && members < kMaxMembers && i + 1 + members < lines.size()) {
      const std::string_view member = trim(lines[i + 1 + members]);
      if (member.empty() || member.find(':') != std::string_view::npos ||
          !is_person_name(collapse_spaces(member.substr(0, member.find(',')))))
        break;
      ++members;
    }
    if (members == 0) {
      out.push_back(lines[i]);
      continue;
    }
    for (std::size_t k = 1; k <= members; ++k) out.push_back(std::string(heading) + ": " + std::string(trim(lines[i + k])));
    i += members;
  }
  return out;
}

// "Anders Byström (kommunchef, ordförande), Ingrid Wallin (personalchef), Per": the entries of
// a labelled list each a name with a note in brackets, parted by the commas outside them —
// written with semicolons, as the brackets' own commas part no entries. The text unchanged when
// it is no such list (every part before the last must be a name and its bracket).
std::string bracketed_commas_as_semicolons(std::string_view value) {
  std::vector<std::string_view> parts;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t k = 0; k < value.size(); ++k) {
    if (value[k] == '(') ++depth;
    if (value[k] == ')' && depth > 0) --depth;
    if (value[k] == ',' && depth == 0) {
      parts.push_back(trim(value.substr(start, k - start)));
      start = k + 1;
    }
  }
  parts.push_back(trim(value.substr(start)));
  constexpr std::size_t kMinEntries = 2;
  if (parts.size() < kMinEntries) return std::string(value);
  for (std::size_t k = 0; k + 1 < parts.size(); ++k) {
    const std::string_view part = parts[k];
    const std::size_t open = part.find(" (");
    if (open == std::string_view::npos || !part.ends_with(")") || !is_person_name(collapse_spaces(part.substr(0, open))))
      return std::string(value);
  }
  // Each entry as the commas write it: "Anders Byström, kommunchef, ordförande".
  std::string out;
  for (const std::string_view part : parts) {
    const std::size_t open = part.find(" (");
    const bool noted = open != std::string_view::npos && part.ends_with(")");
    out += (out.empty() ? "" : "; ") +
           (noted ? std::string(part.substr(0, open)) + ", " + std::string(part.substr(open + 2, part.size() - open - 3))
                  : std::string(part));
  }
  return out;
}

// "Närvarande för arbetsgivaren: Anders Byström (kommunchef), …": a label whose value is a
// bracketed list (see above).
bool opens_bracketed_list(std::string_view line) {
  constexpr std::size_t kMaxLabelBytes = 40;
  const std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos || colon > kMaxLabelBytes) return false;
  // Only under a side's label: a list of everyone who came ("Närvarande: …") is read as a
  // running list elsewhere, its entries wrapped anywhere.
  if (side_named_by_heading(trim(line.substr(0, colon))) == AttendanceSide::None) return false;
  const std::string_view value = line.substr(colon + 2);
  // "…: Anders Byström (kommunchef, ordförande)," may end its line after the first entry.
  std::size_t comma = value.find("), ");
  if (comma == std::string_view::npos && value.ends_with("),")) comma = value.size() - 2;
  return comma != std::string_view::npos && value.find(" (") < comma;
}

// "Närvarande: Eva Ek (kommunchef); Bo Ny\n(HR-chef); Per Ahl (Kommunal)": a list of entries
// parted by semicolons, run on as a paragraph and broken at the margin inside an entry; or a
// side's bracketed list (see above), written with semicolons. Each such paragraph on one line,
// so that its entries are read whole.
std::vector<std::string> with_entry_runs_joined(const std::vector<std::string>& lines) {
  constexpr std::size_t kMaxRunLines = 20;
  std::vector<std::string> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string line = lines[i];
    const bool bracketed = opens_bracketed_list(line);
    const bool run = (line.find("; ") != std::string::npos || bracketed) && !line.ends_with(";") && !line.ends_with(".");
    for (std::size_t n = 0; run && n < kMaxRunLines && i + 1 < lines.size(); ++n) {
      const std::string& next = lines[i + 1];
      if (trim(next).empty() || next.ends_with(":")) break;
      if (const auto label = match_header_label(next); label && !label->value.empty()) break;
      // "Lärarförbundet: Anders Flodin": a list of its own under its label.
      if (const std::size_t colon = next.find(": "); colon != std::string::npos && colon < 40 &&
                                                    split_words(std::string_view(next).substr(0, colon)).size() <= 3)
        break;
      // A bracketed list runs on only where its entry does: after a comma, inside an open
      // bracket, into a surname and its bracket ("Sara" / "Lind (personalhandläggare), …") or
      // into the bracket of the name ending the line.
      if (bracketed && line.find("; ") == std::string::npos) {
        const std::string_view t = trim(line);
        const auto next_words = split_words(next);
        const bool open_bracket = std::count(t.begin(), t.end(), '(') > std::count(t.begin(), t.end(), ')');
        const bool surname = next_words.size() >= 2 && is_name_word(next_words[0]) && next_words[1].starts_with("(");
        const bool bracket_below = trim(next).starts_with("(");  // "Bengt Nyman" / "(enhetschef), …"
        if (!t.ends_with(",") && !open_bracket && !surname && !bracket_below) break;
      }
      line += " " + std::string(trim(next));
      ++i;
      if (line.ends_with(".")) break;
    }
    if (bracketed) {
      const std::size_t colon = line.find(": ");
      std::string_view value = std::string_view(line).substr(colon + 2);
      if (value.ends_with(".")) value.remove_suffix(1);  // the list's full stop
      line = line.substr(0, colon + 2) + bracketed_commas_as_semicolons(value);
    }
    out.push_back(std::move(line));
  }
  return out;
}

SamverkanParticipants participants_in(const std::vector<std::string>& text_lines, const std::string& flat) {
  SamverkanParticipants result;
  std::vector<std::string> written;
  for (const std::string& line :
       unflatten_attendance(with_bracketed_lists_unwrapped(with_union_headings_joined(with_entry_runs_joined(text_lines)))))
    for (std::string& entry : entries_of(std::string(without_list_number(with_mail_address_read(line))))) written.push_back(std::move(entry));
  std::vector<std::string> lines = with_columns_zipped(written);
  auto is_present_label = [](const std::string& line) {
    const auto labeled = match_header_label(line);
    return (labeled && labeled->label == HeaderLabel::Present) || is_attendance_heading(line);
  };
  // "Parter / Arbetsgivare: Grästorps kommun / Arbetstagarorganisationer: Kommunal, Vision …"
  // before "Närvarande": the parties to a negotiation, not who came for them.
  constexpr std::size_t kPartiesLines = 10;
  for (std::size_t p = 0; p < lines.size(); ++p) {
    const std::string heading = lower(trim(lines[p]));
    if (heading != "parter" && heading != "parter:" && heading != "parterna" && heading != "parterna:") continue;
    for (std::size_t q = p + 1; q < lines.size() && q <= p + kPartiesLines; ++q)
      if (is_present_label(lines[q])) {
        lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(p), lines.begin() + static_cast<std::ptrdiff_t>(q));
        break;
      }
    break;
  }
  std::size_t i = 0;
  while (i < lines.size() && !is_present_label(lines[i]) && !is_employer_heading(lines[i]) &&
         !is_union_heading(lines[i]))
    ++i;
  const std::size_t block = i;
  // "Närvarande:" is passed; "Närvarande för arbetsgivaren: Anders Byström, kommunchef" names a
  // side and its first entry, read below (so does "Närvarande för arbetstagarna: …").
  if (i < lines.size() && is_present_label(lines[i]) &&
      !((is_employer_heading(lines[i]) || is_union_heading(lines[i])) && !heading_value(trim(lines[i])).empty()))
    ++i;
  // "Från arbetsgivaren deltog …": the attendance written as sentences under its heading — the
  // first heading's, or a later one's when the first heads a list that says no sides (an
  // invitation's replies, a participant export, before "Närvaro" tells who came for whom).
  constexpr std::size_t kAttendanceLines = 80, kMaxProseBytes = 4000;  // attendance in prose is a short paragraph
  std::size_t read_to = 0;  // the end of the paragraph last read: a heading inside it is not read again
  for (std::size_t heading = block; heading < lines.size() && heading < block + kAttendanceLines; ++heading) {
    if (heading != block && (!is_present_label(lines[heading]) || heading < read_to)) continue;
    if (heading != block && opens_agenda_item(lines[heading])) break;
    std::size_t first = heading + 1;
    if (heading == block && !is_present_label(lines[block])) first = block;
    while (first < lines.size() && trim(lines[first]).empty()) ++first;
    // "Närvarande var från arbetsgivaren …": the sentence may begin on the heading's line.
    std::string paragraph;
    if (const auto labeled = match_header_label(lines[heading]); labeled && !labeled->value.empty() && first == heading + 1)
      paragraph = collapse_spaces(lines[heading]);
    std::size_t k = first;
    for (; k < lines.size() && !trim(lines[k]).empty() && paragraph.size() < kMaxProseBytes; ++k)
      paragraph += (paragraph.empty() ? "" : " ") + std::string(trim(lines[k]));
    read_to = k;
    if (read_prose_attendance(paragraph, result)) {
      result.unit = qualify_unit(result.unit, flat);
      return result;
    }
  }

  Attendance attendance(result);
  std::vector<std::string> away;
  bool in_unions = false, in_adjuncts = false;
  for (; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    const Side side = side_of_heading(line);
    if (side != Side::None && side != Side::Absent && heading_value(line).empty() &&
        line.find(':') != std::string_view::npos) {
      std::size_t next = i + 1;
      while (next < lines.size() && trim(lines[next]).empty()) ++next;
      if (next < lines.size() && side_of_heading(trim(lines[next])) != Side::None && heading_value(trim(lines[next])).empty()) {
        read_stacked(lines, i, attendance);
        break;  // such a table is the whole attendance
      }
    }
    if (starts_absent_block(line)) {
      result.unions_absent = absent_unions(lines, i, away);
      absent_people(lines, i, result.people);
      break;
    }
    // "1. Mötets öppnande": the agenda has begun, and with it the minutes' running text.
    if (opens_agenda_item(line)) break;
    if (attendance.minute_taker(line)) continue;
    // "Sekreterare" / "Julia Wern, HR-specialist": the label's cell over its value.
    if (line.find(':') == std::string_view::npos && i + 1 < lines.size()) {
      const std::string_view next = trim(lines[i + 1]);
      if (is_person_name(collapse_spaces(next.substr(0, next.find(',')))) &&
          attendance.minute_taker(std::string(line) + ": " + std::string(next))) {
        ++i;
        continue;
      }
    }
    if (is_adjunct_heading(line)) {
      in_unions = false;
      in_adjuncts = true;
      if (!heading_value(line).empty()) attendance.adjunct(heading_value(line));
      continue;
    }
    if (ends_union_block(line)) break;
    if (is_union_heading(line)) {
      in_unions = true;
      in_adjuncts = false;
      // "AT:  Anna Ek/Sveriges Lärare": the first representative on the heading's line.
      if (const std::string_view value = heading_value(line); !value.empty()) attendance.union_side(value);
      continue;
    }
    if (is_employer_heading(line)) {
      in_unions = in_adjuncts = false;
      // "Arbetsgivare: Eva Ek, rektor (ordförande); Bo Ny, biträdande rektor"
      std::string_view value = heading_value(line);
      for (std::size_t start = 0; start < value.size();) {
        std::size_t end = value.find(';', start);
        if (end == std::string_view::npos) end = value.size();
        attendance.employer(trim(value.substr(start, end - start)));
        start = end + 1;
      }
      continue;
    }
    // "Lärarförbundet: Anna Ek", "Nils Fors, skyddsombud, Kommunal" among the employer's lines,
    // without a heading of their own.
    if (!in_unions && is_union_line(line) && !schema::canonical_union(line)) {
      attendance.union_side(line);
      continue;
    }
    if (in_adjuncts) {
      attendance.adjunct(line);
      continue;
    }
    if (!in_unions) {
      if (result.unit.empty() && is_unit_name(line)) {
        result.unit = std::string(without_unit_label(line));
        continue;
      }
      // "Lars Berg, avdelningschef ekonomi": the employer's side, name then role.
      attendance.employer(line);
      continue;
    }
    attendance.union_side(line);
  }
  attendance.finish();
  // "Förhinder: Vårdförbundet, SSR" after the lists, or without any list, in the header.
  if (result.unions_absent.empty()) {
    constexpr std::size_t kHeaderLines = 80;
    for (std::size_t k = block < lines.size() ? block : 0; k < lines.size() && k < block + kHeaderLines; ++k)
      if (starts_absent_block(lines[k]) && !(result.unions_absent = absent_unions(lines, k, away)).empty()) break;
  }
  // "Sveriges Lärare har meddelat att organisationen inte har någon företrädare som kan delta":
  // a union's absence told in a sentence between the lists and the agenda.
  {
    constexpr std::size_t kAfterListsLines = 40, kMaxUnionWords = 3;
    static constexpr std::string_view kAbsent[] = {"inte delta", "någon företrädare", "deltar inte", "deltog inte",
                                                   "inte närvarande", "anmält förhinder", "hade förhinder", "lämnat återbud"};
    // A list's entries ("Vision: Carina Bäck" over "Akavia: anmält förhinder") are each a
    // sentence of their own: one does not run on into the next.
    auto labelled_entry = [](std::string_view line) {
      constexpr std::size_t kMaxLabelBytes = 40;
      const std::size_t colon = line.find(": ");
      return colon != std::string_view::npos && colon <= kMaxLabelBytes;
    };
    for (std::size_t k = block < lines.size() ? block : 0; k < lines.size() && k < block + kAfterListsLines; ++k) {
      if (opens_agenda_item(lines[k])) break;
      std::string sentence(trim(lines[k]));
      for (std::size_t j = k + 1; j < lines.size() && !trim(lines[j]).empty() && j <= k + 3 && !sentence.ends_with(".") &&
                                  !labelled_entry(lines[j]);
           ++j)
        sentence += " " + std::string(trim(lines[j]));
      const std::string lowered = lower(sentence);
      if (std::none_of(std::begin(kAbsent), std::end(kAbsent), [&](std::string_view w) { return lowered.find(w) != std::string::npos; }))
        continue;
      const auto words = split_words(sentence);
      for (std::size_t n = std::min(kMaxUnionWords, words.size()); n >= 1; --n) {
        const std::string name = join(std::vector<std::string>(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n)), " ");
        if (const auto union_name = schema::canonical_union(name)) {
          std::erase(result.unions, *union_name);
          append_once(result.unions_absent, *union_name);
          break;
        }
      }
    }
  }
  // A union only a representative of which was away is absent unless someone came for it.
  std::erase_if(result.unions_absent, [&](const std::string& union_name) {
    return std::find(away.begin(), away.end(), union_name) != away.end() &&
           std::find(result.unions.begin(), result.unions.end(), union_name) != result.unions.end();
  });
  result.unit = qualify_unit(result.unit, flat);
  return result;
}

// "utom Marie Åkesson (Vision), som anmält förhinder": the one a list by exception leaves out.
std::vector<std::pair<std::string, std::string>> exceptions_in(const std::string& opening) {
  static const std::regex except(R"(\butom\s([A-ZÅÄÖ][\wåäöÅÄÖéü-]+(?:\s[A-ZÅÄÖ][\wåäöÅÄÖéü-]+){1,2})\s\(([^()]{2,40})\))");
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = std::sregex_iterator(opening.begin(), opening.end(), except); it != std::sregex_iterator(); ++it)
    if (const auto union_name = schema::canonical_union((*it)[2].str())) out.emplace_back((*it)[1].str(), *union_name);
  return out;
}

}  // namespace

namespace {

// "AT   KOM Roger Lundström · VIS Per-Ola Nyman" / "Frånvarande   LED Mats Rönnberg", with
// "KOM = Kommunal, VIS = Vision, LED = Ledarna" in the document's key: unions written by the
// codes the key spells out, before the agenda; those on a line that opens with an absence
// word were away. A code before a name is that member's union.
void read_key_coded_attendance(const ExtractedText& text, SamverkanParticipants& result) {
  std::map<std::string, std::string> unions_by_code;
  for (const auto& [code, spelled] : abbreviation_key(text))
    if (auto union_name = schema::canonical_union(spelled)) unions_by_code.emplace(code, *union_name);
  if (unions_by_code.empty()) return;
  constexpr std::size_t kHeaderLines = 60, kNameWords = 3;
  const auto& lines = text.lines();
  bool away = false;
  std::set<std::string> listed;  // names already in result.people, looked up once each
  for (const schema::Person& p : result.people) listed.insert(p.name);
  std::set<std::string> came;    // unions with a member present
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    const std::string_view line = trim(lines[i]);
    if (opens_agenda_item(line)) break;
    if (line.empty()) continue;
    if (line.find(" = ") != std::string_view::npos) continue;  // the key itself
    if (is_attendance_heading(line) || side_named_by_heading(line) != AttendanceSide::None) away = false;
    if (opens_with_absence_word(line)) away = true;
    const std::vector<std::string_view> words = split_words(line);
    for (std::size_t w = 0; w < words.size(); ++w) {
      const auto coded = unions_by_code.find(std::string(words[w]));
      if (coded == unions_by_code.end()) continue;
      append_once(away ? result.unions_absent : result.unions, coded->second);
      if (!away) came.insert(coded->second);
      std::vector<std::string> name;
      for (std::size_t k = w + 1; k < words.size() && name.size() < kNameWords; ++k) {
        std::string_view word = words[k];
        const bool ends = word.ends_with(',');
        if (ends) word.remove_suffix(1);
        if (!is_name_word(word)) break;
        name.emplace_back(word);
        if (ends) break;
      }
      const std::string person = join(name, " ");
      if (name.size() >= 2 && is_person_name(person) && listed.insert(person).second)
        result.people.push_back(schema::Person{person, "", away ? "frånvarande" : "", coded->second, "arbetstagarna"});
    }
  }
  // A union one of whose members came took part, whoever of it was away.
  std::erase_if(result.unions_absent, [&](const std::string& u) { return came.contains(u); });
  for (const std::string& union_name : result.unions_absent) std::erase(result.unions, union_name);
}

}  // namespace

// "Närvarolista (* = deltog ej)" and then "Jonas Fredén*": a list marking those away with an
// asterisk its legend explains. The lines without the asterisks, and the names they marked.
std::vector<std::string> without_absence_asterisks(const std::vector<std::string>& lines, std::set<std::string>& marked) {
  constexpr std::size_t kHeaderLines = 80, kMaxNameWords = 3;
  bool legend = false;
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines && !legend; ++i) {
    const std::size_t star = lines[i].find('*');
    if (star == std::string::npos) continue;
    std::string_view after = trim(std::string_view(lines[i]).substr(star + 1));
    if (!after.starts_with("=")) continue;
    legend = says_away(after.substr(1));
  }
  if (!legend) return lines;
  std::vector<std::string> out = lines;
  for (std::size_t i = 0; i < out.size() && i < kHeaderLines; ++i) {
    const std::string& line = lines[i];
    if (line.find('*') == std::string::npos) continue;
    std::string kept;  // built anew: a line of many asterisks is no quadratic work
    std::size_t from = 0;
    for (std::size_t star = line.find('*'); star != std::string::npos; star = line.find('*', star + 1)) {
      const auto before = star > 0 ? static_cast<unsigned char>(line[star - 1]) : ' ';
      const bool after_letter = std::isalpha(before) || before >= 0x80;
      if (!after_letter) continue;
      // The name the asterisk ends: up to three capitalised words before it (looked at locally).
      constexpr std::size_t kNameBytes = 80;
      const std::size_t window = star > kNameBytes ? star - kNameBytes : 0;
      const auto words = split_words(std::string_view(line).substr(window, star - window));
      std::vector<std::string> name;
      for (std::size_t k = words.size(); k-- > 0 && name.size() < kMaxNameWords && starts_uppercase(words[k]);) {
        const auto last = static_cast<unsigned char>(words[k].back());
        if (!std::isalpha(last) && last < 0x80) break;  // "Ask," ends the name before
        name.insert(name.begin(), std::string(words[k]));
      }
      if (name.size() >= 2) marked.insert(join(name, " "));
      kept.append(line, from, star - from);
      from = star + 1;
    }
    kept.append(line, from, std::string::npos);
    out[i] = std::move(kept);
  }
  return out;
}

// A union present by the lists whose every member there was away did not come.
template <typename AwayFn>
void unions_of_members_away(SamverkanParticipants& result, const AwayFn& is_away) {
  std::vector<std::string> away;
  for (const std::string& union_name : result.unions) {
    bool members = false, someone_came = false;
    for (const schema::Person& p : result.people) {
      if (p.union_name != union_name) continue;
      members = true;
      someone_came = someone_came || !is_away(p);
    }
    if (members && !someone_came) away.push_back(union_name);
  }
  for (const std::string& union_name : away) {
    std::erase(result.unions, union_name);
    append_once(result.unions_absent, union_name);
  }
}

// Those the asterisks marked were away; a union all of whose members were marked was away.
void mark_asterisked_away(SamverkanParticipants& result, const std::set<std::string>& marked) {
  if (marked.empty()) return;
  for (schema::Person& p : result.people)
    if (marked.contains(p.name) && p.role.find("frånvarande") == std::string::npos)
      p.role = p.role.empty() ? "frånvarande" : p.role + " (frånvarande)";
  unions_of_members_away(result, [&](const schema::Person& p) { return marked.contains(p.name); });
}

// "Bergh Lars, förtroendevald, Akademikerförbundet SSR (förhinder)": a member whose role, or a
// part of it, says they were away.
bool role_says_away(const std::string& role) {
  for (std::string_view rest = role; !rest.empty();) {
    const std::size_t comma = rest.find(',');
    std::string_view part = trim(rest.substr(0, comma));
    while (!part.empty() && (part.front() == '(' || part.back() == ')'))
      part = trim(part.front() == '(' ? part.substr(1) : part.substr(0, part.size() - 1));
    if (says_away(part)) return true;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return false;
}

SamverkanParticipants recognize_samverkan_participants(const ExtractedText& text) {
  std::set<std::string> asterisked;
  SamverkanParticipants result = participants_in(without_absence_asterisks(text.lines(), asterisked), text.flat());
  mark_asterisked_away(result, asterisked);
  unions_of_members_away(result, [](const schema::Person& p) { return role_says_away(p.role); });
  read_key_coded_attendance(text, result);
  if (!result.unions.empty()) return result;
  // "Närvarande: samtliga ordinarie ledamöter enligt sändlistan på sista sidan, utom Marie
  // Åkesson (Vision)", "Närvarande: Se underskrifter sist i protokollet": the attendance is the
  // list the text points to, less those it excepts.
  constexpr std::size_t kOpeningBytes = 4000;
  const std::string opening = lower(schema::truncate_utf8(text.flat(), kOpeningBytes));
  const bool signatures = opening.find("se underskrift") != std::string::npos;
  if (opening.find("enligt sändlista") == std::string::npos && opening.find("enligt bifogad") == std::string::npos &&
      opening.find("enligt närvarolista") == std::string::npos && opening.find("enligt deltagarlista") == std::string::npos &&
      !signatures)
    return result;
  const auto& lines = text.lines();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string heading = lower(trim(lines[i]));
    if (!heading.starts_with("sändlista") && !heading.starts_with("närvarolista") && !heading.starts_with("deltagarlista") &&
        !(signatures && (heading == "underskrifter" || heading == "underskrift" || heading == "underskrifter:")))
      continue;
    std::vector<std::string> listed{"Närvarande"};
    listed.insert(listed.end(), lines.begin() + static_cast<std::ptrdiff_t>(i + 1), lines.end());
    SamverkanParticipants from_list = participants_in(listed, text.flat());
    if (from_list.people.empty()) continue;
    from_list.unit = result.unit;
    // Unions the opening said were away ("Ej närvarande: Akademikerförbundet SSR").
    for (const std::string& union_name : result.unions_absent)
      if (std::find(from_list.unions.begin(), from_list.unions.end(), union_name) == from_list.unions.end())
        append_once(from_list.unions_absent, union_name);
    // Those the text names beside the list ("För Sveriges Lärare deltog ersättaren Oskar Lind").
    for (schema::Person& p : result.people)
      if (std::none_of(from_list.people.begin(), from_list.people.end(), [&](const schema::Person& q) { return q.name == p.name; }))
        from_list.people.push_back(std::move(p));
    for (const auto& exception : exceptions_in(schema::truncate_utf8(text.flat(), kOpeningBytes))) {
      const std::string& name = exception.first;
      const std::string& union_name = exception.second;  // a name, not a binding: lambdas capture it
      for (schema::Person& p : from_list.people)
        if (p.name == name && p.role.find("frånvarande") == std::string::npos)
          p.role = p.role.empty() ? "frånvarande" : p.role + " (frånvarande)";
      const bool someone_came = std::any_of(from_list.people.begin(), from_list.people.end(), [&](const schema::Person& p) {
        return p.union_name == union_name && p.role.find("frånvarande") == std::string::npos;
      });
      if (!someone_came) {
        std::erase(from_list.unions, union_name);
        if (std::find(from_list.unions_absent.begin(), from_list.unions_absent.end(), union_name) == from_list.unions_absent.end())
          from_list.unions_absent.push_back(union_name);
      }
    }
    return from_list;
  }
  return result;
}
}  // namespace kommunsok::indexer
