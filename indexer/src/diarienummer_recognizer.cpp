#include "kommunsok/indexer/diarienummer_recognizer.hpp"

#include <algorithm>
#include <optional>
#include <cctype>
#include <regex>
#include <set>

#include "kommunsok/indexer/gazetteer.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/diarienummer.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

// Series code (KS, BUN, SBN …) then year/number: "KS-2021/1202.111", "KS 2019/0345",
// "BUN 2023.412", "KS.2021.412", "KS/2025:187", "KS/2025/456", "KS/2017/0412/214" (a filing
// class last). Year first, as Swedish registries write it. The regex reads bytes, so Å, Ä and Ö
// are matched as their whole UTF-8 sequences: a code must not begin in the middle of a
// letter ("xÄKS" gave "\x84KS", which is not UTF-8).
const std::regex& series_pattern() {
  static const std::regex pattern(
      R"((^|[^A-Za-z0-9/])((?:[A-Z]|\xC3[\x84\x85\x96]){1,6}(?:[-. ]?(?:19|20)\d\d[/.-]|/(?:19|20)\d\d[/:])\d{1,6}(?:\.\d{1,4}){0,4}(?:-\d{1,6})?(?:/\d{1,4})?)(?=$|[^A-Za-z0-9/]))");
  return pattern;
}

// After a label, the value: an optional series code and a token holding digits, perhaps a
// series code after it ("2026/231 KS").
// (Every repetition is bounded: libstdc++'s regex recurses per repeated item, and an
// unbounded one overflows the stack on a pathological line.)
std::string labeled_value(const std::string& value) {
  static const std::regex pattern(
      R"(^((?:(?:[A-Z]|\xC3[\x84\x85\x96])(?:[A-Za-z]|\xC3[\x84\x85\x96\xA4\xA5\xB6]){0,5}[-/ ]?)?[0-9](?:[0-9A-Za-z./:-]|\xC3[\x84\x85\x96]|\s(?=[0-9A-Z]|\xC3[\x84\x85\x96])){0,40}[0-9](?: (?:[A-Z]|\xC3[\x84\x85\x96]){2,4}(?![A-Za-z0-9]))?))");
  std::smatch m;
  if (std::regex_search(value, m, pattern)) return m[1];
  return {};
}

// Cheap test before the regex: a year (19xx/20xx) followed by / . or -.
bool has_year_and_separator(const std::string& line) {
  for (std::size_t i = 0; i + 4 < line.size(); ++i) {
    if ((line[i] == '1' && line[i + 1] == '9') || (line[i] == '2' && line[i + 1] == '0')) {
      const char sep = line[i + 4];
      if (std::isdigit(static_cast<unsigned char>(line[i + 2])) &&
          std::isdigit(static_cast<unsigned char>(line[i + 3])) && (sep == '/' || sep == '.' || sep == '-'))
        return true;
    }
  }
  return false;
}

// "Dnr 123456": registries that number cases in one running series. Fewer digits after a
// label are a number the extraction cut short ("Dnr 20").
bool is_registry_serial(const std::string& value) {
  return value.size() >= 5 && value.size() <= 8 &&
         std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Cheap test before the inline-label regex, for numbers without a four-digit year: the
// labels that regex can match, not every word with "nr" in it ("inriktning", "Henrik").
bool mentions_case_label(const std::string& line) {
  for (std::string_view label : {"Dnr", "dnr", "DNR", "iarienr", "iarienummer"})
    if (line.find(label) != std::string::npos) return true;
  return false;
}

// The word that begins the last sentence or list item of `words`, when one ends or begins among
// them ("bl.a.", "t.ex.", "ang." end none; a dash or bullet alone begins an item).
std::optional<std::size_t> sentence_subject(const std::vector<std::string_view>& words) {
  static constexpr std::string_view kAbbreviations[] = {"ang.", "enl.", "resp.", "inkl.", "exkl.", "jfr.", "ca.", "nr.",
                                                        "kl.", "s.", "st.", "tel.", "fr.o.m.", "t.o.m."};
  for (std::size_t k = words.size(); k-- > 0;) {
    const std::string_view word = words[k];
    const std::string lowered = lower(word);
    const bool ends_sentence = word.size() > 3 && (word.ends_with('.') || word.ends_with('?') || word.ends_with('!')) &&
                               word.substr(0, word.size() - 1).find('.') == std::string_view::npos &&
                               std::none_of(std::begin(kAbbreviations), std::end(kAbbreviations),
                                            [&](std::string_view a) { return lowered == a; });
    const bool item_marker = word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\xA2" || word == "*";
    if (ends_sentence || item_marker) return k + 1 < words.size() ? std::optional<std::size_t>(k + 1) : std::nullopt;
  }
  return std::nullopt;
}

// "402-18831-2016": a group, a serial and the year last, as county boards and courts number
// their cases — a municipality's registry puts the year first.
bool is_year_last_serial(std::string_view value) {
  static const std::regex pattern(R"(^\d{3}-\d{1,6}-(?:19|20)\d\d$)");
  return value.size() <= 20 && std::regex_match(value.begin(), value.end(), pattern);
}

// "Länsstyrelsen i X län har i ett tidigare samråd (dnr …", "– Länsstyrelsen i X län, beslut om
// ny ledamot (dnr …": a sentence or list item an authority heads, the number in its bracket.
// Read only for year-last numbers: an authority is as often the subject of a sentence about our
// own case ("Länsstyrelsen har granskat detaljplanen (SBN 2022/118)").
bool authority_heads_sentence(std::string_view before) {
  static constexpr std::string_view kAuthorities[] = {"länsstyrelsen", "myndigheten", "domstolen", "inspektionen",
                                                      "trafikverket", "skatteverket", "naturvårdsverket", "boverket"};
  if (!trim(before).ends_with("(")) return false;
  const auto words = split_words(before);
  const auto subject = sentence_subject(words);
  if (!subject) return false;
  const std::string first = lower(words[*subject]);
  return std::any_of(std::begin(kAuthorities), std::end(kAuthorities), [&](std::string_view a) { return first == a; });
}

// "Arbetsmiljöverkets diarienummer 2023/041288", "Trafikverkets samrådsunderlag (TRV
// 2021/45211)", "IVO:s dnr …", "Ert dnr …": a number owned by another authority or the
// addressee. The genitive marks the owner: "Yttrande till Trafikverket, dnr KS 2021/45" is
// our own case about them.
bool owned_by_another(std::string_view before) {
  static constexpr std::string_view kOwners[] = {"verkets",   "myndighetens",  "länsstyrelsens", "domstolens",
                                                 "rättens",   "inspektionens", "regionens",      "ombudsmannens",
                                                 "kommissionens", "landstingets"};
  // National authorities not named by those endings ("Socialstyrelsens" — a kommunstyrelsens is
  // ours): theirs only right before the number or its label ("(Socialstyrelsens dnr 9.1-…)"),
  // not in "Yttrande över Socialstyrelsens förslag, dnr KS 2023/118", our case about theirs.
  static constexpr std::string_view kNationalGenitives[] = {"socialstyrelsens", "försäkringskassans", "arbetsförmedlingens",
                                                            "polisens", "lantmäteriets", "kammarkollegiets",
                                                            "kriminalvårdens", "justitiekanslerns", "regeringens"};
  // A number in brackets right after an authority is named is its number: "tillsammans med
  // Länsstyrelsen i Värmlands län (dnr 432-5512-2024)".
  static constexpr std::string_view kAuthorities[] = {"länsstyrelsen", "verket", "myndigheten", "domstolen",
                                                      "inspektionen",  "regionen", "region"};
  const std::string_view trimmed = trim(before);
  const bool bracketed = trimmed.ends_with("(");
  const auto words = split_words(before);
  // "Länsstyrelsen i Kalmar län: beslut om … (dnr 201-7781-2026)": an item the authority
  // heads with its name and a colon is the authority's, and so are its numbers; so are those
  // of what it wrote itself ("Trafikverket har i sitt yttrande (ärendenummer TRV 2025/31877)").
  constexpr std::size_t kItemWords = 14;
  for (std::size_t k = words.size() > kItemWords ? words.size() - kItemWords : 0; k < words.size(); ++k) {
    const std::string word = lower(words[k]);
    if (std::none_of(std::begin(kAuthorities), std::end(kAuthorities), [&](std::string_view a) { return word.ends_with(a); }))
      continue;
    for (std::size_t j = k; j < words.size() && j <= k + 3; ++j)
      if (words[j].ends_with(":")) return true;
    for (std::size_t j = k + 1; j + 1 < words.size(); ++j)
      if (lower(words[j]) == "i" && (lower(words[j + 1]) == "sitt" || lower(words[j + 1]) == "sin" || lower(words[j + 1]) == "sina"))
        return true;
  }
  // "(Sundsvalls barn- och utbildningsnämnd, BUN-2026-00311)": another municipality's body,
  // named with its municipality in the genitive.
  for (std::size_t k = words.size() > 8 ? words.size() - 8 : 0; k + 1 < words.size(); ++k) {
    std::string word(words[k]);
    while (!word.empty() && std::string_view("(\"'").find(word.front()) != std::string_view::npos) word.erase(0, 1);
    if (word.size() < 3 || !word.ends_with("s") || !is_swedish_municipality(word.substr(0, word.size() - 1))) continue;
    // "Ovanåkers kommun | Socialnämnden | Dnr …": the municipality's name, as a letterhead or
    // footer writes it, owns nothing.
    if (lower(words[k + 1]) == "kommun" || lower(words[k + 1]) == "stad") continue;
    for (std::size_t j = k + 1; j < words.size() && j <= k + 4; ++j)
      if (schema::is_organ_word(std::string(words[j].substr(0, words[j].find(','))))) return true;
  }
  const std::size_t from = words.size() > 8 ? words.size() - 8 : 0;
  // "Remiss från Trafikförvaltningen, TN 2014-0215": a remiss listed as an item (capitalised, as
  // a list writes it) carries its sender's number; "Yttrande över remiss från …" is our own case.
  for (std::size_t k = from; k + 1 < words.size(); ++k)
    if ((words[k] == "Remiss" || words[k] == "Remissen") && lower(words[k + 1]) == "från") {
      const std::string previous = k > 0 ? lower(words[k - 1]) : std::string();
      if (previous != "över" && previous != "på" && previous != "om" && previous != "angående" && previous != "gällande" &&
          previous != "till")
        return true;
    }
  for (std::size_t k = from; k < words.size(); ++k) {
    std::string word = lower(words[k]);
    while (!word.empty() && std::string_view("(\"'").find(word.front()) != std::string_view::npos) word.erase(0, 1);
    if (word == "ert" || word == "er" || word == "deras") return true;
    if (word.size() > 3 && word.ends_with(":s")) return true;
    for (std::string_view owner : kOwners)
      if (word.ends_with(owner)) return true;
    if (k + 2 >= words.size())
      for (std::string_view owner : kNationalGenitives)
        if (word == owner) return true;
    // "Region Västerbottens diarienummer": a region named in the genitive.
    if (word == "region" && k + 1 < words.size()) {
      // "Region Väster- / bottens": a name broken at the line's end.
      std::string name(words[k + 1]);
      if (name.ends_with('-') && k + 2 < words.size()) name = name.substr(0, name.size() - 1) + std::string(words[k + 2]);
      // Region Gotland is a municipality: its own numbers are the document's.
      if (name.ends_with('s') && !municipality_styled_region(name.substr(0, name.size() - 1))) return true;
    }
    if (bracketed && k + 6 >= words.size())
      for (std::string_view authority : kAuthorities)
        if (word.ends_with(authority)) return true;
  }
  return false;
}

// "TRV 2018/45127", "IVO 3.5.1-12345/2021", "SoS 2021-4418": a national authority's own series,
// named by its registry's prefix — its case, never a municipality's.
bool is_authority_series(std::string_view value) {
  static constexpr std::string_view kSeries[] = {"TRV", "IVO", "MSB", "SKV", "FHM", "IMY", "KKV", "PTS", "SoS"};
  for (std::string_view series : kSeries)
    if (value.starts_with(series) && value.size() > series.size() &&
        (value[series.size()] == ' ' || value[series.size()] == '-' || (value[series.size()] >= '0' && value[series.size()] <= '9')))
      return true;
  return false;
}

// "Ärendenummer (e-tjänst)", "Referens e-tjänst:": the label of a web service's own number. A
// heading about e-services ("Handlingsplan för e-tjänster") labels nothing.
bool names_service_reference(const std::string& line) {
  static constexpr std::string_view kLabels[] = {"ärendenummer", "referensnummer", "referens", "ärende-id", "nummer", "nr", "id"};
  const std::string lowered = lower(line);
  if (lowered.find("e-tjänst") == std::string::npos) return false;
  for (std::string_view word : split_words(lowered)) {
    while (!word.empty() && std::string_view("():,.").find(word.back()) != std::string_view::npos) word.remove_suffix(1);
    while (!word.empty() && std::string_view("():,.").find(word.front()) != std::string_view::npos) word.remove_prefix(1);
    if (std::any_of(std::begin(kLabels), std::end(kLabels), [&](std::string_view l) { return word == l; })) return true;
  }
  return false;
}

bool is_url_line(const std::string& line) {
  return line.find("://") != std::string::npos || line.find("www.") != std::string::npos;
}

}  // namespace

std::vector<std::string> recognize_diarienummer(const ExtractedText& text, CitedNumbers cited_numbers) {
  std::vector<std::string> found;
  std::set<std::string> seen;
  // A labelled value may be a short-year number ("Dnr 0123/19"), which alone is no case.
  auto add = [&](const std::string& raw, bool labelled = false) {
    const std::string value = collapse_spaces(raw);
    // "Diarienr: 2026/231 KS": after a label, the series code may follow the number.
    const std::size_t space = value.rfind(' ');
    const bool code_after = space != std::string::npos && value.size() - space - 1 >= 2 && value.size() - space - 1 <= 4 &&
                            std::all_of(value.begin() + static_cast<std::ptrdiff_t>(space) + 1, value.end(),
                                        [](char c) { return (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) >= 0x80); }) &&
                            schema::looks_like_diarienummer(value.substr(0, space));
    const bool labelled_form =
        labelled && (schema::looks_like_short_year_diarienummer(value) || is_registry_serial(value) || code_after);
    if (!schema::looks_like_diarienummer(value) && !labelled_form) return;
    if (is_authority_series(value)) return;
    // "KF 2009-09-21" is an organ and a meeting date, not a case.
    if (find_swedish_date(value) && value.size() >= 10 &&
        find_swedish_date(value.substr(value.size() - 10)))
      return;
    if (seen.insert(schema::canonical_diarienummer(value)).second) found.push_back(value);
  };
  const auto& lines = text.lines();
  bool header_numbered = false;  // the header (its first lines) gave the document a number
  constexpr std::size_t kRunningTextBytes = 50, kHeaderLines = 15;
  std::size_t non_empty = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (!found.empty() && non_empty <= kHeaderLines) header_numbered = true;
    non_empty += !line.empty();
    if (line.empty() || is_url_line(line)) continue;
    // "Ärendenummer (e-tjänst)  MF-2026-00087": a web service's own reference, not the registry's
    // (its label on the line, or on the cell before it).
    const bool service_reference =
        names_service_reference(line) ||
        (i > 0 && line.size() < 40 && lines[i - 1].size() < 60 && names_service_reference(lines[i - 1]));
    if (service_reference) continue;
    if (auto labeled = match_header_label(line);
        labeled && labeled->label == HeaderLabel::Diarienummer && !service_reference) {
      std::string value = labeled->value;
      // The value may stand on the next non-blank line.
      for (std::size_t j = i + 1; value.empty() && j < lines.size() && j <= i + 2; ++j) value = lines[j];
      if (i == 0 || !owned_by_another(lines[i - 1].substr(lines[i - 1].size() > 60 ? lines[i - 1].size() - 60 : 0)))
        add(labeled_value(value), true);
    }
    // "Ärende: KS26/412": a web page's case label, whose value may as well be a subject
    // ("Ärende: Budget 2026"): only a lone case number with its series code counts.
    if (starts_with_ci(trim(line), "Ärende:")) {
      const std::string value(trim(trim(line).substr(std::string_view("Ärende:").size())));
      if (!value.empty() && value.find(' ') == std::string::npos && value[0] >= 'A' && value[0] <= 'Z')
        add(value, true);
    }
    // Stockholm's classification form "1.5.1.388-2011": dotted class, running number, year.
    static const std::regex classified(R"((?:^|[^\d.])(\d{1,2}(?:\.\d{1,3}){1,4}\.\d{1,6}-(?:19|20)\d\d)(?![\d-]))");
    if (line.find("-20") != std::string::npos || line.find("-19") != std::string::npos)
      for (auto it = std::sregex_iterator(line.begin(), line.end(), classified); it != std::sregex_iterator(); ++it)
        add((*it)[1].str());
    const bool year_form = has_year_and_separator(line);
    if (!year_form && !mentions_case_label(line)) continue;
    // What stands before a number on its line, and the end of the line before (a sentence
    // broken after "(Arbetsmiljöverkets").
    // A number alone on its line is a table's cell ("KS 2026-190" beside an agenda item): the
    // line above is another cell, not the start of its sentence.
    static const std::regex lone_number(R"(^\s*[A-ZÅÄÖ]{0,6}[-. /]?\d[\d/.:-]{3,20}\s*$)");
    const bool alone = line.size() < 40 && std::regex_match(line, lone_number);
    const std::string carried = i > 0 && !lines[i - 1].empty() && !alone
                                    ? lines[i - 1].substr(lines[i - 1].size() > 60 ? lines[i - 1].size() - 60 : 0) + " "
                                    : "";
    // What stands before a number: owned_by_another reads its last words only, so a bounded tail
    // (a huge line with many numbers must not be copied once for each).
    constexpr std::size_t kBeforeBytes = 400;
    auto before = [&](std::ptrdiff_t at) {
      const auto end = static_cast<std::size_t>(at);
      const std::size_t from = end > kBeforeBytes ? end - kBeforeBytes : 0;
      return (from == 0 ? carried : std::string()) + line.substr(from, end - from);
    };
    // "… en skrivelse (kommunens dnr KS26/388) där vi …": in running text (a long line, or one
    // a long line runs on to), after the document's own number stood labelled in its header, a
    // number in brackets is another case's.
    const bool running_text = line.size() >= kRunningTextBytes || (i > 0 && lines[i - 1].size() >= kRunningTextBytes);
    constexpr std::size_t kBracketBytes = 80;  // a citation's bracket opens just before its number
    auto cited = [&](std::size_t at) {
      if (!(header_numbered || cited_numbers == CitedNumbers::Always) || !running_text) return false;
      const std::size_t from = at > kBracketBytes ? at - kBracketBytes : 0;
      const std::string_view near = std::string_view(line).substr(from, at - from);
      if (const std::size_t open = near.rfind('('); open != std::string_view::npos)
        return near.find(')', open) == std::string_view::npos;
      // The bracket may open at the end of the line above ("(Karlstads dnr / KS-2026-00511)").
      if (from > 0 || near.find(')') != std::string_view::npos) return false;
      const std::size_t open = carried.rfind('(');
      return open != std::string::npos && carried.find(')', open) == std::string::npos;
    };
    // "(Dnr: 2020/405)", "… enligt beslut dnr KS 2017/567": a label inside the line.
    static const std::regex inline_label(R"((?:^|[\s(\[,;])(?:Dnr|dnr|DNR|Diarienummer|diarienummer|Diarienr)\.?:?\s{1,3}(\S[^)\],;]{0,40}))");
    for (auto it = std::sregex_iterator(line.begin(), line.end(), inline_label); it != std::sregex_iterator(); ++it) {
      // Up to the label word itself, with the bracket or comma the pattern began at.
      auto at = static_cast<std::size_t>(it->position(0));
      if (at < line.size() && std::string_view("([,; \t").find(line[at]) != std::string_view::npos) ++at;
      const std::string value = labeled_value((*it)[1].str());
      const std::string preceding = before(static_cast<std::ptrdiff_t>(at));
      if (!cited(static_cast<std::size_t>(it->position(1))) && !owned_by_another(preceding) &&
          !(is_year_last_serial(value) && authority_heads_sentence(preceding)))
        add(value, true);
    }
    if (!year_form) continue;
    const auto& pattern = series_pattern();
    for (auto it = std::sregex_iterator(line.begin(), line.end(), pattern);
         it != std::sregex_iterator(); ++it)
    {
      // "(0586-P2019/4)": a kommun code and a dash before it make it a plan's archive id.
      const auto at = static_cast<std::size_t>(it->position(2));
      const bool plan_id = at >= 2 && line[at - 1] == '-' && std::isdigit(static_cast<unsigned char>(line[at - 2]));
      if (!plan_id && !cited(at) && !owned_by_another(before(it->position(2)))) add((*it)[2]);
    }
  }
  // "MBN 2025/118 231" in the header, "MBN 2025/118" in the text: one case, written once with
  // its filing class. The shorter spelling goes.
  std::set<std::string> keys;
  for (const auto& number : found) keys.insert(schema::canonical_diarienummer(number));
  std::vector<std::string> kept;
  for (const auto& number : found) {
    const std::string longer = schema::canonical_diarienummer(number) + "-";
    const auto next = keys.lower_bound(longer);  // the first key that may continue this one
    if (next == keys.end() || !next->starts_with(longer)) kept.push_back(number);
  }
  return kept;
}

std::vector<RejectedCandidate> rejected_diarienummer_candidates(const ExtractedText& text, CitedNumbers cited) {
  // Å, Ä and Ö as whole sequences, as in series_pattern().
  static const std::regex shape(
      R"((?:^|[^\w/])((?:(?:[A-Z]|Å|Ä|Ö)(?:[A-Za-z]|Å|Ä|Ö){0,5}[ -]?)?\d{1,6}[/:.-]\d{1,6}(?:[/:.-]\d{1,6})?))");
  const std::vector<std::string> accepted = recognize_diarienummer(text, cited);
  std::set<std::string> taken;
  for (const auto& a : accepted) taken.insert(schema::canonical_diarienummer(a));
  std::vector<RejectedCandidate> out;
  for (const std::string& line : text.lines()) {
    for (auto it = std::sregex_iterator(line.begin(), line.end(), shape); it != std::sregex_iterator(); ++it) {
      const std::string candidate = (*it)[1].str();
      if (taken.contains(schema::canonical_diarienummer(candidate))) continue;
      // The words just before it (a bounded tail: a long line of numbers is not copied once for each).
      constexpr std::size_t kBeforeBytes = 120;
      const auto at = static_cast<std::size_t>(it->position(1));
      const std::string before = lower(line.substr(at > kBeforeBytes ? at - kBeforeBytes : 0, at > kBeforeBytes ? kBeforeBytes : at));
      std::string reason = "no year and running number in a case number's shape";
      if (find_swedish_date(candidate)) {
        reason = "a date";
      } else if (before.ends_with("kl ") || before.ends_with("kl. ") || before.ends_with("klockan ")) {
        reason = "a time of day";
      } else if (is_url_line(line)) {
        reason = "inside a URL";
      } else if (before.ends_with("sou ") || before.ends_with("motion ") || before.ends_with("prop. ") ||
                 before.ends_with("sfs ")) {
        reason = "an inquiry, motion or law number";
      } else if (candidate.find(':') != std::string::npos) {
        reason = "a colon: a law or a property designation";
      } else if (is_authority_series(candidate)) {
        reason = "a national authority's own series";
      } else if (before.find("verket") != std::string::npos || before.find("länsstyrelsen") != std::string::npos ||
                 before.find("domstol") != std::string::npos || before.find("inspektionen") != std::string::npos) {
        reason = "another authority's number";
      } else if (cited == CitedNumbers::Always && schema::looks_like_diarienummer(candidate)) {
        reason = "a case the minutes cite, in brackets in running text";
      } else if (const std::size_t open = before.rfind('(');
                 schema::looks_like_diarienummer(candidate) && open != std::string::npos && before.find(')', open) == std::string::npos) {
        reason = "in brackets in running text: a case the text cites, or another body's";
      } else if (schema::looks_like_diarienummer(candidate)) {
        reason = "a case number's shape, but neither labelled nor with a series code";
      }
      out.push_back({candidate, reason, line});
    }
  }
  return out;
}

}  // namespace kommunsok::indexer
