#include "kommunsok/indexer/organ_recognizer.hpp"

#include <algorithm>
#include <array>

#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kHeaderLines = 12;
constexpr std::size_t kMaxOrganBytes = 80;

constexpr std::array kOrganStems{"fullmäktige", "styrelse", "nämnd",   "utskott",
                                 "beredning",   "kommitté", "rådet",   "revision"};
constexpr std::array kJointGroups{"förvaltningssamverkansgrupp", "förvaltningsgrupp", "samverkansgrupp",
                                  "skyddskommitté", "samverkansråd", "arbetsmiljökommitté", "enhetssamverkan"};

bool is_protocol_word(std::string_view word) { return lower(word).find("protokoll") != std::string::npos; }

bool ends_sentence(std::string_view line) {
  return !line.empty() && (line.back() == '.' || line.back() == ':' || line.back() == '?');
}

// "förvaltningsgruppen" -> "Förvaltningsgruppen"; the indefinite "samverkansgrupp" is made
// definite so one group never shows as two facet values.
std::string joint_group_name(const std::string& title) {
  for (std::string_view word : split_words(title)) {
    std::string lowered = lower(word);
    while (!lowered.empty() && (lowered.back() == ',' || lowered.back() == '.')) lowered.pop_back();
    for (const char* group : kJointGroups) {
      if (!lowered.starts_with(group)) continue;
      // "enhetssamverkan" has no definite form of its own.
      if (lowered == group && !lowered.ends_with("samverkan")) lowered += lowered.ends_with("grupp") ? "en" : "n";
      return capitalize(lowered);
    }
  }
  return {};
}

// "Arbetsplatsträff med samverkan (APT-samverkan) 3/26", "APT med samverkan": a workplace
// meeting held as the samverkan body, in one of the ways the organ table knows it.
std::string workplace_meeting_name(std::string_view title) {
  static constexpr std::string_view kPhrases[] = {"arbetsplatsträff med samverkan", "apt med samverkan",
                                                  "apt-samverkan", "samverkans-apt", "samverkan-apt"};
  const std::string lowered = lower(title);
  for (std::string_view phrase : kPhrases)
    if (lowered.find(phrase) != std::string::npos)
      if (const auto organ = schema::find_organ(phrase)) return organ->name;
  return {};
}

// "Central samverkansgrupp (CSG)", "Lokala samverkansgruppen": a group's qualifier makes it
// another body than a plain samverkansgrupp; the table knows the qualified names.
std::string qualified_joint_group(const std::string& title) {
  const auto words = split_words(title);
  for (std::size_t k = 1; k < words.size(); ++k) {
    std::string group = lower(words[k]);
    while (!group.empty() && std::string_view(",.:;").find(group.back()) != std::string_view::npos) group.pop_back();
    if (std::none_of(std::begin(kJointGroups), std::end(kJointGroups), [&](const char* g) { return group.starts_with(g); }))
      continue;
    const std::string qualifier = lower(words[k - 1]);
    const bool known = qualifier == "central" || qualifier == "centrala" || qualifier == "lokal" || qualifier == "lokala";
    if (known) {
      if (auto organ = schema::find_organ(qualifier + " " + group)) return organ->name;
      continue;
    }
    // "kommungemensam samverkansgrupp", "förvaltningsövergripande samverkansgruppen": a group
    // the table does not know, named as written.
    static constexpr std::array<std::string_view, 3> kQualifierEndings{"gemensam", "gemensamma", "övergripande"};
    if (std::any_of(kQualifierEndings.begin(), kQualifierEndings.end(),
                    [&](std::string_view ending) { return qualifier.ends_with(ending); }))
      return capitalize(qualifier + " " + group);
  }
  return {};
}

// "Samverkansgrupp sektor omsorg (SSO)", "PROTOKOLL SAMVERKANSGRUPP UTBILDNING (SGU)": a group
// named with what it covers, then its code in brackets. The bracket closes the name, so the
// words between the group and the code are its own: the organ as written (in normal case).
std::string coded_joint_group(std::string_view title) {
  constexpr std::size_t kMaxQualifierWords = 5, kMaxCodeBytes = 8;
  const std::size_t open = title.find('(');
  if (open == std::string_view::npos) return {};
  const std::size_t close = title.find(')', open);
  if (close == std::string_view::npos || close - open - 1 < 2 || close - open - 1 > kMaxCodeBytes) return {};
  const std::string_view code = title.substr(open + 1, close - open - 1);
  if (!std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; })) return {};
  const auto words = split_words(title.substr(0, open));
  for (std::size_t k = 0; k < words.size(); ++k) {
    const std::string group = lower(words[k]);
    if (std::none_of(std::begin(kJointGroups), std::end(kJointGroups), [&](const char* g) { return group == g; })) continue;
    const std::size_t qualifiers = words.size() - k - 1;
    // "Förvaltningens samverkansgrupp (FSG) Förskola & Grundskola": nothing between the group
    // and its code — the code, a body of the organ table, names it.
    if (qualifiers == 0) {
      const auto organ = schema::find_organ(code);
      return organ && looks_like_organ(organ->name) ? organ->name : std::string();
    }
    if (qualifiers > kMaxQualifierWords) return {};
    std::vector<std::string> name;
    // "Lokal samverkansgrupp Örnaskolan (LSG)": a qualifier before the group is part of it.
    if (k > 0) {
      const std::string before = lower(words[k - 1]);
      if (before == "lokal" || before == "lokala" || before == "central" || before == "centrala") name.push_back(before);
    }
    for (std::size_t j = k; j < words.size(); ++j) {
      if (!starts_with_letter(words[j]) || words[j].ends_with(",") || words[j].ends_with(".")) return {};
      // "Förvaltningsgrupp för samverkan (FSG)": words that only say what the group is.
      if (j > k && lower(words[j]).starts_with("samverkan")) return {};
      // Capitals only where a name is written so ("Örnaskolan"); an all-capitals heading is lower-cased.
      name.push_back(j > k && !has_lowercase_letter(title.substr(0, open)) ? lower(words[j])
                     : j == k                                            ? group
                                                                         : std::string(words[j]));
    }
    return capitalize(join(name, " "));
  }
  return {};
}

// "LSG", "FSG:", "(CSG)": a word that is a samverkan body's code in the organ table.
std::string joint_group_code(std::string_view line) {
  constexpr std::size_t kMaxWords = 12;  // a heading, not a sentence that mentions the group
  const auto words = split_words(line);
  if (words.size() > kMaxWords) return {};
  for (std::string_view word : words) {
    while (!word.empty() && std::string_view("(),.:;").find(word.front()) != std::string_view::npos) word.remove_prefix(1);
    while (!word.empty() && std::string_view("(),.:;").find(word.back()) != std::string_view::npos) word.remove_suffix(1);
    if (word.size() < 2 || word.size() > 5 || !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      continue;
    const auto organ = schema::find_organ(word);
    if (!organ) continue;
    const std::string name = lower(organ->name);
    if (std::any_of(std::begin(kJointGroups), std::end(kJointGroups), [&](const char* g) { return name.find(g) != std::string::npos; }))
      return organ->name;
  }
  return {};
}

// Words that put a line in a sentence ("Kallelse till sammanträde med kommunfullmäktige"),
// which a heading naming a body does not have.
bool has_sentence_words(const std::string& lowered) {
  static constexpr std::array kWords{"till", "med", "om", "för", "av", "från", "i", "på", "är", "har", "vid", "hos"};
  for (std::string_view word : split_words(lowered))
    for (const char* w : kWords)
      if (word == w) return true;
  return false;
}

// "… sammanträde med barn- och utbildningsnämnden den 3 maj": the body a notice is about.
std::string organ_after_meeting_phrase(std::string_view text) {
  constexpr std::string_view kPhrase = "sammanträde med ";
  const std::size_t pos = find_ci(text, kPhrase);
  if (pos == std::string_view::npos) return {};
  std::vector<std::string> words;
  for (std::string_view word : split_words(text.substr(pos + kPhrase.size()))) {
    const std::string lowered = lower(word);
    if (words.size() == 5 || lowered == "den" || lowered == "i" || lowered == "som" || lowered == "på" ||
        !starts_with_letter(word))
      break;
    words.emplace_back(word);
    const char last = word.back();
    if (last == ',' || last == '.' || last == ':' || last == ';') {
      words.back().pop_back();
      break;
    }
  }
  const std::string organ = capitalize(join(words, " "));
  return looks_like_organ(organ) ? organ : std::string();
}

}  // namespace

bool looks_like_organ(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > kMaxOrganBytes || ends_sentence(line) || !starts_uppercase(line))
    return false;
  if (split_words(line).size() > 6) return false;
  const std::string lowered = lower(line);
  const bool named_for = lowered.starts_with("nämnden för") || lowered.starts_with("utskottet för") ||
                         lowered.starts_with("rådet för") || lowered.starts_with("beredningen för");
  if (!named_for && has_sentence_words(lowered)) return false;
  for (const char* stem : kOrganStems)
    if (lowered.find(stem) != std::string::npos) return true;
  for (const char* group : kJointGroups)
    if (lowered.find(group) != std::string::npos) return true;
  return false;
}

namespace {

// "Organ: Kommunstyrelsens arbetsutskott", "Beslutsinstans: Arbetsutskottet 2019-2022",
// "Organ Barn- och utbildningsnämndens sammanträde": the body the protocol's anslag names.
std::string labeled_organ(const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size() && i < 200; ++i) {
    const auto labeled = match_header_label(lines[i]);
    if (!labeled || labeled->label != HeaderLabel::Organ) continue;
    std::vector<std::string> words;
    for (std::string_view word : split_words(labeled->value)) {
      const std::string w(word);
      if (!starts_with_letter(word) || lower(w).starts_with("sammanträde")) break;
      words.push_back(w);
      if (words.size() == 6) break;
    }
    while (!words.empty() && !schema::is_organ_word(words.back())) words.pop_back();
    if (words.empty()) continue;
    const std::string organ = join(words, " ");
    if (looks_like_organ(capitalize(organ))) return schema::canonical_organ_name(organ);
  }
  return {};
}


// The organ named from words[k], an organ word, extended the ways names run on: a second
// organ word after a genitive ("Kommunstyrelsens arbetsutskott"), "för" and what it is for
// ("Nämnden för support och lokaler"), a district ("Barn- och skolnämnd Lund Öster").
std::string organ_extended(const std::vector<std::string_view>& words, std::size_t start, std::size_t k) {
  std::vector<std::string> name(words.begin() + static_cast<std::ptrdiff_t>(start),
                                words.begin() + static_cast<std::ptrdiff_t>(k + 1));
  std::size_t next = k + 1;
  if (next < words.size() && lower(words[k]).ends_with("s") && schema::is_organ_word(words[next]))
    name.emplace_back(words[next++]);
  if (next < words.size() && lower(words[next]) == "för") {
    std::vector<std::string> purpose{"för"};
    for (std::size_t j = next + 1; j < words.size() && purpose.size() < 5 && starts_lowercase(words[j]); ++j)
      purpose.emplace_back(words[j]);
    if (purpose.size() >= 2) name.insert(name.end(), purpose.begin(), purpose.end());
  } else {
    // A district stands between the organ and the line's end or the document's name.
    std::vector<std::string> district;
    std::size_t j = next;
    for (; j < words.size() && j < next + 2; ++j) {
      const std::string w(words[j]);
      const bool title_case = starts_uppercase(w) && w.size() > 2 && lower(w) != w &&
                              std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if (!title_case || is_protocol_word(w) || match_header_label(w) || schema::is_organ_word(w) ||
          w.back() == ',' || w.back() == '.')
        break;
      district.push_back(w);
    }
    if (!district.empty() && (j == words.size() || is_protocol_word(words[j])))
      name.insert(name.end(), district.begin(), district.end());
  }
  return join(name, " ");
}

// "Barn- och utbildningsnämnden SAMMANTRÄDESPROTOKOLL Sida 1(16)", "Kommunfullmäktiges
// protokoll": a line that opens with the organ's name (after the document's own name and a
// page number).
std::string organ_opening(const std::string& line) {
  auto words = split_words(line);
  std::size_t start = 0;
  while (start < words.size() && (is_protocol_word(words[start]) || !starts_with_letter(words[start]))) ++start;
  for (std::size_t k = start; k < words.size() && k < start + 5; ++k) {
    if (!schema::is_organ_word(words[k])) continue;
    // Only the organ's own words may stand before it: "Barn- och", not "Bilaga 1." or
    // "Beslutsunderlag Kultur- och …".
    std::size_t own = k;
    while (own > start && (starts_lowercase(words[own - 1]) || words[own - 1].ends_with("-"))) --own;
    // "Kommunala Pensionärsrådet": one capitalised word may open the name directly.
    // ("Kungörelse: Kommunfullmäktige": a label with its colon opens none.)
    if (own == k && own == start + 1 && starts_uppercase(words[start]) && !words[start].ends_with(':')) own = start;
    if (own == start + 1 && words[start].ends_with(':')) start = own;
    if (own != start) return {};
    const std::string organ = organ_extended(words, start, k);
    // In running text a verb follows the organ ("Kommunstyrelsen beslutade …"): no heading.
    const std::size_t after = start + split_words(organ).size();
    // "Kommunfullmäktiges presidium": a body's presidium, the body in the genitive.
    if (after < words.size() && organ.ends_with("s") &&
        (lower(words[after]) == "presidium" || lower(words[after]) == "presidiet"))
      return organ + " " + lower(words[after]);
    if (after < words.size() && starts_lowercase(words[after]) && !is_protocol_word(words[after]) &&
        !lower(words[after]).starts_with("sammanträde"))
      return {};
    return looks_like_organ(organ) ? organ : std::string();
  }
  return {};
}

// True when the line after lines[i] continues its sentence: it begins in lower case.
bool runs_on(const std::vector<std::string>& lines, std::size_t i) {
  if (i + 1 >= lines.size()) return false;
  const std::string_view next = trim(lines[i + 1]);
  return !next.empty() && starts_lowercase(next);
}

// The first organ phrase among the opening lines, wherever it stands on its line: an organ
// word with the words that open its name ("Kultur- och föreningsnämnden", "Kommunala
// Pensionärsrådet", "Kommunfullmäktiges protokoll").
std::string organ_in_header(const std::vector<std::string>& lines, bool is_protocol) {
  constexpr std::size_t kLines = 15;
  for (std::size_t i = 0; i < lines.size() && i < kLines; ++i) {
    const auto words = split_words(lines[i]);
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (!schema::is_organ_word(words[k])) continue;
      std::size_t start = k;
      while (start > 0 && k - start < 3 && (starts_lowercase(words[start - 1]) || words[start - 1].ends_with("-")) &&
             !starts_uppercase(words[start]))
        --start;
      // "Vid kommunfullmäktiges sammanträde": a preposition opening a sentence is no part of the name.
      static constexpr std::string_view kPrepositions[] = {"vid", "i", "på", "till", "från", "med", "enligt", "av", "om",
                                                           "under", "inför", "efter", "för", "hos", "mellan"};
      if (!starts_uppercase(words[start]) && start > 0 && starts_uppercase(words[start - 1]) &&
          !match_header_label(words[start - 1]) &&
          std::none_of(std::begin(kPrepositions), std::end(kPrepositions),
                       [&](std::string_view p) { return lower(words[start - 1]) == p; }))
        --start;
      if (!starts_uppercase(words[start])) continue;
      // In a notice, "Arbetsutskottets protokoll" cites another body's protocol.
      if (!is_protocol && lower(words[k]).ends_with("s") && k + 1 < words.size() && is_protocol_word(words[k + 1]))
        continue;
      // A header item ends its line or meets the next item; in running text a verb follows
      // ("Kommunstyrelsen beslutade …"), and that is no heading.
      const std::string organ = organ_extended(words, start, k);
      const std::size_t after = start + split_words(organ).size();
      if (after < words.size() && starts_lowercase(words[after]) && !is_protocol_word(words[after]) &&
          !lower(words[after]).starts_with("sammanträde"))
        continue;
      // "… genom en digital enkät. Nämnden / har tidigare beslutat …": a sentence that runs on
      // to the next line (it begins in lower case) ends no heading here.
      if (after == words.size() && start > 0 && runs_on(lines, i)) continue;
      if (looks_like_organ(organ)) return organ;
    }
  }
  return {};
}

// lines[i] when it is an organ in the genitive alone ("Kommunstyrelsens") and the next line
// opens with the organ word it belongs to ("arbetsutskott"): the two joined; else empty.
std::string with_next_organ_word(const std::vector<std::string>& lines, std::size_t i) {
  const auto words = split_words(lines[i]);
  if (words.empty() || words.size() > 3 || !lower(words.back()).ends_with("s") || !schema::is_organ_word(words.back()))
    return {};
  // A removed page number may have left a blank line between, and the cell beside it in the
  // letterhead (a date, a label: "Sammanträdesdatum", "2023-10-16") may stand between.
  std::size_t j = i + 1;
  auto in_between = [&](const std::string& line) {
    return line.empty() || match_header_label(line) || (line.size() <= 30 && find_swedish_date(line));
  };
  while (j < lines.size() && j <= i + 3 && in_between(lines[j])) ++j;
  if (j >= lines.size()) return {};
  const auto next = split_words(lines[j]);
  if (next.empty() || !starts_lowercase(next.front()) || !schema::is_organ_word(next.front())) return {};
  return collapse_spaces(lines[i]) + " " + std::string(next.front());
}

std::string recognize_organ_as_written(const ExtractedText& text, schema::Kind kind, std::string_view title) {
  // An interpellation exists only in kommunfullmäktige (kommunallagen 5 kap.): the body
  // follows from the kind, whatever nämnd the addressee chairs.
  if (kind == schema::Kind::Interpellation) return "Kommunfullmäktige";
  if (kind == schema::Kind::Samverkan) {
    if (std::string group = coded_joint_group(title); !group.empty()) return group;
    if (std::string group = qualified_joint_group(std::string(title)); !group.empty()) return group;
    if (std::string group = joint_group_name(std::string(title)); !group.empty()) return group;
    if (std::string meeting = workplace_meeting_name(title); !meeting.empty()) return meeting;
    // "PROTOKOLL FÖRVALTNINGSSAMVERKAN (FSG) 2/2025": the group's code in brackets.
    for (std::size_t open = title.find('('); open != std::string_view::npos; open = title.find('(', open + 1)) {
      const std::size_t close = title.find(')', open);
      if (close == std::string_view::npos || close - open > 8) continue;
      const std::string_view code = title.substr(open + 1, close - open - 1);
      if (code.size() >= 2 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        if (const auto organ = schema::find_organ(code); organ && looks_like_organ(organ->name)) return organ->name;
    }
  }
  const auto& lines = text.lines();
  // "MINNESANTECKNINGAR – LSG Förskoleområde Hjärup", "SVG Samhällsbyggnad 2025-02-18": a
  // samverkan body's code as a word of the title or of the opening's lines.
  if (kind == schema::Kind::Samverkan) {
    std::vector<std::string_view> openings{title};
    for (std::size_t i = 0, seen = 0; i < lines.size() && seen < kHeaderLines; ++i)
      if (!lines[i].empty()) {
        openings.push_back(lines[i]);
        ++seen;
      }
    for (std::string_view opening : openings)
      if (std::string group = joint_group_code(opening); !group.empty()) return group;
  }
  if (std::string organ = labeled_organ(lines); !organ.empty()) return organ;
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    if (lines[i].empty()) continue;
    // The organ heads the page, before the labels; past them the body begins. A bare label
    // ("Sammanträdesdatum", its value below) is a letterhead cell read before the organ beside it.
    if (const auto label = match_header_label(lines[i])) {
      if (!label->value.empty()) break;
      continue;
    }
    // "Kommunstyrelsen / Inkom 2024-10-16 / Dnr KS 24/311": a registry's receipt stamp names
    // the body that received the document, not the one it is of or for.
    auto stamp = [&](std::size_t k) {
      return starts_with_ci(trim(lines[k]), "Inkom") || starts_with_ci(trim(lines[k]), "Ankom") ||
             starts_with_ci(trim(lines[k]), "Ink ") || starts_with_ci(trim(lines[k]), "Ink.");
    };
    if (std::size_t j = i + 1;
        j < lines.size() && j <= i + 2 && (stamp(j) || (trim(lines[j]).empty() && j + 1 < lines.size() && stamp(j + 1))))
      continue;
    // "Kommunens revisorer      Sida 1 (3)": a letterhead cell that is a name in the organ
    // table, whatever its last word.
    if (const std::string_view cell = trim(std::string_view(lines[i]).substr(0, lines[i].find("   ")));
        split_words(cell).size() >= 2 && schema::find_organ(cell))
      return std::string(cell);
    // "Kommunstyrelsens / arbetsutskott": a name broken after its genitive, in a column.
    if (const std::string joined = with_next_organ_word(lines, i); !joined.empty())
      if (std::string organ = organ_opening(joined); !organ.empty()) return organ;
    if (looks_like_organ(lines[i])) {
      // "Tekniska nämnden SAMMANTRÄDESPROTOKOLL Sida 1(16)": the organ ends where the
      // document's name begins, and must open what is left.
      auto words = split_words(lines[i]);
      while (words.size() > 1 && is_protocol_word(words.front())) words.erase(words.begin());
      if (auto at = std::find_if(words.begin() + 1, words.end(), [](std::string_view w) { return is_protocol_word(w); });
          at != words.end())
        words.erase(at, words.end());
      std::vector<std::string> kept(words.begin(), words.end());
      if (std::string organ = organ_opening(join(kept, " ")); !organ.empty()) return organ;
    }
    // "Barn- och utbildningsnämnden SAMMANTRÄDESPROTOKOLL Sida 1(16)": the organ opens a line.
    if (std::string organ = organ_opening(lines[i]); !organ.empty()) return organ;
  }
  if (std::string organ = organ_after_meeting_phrase(title); !organ.empty()) return organ;
  // "Protokoll från sammanträde med stadsdelsnämnden Majorna-Linné": the protocol's own heading.
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < 15; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    if (!starts_with_ci(lines[i], "protokoll") && !starts_with_ci(lines[i], "kallelse")) continue;
    if (std::string organ = organ_after_meeting_phrase(lines[i]); !organ.empty()) return organ;
  }
  if (kind == schema::Kind::Annat) {
    // "Till socialnämnden": the body a tjänsteskrivelse or notice is addressed to.
    for (std::size_t i = 0, seen = 0; i < lines.size() && seen < 15; ++i) {
      if (lines[i].empty()) continue;
      ++seen;
      auto words = split_words(lines[i]);
      // "MOTION TILL KOMMUNFULLMÄKTIGE", "Medborgarförslag till kommunstyrelsen": the body a
      // proposal is put to.
      if (words.size() >= 3) {
        const std::string type = lower(words[0]);
        if (type == "motion" || type == "medborgarförslag" || type == "skrivelse") words.erase(words.begin());
      }
      // "Till kommunfullmäktige i Härjedalens kommun": the body, then its place.
      if (const auto in = std::find(words.begin(), words.end(), "i"); in != words.end() && in - words.begin() >= 2 &&
                                                                        words.end() - in <= 4)
        words.erase(in, words.end());
      if (words.size() >= 2 && words.size() <= 5 && lower(words[0]) == "till" && schema::is_organ_word(words.back())) {
        const std::string organ = capitalize(lower(join(std::vector<std::string>(words.begin() + 1, words.end()), " ")));
        if (looks_like_organ(organ)) return organ;
      }
    }
  }
  if (kind == schema::Kind::Paragraf || kind == schema::Kind::Annat)
    return organ_in_header(lines, kind == schema::Kind::Paragraf);
  return {};
}

}  // namespace

std::string recognize_organ(const ExtractedText& text, schema::Kind kind, std::string_view title) {
  std::string organ = recognize_organ_as_written(text, kind, title);
  return organ.empty() ? organ : schema::canonical_organ_name(organ);
}

}  // namespace kommunsok::indexer
