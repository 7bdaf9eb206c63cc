#include "kommunsok/indexer/municipality_recognizer.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "kommunsok/indexer/gazetteer.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/organs.hpp"
#include "kommunsok/schema/parties.hpp"

namespace kommunsok::indexer {

namespace {

// Capitalised words that can stand before "kommun" without being its name.
bool is_determiner(std::string_view word) {
  static constexpr std::array kWords{"Varje", "Denna", "Vår", "Hela", "Samma", "Annan", "Egen",
                                     "Vilken", "En", "Ett", "Den", "Alla", "Någon", "Ingen",
                                     "Stor", "Liten", "Större", "Mindre", "Landets", "Sveriges",
                                     "Region", "Regionens", "Er", "Din", "Min", "Hemma",
                                     "Aktuell", "Berörd", "Grann", "Ansvarig", "Svensk"};
  return std::any_of(kWords.begin(), kWords.end(), [&](const char* w) { return word == w; });
}

// Punctuation around a word, the curly quotation marks as whole characters (a byte-wise set
// would strip the last byte of "Ý" as if it were one of theirs).
std::string strip_punctuation(std::string_view word) {
  for (bool stripped = true; stripped && !word.empty();) {
    stripped = false;
    if (std::string_view(",.;:()\"'").find(word.back()) != std::string_view::npos) {
      word.remove_suffix(1);
      stripped = true;
    } else if (word.ends_with("\xE2\x80\x9D")) {
      word.remove_suffix(3);
      stripped = true;
    }
  }
  for (bool stripped = true; stripped && !word.empty();) {
    stripped = false;
    if (std::string_view("(\"'").find(word.front()) != std::string_view::npos) {
      word.remove_prefix(1);
      stripped = true;
    } else if (word.starts_with("\xE2\x80\x9C")) {
      word.remove_prefix(3);
      stripped = true;
    }
  }
  return std::string(word);
}

// A known municipality written in any case, in the nominative or the genitive:
// "Lunds", "ÅSTORPS", "UPPLANDS-BRO", "Falu".
std::optional<std::string> known_name(const std::string& written) {
  if (auto name = municipality_named(written)) return name;
  if (written.ends_with('s') || written.ends_with('S'))
    if (auto name = municipality_named(written.substr(0, written.size() - 1))) return name;
  // "OVERKALIX KOMMUN": a scan's letterhead in capitals, its marks lost to OCR ("Ange kommun där
  // du bor" is a form's instruction, not Ånge).
  if (std::any_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return std::nullopt;
  if (auto name = municipality_named_without_marks(written)) return name;
  if (written.ends_with('S')) return municipality_named_without_marks(written.substr(0, written.size() - 1));
  return std::nullopt;
}

// "NORD-VIK" -> "Nord-Vik": a name we do not know, from a letterhead in capitals.
std::string capitalized_parts(const std::string& word) {
  std::string out;
  for (std::size_t start = 0; start <= word.size();) {
    std::size_t dash = word.find('-', start);
    if (dash == std::string::npos) dash = word.size();
    if (!out.empty()) out += '-';
    out += capitalize(lower(word.substr(start, dash - start)));
    start = dash + 1;
  }
  return out;
}

bool all_capitals(const std::string& word) {
  return word.size() > 1 && lower(word) != word && capitalize(lower(word)) != word &&
         std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The municipality that "<words[i-1]> kommun|stad" names, or empty.
std::string name_before(const std::vector<std::string_view>& words, std::size_t i, bool is_stad) {
  if (i == 0) return {};
  std::string word = strip_punctuation(words[i - 1]);
  if (word.empty() || !starts_uppercase(word) || is_determiner(capitalize(lower(word)))) return {};
  // Known names first, of two words ("Upplands Väsby", "LILLA EDETS") or one, in any case.
  if (i >= 2) {
    const std::string first = strip_punctuation(words[i - 2]);
    if (starts_uppercase(first))
      if (auto name = known_name(first + " " + word)) return *name;
  }
  if (auto name = known_name(word)) return *name;
  // "ÅSTORPS KOMMUN": a letterhead in capitals.
  if (all_capitals(word)) word = capitalized_parts(word);
  // A name we do not know that ends in a place-name element with its own s ("-fors", "-näs",
  // "-ås", "-hus") is nominative: "Björkfors kommun".
  const std::string lowered = lower(word);
  const bool own_s = lowered.ends_with("fors") || lowered.ends_with("näs") || lowered.ends_with("ås") ||
                     lowered.ends_with("hus");
  const bool genitive = word.ends_with('s') && !own_s;
  const std::string stem = genitive ? word.substr(0, word.size() - 1) : word;
  // A name we do not know: trust "X kommun" (the usual phrasing) but not "X stad".
  if (is_stad) return {};
  return stem.size() >= 2 ? stem : std::string();
}

// "Region Gotland": the one municipality styled as a region. Other regions are county
// councils, no municipality.
std::string region_after(const std::vector<std::string_view>& words, std::size_t i) {
  if (i + 1 >= words.size()) return {};
  const std::string word = strip_punctuation(words[i + 1]);
  if (auto name = municipality_styled_region(word)) return *name;
  if (word.ends_with('s') || word.ends_with('S'))
    if (auto name = municipality_styled_region(word.substr(0, word.size() - 1))) return *name;
  return {};
}

std::vector<std::string> named_municipalities(std::string_view text) {
  std::vector<std::string> names;
  const std::vector<std::string_view> words = split_words(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string word = lower(strip_punctuation(words[i]));
    if (word == "region" && starts_uppercase(words[i])) {
      if (std::string name = region_after(words, i); !name.empty()) names.push_back(name);
      continue;
    }
    const bool is_kommun = word == "kommun" || word == "kommuns";
    const bool is_stad = word == "stad" || word == "stads";
    if (!is_kommun && !is_stad) continue;
    if (std::string name = name_before(words, i, is_stad); !name.empty()) names.push_back(name);
  }
  return names;
}

std::string most_frequent(const std::vector<std::string>& names) {
  std::map<std::string, std::size_t> counts;
  for (const auto& name : names) ++counts[name];
  std::string best;
  std::size_t best_count = 0;
  for (const auto& name : names) {  // in order of appearance, so ties go to the first
    if (counts[name] > best_count) {
      best = name;
      best_count = counts[name];
    }
  }
  return best;
}

std::string from_districts(std::string_view text) {
  for (std::string_view district : known_districts()) {
    for (std::size_t pos = text.find(district); pos != std::string_view::npos;
         pos = text.find(district, pos + 1)) {
      const std::size_t end = pos + district.size();
      const bool starts_word = pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '(';
      const bool ends_word = end == text.size() || text[end] == ' ' || text[end] == ',' ||
                             text[end] == '.' || text[end] == 's';
      // "Älvsjö" alone must not claim "Hägersten-Älvsjö": require a word boundary.
      if (starts_word && ends_word) {
        if (auto municipality = municipality_of_district(district)) return *municipality;
      }
    }
  }
  return {};
}

bool is_host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// The host names of URLs in the text ("https://underskriftpas.stockholm.se/…", "www.lund.se").
std::vector<std::string> url_hosts(std::string_view text) {
  constexpr std::size_t kMaxHostBytes = 253;
  std::vector<std::string> hosts;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t scheme = text.find("://", pos);
    const std::size_t www = text.find("www.", pos);
    const std::size_t start = std::min(scheme == std::string_view::npos ? scheme : scheme + 3, www);
    if (start == std::string_view::npos) break;
    std::size_t end = start;
    while (end < text.size() && end - start < kMaxHostBytes && is_host_char(text[end])) ++end;
    if (end > start) hosts.push_back(lower(text.substr(start, end - start)));
    pos = end > start ? end : start + 1;
  }
  return hosts;
}

std::string from_hosts(std::string_view text) {
  for (const std::string& host : url_hosts(text)) {
    std::vector<std::string> labels;
    for (std::size_t start = 0; start < host.size();) {
      std::size_t dot = host.find('.', start);
      if (dot == std::string::npos) dot = host.size();
      labels.push_back(host.substr(start, dot - start));
      start = dot + 1;
    }
    if (labels.size() < 2) continue;
    // From the registrable name leftwards: "underskriftpas.stockholm.se" -> "stockholm".
    for (std::size_t k = labels.size() - 1; k-- > 0;) {
      if (auto municipality = municipality_from_host_label(labels[k])) return *municipality;
    }
  }
  return {};
}

// "Till kommunfullmäktige i Kungsbacka", "Kommunstyrelsen i Lilla Edet": a body of the
// municipality, named with its place. Only a known municipality: "nämnden i Sandvik" may be
// a village.
std::string from_organ_of_place(std::string_view text) {
  const std::vector<std::string_view> words = split_words(text);
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    if (words[i + 1] != "i" || !schema::is_organ_word(words[i])) continue;
    const std::string first = strip_punctuation(words[i + 2]);
    if (!starts_uppercase(first)) continue;
    if (i + 3 < words.size())
      if (auto two = municipality_named(first + " " + strip_punctuation(words[i + 3]))) return *two;
    if (auto one = municipality_named(first)) return *one;
  }
  return {};
}

// "Karlstad 2011-02-15": a dated signature whose place is a municipality's name. A village
// ("Hyllinge 2002-02-21") is no municipality and gives nothing.
std::string from_signature_place(const std::vector<std::string>& lines) {
  for (const auto& line : lines) {
    std::string_view tail = line;
    if (const std::size_t gap = tail.rfind("   "); gap != std::string_view::npos) tail = tail.substr(gap);
    const auto words = split_words(tail);
    // "Kungsbacka den 19 september 2023": the place, then a date written out.
    if (words.size() == 5 && words[1] == "den" && find_swedish_date(tail)) {
      if (auto place = municipality_named(strip_punctuation(words[0]))) return *place;
      continue;
    }
    if (words.size() != 2 || words[1].size() != 10 || words[1][4] != '-' || words[1][7] != '-') continue;
    const std::string place = strip_punctuation(words[0]);
    if (is_swedish_municipality(place)) return place;
  }
  return {};
}

// "GÄLLIVARE KOMMUN" alone on one of the first lines: the letterhead names the writer, however
// often the text names a neighbour ("Jokkmokks kommun har visat intresse …").
// "Vänsterpartiet Örebro", "Moderaterna i Upplands Väsby": a party's local branch, named by its
// party and its municipality (a party's page or letter heads with it); "" when the line is none.
std::string party_branch_municipality(std::string_view line) {
  constexpr std::size_t kMinPartyBytes = 5, kMaxWords = 5;
  const auto words = split_words(line);
  if (words.size() < 2 || words.size() > kMaxWords || words[0].size() < kMinPartyBytes || !schema::canonical_party(words[0]))
    return {};
  std::size_t from = 1;
  if (lower(words[1]) == "i") from = 2;
  std::vector<std::string> place(words.begin() + static_cast<std::ptrdiff_t>(std::min(from, words.size())), words.end());
  if (place.empty()) return {};
  return municipality_named(join(place, " ")).value_or(std::string());
}

std::string letterhead_municipality(const std::vector<std::string>& lines) {
  constexpr std::size_t kLetterheadLines = 3, kMaxWords = 3;
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < kLetterheadLines; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    const auto words = split_words(lines[i]);
    // "BÅSTADS KOMMUN Byggnadsnämnden PROTOKOLLSUTDRAG …": a flattened letterhead opens with it.
    if (seen == 1 && words.size() > kMaxWords && words.size() >= 2 && lower(words[1]) == "kommun") {
      const auto names = named_municipalities(std::string(words[0]) + " " + std::string(words[1]));
      if (names.size() == 1) return names.front();
    }
    if (auto branch = party_branch_municipality(lines[i]); !branch.empty()) return branch;
    if (words.size() > kMaxWords) continue;
    const auto names = named_municipalities(lines[i]);
    if (names.size() == 1) return names.front();
  }
  return {};
}

// "Ovanåkers kommun  |  Socialnämnden  |  Dnr SN 2026/0057" at the foot of the last page: the
// letterhead moved down, the municipality's name in the first of its cells.
std::string footer_municipality(const std::vector<std::string>& lines) {
  constexpr std::size_t kFooterLines = 6;
  std::size_t seen = 0;
  for (std::size_t i = lines.size(); i-- > 0 && seen < kFooterLines;) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    ++seen;
    const std::size_t bar = line.find(" | ");
    if (bar == std::string_view::npos) continue;
    const auto names = named_municipalities(line.substr(0, bar));
    if (names.size() == 1) return names.front();
    if (auto branch = party_branch_municipality(line.substr(0, bar)); !branch.empty()) return branch;
  }
  return {};
}

}  // namespace

std::string recognize_municipality(const ExtractedText& text, std::string_view title) {
  // The letterhead names the writer; a title may name the municipality the matter is about
  // ("Gemensam lokalvård med Karlstads kommun").
  if (auto letterhead = letterhead_municipality(text.lines()); !letterhead.empty()) return letterhead;
  if (auto footer = footer_municipality(text.lines()); !footer.empty()) return footer;
  if (auto in_title = named_municipalities(title); !in_title.empty()) return in_title.front();
  if (auto in_text = most_frequent(named_municipalities(text.flat())); !in_text.empty())
    return in_text;
  if (auto body = from_organ_of_place(text.flat()); !body.empty()) return body;
  if (auto district = from_districts(text.flat()); !district.empty()) return district;
  if (auto host = from_hosts(text.flat()); !host.empty()) return host;
  return from_signature_place(text.lines());
}

}  // namespace kommunsok::indexer
