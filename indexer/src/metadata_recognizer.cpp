#include "kommunsok/indexer/metadata_recognizer.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/attendance_recognizer.hpp"
#include "kommunsok/indexer/date_recognizer.hpp"
#include "kommunsok/indexer/diarienummer_recognizer.hpp"
#include "kommunsok/indexer/exchange_recognizer.hpp"
#include "kommunsok/indexer/flattened_heading.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/kind_recognizer.hpp"
#include "kommunsok/indexer/reported_meeting.hpp"
#include "kommunsok/indexer/municipality_recognizer.hpp"
#include "kommunsok/indexer/organ_recognizer.hpp"
#include "kommunsok/indexer/paragraph_recognizer.hpp"
#include "kommunsok/indexer/people_recognizer.hpp"
#include "kommunsok/indexer/samverkan_recognizer.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/indexer/title_recognizer.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

// An answer, or a page that holds the interpellation and then its answer under a heading of
// its own ("Svar på interpellationen", "Interpellationssvar").
bool is_interpellation_answer(const std::string& title, const ExtractedText& text) {
  const std::string opening = lower(title + " " + (text.paragraphs().empty() ? "" : text.paragraphs().front()));
  if (opens_interpellation_answer(opening) || opening.starts_with("interpellationssvar")) return true;
  constexpr std::size_t kMaxHeadingWords = 15;  // "SVAR PÅ INTERPELLATION OM SKOLSKJUTSARNA OCH SKOLAN I …"
  return std::any_of(text.lines().begin(), text.lines().end(), [](const std::string& line) {
    const std::string lowered = lower(trim(line));
    // "SVAR", "Svar:" alone, "INTERPELLATION MED SVAR": the answer's own heading.
    // "Svar från kommunstyrelsens ordförande": the answer's heading naming who gives it.
    return (lowered.starts_with("svar på interpellation") || lowered == "interpellationssvar" || lowered == "svar" ||
            lowered == "svar:" || lowered.ends_with("interpellation med svar") ||
            (lowered.starts_with("svar från ") && split_words(lowered).size() <= 6)) &&
           !lowered.ends_with(".") && split_words(lowered).size() <= kMaxHeadingWords;
  });
}

// "Svar på interpellation om …", "Interpellation från …", "Besvarande av interpellation": a §
// in which an interpellation is put or answered.
bool is_interpellation_item(const std::string& heading) {
  return lower(heading).find("interpellation") != std::string::npos;
}

// The questions of an interpellation answered in a §: the debate that answers them
// (Överläggning) is no answer to each, so each question stands without one — unless the §
// writes the answer out question by question ("Till fråga 1: …", "Svar: …").
std::vector<schema::Exchange> interpellation_questions(const DocumentStructure& structure,
                                                       const std::vector<schema::Person>& people) {
  const auto& lines = structure.text().lines();
  const bool answered_by_question = std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
    return starts_with_ci(line, "Till fråga ") || starts_with_ci(line, "Svar på fråga ") || line.starts_with("Svar:");
  });
  std::vector<schema::Exchange> questions = recognize_interpellation_exchanges(structure, people, answered_by_question);
  for (auto& q : questions) q.section = structure.sections().empty() ? "" : structure.sections().front().heading;
  return questions;
}

const Section* first_paragraph_section(const DocumentStructure& structure) {
  for (const Section& s : structure.sections())
    if (s.type == Section::Type::Paragraph) return &s;
  return nullptr;
}

// The decision of a §: the text after its "Beslut" heading ("Kommunstyrelsens beslut",
// "Arbetsutskottets beslut", "Beslut"), up to the next heading-like label.
std::string decision_of(const std::vector<std::string>& lines) {
  std::string decision;
  bool in_decision = false;
  for (const auto& line : lines) {
    const std::string lowered = lower(line);
    const bool decision_heading = lowered == "beslut" || lowered == "beslut:" ||
                                  (lowered.ends_with(" beslut") && split_words(lowered).size() <= 4) ||
                                  lowered.starts_with("beslut:");
    if (decision_heading) {
      in_decision = true;
      if (lowered.starts_with("beslut:") && line.size() > 7) decision = std::string(trim(line.substr(7)));
      continue;
    }
    if (!in_decision) continue;
    static constexpr std::string_view kEnds[] = {"beslutsunderlag", "yrkande", "reservation", "omröstning",
                                                 "överläggning", "propositionsordning", "protokollsanteckning",
                                                 "beslutet skickas", "expedieras", "sammanfattning", "ärendet"};
    bool ends = false;
    for (std::string_view end : kEnds) ends = ends || (lowered.starts_with(end) && line.size() < 60);
    if (ends) break;
    if (line.empty()) {
      if (!decision.empty()) decision += "\n";
      continue;
    }
    decision += (decision.empty() || decision.back() == '\n' ? "" : " ") + line;
  }
  return collapse_spaces(decision);
}

// Where attendance lists and signatures stand: a protocol's header block (its first lines
// when no § was found), or the whole of a short document such as an interpellation.
std::vector<std::string> attendance_region(const DocumentStructure& structure, schema::Kind kind) {
  constexpr std::size_t kHeaderLinesWithoutSections = 150;
  const auto& lines = structure.text().lines();
  std::size_t end = lines.size();
  if (kind != schema::Kind::Interpellation)
    end = structure.header_end() > 0 && !structure.sections().empty() ? structure.header_end()
                                                                       : std::min(lines.size(), kHeaderLinesWithoutSections);
  std::vector<std::string> region(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(end));
  // "BMN § 102 … / Närvarande vid ärendet / Ledamöter: … / Tjänstemän: …": an extract that lists
  // who took part under its § heading; that block is attendance too.
  constexpr std::size_t kSectionOpeningLines = 40;
  for (std::size_t i = end; i < lines.size() && i < end + kSectionOpeningLines; ++i) {
    const std::string lowered = lower(trim(lines[i]));
    if (!is_attendance_heading(lines[i]) && !lowered.starts_with("närvarande vid") && !lowered.starts_with("beslutande:"))
      continue;
    region.emplace_back();
    for (std::size_t k = i; k < lines.size() && !trim(lines[k]).empty(); ++k) region.push_back(lines[k]);
    break;
  }
  return region;
}

// Where the signatures that close a document begin, not before `from`: its last lines, or its
// signature block's first label ("Vid protokollet", "Underskrifter", "Justeras") when a long
// anslag or appeal notice follows the names.
std::size_t closing_start(const ExtractedText& text, std::size_t from) {
  constexpr std::size_t kClosingLines = 15, kSignatureBlockLines = 60;
  const auto& lines = text.lines();
  std::size_t start = lines.size() > kClosingLines ? lines.size() - kClosingLines : 0;
  static constexpr std::string_view kSignatureLabels[] = {"vid protokollet", "underskrifter", "underskrift",
                                                          "justeras", "justerandes signatur"};
  for (std::size_t i = lines.size() > kSignatureBlockLines ? lines.size() - kSignatureBlockLines : 0; i < start; ++i) {
    const std::string lowered = lower(trim(lines[i]));
    if (std::any_of(std::begin(kSignatureLabels), std::end(kSignatureLabels),
                    [&](std::string_view label) { return lowered.starts_with(label) && lowered.size() <= label.size() + 30; })) {
      start = i;
      break;
    }
  }
  return std::max(from, start);
}


// "Vid protokollet   Justeras" over the names and their roles, before line `before` (the closing
// lines, read on their own): a protokollsutdrag's signatures before the attachments that follow
// it. The block runs to its blank line.
std::vector<std::string> signature_blocks(const ExtractedText& text, std::size_t before) {
  constexpr std::size_t kMaxBlockLines = 10;
  std::vector<std::string> out;
  const auto& lines = text.lines();
  for (std::size_t i = 0; i < lines.size() && i < before; ++i) {
    // The label alone or among the block's other labels ("Vid protokollet   Justeras"), not
    // "Vid protokollet antecknas …".
    const std::string lowered = lower(trim(lines[i]));
    constexpr std::string_view kLabel = "vid protokollet";
    if (!lowered.starts_with(kLabel) || lowered.size() > 80 ||
        (lowered.size() > kLabel.size() && lowered.compare(kLabel.size(), 2, "  ") != 0 && lowered[kLabel.size()] != ':'))
      continue;
    std::size_t k = i;
    for (; k < lines.size() && k < i + kMaxBlockLines && !trim(lines[k]).empty(); ++k) out.push_back(lines[k]);
    out.emplace_back();
    i = k;
  }
  return out;
}

// merge_person(), except that an office from the attendance list replaces what one did in
// one § ("yrkande", "yttrar sig", "reservation"): it says more about the person.
void merge_listed_person(std::vector<schema::Person>& people, const schema::Person& person) {
  auto same = std::find_if(people.begin(), people.end(), [&](const schema::Person& p) { return p.name == person.name; });
  const bool action = same != people.end() &&
                      (same->role == "yrkande" || same->role == "yttrar sig" || same->role == "reservation");
  if (action && !person.role.empty()) same->role = person.role;
  merge_person(people, person);
}

// An archive site names a document after its cover heading and the date printed beside it
// ("RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 (25) Kommunstyrelsens arbetsutskott 2003-11-03")
// where the text layer lost that date. Taken only when the site's name is exactly the
// document's first line followed by a date, and the document states no date itself.
std::optional<schema::IsoDate> date_beside_heading(const DocumentStructure& structure) {
  const std::string& site_title = structure.site_title();
  const auto& lines = structure.text().lines();
  const auto first = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return !l.empty(); });
  if (site_title.empty() || first == lines.end()) return std::nullopt;
  const std::string heading = collapse_spaces(*first);
  if (heading.size() < 10 || !site_title.starts_with(heading + " ")) return std::nullopt;
  const std::string_view rest = trim(std::string_view(site_title).substr(heading.size()));
  if (rest.size() > 20) return std::nullopt;
  return find_swedish_date(rest);
}

// A web page's own heading: the line that repeats its breadcrumb's last step, which the site
// name and menus above it are not.
std::string page_heading(const DocumentStructure& structure) {
  if (structure.breadcrumb().empty()) return {};
  const std::string last = collapse_spaces(structure.breadcrumb().back());
  const auto& lines = structure.text().lines();
  for (std::size_t i = 0; i < lines.size() && i < 15; ++i)
    if (last.size() >= 10 && collapse_spaces(lines[i]) == last) return last;
  // "… › Kommunstyrelsen › 2025-11-05" over "Kommunstyrelsen 5 november 2025": a meeting's page,
  // its heading the body and the date the breadcrumb ends with.
  const auto& steps = structure.breadcrumb();
  const auto date = find_swedish_date(last);
  if (steps.size() >= 2 && date && last.size() <= 20) {
    const std::string body = collapse_spaces(steps[steps.size() - 2]);
    for (std::size_t i = 0; i < lines.size() && i < 15; ++i) {
      const std::string line = collapse_spaces(lines[i]);
      if (line.size() < 60 && starts_with_ci(line, body + " ") && find_swedish_date(line) == date) return line;
    }
  }
  return {};
}

// "Miljöförvaltningen", "Stadsledningskontoret": a line of at most four words naming an
// administration (lower-cased).
bool names_administration(const std::string& lowered) {
  // "Sektor samhällsbyggnad": municipalities organised in sectors name them so.
  return split_words(lowered).size() <= 4 && (lowered.ends_with("förvaltningen") || lowered.ends_with("förvaltning") ||
                                              lowered.ends_with("kontoret") || lowered.starts_with("sektor "));
}

// "ARVIKA KOMMUN", "Samhällsbyggnadsförvaltningen", "HR-avdelningen": the letterhead above a
// heading in the same block of lines, which names the writer, not the document.
bool is_letterhead_line(const std::string& line) {
  const std::string lowered = lower(trim(line));
  const auto words = split_words(lowered);
  if (words.empty()) return true;
  if (words.size() <= 3 && (lowered.ends_with(" kommun") || lowered.ends_with(" stad") || lowered.starts_with("region ")))
    return true;
  return names_administration(lowered) || (words.size() <= 4 && lowered.ends_with("avdelningen"));
}

// "PROTOKOLL SKYDDSKOMMITTÉ", "PROTOKOLL Nr 7/2023": a line in capitals, a document's type
// over or under the heading that names it in ordinary case.
bool in_capitals(std::string_view line) {
  const bool letters = std::any_of(line.begin(), line.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) == 0xC3;
  });
  return letters && !has_lowercase_letter(line);
}

// "onsdagen den 10 juni 2026, kl. 15.15–16.45, personalrummet": a meeting's date line,
// however much follows the date.
bool opens_with_weekday(const std::string& line) {
  static constexpr std::array<std::string_view, 7> kDays{"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};
  const std::string lowered = lower(trim(line));
  return std::any_of(kDays.begin(), kDays.end(), [&](std::string_view day) { return lowered.starts_with(day); });
}

// "14 januari 2026, kl. 13.30–15.00, samlingsrummet": a meeting's date line that opens with
// the date, however much follows it.
bool opens_with_date(const std::string& line) {
  constexpr std::size_t kDateBytes = 20;
  const std::string_view opening = trim(line);
  return !opening.empty() && opening.front() >= '0' && opening.front() <= '9' &&
         find_swedish_date(opening.substr(0, std::min(opening.size(), kDateBytes))).has_value();
}

bool names_samverkan_group(const std::string& text) {
  const std::string lowered = lower(text);
  return lowered.find("samverkan") != std::string::npos || lowered.find("förvaltningsgrupp") != std::string::npos ||
         lowered.find("skyddskommitt") != std::string::npos || lowered.find("arbetsmiljökommitt") != std::string::npos ||
         lowered.find("arbetsmiljögrupp") != std::string::npos || lowered.find("förhandlingsprotokoll") != std::string::npos;
}

// "Lokal: Hemtjänstens personalrum", "Plats: Rådhuset": a field's word and its colon, which
// ends a heading's run as a label does.
bool is_field_line(const std::string& line) {
  const std::size_t colon = line.find(": ");
  return colon != std::string::npos && colon > 0 && split_words(std::string_view(line).substr(0, colon)).size() == 1 &&
         starts_uppercase(line);
}

// A samverkan protocol is named by its opening paragraph that names the group ("Protokoll
// förvaltningssamverkansgrupp (FSG) 20 maj 2025"), without the letterhead lines above it in
// the same block or a weekday-and-date line closing it.
std::string samverkan_title(const ExtractedText& text) {
  constexpr std::size_t kOpening = 4;
  constexpr std::size_t kMaxTitleBytes = 300;
  constexpr std::size_t kMaxHeadingWords = 15;
  constexpr std::size_t kMaxDateLineWords = 5;
  std::vector<std::vector<std::string>> runs;
  for (const auto& line : text.lines()) {
    // "Diarienummer KS 2026/19", "Datum 2026-10-06": a label's line ends a heading's run.
    if (line.empty() || match_header_label(line) || is_field_line(line)) {
      if (runs.size() == kOpening) break;
      if (!runs.empty() && !runs.back().empty()) runs.emplace_back();
      continue;
    }
    if (runs.empty()) runs.emplace_back();
    runs.back().push_back(line);
  }
  // The group named in words first ("Protokoll förvaltningsgrupp (FSG) …"); only where no run
  // does, by its code ("MINNESANTECKNINGAR – LSG Förskoleområde Hjärup") — a code alone in a
  // number line ("Protokoll nr FSG 12-2021") names the series, not the meeting's heading.
  for (const bool by_code : {false, true}) {
    auto names = [&](const std::string& run_text) {
      return names_samverkan_group(run_text) || (by_code && is_samverkan_title(lower(run_text)));
    };
    for (std::size_t k = 0; k < runs.size(); ++k) {
      std::vector<std::string>& run = runs[k];
      // A heading is a few lines: a long run is a list or text (and trimming it line by line
      // would join it again and again).
      constexpr std::size_t kMaxHeadingRunLines = 40;
      if (run.size() > kMaxHeadingRunLines) continue;
      if (run.empty() || !names(join(run, " "))) continue;
      if (split_words(join(run, " ")).size() > kMaxHeadingWords) {
        // A transcript flattened the heading into the attendance after it.
        if (std::string heading = flattened_heading(join(run, " ")); names(heading))
          return schema::truncate_utf8(collapse_spaces(heading), kMaxTitleBytes);
        if (k > 0) continue;
      }
      auto rest_names_group = [&](std::size_t from, std::size_t to) {
        return names(join(std::vector<std::string>(run.begin() + static_cast<std::ptrdiff_t>(from),
                                                                   run.begin() + static_cast<std::ptrdiff_t>(to)), " "));
      };
      std::size_t from = 0, to = run.size();
      // A line in capitals over or under one in ordinary case is the document's type, perhaps
      // with the group ("PROTOKOLL SKYDDSKOMMITTÉ"), a number ("Nr 7/2023", "Möte 1/2026") its
      // sequence: the heading is the line that names the group in its own words.
      const bool mixed = std::any_of(run.begin(), run.end(), [](const std::string& l) { return !in_capitals(l); });
      // "Nr 7/2023", "Möte 1/2026", "Protokoll nr 7/2026": the meeting's number in its series.
      auto is_number_line = [](const std::string& line) {
        const auto words = split_words(line);
        if (words.size() < 2 || words.size() > 3 || !std::isdigit(static_cast<unsigned char>(words.back()[0]))) return false;
        return std::all_of(words.begin(), words.end() - 1, [](std::string_view w) {
          const std::string lowered = lower(w);
          return lowered == "nr" || lowered == "möte" || lowered == "sammanträde" || lowered == "protokoll";
        });
      };
      // "Protokoll", "Minnesanteckningar": a document's type alone, in any case.
      auto is_type_word = [](const std::string& line) {
        const std::string lowered = lower(trim(line));
        return lowered == "protokoll" || lowered == "minnesanteckningar" || lowered == "anteckningar" ||
               lowered == "mötesanteckningar";
      };
      // "Anteckningar från mötet 18 okt 2023, kl. 14.00": the document's type and its meeting's date.
      auto is_dated_type_line = [](const std::string& line) {
        const std::string lowered = lower(trim(line));
        return (lowered.starts_with("anteckningar") || lowered.starts_with("minnesanteckningar") ||
                lowered.starts_with("protokoll från mötet") || lowered.starts_with("mötesanteckningar")) &&
               find_swedish_date(line).has_value();
      };
      while (from + 1 < to && (is_letterhead_line(run[from]) || (mixed && in_capitals(run[from])) || is_type_word(run[from])) &&
             rest_names_group(from + 1, to))
        ++from;
      while (to > from + 1 &&
             ((find_swedish_date(run[to - 1]) && (split_words(run[to - 1]).size() <= kMaxDateLineWords ||
                                                  opens_with_weekday(run[to - 1]) || opens_with_date(run[to - 1]))) ||
              (mixed && in_capitals(run[to - 1])) || is_number_line(run[to - 1]) || is_type_word(run[to - 1]) ||
              is_dated_type_line(run[to - 1])) &&
             rest_names_group(from, to - 1))
        --to;
      const std::vector<std::string> heading(run.begin() + static_cast<std::ptrdiff_t>(from),
                                             run.begin() + static_cast<std::ptrdiff_t>(to));
      std::string title = collapse_spaces(join(heading, " "));
      // "Skyddskommittén" alone, then "Skyddskommittén, samhällsbyggnadsförvaltningen, sammanträde
      // 2/2023" as the next heading: the group's bare name gives way to the heading that says more.
      if (split_words(title).size() <= 2)
        for (std::size_t later = k + 1; later < runs.size(); ++later)
          if (runs[later].size() == 1 && starts_with_ci(runs[later][0], title + ",") &&
              split_words(runs[later][0]).size() <= kMaxHeadingWords)
            return schema::truncate_utf8(collapse_spaces(runs[later][0]), kMaxTitleBytes);
      return schema::truncate_utf8(title, kMaxTitleBytes);
    }
  }
  return {};
}

// "Solgläntans förskola", "Alsike vård- och omsorgsboende": a workplace named on a letterhead
// line of its own (a school, a preschool, a care home).
bool names_workplace(std::string_view line) {
  constexpr std::size_t kMaxWords = 5;
  const auto words = split_words(line);
  if (words.size() < 2 || words.size() > kMaxWords || !starts_uppercase(line)) return false;
  const std::string last = lower(words.back());
  static constexpr std::string_view kPlaces[] = {"förskola", "förskolan", "skola", "skolan", "boende", "boendet",
                                                 "gymnasium", "gymnasiet", "gruppbostad", "äldreboende"};
  // "Hemtjänsten Bergkvara/Söderåkra", "Hemtjänstgrupp Norr": a service and its area.
  const std::string first = lower(words.front());
  if (first == "hemtjänsten" || first == "hemtjänstgrupp" || first == "hemtjänstgruppen") return true;
  return std::any_of(std::begin(kPlaces), std::end(kPlaces), [&](std::string_view place) { return last.ends_with(place); });
}

// "Protokoll samverkansgrupp (SVG) Barn- och utbildningsförvaltningen Norsjö kommun": the
// förvaltning a heading names, with the words its name is joined from ("Barn- och").
std::string administration_in(std::string_view heading) {
  const auto words = split_words(heading);
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!lower(words[k]).ends_with("förvaltningen")) continue;
    std::size_t from = k;
    while (from >= 2 && words[from - 1] == "och" && words[from - 2].ends_with('-')) from -= 2;
    return std::string(heading.substr(static_cast<std::size_t>(words[from].data() - heading.data()),
                                      static_cast<std::size_t>(words[k].data() + words[k].size() - words[from].data())));
  }
  return {};
}

// "Miljöförvaltningen" heading the first page: the förvaltning the document is written by.
std::string letterhead_unit(const ExtractedText& text) {
  constexpr std::size_t kLetterheadLines = 4;
  std::size_t seen = 0;
  std::string previous;  // the letterhead's line above, lower-cased
  for (const auto& line : text.lines()) {
    if (line.empty()) continue;
    if (++seen > kLetterheadLines) break;
    // "Individ- och familjeomsorgen      FSG 7-2025": the letterhead's left cell.
    const std::string_view cell = without_unit_label(trim(std::string_view(line).substr(0, line.find("   "))));
    if (names_workplace(cell)) return std::string(cell);
    // "VINDELNS KOMMUN / Teknik och service": an administration named by its sector, right
    // under the municipality (two words joined by "och", as sectors are named).
    const bool under_municipality = previous.ends_with(" kommun") || previous.ends_with(" stad");
    previous = lower(cell);
    if (under_municipality) {
      const auto words = split_words(cell);
      if (words.size() == 3 && words[1] == "och" && starts_uppercase(words[0]) && starts_lowercase(words[2]) &&
          !looks_like_organ(std::string(cell)) &&
          std::none_of(cell.begin(), cell.end(), [](char c) { return (c >= '0' && c <= '9') || c == ':' || c == ','; }))
        return std::string(cell);
    }
    const std::string lowered_cell = lower(cell);
    if (split_words(lowered_cell).size() <= 4 && lowered_cell.ends_with("omsorgen") && starts_uppercase(cell))
      return std::string(cell);
    // "Kommunledningsförvaltningen, HR-avdelningen": the administration and its unit.
    if (const std::size_t comma = cell.find(", "); comma != std::string_view::npos &&
                                                   names_administration(lower(cell.substr(0, comma)))) {
      const std::string rest = lower(cell.substr(comma + 2));
      if (split_words(rest).size() <= 3 && (rest.ends_with("avdelningen") || rest.ends_with("enheten") ||
                                            rest.ends_with("sektionen") || rest.ends_with("kontoret")))
        return std::string(cell);
    }
    // "SKYDDSKOMMITTÉ – Tekniska förvaltningen": the administration beside the group's name.
    constexpr std::string_view kDash = " \xE2\x80\x93 ";  // " – "
    const std::string_view whole = without_unit_label(trim(line));
    for (std::size_t start = 0; start <= whole.size();) {
      std::size_t end = whole.find(kDash, start);
      if (end == std::string_view::npos) end = whole.size();
      const std::string_view part = trim(whole.substr(start, end - start));
      if (names_administration(lower(part))) return std::string(part);
      start = end + kDash.size();
    }
  }
  return {};
}

// "Sammanfattning", "Ärendebeskrivning": a section's label, never a case's heading.
bool is_section_label(const std::string& line) {
  static constexpr std::string_view kLabels[] = {"sammanfattning", "ärendebeskrivning", "ärendet", "ärende", "bakgrund",
                                                 "beslut", "beslutsunderlag", "förslag till beslut", "yrkanden",
                                                 "ärendets beredning", "sammanfattning av ärendet"};
  const std::string lowered = lower(trim(line));
  return std::any_of(std::begin(kLabels), std::end(kLabels), [&](std::string_view l) { return lowered == l; });
}

// The heading after a flattened header's case number: the rest of its line ("… § 152 Dnr KS
// 2024-000871 Medfinansiering av …"), or the next line when that is a heading; "" otherwise.
std::string heading_after_flattened_header(const std::vector<std::string>& lines, std::size_t at) {
  constexpr std::size_t kMaxHeadingWords = 20;
  auto heading_like = [&](std::string_view text) {
    return !text.empty() && starts_uppercase(text) && !match_header_label(text) &&
           split_words(text).size() <= kMaxHeadingWords && split_words(text).size() >= 2 &&
           !is_section_label(std::string(text));
  };
  // The words after the label's value: "Dnr" or "Diarienummer", then one number with its code.
  const std::string& line = lines[at];
  std::size_t label = line.find(" Dnr ");
  if (label == std::string::npos) label = line.find(" Diarienummer ");
  if (label != std::string::npos) {
    const auto words = split_words(std::string_view(line).substr(label));
    std::size_t k = 1;
    while (k < words.size() && !std::any_of(words[k].begin(), words[k].end(), [](char c) { return c >= '0' && c <= '9'; })) ++k;
    if (k + 1 < words.size()) {
      const auto* start = words[k + 1].data();
      const std::string rest = collapse_spaces(std::string_view(start, static_cast<std::size_t>(line.data() + line.size() - start)));
      if (heading_like(rest)) return rest;
    }
  }
  for (std::size_t i = at + 1; i < lines.size() && i <= at + 2; ++i) {
    if (lines[i].empty()) continue;
    return heading_like(lines[i]) ? collapse_spaces(lines[i]) : std::string();
  }
  return {};
}

// A protocol's cover page: the labels of its attendance and justering.
bool has_cover(const ExtractedText& text) {
  const std::string lowered = lower(text.flat().substr(0, 4000));
  return lowered.find("beslutande") != std::string::npos || lowered.find("justeringens") != std::string::npos ||
         lowered.find("plats och tid") != std::string::npos;
}

// A protocol without a § of its own in the text (a cover page, an attendance list) is named
// by its heading — "PROTOKOLL Kommunstyrelsen", "Barn- och utbildningsnämnden
// SAMMANTRÄDESPROTOKOLL" — cut where the first label or page number follows; else nothing.
std::string protocol_heading(const std::vector<std::string>& lines) {
  constexpr std::size_t kOpeningLines = 12;
  constexpr std::size_t kMaxWords = 7;
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < kOpeningLines; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    const auto words = split_words(lines[i]);
    // The document's own name: "PROTOKOLL", "Sammanträdesprotokoll" — not "protokollet" in
    // a label such as "Förvaringsplats för protokollet".
    const bool names_protocol = std::any_of(words.begin(), words.end(), [](std::string_view w) {
      const std::string l = lower(w);
      return l.ends_with("protokoll") || l == "protokollsutdrag";
    });
    if (!names_protocol || match_header_label(lines[i])) continue;
    std::vector<std::string> heading;
    for (std::string_view w : words) {
      const auto label = match_header_label(w);
      if (!starts_with_letter(w) || (label && label->label != HeaderLabel::Organ) || lower(w) == "sida" ||
          lower(w) == "sidan")
        break;
      heading.emplace_back(w);
    }
    if (!heading.empty() && heading.size() <= kMaxWords) return join(heading, " ");
    return {};
  }
  return {};
}

// "Protokoll Kommunstyrelsen 2024-09-10 §§ 101–104": what a split protocol is, from its
// own metadata.
std::string protocol_title(const schema::Document& protocol, const std::vector<const Section*>& paragraphs) {
  std::string title = "Protokoll";
  if (!protocol.organ.empty()) title += " " + protocol.organ;
  if (protocol.date) title += " " + protocol.date->iso();
  const auto first = paragraphs.front()->number, last = paragraphs.back()->number;
  if (first && last) title += " \xC2\xA7\xC2\xA7 " + std::to_string(*first) + "\xE2\x80\x93" + std::to_string(*last);
  return title;
}

}  // namespace

schema::Document recognize_document(const DocumentStructure& structure) {
  const ExtractedText& text = structure.text();
  schema::Document doc;
  doc.kind = recognize_kind(structure);
  const Section* first_paragraph = first_paragraph_section(structure);
  if (doc.kind == schema::Kind::Paragraf) {
    doc.title = first_paragraph ? first_paragraph->heading : protocol_heading(text.lines());
    // "PROTOKOLLSUTDRAG" alone names the genre: an extract's title is its case's heading.
    if (!first_paragraph && lower(doc.title) == "protokollsutdrag") doc.title = recognize_title(text, doc.kind);
    // "… Au 45 Dnr KS-2022/0081.109 / Detaljplan för …": after a flattened header, the heading,
    // on the header's own line after the case number or on the next.
    if (!first_paragraph)
      if (const auto at = flattened_marker_line(text))
        if (std::string heading = heading_after_flattened_header(text.lines(), *at); !heading.empty()) doc.title = heading;
  }
  if (doc.kind == schema::Kind::Samverkan) doc.title = samverkan_title(text);
  if (doc.title.empty() && !(doc.kind == schema::Kind::Paragraf && !first_paragraph && has_cover(text)))
    doc.title = recognize_title(text, doc.kind);
  if (doc.kind == schema::Kind::Annat)
    if (std::string heading = page_heading(structure); !heading.empty()) doc.title = heading;
  // A §'s heading names its case ("Delårsrapport per den 30 april 2010"), not the meeting.
  doc.date = recognize_date(text, doc.kind == schema::Kind::Paragraf && first_paragraph ? std::string() : doc.title);
  if (!doc.date) doc.date = date_beside_heading(structure);
  doc.organ = recognize_organ(text, doc.kind, doc.title);
  if (doc.organ.empty() && first_paragraph && !first_paragraph->organ_code.empty()) {
    if (auto organ = schema::find_organ(first_paragraph->organ_code)) doc.organ = organ->name;
  }
  // A news item is about the meeting it reports, not the day it was published.
  if (doc.kind == schema::Kind::Annat && (!doc.date || doc.organ.empty()))
    if (const auto meeting = reported_meeting(structure)) {
      if (!doc.date) doc.date = meeting->date;
      if (doc.organ.empty()) doc.organ = meeting->organ;
    }
  doc.municipality = recognize_municipality(text, doc.title);
  // "Medarbetarwebben – Ekby kommun   [Sök]  [Mina sidor]": the site's own header, set aside at
  // the top of the page, names whose site it is (its first lines only: a list of related
  // documents at the page's foot names other municipalities).
  if (doc.municipality.empty() && !structure.boilerplate().empty()) {
    constexpr std::size_t kSiteHeaderLines = 3;
    const auto& removed = structure.boilerplate();
    const std::vector<std::string> header(removed.begin(), removed.begin() + static_cast<std::ptrdiff_t>(
                                                                               std::min(removed.size(), kSiteHeaderLines)));
    doc.municipality = recognize_municipality(ExtractedText(join(header, "\n")), "");
  }
  if (!structure.breadcrumb().empty()) {
    // A page of the municipality's own site: its breadcrumb names what the page does not.
    if (doc.municipality.empty())
      doc.municipality = recognize_municipality(ExtractedText(join(structure.breadcrumb(), "\n")), "");
    for (const auto& step : structure.breadcrumb())
      if (doc.organ.empty() && doc.kind != schema::Kind::Samverkan && looks_like_organ(step))
        doc.organ = schema::canonical_organ_name(step);
  }
  doc.diarienummer = recognize_diarienummer(
      text, doc.kind == schema::Kind::Samverkan ? CitedNumbers::Always : CitedNumbers::AfterOwnNumber);
  if (doc.kind == schema::Kind::Paragraf) {
    doc.paragraphs = structure.paragraph_numbers();
    if (first_paragraph) {
      doc.paragraph = first_paragraph->number;
    } else if (doc.paragraphs.size() <= 1) {
      doc.paragraph = recognize_paragraph(text);
    }
    if (doc.paragraphs.empty() && doc.paragraph) doc.paragraphs = {*doc.paragraph};
    if (first_paragraph && structure.sections().size() == 1) {
      std::vector<std::string> lines(text.lines().begin() + static_cast<std::ptrdiff_t>(first_paragraph->begin),
                                     text.lines().begin() + static_cast<std::ptrdiff_t>(first_paragraph->end));
      doc.decision = decision_of(lines);
    }
  }
  doc.people = recognize_party_people(text);
  if (doc.kind != schema::Kind::Samverkan) {
    const auto region = attendance_region(structure, doc.kind);
    const auto listed = doc.kind == schema::Kind::Interpellation ? recognize_interpellation_parties(region)
                                                                 : recognize_attendance(region);
    for (const auto& person : listed) merge_listed_person(doc.people, person);
    // The signatures that close a protocol or a tjänsteskrivelse.
    if (doc.kind != schema::Kind::Interpellation) {
      const std::size_t closing = closing_start(text, region.size());
      if (text.lines().size() > region.size())
        for (const auto& person : recognize_attendance({text.lines().begin() + static_cast<std::ptrdiff_t>(closing), text.lines().end()}))
          merge_listed_person(doc.people, person);
      for (const auto& person : recognize_attendance(signature_blocks(text, closing))) merge_listed_person(doc.people, person);
    }
    for (const auto& person : recognize_cited_writers(text)) merge_listed_person(doc.people, person);
    for (const auto& person : recognize_presenters(text)) merge_listed_person(doc.people, person);
    for (const auto& person : recognize_form_names(text)) merge_listed_person(doc.people, person);
    put_first_names_first(doc.people, text.flat());
    tidy_names(doc.people);
  }
  // A kallelse or agenda to a samverkan meeting lists whom it calls, by side, as the minutes
  // do: its people are read the same way (who came is the minutes' to say, so no unions).
  if (doc.kind == schema::Kind::Annat && names_samverkan_group(doc.title)) {
    SamverkanParticipants called = recognize_samverkan_participants(text);
    for (schema::Person& person : called.people)
      if (doc.people.size() < kMaxPeople &&
          std::none_of(doc.people.begin(), doc.people.end(), [&](const schema::Person& p) { return p.name == person.name; }))
        doc.people.push_back(std::move(person));
    doc.unit = called.unit.empty() ? letterhead_unit(text) : called.unit;
  }
  doc.parties = parties_of(doc.people);
  if (doc.kind == schema::Kind::Samverkan) {
    SamverkanParticipants participants = recognize_samverkan_participants(text);
    doc.unit = std::move(participants.unit);
    if (doc.unit.empty()) doc.unit = letterhead_unit(text);
    if (doc.unit.empty()) doc.unit = administration_in(doc.title);
    doc.unions = std::move(participants.unions);
    doc.unions_absent = std::move(participants.unions_absent);
    // A person listed twice (a table and a line of prose, a hostile list of one name) is one
    // person: the first listing, its blanks filled from the later ones.
    // "Lindholm Birgitta" in the list, "Birgitta Lindholm redovisar" in the minutes: the list
    // is surname first.
    put_first_names_first(participants.people, text.flat());
    std::map<std::string, std::size_t> listed;
    for (std::size_t k = 0; k < doc.people.size(); ++k) listed.emplace(doc.people[k].name, k);
    for (schema::Person& person : participants.people) {
      const auto [at, added] = listed.emplace(person.name, doc.people.size());
      if (added) {
        if (doc.people.size() < kMaxPeople) doc.people.push_back(std::move(person));  // as many as merge_person keeps
        continue;
      }
      schema::Person& same = doc.people[at->second];
      if (same.union_name.empty()) same.union_name = person.union_name;
      if (same.role.empty()) same.role = person.role;
      if (same.side.empty()) same.side = person.side;
    }
    doc.exchanges = recognize_samverkan_exchanges(structure, doc.people);
  } else if (doc.kind == schema::Kind::Interpellation) {
    doc.exchanges = recognize_interpellation_exchanges(structure, doc.people, is_interpellation_answer(doc.title, text));
  } else if (doc.kind == schema::Kind::Paragraf && structure.sections().size() <= 1 && is_interpellation_item(doc.title)) {
    doc.exchanges = interpellation_questions(structure, doc.people);
  }
  doc.text = text.full_text();
  doc.page = text.page_of_line(0);
  doc.page_breaks = text.page_breaks(0, text.lines().size());
  for (const Section& section : structure.sections())
    doc.sections.push_back(schema::SectionStart{section.number, section.heading, text.page_of_line(section.begin)});
  return doc;
}

std::vector<schema::Document> searchable_units(schema::Document protocol, const DocumentStructure& structure) {
  std::vector<const Section*> paragraphs;
  for (const Section& s : structure.sections())
    if (s.type == Section::Type::Paragraph) paragraphs.push_back(&s);
  if (protocol.kind != schema::Kind::Paragraf || paragraphs.size() < 2) return {std::move(protocol)};

  const ExtractedText& text = structure.text();
  std::vector<schema::Document> units;
  units.emplace_back();  // the protocol, filled last
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    const Section& section = *paragraphs[k];
    const std::string section_text = section.text(text);
    const ExtractedText section_lines(section_text);
    schema::Document p;
    p.id = protocol.id + "#" + (section.number ? "\xC2\xA7" + std::to_string(*section.number) : std::to_string(k + 1));
    p.source = protocol.source;
    p.original = protocol.original;
    p.page = text.page_of_line(section.begin);
    p.page_breaks = text.page_breaks(section.begin, section.end);
    p.kind = schema::Kind::Paragraf;
    p.title = section.heading;
    p.date = protocol.date;
    p.organ = protocol.organ;
    p.municipality = protocol.municipality;
    p.paragraph = section.number;
    if (section.number) p.paragraphs = {*section.number};
    p.diarienummer = recognize_diarienummer(section_lines);
    p.people = recognize_party_people(section_lines);
    for (auto& person : recognize_cited_writers(section_lines)) merge_person(p.people, std::move(person));
    for (auto& person : recognize_presenters(section_lines)) merge_person(p.people, std::move(person));
    p.parties = parties_of(p.people);
    p.decision = decision_of(section_lines.lines());
    if (is_interpellation_item(p.title)) p.exchanges = interpellation_questions(DocumentStructure(section_text), p.people);
    p.protocol_id = protocol.id;
    p.position = static_cast<int>(k + 1);
    p.text = section_text;
    protocol.paragraph_ids.push_back(p.id);
    units.push_back(std::move(p));
  }
  // The protocol keeps its header (cover page, attendance) as its own text — without the
  // table of contents, whose lines are the §s' headings — so a decision's words find the §
  // and not the § again inside its protocol. Its title names the protocol, not its first §.
  std::vector<std::string> header;
  protocol.page_breaks.clear();
  std::size_t offset = 0;
  std::optional<int> previous_page;
  for (std::size_t i = 0; i < structure.header_end(); ++i) {
    if (match_paragraph_marker(text.lines()[i])) continue;
    const std::optional<int> page = text.page_of_line(i);
    if (previous_page && page)
      for (int k = *previous_page; k < *page; ++k) protocol.page_breaks.push_back(offset);
    previous_page = page;
    header.push_back(text.lines()[i]);
    offset += text.lines()[i].size() + 1;
  }
  protocol.text = join(header, "\n");
  protocol.title = protocol_title(protocol, paragraphs);
  protocol.diarienummer.clear();  // each § carries its own
  protocol.paragraph.reset();     // and a protocol of many § is none of them
  protocol.decision.clear();
  units.front() = std::move(protocol);
  return units;
}

}  // namespace kommunsok::indexer
