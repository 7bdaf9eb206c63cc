#include "kommunsok/indexer/attendance_headings.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

std::string bare_heading(std::string_view text) {
  std::string lowered = lower(trim(text));
  if (lowered.ends_with(':')) lowered.pop_back();
  return lowered;
}

bool one_of(std::string_view word, const auto& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

AttendanceSide side_named_by_heading(std::string_view text) {
  // "AG:", "AT:": the sides' common abbreviations, in capitals only.
  if (std::string_view code = trim(text); code.starts_with("AG") || code.starts_with("AT")) {
    if (code.ends_with(':')) code.remove_suffix(1);
    if (code == "AG") return AttendanceSide::Employer;
    if (code == "AT") return AttendanceSide::Unions;
  }
  const std::string heading = bare_heading(text);
  if (heading.find(':') != std::string::npos) return AttendanceSide::None;
  std::vector<std::string_view> words = split_words(heading);
  // "För arbetstagarna", "Från de fackliga", "Deltagare arbetsgivaren"
  static constexpr std::array<std::string_view, 5> kLeads{"för", "från", "de", "deltagare", "närvarande"};
  while (!words.empty() && one_of(words.front(), kLeads)) words.erase(words.begin());
  if (words.empty() || words.size() > 2) return AttendanceSide::None;
  // What may follow the side's word: the people or the part, never a verb.
  static constexpr std::array<std::string_view, 14> kPeopleWords{
      "representanter", "representanterna", "representant", "företrädare", "företrädarna", "organisationer",
      "organisationerna", "organisation", "part", "parten", "sida", "sidan", "ledamöter", "ombud"};
  if (words.size() == 2 && !one_of(words[1], kPeopleWords)) return AttendanceSide::None;
  const std::string_view first = words.front();
  if (first.starts_with("arbetsgivar")) return AttendanceSide::Employer;
  if (first.starts_with("arbetstagar") || first.starts_with("facklig") || first == "facket" || first == "facken" ||
      first.starts_with("personalorganisation") || first.starts_with("fackförbund"))
    return AttendanceSide::Unions;
  return AttendanceSide::None;
}

bool is_attendance_heading(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kHeadings{
      "deltagare", "närvaro", "närvarolista", "mötesdeltagare", "deltagande", "närvarande", "närvarande vid mötet"};
  return one_of(std::string_view(bare_heading(text)), kHeadings);
}

// "Saknas" heads those away in lists that call the others "Deltagare" or "Närvarande";
// "Uteblev" those who did not come without a word.
constexpr std::array<std::string_view, 14> kAbsenceHeadings{
    "förhinder",      "frånvarande",       "ej närvarande", "ej närv",        "anmält förhinder", "återbud",
    "anmält återbud", "lämnat återbud",    "anmälda förhinder", "saknas",     "uteblev",          "uteblivna",
    "anmält frånvaro", "anmäld frånvaro"};

bool is_absence_heading(std::string_view text) { return one_of(std::string_view(bare_heading(text)), kAbsenceHeadings); }

bool opens_with_absence_word(std::string_view text) {
  text = trim(text);
  return std::any_of(kAbsenceHeadings.begin(), kAbsenceHeadings.end(),
                     [&](std::string_view word) { return starts_with_ci(text, word); });
}

bool says_away(std::string_view text) {
  static constexpr std::array<std::string_view, 5> kAwayPhrases{"frånv", "deltog ej", "deltog inte", "ej deltagit",
                                                                "inte närvarande"};
  text = trim(text);
  return opens_with_absence_word(text) ||
         std::any_of(kAwayPhrases.begin(), kAwayPhrases.end(), [&](std::string_view w) { return starts_with_ci(text, w); });
}

bool opens_agenda_item(std::string_view line) {
  line = trim(line);
  if (line.starts_with("\xC2\xA7")) return true;
  if (starts_with_ci(line, "ärende ") || starts_with_ci(line, "punkt ")) return true;
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && digits <= 2 && digits < line.size() && (line[digits] == '.' || line[digits] == ')');
}

}  // namespace kommunsok::indexer
