#include "kommunsok/indexer/samverkan_recognizer.hpp"

#include <algorithm>

#include "kommunsok/indexer/gazetteer.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

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
  return !lowered.empty() && lowered.size() < 80 &&
         (lowered.ends_with("förvaltningen") || lowered.ends_with("förvaltning") ||
          lowered.ends_with("kontoret"));
}

// "Stadsdelsförvaltningen" alone says little; the district named in the text says which.
std::string qualify_unit(const std::string& unit, const std::string& flat) {
  if (lower(unit) != "stadsdelsförvaltningen") return unit;
  for (std::string_view district : known_districts()) {
    if (flat.find(district) != std::string::npos)
      return std::string(district) + " stadsdelsförvaltning";
  }
  return unit;
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
  while (i < lines.size() && !is_present_label(lines[i])) ++i;
  if (i == lines.size()) return result;

  bool in_unions = false;
  for (++i; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    if (ends_union_block(line)) break;
    if (starts_section(line, "Fackliga organisationer") || starts_section(line, "Arbetstagarsidan") ||
        starts_section(line, "Arbetstagarorganisationer")) {
      in_unions = true;
      continue;
    }
    if (!in_unions) {
      if (result.unit.empty() && is_unit_name(line)) result.unit = std::string(line);
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > kMaxUnionBytes) continue;
    const std::string union_name(trim(line.substr(0, colon)));
    if (!starts_uppercase(union_name)) continue;
    if (std::find(result.unions.begin(), result.unions.end(), union_name) == result.unions.end())
      result.unions.push_back(union_name);
    std::string_view names = line.substr(colon + 1);
    for (std::size_t start = 0; start <= names.size();) {
      std::size_t comma = names.find(',', start);
      if (comma == std::string_view::npos) comma = names.size();
      const std::string name = collapse_spaces(names.substr(start, comma - start));
      if (split_words(name).size() >= 2 && starts_uppercase(name))
        result.people.push_back(schema::Person{name, "", "", union_name});
      start = comma + 1;
    }
  }
  result.unit = qualify_unit(result.unit, text.flat());
  return result;
}

}  // namespace kommunsok::indexer
