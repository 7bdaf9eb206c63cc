#include "kommunsok/indexer/prose_attendance.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxUnionWords = 3;

bool contains(const std::string& lowered, std::string_view word) { return lowered.find(word) != std::string::npos; }

void append_once(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

std::string without_punctuation(std::string_view word) {
  std::string w(word);
  while (!w.empty() && std::string_view(",.;:()").find(w.back()) != std::string_view::npos) w.pop_back();
  while (!w.empty() && w.front() == '(') w.erase(w.begin());
  return w;
}

// The sentences of a paragraph: a point, then a space and a capital.
std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] != '.' || text[i + 1] != ' ' || !starts_uppercase(text.substr(i + 2))) continue;
    out.emplace_back(trim(text.substr(start, i - start)));
    start = i + 2;
  }
  if (start < text.size()) out.emplace_back(trim(text.substr(start)));
  return out;
}

// The unions a text names, in order, each once: "Akademikerförbundet SSR och Skolledarna".
std::vector<std::string> unions_named(std::string_view text) {
  std::vector<std::string> out;
  const auto words = split_words(text);
  for (std::size_t k = 0; k < words.size();) {
    std::size_t taken = 0;
    for (std::size_t n = std::min(kMaxUnionWords, words.size() - k); n >= 1 && taken == 0; --n) {
      std::vector<std::string> name;
      for (std::size_t j = k; j < k + n; ++j) name.push_back(without_punctuation(words[j]));
      if (!starts_uppercase(name.front())) break;
      if (auto canonical = schema::canonical_union(join(name, " "))) {
        append_once(out, *canonical);
        taken = n;
      }
    }
    k += std::max<std::size_t>(taken, 1);
  }
  return out;
}

// One item of a list of people: "förvaltningschef Åsa Ek (ordförande)", "HR-partner Bo Ny, som
// förde anteckningarna", "Lo Berg". The name (two or three name words) and the role around it.
struct Named {
  std::string name;
  std::string role;
};

// "HR-partner", "IT-strateg": a role that opens in capitals, not a name.
bool is_name(std::string_view word) {
  const std::string w = without_punctuation(word);
  const std::size_t dash = w.find('-');
  const bool acronym_first = dash != std::string::npos && dash >= 2 &&
                             std::all_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(dash),
                                         [](char c) { return c >= 'A' && c <= 'Z'; });
  return !acronym_first && !is_role_word(w) && is_name_word(w);
}

std::optional<Named> person_in(std::string_view item) {
  const auto words = split_words(item);
  std::size_t first = 0;
  while (first < words.size() && !is_name(words[first])) ++first;
  // "Biträdande rektor Olle Bäckström": a role of two words, capitalised as a line begins.
  if (first == 0 && words.size() > 3 && is_role_word(without_punctuation(words[1]))) {
    first = 2;
    while (first < words.size() && !is_name(words[first])) ++first;
  }
  std::size_t end = first;
  while (end < words.size() && end < first + 3 && is_name(words[end]) &&
         words[end].find('(') == std::string_view::npos) {
    const bool last = words[end].back() == ',' || words[end].back() == ')';
    ++end;
    if (last) break;
  }
  if (end - first < 2) return std::nullopt;
  Named named;
  std::vector<std::string> name, role;
  for (std::size_t k = first; k < end; ++k) name.push_back(without_punctuation(words[k]));
  std::vector<std::string> before;
  for (std::size_t k = 0; k < first; ++k) before.emplace_back(words[k]);
  if (!before.empty()) role.push_back(join(before, " "));
  named.name = join(name, " ");
  // "(ordförande)" after the name is part of the role.
  if (const std::size_t open = item.find('('), close = item.find(')'); open != std::string_view::npos &&
                                                                        close != std::string_view::npos && close > open)
    role.emplace_back(trim(item.substr(open + 1, close - open - 1)));
  named.role = join(role, ", ");
  return named;
}

// "A, B och C": the items of a list, parted by commas and "och".
std::vector<std::string> list_items(std::string_view text) {
  std::vector<std::string> items;
  std::string current;
  for (std::string_view word : split_words(text)) {
    if (word == "och" || word == "samt") {
      if (!current.empty()) items.push_back(current);
      current.clear();
      continue;
    }
    current += (current.empty() ? "" : " ") + std::string(word);
    if (word.back() == ',') {
      current.pop_back();
      items.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) items.push_back(current);
  return items;
}

enum class Side { Employer, Unions, Unknown };

}  // namespace

std::vector<ListedPerson> people_listed_role_first(std::string_view list) {
  std::vector<ListedPerson> out;
  for (const std::string& item : list_items(list)) {
    std::string_view text = item;
    if (const std::size_t relative = text.find(", som "); relative != std::string_view::npos) text = text.substr(0, relative);
    if (auto person = person_in(text)) out.push_back({person->name, person->role});
  }
  return out;
}

bool read_prose_attendance(std::string_view paragraph, SamverkanParticipants& result) {
  static constexpr std::array<std::string_view, 7> kPresentVerbs{"deltog",     "närvarade",     "var närvarande",
                                                                  "närvarande var", "medverkade", "företräddes av",
                                                                  "representerades av"};
  // Prose has a verb of taking part; a list under a heading ("Närvarande / Frånvarande") has
  // none, and is read as a list.
  const std::string whole = " " + lower(paragraph) + " ";
  if (std::none_of(kPresentVerbs.begin(), kPresentVerbs.end(),
                   [&](std::string_view verb) { return contains(whole, " " + std::string(verb) + " "); }))
    return false;
  bool read = false;
  for (const std::string& sentence : sentences(paragraph)) {
    const std::string lowered = lower(sentence);
    if (contains(lowered, "anmält förhinder") || contains(lowered, "hade förhinder") || contains(lowered, "återbud") ||
        contains(lowered, "var frånvarande") || contains(lowered, "deltog inte") ||
        contains(lowered, "var inte närvarande") || contains(lowered, " kom inte") || contains(lowered, " uteblev")) {
      for (const std::string& union_name : unions_named(sentence)) append_once(result.unions_absent, union_name);
      // "Gustav Rudberg (Ledarna) kom inte": the member away is one of the meeting's people.
      for (const std::string& item : list_items(sentence)) {
        const std::size_t open = item.find(" ("), close = item.find(')');
        if (open == std::string::npos || close == std::string::npos || close < open) continue;
        const auto union_name = schema::canonical_union(trim(std::string_view(item).substr(open + 2, close - open - 2)));
        if (!union_name) continue;
        if (auto person = person_in(std::string_view(item).substr(0, open)))
          result.people.push_back(schema::Person{person->name, "", "frånvarande", *union_name, "arbetstagarna"});
      }
      read = read || !result.unions_absent.empty();
      continue;
    }
    // The verb as a word: its start in the sentence, and its length.
    std::size_t verb_at = std::string::npos, verb_size = 0;
    const std::string padded = " " + lowered + " ";
    for (std::string_view verb : kPresentVerbs)
      for (const char after : {' ', ':', ','})
        if (const std::size_t at = padded.find(" " + std::string(verb) + after); at != std::string::npos && at < verb_at) {
          verb_at = at;  // padded[at] is the space before the verb: the verb starts at sentence[at]
          verb_size = verb.size();
        }
    if (verb_at == std::string::npos || verb_at + verb_size > sentence.size()) continue;
    // "Från arbetsgivaren deltog A och B" lists after the verb; "A och B deltog" before it.
    std::string_view after = trim(std::string_view(sentence).substr(verb_at + verb_size));
    if (!after.empty() && after.front() == ':') after = trim(after.substr(1));
    const std::string_view lead = std::string_view(sentence).substr(0, verb_at);
    std::string_view people = after.empty() ? lead : after;
    // "Närvarande var från arbetsgivaren rektor …": the side may follow the verb.
    std::string lead_lower = lower(lead);
    for (const std::string_view opening : {"från arbetsgivaren ", "för arbetsgivaren ", "från arbetsgivarsidan ",
                                           "från de fackliga organisationerna ", "från fackliga organisationer ",
                                           "från arbetstagarsidan "})
      if (starts_with_ci(people, opening)) {
        lead_lower += " " + std::string(opening);
        people = trim(people.substr(opening.size()));
      }
    const Side side = contains(lead_lower, "arbetsgivar")                                   ? Side::Employer
                      : contains(lead_lower, "facklig") || contains(lead_lower, "arbetstagar") ? Side::Unions
                                                                                            : Side::Unknown;
    // "Lo Berg och Kim Sand för Vision, Bo Ek för Kommunal": a union named after "för" goes
    // to every name since the last union.
    std::vector<std::size_t> waiting;
    for (const std::string& item : list_items(people)) {
      std::string_view text = item;
      std::optional<std::string> union_name;
      if (const std::size_t for_at = text.find(" för "); for_at != std::string_view::npos) {
        const auto named = unions_named(text.substr(for_at + 5));
        if (!named.empty()) union_name = named.front();
        text = text.substr(0, for_at);
      }
      const std::size_t relative = text.find(", som ");
      if (relative != std::string_view::npos) text = text.substr(0, relative);
      // "Ibrahim Sulejmani (Kommunal)": the union in brackets after the name, for every name
      // since the last union ("Ulrika Stark och Ibrahim Sulejmani (Kommunal)").
      if (const std::size_t open = text.find(" ("), close = text.rfind(')');
          !union_name && open != std::string_view::npos && close != std::string_view::npos && close > open)
        if (const auto bracketed = schema::canonical_union(trim(text.substr(open + 2, close - open - 2)))) {
          union_name = *bracketed;
          text = text.substr(0, open);
        }
      if (auto person = person_in(text)) {
        schema::Person p{person->name, "", person->role, "", side == Side::Employer ? "arbetsgivaren" : ""};
        if (side == Side::Unions) p.side = "arbetstagarna";
        result.people.push_back(std::move(p));
        waiting.push_back(result.people.size() - 1);
        read = true;
      }
      if (union_name) {
        append_once(result.unions, *union_name);
        for (std::size_t k : waiting) {
          result.people[k].union_name = *union_name;
          result.people[k].side = "arbetstagarna";
        }
        waiting.clear();
      }
    }
  }
  return read;
}

}  // namespace kommunsok::indexer
