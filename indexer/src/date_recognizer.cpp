#include <algorithm>
#include <array>
#include <set>
#include <chrono>
#include "kommunsok/indexer/date_recognizer.hpp"

#include <regex>

#include "kommunsok/indexer/flattened_heading.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kHeaderLines = 120;
constexpr std::size_t kValueLines = 4;
constexpr std::size_t kMaxValueBytes = 60;

// Lines whose dates are never the meeting's: justering, anslag, appeals, stamps.
bool is_other_event(std::string_view line) {
  static constexpr std::string_view kWords[] = {"juster", "anslag", "överklag", "publicer", "uppdater", "utskriv",
                                                "inkom", "ink.", "ink:", "ankom", "expedier", "skickad", "skickat", "registrer", "uppladd", "laddats upp", "skannad",
                                                "diariefört", "reg.", "reg:"};
  const std::string lowered = lower(line);
  for (std::string_view word : kWords)
    if (lowered.find(word) != std::string::npos) return true;
  // "Ink 2012-03-06": a registry's receipt stamp without its full stop (a word only at the start).
  return trim(lowered).starts_with("ink ");
}

// "Ärende 6. Nästa möte / Torsdag 24 september 2026 kl. 14.00": a meeting to come is not the
// one the record is of. True when the line or the two non-empty lines above it announce one.
bool announces_next_meeting(const std::vector<std::string>& lines, std::size_t at) {
  static constexpr std::string_view kPhrases[] = {"nästa möte", "nästa sammanträde", "nästa träff", "kommande möte",
                                                  "nästa samverkan", "nästa mötestid", "kommande sammanträde",
                                                  "nästa skyddskommitté", "nästa apt"};
  constexpr std::size_t kSentenceWords = 6;
  for (std::size_t i = at + 1, seen = 0; i-- > 0 && seen < 3;) {
    if (lines[i].empty()) continue;
    ++seen;
    // "Jag ser fram emot svaret vid fullmäktiges nästa sammanträde." above a signature's place
    // and date: a sentence that mentions the next meeting announces no date below it.
    if (i != at && trim(lines[i]).ends_with(".") && split_words(lines[i]).size() > kSentenceWords) continue;
    const std::string lowered = lower(lines[i]);
    for (std::string_view phrase : kPhrases)
      if (lowered.find(phrase) != std::string::npos) return true;
  }
  return false;
}

// "Datum: 240917", "Datum: 20240917": a date field's whole value written without separators,
// year first (read only as a date field's value: elsewhere six digits are a case number).
std::optional<schema::IsoDate> compact_field_date(std::string_view value) {
  value = trim(value);
  if (!std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  if (value.size() == 8) return schema::parse_compact_date(value);
  if (value.size() == 6) return schema::parse_compact_date("20" + std::string(value));
  return std::nullopt;
}

// A date field's value in the shapes a form or a regional habit writes it: "23-09-19" (year,
// month, day in two digits each), "19/5-25" (day, month, two-digit year), "9.9.2025" (day,
// month, year with points), "13/10/2009", "2026-W11-3" (an ISO week date). Only a date field's whole value:
// elsewhere such digits may be anything.
std::optional<schema::IsoDate> field_shaped_date(std::string_view value) {
  static const std::regex short_iso(R"(^(\d{2})-(\d{2})-(\d{2})$)");
  static const std::regex day_month_short_year(R"(^(\d{1,2})/(\d{1,2})-(\d{2})(?:$|[^0-9]))");
  static const std::regex points(R"(^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?:$|[^0-9]))");
  static const std::regex slashes(R"(^(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?:$|[^0-9]))");
  static const std::regex iso_week(R"(^((?:19|20)\d\d)-W(\d{2})-([1-7])(?:$|[^0-9]))");
  const std::string v(trim(value).substr(0, 40));
  std::smatch m;
  auto valid = [](int y, int mo, int d) -> std::optional<schema::IsoDate> {
    if (!schema::is_valid_date(y, mo, d)) return std::nullopt;
    return schema::IsoDate{y, mo, d};
  };
  if (std::regex_search(v, m, short_iso)) return valid(2000 + std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  if (std::regex_search(v, m, day_month_short_year)) return valid(2000 + std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1]));
  if (std::regex_search(v, m, points)) return valid(std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1]));
  // "13/10/2009": day, month and year, in the order Swedish writes them.
  if (std::regex_search(v, m, slashes)) return valid(std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1]));
  if (std::regex_search(v, m, iso_week)) {
    using namespace std::chrono;
    const int y = std::stoi(m[1]);
    const unsigned week = static_cast<unsigned>(std::stoi(m[2])), day = static_cast<unsigned>(std::stoi(m[3]));
    if (week < 1 || week > 53) return std::nullopt;
    // Week 1 holds 4 January; its Monday begins the year's weeks.
    const sys_days january_fourth{year{y} / January / 4};
    const sys_days monday = january_fourth - days{weekday{january_fourth}.iso_encoding() - 1};
    const year_month_day date{monday + days{(week - 1) * 7 + (day - 1)}};
    return valid(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
  }
  return std::nullopt;
}

// The date after a label: on its line, or on one of the next lines before another label
// (extraction often puts other cells between a label and its value).
std::optional<schema::IsoDate> labeled_date(const std::vector<std::string>& lines, HeaderLabel label) {
  const std::size_t limit = std::min(lines.size(), kHeaderLines);
  for (std::size_t i = 0; i < limit; ++i) {
    const auto labeled = match_header_label(lines[i]);
    if (!labeled || labeled->label != label) continue;
    if (auto date = find_swedish_date(labeled->value); date && !is_other_event(labeled->value)) return date;
    if (auto date = compact_field_date(labeled->value)) return date;
    if (auto date = field_shaped_date(labeled->value); date && !is_other_event(labeled->value)) return date;
    // "Datum:       240917": the value set apart in a cell of its own, on the next line.
    if (labeled->value.empty())
      for (std::size_t j = i + 1; j < lines.size() && j <= i + 2; ++j) {
        if (auto date = compact_field_date(lines[j])) return date;
        if (auto date = field_shaped_date(lines[j])) return date;
      }
    if (!labeled->value.empty() && label != HeaderLabel::MeetingDate) continue;
    std::size_t seen = 0;
    for (std::size_t j = i + 1; j < lines.size() && seen < kValueLines; ++j) {
      if (lines[j].empty()) continue;
      ++seen;
      // A value is a short cell; a long line is running text or another page.
      if (match_header_label(lines[j]) || is_other_event(lines[j]) || lines[j].size() > kMaxValueBytes) break;
      if (auto date = find_swedish_date(lines[j])) return date;
    }
  }
  return std::nullopt;
}

// "Sammanträdesdatum 2020-06-09" inside a flattened line, away from justering and anslag.
std::optional<schema::IsoDate> inline_meeting_date(const std::string& flat) {
  constexpr std::string_view kLabel = "Sammanträdesdatum";
  for (std::size_t at = find_ci(flat, kLabel); at != std::string::npos;
       at = find_ci(std::string_view(flat).substr(at + 1), kLabel) == std::string::npos
                ? std::string::npos
                : at + 1 + find_ci(std::string_view(flat).substr(at + 1), kLabel)) {
    std::string_view after = std::string_view(flat).substr(at + kLabel.size());
    after = trim(after.substr(0, 40));
    if (after.starts_with(":")) after = trim(after.substr(1));
    if (auto date = find_swedish_date(after.substr(0, 30)); date && after.size() && after[0] >= '0' && after[0] <= '9')
      return date;
  }
  return std::nullopt;
}

// A signature or heading line that is only a place or an organ code and a date:
// "Hyllinge 2002-02-21", "Karlstad 2011-02-15", "KF 2009-09-21".
std::optional<schema::IsoDate> dated_line(const std::vector<std::string>& lines) {
  // "Ekby 2021-03-04", "Ekby den 11 april 2023", "Lilla Edet den 3 mars 2022", "Ekby den 7:de mars 2011",
  // "Mockfjärd och Djurås, måndag 10 februari 2025" (two places, a weekday).
  static const std::regex pattern(
      R"(^([A-ZÅÄÖ][A-Za-zåäöÅÄÖé\-]{1,30}(?:\s(?:och\s)?[A-ZÅÄÖ][A-Za-zåäöÅÄÖé\-]{1,30}){0,2})(?:\s{1,3}den)?,?\s{1,3}(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s{1,3}(?:den\s{1,3})?)?(\d{4}-\d{2}-\d{2}|\d{1,2}(?::e|:a|:de)?\s[a-zåäö]{3,9}\s(?:19|20)\d\d)$)");
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& raw = lines[i];
    if (announces_next_meeting(lines, i)) continue;
    // "Högaktningsfullt          Hyllinge 2002-02-21": the place and date stand apart at the end.
    std::string_view tail = raw;
    if (const std::size_t gap = tail.rfind("   "); gap != std::string_view::npos) tail = tail.substr(gap);
    const std::string line = collapse_spaces(tail);
    std::smatch m;
    // "Svenljunga, 14 oktober -25": the year in two digits after a dash.
    static const std::regex short_year(
        R"(^([A-ZÅÄÖ][A-Za-zåäöÅÄÖé\-]{1,30}(?:\s[A-ZÅÄÖ][A-Za-zåäöÅÄÖé\-]{1,30}){0,2}),?\s{1,3}(?:den\s{1,3})?(\d{1,2})\s([a-zåäö]{3,9})\s-(\d\d)$)");
    if (line.size() <= 60 && std::regex_match(line, m, short_year) && !is_other_event(line))
      if (const int month = swedish_month(m[3].str()); month > 0 && schema::is_valid_date(2000 + std::stoi(m[4]), month, std::stoi(m[2])))
        return schema::IsoDate{2000 + std::stoi(m[4]), month, std::stoi(m[2])};
    if (line.size() > 60 || !std::regex_match(line, m, pattern)) continue;
    const std::string word = m[1].str();
    if (match_header_label(line) || is_other_event(line)) continue;
    if (word.size() <= 5 && !schema::find_organ(word) && word != lower(word) && word == std::string(word.size(), word[0]))
      continue;
    return find_swedish_date(m[2].str());
  }
  return std::nullopt;
}

// "torsdagen den 11 maj 2023" -> "11 maj 2023", "Tisdag 2024-03-05" -> "2024-03-05".
std::string_view without_weekday(std::string_view line) {
  static constexpr std::string_view kWeekdays[] = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};
  const std::string lowered = lower(line.substr(0, 12));
  for (std::string_view day : kWeekdays) {
    if (!lowered.starts_with(day)) continue;
    std::size_t at = day.size();
    if (lowered.compare(at, 2, "en") == 0) at += 2;
    if (at < line.size() && line[at] == ',') ++at;
    std::string_view rest = trim(line.substr(at));
    if (starts_with_ci(rest, "den ")) rest = trim(rest.substr(4));
    return rest;
  }
  return line;
}

// "Utdrag ur protokoll fört vid funktionsstödsnämndens sammanträde onsdagen den 21 september
// 2022", "Protokoll från kommunstyrelsens sammanträde den 3 maj 2021": the protocol's heading,
// opening a line of the opening, naming the meeting and its day. Not an item or a § about an
// earlier meeting's protocol ("2. Protokoll från sammanträdet 2024-04-09"), nor the protocol
// of the meeting before ("Protokoll från föregående sammanträde").
std::optional<schema::IsoDate> protocol_heading_date(const std::vector<std::string>& lines) {
  constexpr std::size_t kOpeningLines = 12, kToMeetingBytes = 90, kToDateBytes = 40;
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < kOpeningLines; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    const std::string_view line = trim(lines[i]);
    if (!starts_with_ci(line, "protokoll") && !starts_with_ci(line, "utdrag ur protokoll") &&
        !starts_with_ci(line, "utdrag ur sammanträdesprotokoll"))
      continue;
    // The heading may run on to the next line ("… sammanträde / onsdagen den 21 september 2022").
    const std::string heading = i + 1 < lines.size() ? std::string(line) + " " + std::string(trim(lines[i + 1])) : std::string(line);
    const std::size_t meeting = find_ci(heading, "sammanträde");
    if (meeting == std::string::npos || meeting > kToMeetingBytes || find_ci(heading, "föregående") != std::string::npos)
      continue;
    std::size_t after = meeting + std::string_view("sammanträde").size();
    while (after < heading.size() && heading[after] != ' ') ++after;  // "sammanträdet", "sammanträde,"
    const std::string_view dated = without_weekday(trim(std::string_view(heading).substr(after, kToDateBytes)));
    // The date must open what follows (perhaps after "den"), not stand somewhere after it.
    const std::string_view value = starts_with_ci(dated, "den ") ? trim(dated.substr(4)) : dated;
    if (value.empty() || value.front() < '0' || value.front() > '9') continue;
    return find_swedish_date(value);
  }
  return std::nullopt;
}


// "SAMMANTRÄDESPROTOKOLL / Kommunfullmäktige / 2009-04-27": a line that is only a date,
// right under the protocol heading or the organ, is the meeting's.
std::optional<schema::IsoDate> date_under_heading(const std::vector<std::string>& lines) {
  constexpr std::size_t kOpeningLines = 15;
  std::size_t heading_at = lines.size();
  for (std::size_t i = 0; i < lines.size() && i < kOpeningLines; ++i) {
    const std::string lowered = lower(lines[i]);
    if (lowered.find("protokoll") != std::string::npos && split_words(lowered).size() <= 4) heading_at = i;
    if (heading_at == lines.size() || i <= heading_at || i > heading_at + 4) continue;
    std::string_view line = trim(lines[i]);
    line = without_weekday(line);  // "torsdagen den 11 maj 2023" is only a date too
    if (line.size() <= 20 && find_swedish_date(line) && !is_other_event(line)) return find_swedish_date(line);
  }
  return std::nullopt;
}

// A transcript's flattened heading: "Protokoll samverkansgrupp (SVG) … kommun 2026-08-20
// Närvarande …" dates the meeting among its opening paragraphs.
std::optional<schema::IsoDate> flattened_heading_date(const ExtractedText& text) {
  constexpr std::size_t kParagraphs = 4;
  std::size_t seen = 0;
  for (const std::string& paragraph : text.paragraphs()) {
    if (++seen > kParagraphs) break;
    const std::string heading = flattened_heading(paragraph);
    if (heading.empty() || is_other_event(heading)) continue;
    return find_swedish_date(heading);
  }
  return std::nullopt;
}

// "ULRICEHAMNS KOMMUN / Tekniska nämnden / 2026-05-04 / Dnr TN 2026/143": a letter's date, alone
// on a line of its letterhead, before anything longer than a letterhead's cell.
std::optional<schema::IsoDate> letterhead_date(const std::vector<std::string>& lines) {
  constexpr std::size_t kLetterheadLines = 8, kCellBytes = 60;
  std::size_t seen = 0;
  std::string_view previous[2];
  for (const std::string& raw : lines) {
    const std::string_view line = trim(raw);
    if (line.empty()) continue;
    if (++seen > kLetterheadLines || line.size() > kCellBytes) break;
    const std::string_view value = without_weekday(line);
    // "Registrerat i diariet / Ekby kommun, Kansliet / 2026-04-14": a stamp's date under its label.
    if (value.size() <= 20 && find_swedish_date(value) && !is_other_event(line) && !is_other_event(previous[0]) &&
        !is_other_event(previous[1]))
      return find_swedish_date(value);
    previous[1] = previous[0];
    previous[0] = line;
  }
  return std::nullopt;
}

// "Interpellation 2007-01-29 ställd av …": an interpellation dated in its own lead.
std::optional<schema::IsoDate> interpellation_lead_date(const std::vector<std::string>& lines) {
  static const std::regex pattern(R"(^Interpellation(?:en)?\s{1,3}(?:den\s{1,3})?(\d{4}-\d{2}-\d{2})\b)", std::regex::icase);
  for (std::size_t i = 0; i < lines.size() && i < 20; ++i) {
    std::smatch m;
    const std::string opening = lines[i].substr(0, 40);
    if (std::regex_search(opening, m, pattern)) return find_swedish_date(m[1].str());
  }
  return std::nullopt;
}

// "Tisdag, 20 maj, 2014 kl 13", "tisdagen den 9 juni 2020 kl 08:30": a weekday, a date and
// a time of day say when a meeting sat, wherever its label went.
std::optional<schema::IsoDate> weekday_meeting_time(const std::vector<std::string>& lines) {
  static const std::regex pattern(
      R"((?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?,?\s{1,3}(?:den\s{1,3})?(\d{1,2}\s{1,3}[A-Za-zåäö]{3,10},?\s{1,3}(?:19|20)\d\d),?\s{1,3}(?:kl|klockan)\b)",
      std::regex::icase);
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    if (is_other_event(lines[i]) || announces_next_meeting(lines, i)) continue;
    // "… sammanträder måndagen den 2 december 2024 / kl. 18.30": the time on the next line.
    const std::string line = i + 1 < lines.size() && lines[i].size() < 200 ? lines[i] + " " + lines[i + 1] : lines[i];
    // Every weekday ends in "dag": the costly pattern only where one may be.
    if (find_ci(line, "dag") == std::string::npos) continue;
    std::smatch m;
    if (std::regex_search(line, m, pattern)) return find_swedish_date(m[1].str());
  }
  return std::nullopt;
}

// "Onsdagen den 12 februari kl. 13.00–15.30": a meeting's weekday, day and month without the
// year. The year is one the document's opening writes elsewhere ("Protokoll nr 1/2025") on
// which that day falls on that weekday — when exactly one does; otherwise unknown.
std::optional<schema::IsoDate> weekday_date_without_year(const std::vector<std::string>& lines) {
  static const std::regex pattern(
      R"((måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?,?\s{1,3}(?:den\s{1,3})?(\d{1,2})(?:\s{1,3}([A-Za-zåäö]{3,10})\.?|/(\d{1,2}))(?:,|\s{1,3}(?:kl|klockan)\b|\s*$))",
      std::regex::icase);
  static const std::regex year(R"((?:^|[^0-9])((?:19|20)\d\d)(?:$|[^0-9]))");
  static constexpr std::array<std::string_view, 7> kDays{"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    if (is_other_event(lines[i]) || announces_next_meeting(lines, i) || lines[i].size() > kMaxValueBytes * 4) continue;
    if (find_ci(lines[i], "dag") == std::string::npos) continue;
    std::smatch m;
    if (!std::regex_search(lines[i], m, pattern)) continue;
    // "torsdag 3/4": the month as a number after the day.
    const int month = m[4].matched ? std::stoi(m[4].str()) : swedish_month(lower(m[3].str()));
    if (month < 1 || month > 12) continue;
    const int day = std::stoi(m[2].str());
    const auto weekday = static_cast<unsigned>(std::find(kDays.begin(), kDays.end(), lower(m[1].str())) - kDays.begin()) + 1;
    std::set<int> fitting;
    for (std::size_t k = 0; k < lines.size() && k < kHeaderLines; ++k)
      for (auto it = std::sregex_iterator(lines[k].begin(), lines[k].end(), year); it != std::sregex_iterator(); ++it) {
        const int y = std::stoi((*it)[1].str());
        const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(month)},
                                               std::chrono::day{static_cast<unsigned>(day)}};
        if (date.ok() && std::chrono::weekday{std::chrono::sys_days{date}}.iso_encoding() == weekday) fitting.insert(y);
      }
    if (fitting.size() == 1) return schema::IsoDate{*fitting.begin(), month, day};
    return std::nullopt;
  }
  return std::nullopt;
}

// A notice ("Kallelse till sammanträde …", "KALLELSE/KUNGÖRELSE") is about the meeting it
// convenes, not the day it was written.
bool is_notice(const std::vector<std::string>& lines, std::string_view title) {
  constexpr std::size_t kOpeningLines = 8;
  if (find_ci(title, "kallelse") != std::string::npos || find_ci(title, "kungörelse") != std::string::npos) return true;
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < kOpeningLines; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    const std::string opening = lines[i].substr(0, 80);
    if (find_ci(opening, "kallelse") != std::string::npos || find_ci(opening, "kungörelse") != std::string::npos)
      return true;
  }
  return false;
}

// "Barn- och utbildningsnämndens", "Kommunstyrelsens arbetsutskotts", "Tekniska nämndens":
// an organ's name in the genitive, and nothing else (no verb, no preposition).
bool is_organ_genitive(std::string_view phrase) {
  const auto words = split_words(phrase);
  if (words.empty() || words.size() > 4 || !starts_uppercase(words.front())) return false;
  if (!words.back().ends_with('s') || !schema::is_organ_word(words.back())) return false;
  for (std::size_t k = 1; k + 1 < words.size(); ++k)
    if (!words[k].ends_with('-') && words[k] != "och" && !schema::is_organ_word(words[k])) return false;
  return words.size() > 1 || words.front().ends_with('s');
}

// "Protokoll fört vid", "Protokoll från": the words a protocol's own heading opens with.
bool is_protocol_opening(const std::string& phrase) {
  static const std::regex opening(R"(^(?:protokoll|minnesanteckningar|anteckningar|mötesanteckningar)(?:\s(?:fört|förda))?\s(?:vid|från)$)");
  return std::regex_match(lower(phrase), opening);
}

// "med socialnämnden", "med barn- och utbildningsnämnden": the body that met.
bool is_organ_object(std::string_view phrase) {
  const auto words = split_words(phrase);
  return words.size() >= 2 && words.size() <= 6 && words.front() == "med" && schema::is_organ_word(words.back());
}

// "Kommunfullmäktiges sammanträde den 26 oktober 2017", "Sammanträde 2020-03-04", "Protokoll
// fört vid sammanträde med socialnämnden den 4 maj 2016", "Anteckningar från mötet 18 okt
// 2023, kl. 14.00–15.30": a heading line that is only a
// meeting and its date, perhaps with the body that met. A sentence that mentions a meeting
// ("Ärendet återkommer till kommunstyrelsens sammanträde den …") is no such line, and its
// meeting may be another one.
std::optional<schema::IsoDate> meeting_heading_date(const std::vector<std::string>& lines) {
  static const std::regex pattern(
      R"(^(.{0,80}?)\s?\b(?:[Ss]ammanträde(?:t)?|[Mm]ötet)((?:\smed\s.{3,70}?)?),?\s(?:den\s)?(\d{4}-\d{2}-\d{2}|\d{1,2}\s[a-zåäö]{3,9}\.?\s(?:19|20)\d\d)(?:,?\s(?:kl\.?\s)?\d{1,2}[.:]\d{2}(?:\s?(?:–|-)\s?\d{1,2}[.:]\d{2})?)?\.?$)");
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    if (lines[i].size() > 160 ||
        (find_ci(lines[i], "sammanträde") == std::string::npos && find_ci(lines[i], "mötet") == std::string::npos))
      continue;
    const std::string line = collapse_spaces(trim(lines[i]));
    std::smatch m;
    if (is_other_event(line) || !std::regex_match(line, m, pattern)) continue;
    const std::string before = m[1].str(), object = m[2].str();
    if (object.empty() ? !(before.empty() || is_organ_genitive(before) || is_protocol_opening(before))
                       : !(before.empty() || is_protocol_opening(before)))
      continue;
    if (!object.empty() && !is_organ_object(object)) continue;
    return find_swedish_date(m[3].str());
  }
  return std::nullopt;
}

// "E-tjänst: Lämna ett medborgarförslag / Inskickat: 2026-04-12 21:47": a proposal is dated by
// its submission, which its e-service stamps; a document of any other kind is not.
std::optional<schema::IsoDate> submitted_date(const std::vector<std::string>& lines) {
  constexpr std::size_t kOpeningLines = 15;
  static constexpr std::string_view kLabels[] = {"inskickat", "inskickad", "insänt", "inlämnat", "inlämnad", "skickat in"};
  bool proposal = false;
  for (std::size_t i = 0; i < lines.size() && i < kOpeningLines; ++i) {
    const std::string lowered = lower(trim(lines[i]));
    proposal = proposal || lowered.find("medborgarförslag") != std::string::npos ||
               lowered.find("e-förslag") != std::string::npos;
    if (!proposal) continue;
    for (std::string_view label : kLabels) {
      // "Inskickat: 2026-04-12 21:47", "Inskickat      2026-04-14", or its value on the next line.
      if (!lowered.starts_with(label) || (lowered.size() > label.size() && lowered[label.size()] != ':' &&
                                          lowered[label.size()] != ' '))
        continue;
      const std::string_view value = trim(std::string_view(lowered).substr(label.size()));
      if (auto date = find_swedish_date(value)) return date;
      // A column of labels may stand between ("Inskickat / Status / 2026-04-14 10:32").
      if (value.empty() || value == ":")
        for (std::size_t j = i + 1; j < lines.size() && j <= i + 3; ++j) {
          if (auto date = find_swedish_date(lines[j])) return date;
          if (split_words(lines[j]).size() > 2) break;
        }
    }
  }
  return std::nullopt;
}

}  // namespace

// "Mötesprotokoll SAM-VO 20240514": minutes titled with their meeting's date written without
// separators (only in the title of minutes: elsewhere eight digits may be any number).
std::optional<schema::IsoDate> compact_title_date(std::string_view title) {
  const std::string lowered = lower(title);
  if (lowered.find("protokoll") == std::string::npos && lowered.find("anteckningar") == std::string::npos) return std::nullopt;
  for (std::string_view word : split_words(title)) {
    if (word.size() != 8 || !(word.starts_with("19") || word.starts_with("20"))) continue;
    if (auto date = compact_field_date(word)) return date;
  }
  return std::nullopt;
}

std::optional<schema::IsoDate> recognize_date(const ExtractedText& text, std::string_view title) {
  const auto& lines = text.lines();
  if (auto date = labeled_date(lines, HeaderLabel::MeetingDate)) return date;
  if (auto date = inline_meeting_date(text.flat())) return date;
  const bool notice = is_notice(lines, title);
  if (notice)
    if (auto date = weekday_meeting_time(lines)) return date;
  if (!notice)
    if (auto date = protocol_heading_date(lines)) return date;
  if (auto date = date_under_heading(lines)) return date;
  if (auto date = find_swedish_date(title)) return date;
  if (auto date = compact_title_date(title)) return date;
  if (auto date = flattened_heading_date(text)) return date;
  if (auto date = labeled_date(lines, HeaderLabel::Date)) return date;
  if (auto date = labeled_date(lines, HeaderLabel::Time)) return date;
  if (auto date = interpellation_lead_date(lines)) return date;
  if (auto date = meeting_heading_date(lines)) return date;
  // The anslag box names the organ, then its meeting date ("Organ: Kommunstyrelsen
  // Sammanträdesdatum: …"); when the second label was lost the date still follows the first.
  if (auto date = labeled_date(lines, HeaderLabel::Organ)) return date;
  if (auto date = weekday_meeting_time(lines)) return date;
  if (auto date = submitted_date(lines)) return date;
  if (auto date = letterhead_date(lines)) return date;
  if (auto date = dated_line(lines)) return date;
  return weekday_date_without_year(lines);
}

}  // namespace kommunsok::indexer
