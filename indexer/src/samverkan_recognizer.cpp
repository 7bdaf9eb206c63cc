#include "kommunsok/indexer/samverkan_recognizer.hpp"

#include <algorithm>

#include "kommunsok/indexer/gazetteer.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxUnionBytes = 60;

bool starts_section(std::string_view line, std::string_view heading) {
  return starts_with_ci(trim(line), heading);
}

bool ends_union_block(std::string_view line) {
  return starts_section(line, "Förhinder") || starts_section(line, "Frånvarande") ||
         starts_section(line, "Ej närvarande") || starts_section(line, "Anmält förhinder") ||
         starts_section(line, "Tidpunkt") || starts_section(line, "Plats") ||
         starts_section(line, "Övriga närvarande");
}

bool is_unit_name(std::string_view line) {
  const std::string lowered = lower(trim(line));
  return !lowered.empty() && lowered.size() < 80 && split_words(lowered).size() <= 4 &&
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

bool is_union_heading(std::string_view line) {
  return starts_section(line, "Fackliga organisationer") || starts_section(line, "Arbetstagarsidan") ||
         starts_section(line, "Arbetstagarorganisationer") || starts_section(line, "För arbetstagarna") ||
         starts_section(line, "Arbetstagarrepresentanter") || starts_section(line, "Fackliga representanter");
}

bool is_employer_heading(std::string_view line) {
  return starts_section(line, "För arbetsgivaren") || starts_section(line, "Arbetsgivarsidan") ||
         starts_section(line, "Arbetsgivarrepresentanter") || starts_section(line, "Arbetsgivaren:");
}

// Two to four capitalised name words: "Nora Ali", "Liselotte Näslund".
bool is_person_name(const std::string& text) {
  const auto words = split_words(text);
  return words.size() >= 2 && words.size() <= 4 &&
         std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); });
}

bool starts_absent_block(std::string_view line) {
  return starts_section(line, "Förhinder") || starts_section(line, "Frånvarande") ||
         starts_section(line, "Ej närvarande") || starts_section(line, "Anmält förhinder");
}

// Unions named under Förhinder/Frånvarande, one per line or separated by commas, up to
// the next label.
std::vector<std::string> absent_unions(const std::vector<std::string>& lines, std::size_t from) {
  std::vector<std::string> out;
  for (std::size_t i = from; i < lines.size() && i < from + 15; ++i) {
    std::string_view line = trim(lines[i]);
    if (i == from) {
      const std::size_t colon = line.find(':');
      line = colon == std::string_view::npos ? std::string_view() : trim(line.substr(colon + 1));
    }
    if (line.empty()) continue;
    if (match_header_label(line) || starts_section(line, "Tid") || starts_section(line, "Plats")) break;
    bool any = false;
    for (std::size_t start = 0; start <= line.size();) {
      std::size_t comma = line.find(',', start);
      if (comma == std::string_view::npos) comma = line.size();
      std::string_view part = trim(line.substr(start, comma - start));
      if (const std::size_t colon = part.find(':'); colon != std::string_view::npos) part = trim(part.substr(0, colon));
      if (auto canonical = schema::canonical_union(part)) {
        any = true;
        if (std::find(out.begin(), out.end(), *canonical) == out.end()) out.push_back(*canonical);
      }
      start = comma + 1;
    }
    if (!any) break;
  }
  return out;
}

}  // namespace

SamverkanParticipants recognize_samverkan_participants(const ExtractedText& text) {
  SamverkanParticipants result;
  const auto& lines = text.lines();
  auto is_present_label = [](const std::string& line) {
    const auto labeled = match_header_label(line);
    return labeled && labeled->label == HeaderLabel::Present;
  };
  std::size_t i = 0;
  while (i < lines.size() && !is_present_label(lines[i]) && !is_employer_heading(lines[i]) &&
         !is_union_heading(lines[i]))
    ++i;
  if (i == lines.size()) return result;
  if (is_present_label(lines[i])) ++i;

  bool in_unions = false;
  // Columns read one after the other: the union side's names, then its unions, in order.
  std::vector<std::string> column_names, column_unions;
  auto add_union = [&](const std::string& union_name) {
    if (std::find(result.unions.begin(), result.unions.end(), union_name) == result.unions.end())
      result.unions.push_back(union_name);
  };
  for (; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    if (starts_absent_block(line)) {
      result.unions_absent = absent_unions(lines, i);
      break;
    }
    if (ends_union_block(line)) break;
    if (is_union_heading(line)) {
      in_unions = true;
      continue;
    }
    if (is_employer_heading(line)) {
      in_unions = false;
      continue;
    }
    if (!in_unions) {
      if (result.unit.empty() && is_unit_name(line)) {
        result.unit = std::string(line);
        continue;
      }
      // "Lars Berg, avdelningschef ekonomi": the employer's side, name then role.
      const std::size_t comma = line.find(',');
      if (comma == std::string_view::npos) continue;
      const std::string name = collapse_spaces(line.substr(0, comma));
      if (is_person_name(name))
        result.people.push_back(schema::Person{name, "", collapse_spaces(line.substr(comma + 1)), "", "arbetsgivaren"});
      continue;
    }
    // A union alone on its line ("Vision"), or a name alone ("Nora Ali"): a column.
    if (auto alone = schema::canonical_union(line)) {
      column_unions.push_back(*alone);
      add_union(*alone);
      continue;
    }
    if (line.find(':') == std::string_view::npos && line.find(',') == std::string_view::npos) {
      if (is_person_name(std::string(line))) column_names.emplace_back(collapse_spaces(line));
      continue;
    }
    // "Nora Ali, Vision": a representative and the union.
    if (const std::size_t comma = line.rfind(','); comma != std::string_view::npos && line.find(':') == std::string_view::npos) {
      const std::string name = collapse_spaces(line.substr(0, comma));
      if (auto union_name = schema::canonical_union(trim(line.substr(comma + 1))); union_name && is_person_name(name)) {
        add_union(*union_name);
        result.people.push_back(schema::Person{name, "", "", *union_name, "arbetstagarna"});
      }
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > kMaxUnionBytes) continue;
    const std::string written(trim(line.substr(0, colon)));
    // "TCO, Vision" names the confederation before the union.
    std::string_view last_part = written;
    if (const std::size_t comma = last_part.rfind(','); comma != std::string_view::npos)
      last_part = trim(last_part.substr(comma + 1));
    const auto canonical = schema::canonical_union(last_part);
    if (!canonical) continue;
    const std::string union_name = *canonical;
    add_union(union_name);
    std::string_view names = line.substr(colon + 1);
    for (std::size_t start = 0; start <= names.size();) {
      std::size_t comma = names.find(',', start);
      if (comma == std::string_view::npos) comma = names.size();
      const std::string name = collapse_spaces(names.substr(start, comma - start));
      if (split_words(name).size() >= 2 && starts_uppercase(name))
        result.people.push_back(schema::Person{name, "", "", union_name, "arbetstagarna"});
      start = comma + 1;
    }
  }
  // Names and unions in two columns pair up only when they are as many.
  for (std::size_t k = 0; k < column_names.size(); ++k)
    result.people.push_back(schema::Person{column_names[k], "", "",
                                           column_names.size() == column_unions.size() ? column_unions[k] : "",
                                           "arbetstagarna"});
  result.unit = qualify_unit(result.unit, text.flat());
  return result;
}

}  // namespace kommunsok::indexer
