#include "kommunsok/indexer/reported_meeting.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kStampLines = 40;

std::optional<schema::IsoDate> publication_date(const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < kStampLines; ++i)
    if (starts_with_ci(trim(lines[i]), "publicerad"))
      if (auto date = find_swedish_date(lines[i])) return date;
  return std::nullopt;
}

std::vector<std::string> sentences_of(const std::string& flat) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < flat.size(); ++i) {
    if ((flat[i] != '.' && flat[i] != '!') || flat[i + 1] != ' ' || !starts_uppercase(std::string_view(flat).substr(i + 2)))
      continue;
    out.emplace_back(flat.substr(start, i + 1 - start));
    start = i + 2;
  }
  if (start < flat.size()) out.emplace_back(flat.substr(start));
  return out;
}

// "den 16 juni", "måndagen den 16 juni 2025": a day and a month, perhaps a year.
std::optional<schema::IsoDate> day_and_month(std::string_view sentence, int stamp_year, const schema::IsoDate& stamp) {
  if (auto full = find_swedish_date(sentence)) return full;
  const auto words = split_words(sentence);
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    const std::string_view day_word = words[k];
    if (day_word.empty() || day_word.size() > 2 ||
        !std::all_of(day_word.begin(), day_word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      continue;
    std::string month_word(words[k + 1]);
    while (!month_word.empty() && std::string_view(".,;:").find(month_word.back()) != std::string_view::npos)
      month_word.pop_back();
    const int month = swedish_month(month_word);
    const int day = std::stoi(std::string(day_word));
    if (month == 0 || !schema::is_valid_date(stamp_year, month, day)) continue;
    schema::IsoDate date{stamp_year, month, day};
    if (date > stamp && schema::is_valid_date(stamp_year - 1, month, day)) date.year = stamp_year - 1;
    return date;
  }
  return std::nullopt;
}

std::string organ_in(std::string_view sentence) {
  for (std::string_view word : split_words(sentence)) {
    std::string w = lower(word);
    while (!w.empty() && std::string_view(".,;:()").find(w.back()) != std::string_view::npos) w.pop_back();
    if (w == "fullmäktige" || w == "fullmäktiges") return "Kommunfullmäktige";
    if (!schema::is_organ_word(w)) continue;
    if (auto organ = schema::find_organ(w)) return organ->name;
  }
  return {};
}

}  // namespace

std::optional<ReportedMeeting> reported_meeting(const DocumentStructure& structure) {
  auto stamp = publication_date(structure.text().lines());
  if (!stamp) stamp = publication_date(structure.boilerplate());
  if (!stamp) return std::nullopt;
  for (const std::string& sentence : sentences_of(structure.text().flat())) {
    const std::string lowered = lower(sentence);
    if (lowered.find("sammanträd") == std::string::npos) continue;
    // The next meeting, or one to come, is not the one reported.
    static constexpr std::array<std::string_view, 5> kAhead{"nästa", "kommande", "hålls", "ska hållas", "äger rum"};
    if (std::any_of(kAhead.begin(), kAhead.end(), [&](std::string_view w) { return lowered.find(w) != std::string::npos; }))
      continue;
    if (auto date = day_and_month(sentence, stamp->year, *stamp)) {
      if (*date > *stamp) continue;
      return ReportedMeeting{*date, organ_in(sentence)};
    }
  }
  return std::nullopt;
}

}  // namespace kommunsok::indexer
