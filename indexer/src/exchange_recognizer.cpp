#include "kommunsok/indexer/exchange_recognizer.hpp"
#include "kommunsok/indexer/exchange_text.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <tuple>
#include <utility>

#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxUnionWords = 3;
// A line this short that ends without punctuation before a capital is a heading, not a
// sentence broken at the margin (those lines run 60 to 90 characters).
constexpr std::size_t kHeadingLineBytes = 50;

// Verbs by which a union puts a question or a view to the employer.
constexpr std::array kAskingVerbs{"undrar",    "undrade",    "frågar",     "frågade",   "efterfrågar",
                                  "efterfrågade", "menar",   "menade",     "föreslår",  "föreslog",
                                  "vill",       "ville",      "lyfter",     "lyfte",     "påtalar",
                                  "påtalade",   "önskar",     "önskade",    "anser",     "ansåg",
                                  "ställer",    "ställde",    "hade",       "har",       "tar",
                                  "tog",        "uttrycker",  "uttryckte",  "ifrågasätter", "ifrågasatte",
                                  "framför",    "framförde",  "påpekar",    "påpekade",  "begär",
                                  "begärde",    "yrkar",      "yrkade",     "reser",     "väcker",
                                  "väckte",     "efterlyser", "efterlyste", "funderar",  "funderade",
                                  "hemställer", "hemställde", "är",         "var",       "uppmärksammar",
                                  "uppmärksammade", "saknar", "saknade",    "tycker",    "tyckte",
                                  "ber",        "bad",        "efterhör",   "efterhörde", "anmäler",
                                  "anmälde",    "följer",     "följde"};
// Verbs by which the employer answers.
constexpr std::array kAnsweringVerbs{"svarar",    "svarade",   "meddelar",   "meddelade", "berättar",
                                     "berättade", "förklarar", "förklarade", "informerar", "informerade",
                                     "säger",     "sa",        "sade",       "uppger",    "uppgav",
                                     "återkommer", "tydliggör", "tydliggjorde", "bekräftar", "bekräftade",
                                     "noterar",   "noterade",  "instämmer", "instämde",  "konstaterar",
                                     "konstaterade", "lovar",  "lovade",    "medger",    "medgav",
                                     "besvarar",  "besvarade", "förtydligar", "förtydligade", "klargör",
                                     "klargjorde", "poängterar", "poängterade", "betonar", "betonade",
                                     "framhåller", "framhöll", "redogör",    "redogjorde", "beskriver",
                                     "beskrev",   "hänvisar",  "hänvisade",  "påminner",  "påminde",
                                     "understryker", "underströk", "menar",  "menade",    "anser",
                                     "ansåg",     "delar",     "delade",     "tar",       "tog",
                                     "ser",       "såg",       "kommer",     "ska",       "skall",
                                     "avser",     "planerar",  "utreder",    "undersöker", "har",
                                     "hade",      "replikerar", "replikerade", "ger",      "gav",
                                     "tillmötesgår", "tillmötesgick", "avböjer", "avböjde",  "accepterar",
                                     "accepterade", "godtar",  "godtog",     "försäkrar", "försäkrade",
                                     "bemöter",   "bemötte",   "beklagar",   "beklagade", "välkomnar",
                                     "välkomnade", "upplyser",  "upplyste",   "åtar",      "åtog"};

bool is_one_of(std::string_view word, const auto& list) {
  const std::string w = lower(word);
  return std::any_of(list.begin(), list.end(), [&](const char* v) { return w == v; });
}

std::string word_without_punctuation(std::string_view word) {
  std::string w(word);
  while (!w.empty() && std::string_view(",.:;").find(w.back()) != std::string_view::npos) w.pop_back();
  return w;
}

// "kl", "t.ex", "ordf", an initial: a word a point ends without ending the sentence. Short
// words are not abbreviations by their length alone ("… dras in. Arbetsgivaren svarade …").
bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 22> kAbbreviations{
      "kl", "ca", "nr", "st", "ev", "jfr", "tel", "ang", "enl", "resp", "dvs", "inkl", "exkl", "kap", "bil", "ordf",
      "sekr", "forts", "fr", "p", "pkt", "tf"};
  if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;  // "08.10."
  // "… är 51 %. Kommunal …": a sign that stands for a word ends a sentence as the word would.
  if (word.size() == 1 && !std::isalpha(static_cast<unsigned char>(word[0]))) return false;
  if (word.size() <= 1 || word.find('.') != std::string_view::npos) return true;
  const std::string lowered = lower(word);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), lowered) != kAbbreviations.end() ||
         (split_words(word).size() == 1 && word.size() <= 2 && starts_uppercase(word));  // "A.", "Ö."
}

// Sentences of a text: ends at '.', '?' or '!' followed by a space and an upper-case letter,
// and at every '\n' (a paragraph or a heading ended there).
// "2.2 HSO Göran Ek …", "4.1 Kommunal …": a sub-item's number and a capital after it.
bool opens_numbered_item(std::string_view text) {
  const std::size_t space = text.find(' ');
  if (space == std::string_view::npos || space == 0 || space > 6) return false;
  const std::string_view token = text.substr(0, space);
  return std::isdigit(static_cast<unsigned char>(token.front())) && token.find('.') != std::string_view::npos &&
         std::all_of(token.begin(), token.end(), [](char d) { return (d >= '0' && d <= '9') || d == '.'; }) &&
         starts_uppercase(text.substr(space + 1));
}

std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      out.emplace_back(trim(std::string_view(text).substr(start, i - start)));
      start = i + 1;
      continue;
    }
    // "… flyttar? (Kommunal) Enligt rektor …": a question's tag in brackets ends it.
    if (c == ')' && text[i + 1] == ' ' && starts_uppercase(std::string_view(text).substr(i + 2))) {
      constexpr std::size_t kMaxTagBytes = 40;
      const std::size_t window = i > kMaxTagBytes ? i - kMaxTagBytes : 0;  // looked at locally, not back to the start
      const std::size_t found = std::string_view(text).substr(window, i - window).rfind('(');
      const std::size_t open = found == std::string_view::npos ? std::string::npos : window + found;
      if (open != std::string::npos && open >= 2 && text.compare(open - 2, 2, "? ") == 0) {
        out.emplace_back(trim(std::string_view(text).substr(start, i + 1 - start)));
        start = i + 2;
      }
      continue;
    }
    if ((c != '.' && c != '?' && c != '!') || text[i + 1] != ' ') continue;
    if (!starts_uppercase(std::string_view(text).substr(i + 2)) && !opens_numbered_item(std::string_view(text).substr(i + 2)))
      continue;
    // "kl. 13", "t.ex. Vision": a short abbreviation before the point is no sentence end; a
    // number is ("… vecka 29. Vision påpekade …").
    const std::size_t word_start = text.rfind(' ', i);
    const std::size_t first = word_start == std::string::npos ? 0 : word_start + 1;
    const std::size_t word_bytes = i - first;
    const bool number = word_bytes > 0 && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(first),
                                                      text.begin() + static_cast<std::ptrdiff_t>(i),
                                                      [](char d) { return d >= '0' && d <= '9'; });
    if (c == '.' && !number && is_abbreviation(std::string_view(text).substr(first, word_bytes))) continue;
    out.emplace_back(trim(std::string_view(text).substr(start, i + 1 - start)));
    start = i + 2;
  }
  if (start < text.size()) out.emplace_back(trim(std::string_view(text).substr(start)));
  // "2.2 HSO Göran Ek påpekar …", "3. Kommunal undrar …": a sub-item's number opens no sentence.
  for (std::string& sentence : out) {
    const std::size_t space = sentence.find(' ');
    if (space == std::string::npos || space > 6) continue;
    const std::string_view token = std::string_view(sentence).substr(0, space);
    const bool digits_and_dots = std::all_of(token.begin(), token.end(), [](char d) { return (d >= '0' && d <= '9') || d == '.'; });
    if (digits_and_dots && std::isdigit(static_cast<unsigned char>(token.front())) &&
        (token.find('.') != std::string_view::npos || token.size() <= 2) &&
        starts_uppercase(std::string_view(sentence).substr(space + 1)))
      sentence.erase(0, space + 1);
  }
  std::erase_if(out, [](const std::string& s) { return s.empty(); });
  return out;
}

// "Kommunals", "Akademikerförbundet SSR:s": the union the words [from, to) name in the genitive.
std::optional<std::string> union_in_genitive(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
  if (from >= to || to > words.size()) return std::nullopt;
  std::string last = word_without_punctuation(words[to - 1]);
  if (last.ends_with(":s")) last.resize(last.size() - 2);
  else if (last.ends_with("s")) last.pop_back();
  else return std::nullopt;
  std::vector<std::string> name;
  for (std::size_t k = from; k + 1 < to; ++k) name.push_back(word_without_punctuation(words[k]));
  name.push_back(last);
  return schema::canonical_union(join(name, " "));
}

// "Kommunal undrar …", "Akademikerförbundet SSR menar …": the union when a sentence opens
// with one and an asking verb.
std::optional<std::string> union_asking(const std::string& sentence) {
  const auto words = split_words(sentence);
  // "AT (Sveriges Lärare) undrar …": the employees' side, its union in brackets.
  if (sentence.starts_with("AT (")) {
    const std::size_t close = sentence.find(')');
    if (close != std::string::npos && close < 60) {
      const auto union_name = schema::canonical_union(std::string_view(sentence).substr(4, close - 4));
      const auto after = split_words(std::string_view(sentence).substr(close + 1));
      if (union_name && !after.empty() && is_one_of(after.front(), kAskingVerbs)) return union_name;
    }
  }
  // "Från Vision ställdes frågan om …", "Från Kommunal kom frågan …": the union asked, passively.
  if (words.size() > 3 && lower(words[0]) == "från")
    for (std::size_t n = 1; n <= kMaxUnionWords && n + 1 < words.size(); ++n) {
      const std::string verb = lower(words[n + 1]);
      if (verb != "ställdes" && verb != "kom" && verb != "framfördes" && verb != "lyftes" && verb != "väcktes") continue;
      std::vector<std::string> name;
      for (std::size_t k = 1; k <= n; ++k) name.push_back(word_without_punctuation(words[k]));
      if (auto canonical = schema::canonical_union(join(name, " "))) return canonical;
    }
  // "Från Kommunals sida ville man veta …": the union's side, in the genitive.
  if (words.size() > 3 && lower(words[0]) == "från")
    for (std::size_t n = 1; n <= kMaxUnionWords && n + 1 < words.size(); ++n) {
      if (lower(word_without_punctuation(words[n + 1])) != "sida") continue;
      if (auto canonical = union_in_genitive(words, 1, n + 1)) return canonical;
    }
  // "Facket (Vision) ville veta …": the union in brackets after the word for it.
  if (words.size() > 2 && (lower(words[0]) == "facket" || lower(words[0]) == "fackförbundet") && words[1].starts_with("(")) {
    const std::size_t open = sentence.find('('), close = sentence.find(')');
    if (close != std::string::npos && close < 60) {
      const auto after = split_words(std::string_view(sentence).substr(close + 1));
      if (const auto union_name = schema::canonical_union(std::string_view(sentence).substr(open + 1, close - open - 1));
          union_name && !after.empty() && is_one_of(after.front(), kAskingVerbs))
        return union_name;
    }
  }
  // "Sveriges Ingenjörer, som hade förhinder, hade i förväg skickat en fråga …": a relative
  // clause between the union and its verb.
  if (const std::size_t relative = sentence.find(", som "); relative != std::string::npos && relative < 60)
    if (const auto union_name = schema::canonical_union(std::string_view(sentence).substr(0, relative)))
      if (const std::size_t end = sentence.find(", ", relative + 6); end != std::string::npos && end < relative + 80) {
        const auto after = split_words(std::string_view(sentence).substr(end + 2));
        if (!after.empty() && is_one_of(after.front(), kAskingVerbs)) return union_name;
      }
  // "Undring från Lärarförbundet: kommer …", "Fråga från Vision: …": a question's noun, the
  // union it came from and a colon.
  if (words.size() > 3 && lower(words[1]) == "från") {
    const std::string noun = lower(words[0]);
    if (noun == "undring" || noun == "fråga" || noun == "fundering" || noun == "frågor")
      for (std::size_t n = 1; n <= kMaxUnionWords && n + 1 < words.size(); ++n) {
        if (!words[n + 1].ends_with(":")) continue;
        std::vector<std::string> name;
        for (std::size_t k = 2; k <= n + 1; ++k) name.push_back(word_without_punctuation(words[k]));
        if (auto canonical = schema::canonical_union(join(name, " "))) return canonical;
        break;
      }
  }
  // "Undrar Kommunal om …": the verb first, as a question's word order puts it.
  if (words.size() > 2 && starts_uppercase(words[0]) && is_one_of(lower(words[0]), kAskingVerbs) && lower(words[0]) != "har" &&
      lower(words[0]) != "hade" && lower(words[0]) != "är" && lower(words[0]) != "var")
    for (std::size_t n = std::min(kMaxUnionWords, words.size() - 2); n >= 1; --n) {
      std::vector<std::string> name;
      for (std::size_t k = 1; k <= n; ++k) name.push_back(word_without_punctuation(words[k]));
      if (auto canonical = schema::canonical_union(join(name, " "))) return canonical;
    }
  // "Vid förra mötet frågade Kommunal hur …": a short adverbial first, then the verb, then the
  // union (the word order after an adverbial). The adverbial opens with a preposition or an
  // adverb of time or order: "Förvaltningschefen frågade Kommunal om …" has a subject there, and
  // the union is the one asked.
  static constexpr std::array kAdverbialOpenings{"vid",       "på",             "under", "i",      "efter",
                                                 "inför",     "sedan",          "därefter", "därpå", "också",
                                                 "även",      "dessutom",       "slutligen", "först", "senare",
                                                 "inledningsvis", "avslutningsvis", "vidare", "återigen"};
  if (words.size() > 2 && is_one_of(lower(words[0]), kAdverbialOpenings)) {
    static constexpr std::array kStrictAsking{"undrar", "undrade", "frågar", "frågade", "efterfrågar", "efterfrågade"};
    constexpr std::size_t kMaxAdverbialWords = 5;
    for (std::size_t v = 1; v <= kMaxAdverbialWords && v + 1 < words.size(); ++v) {
      if (words[v - 1].ends_with(",")) break;  // a clause of its own before the verb
      if (!is_one_of(lower(words[v]), kStrictAsking)) continue;
      for (std::size_t n = std::min(kMaxUnionWords, words.size() - v - 1); n >= 1; --n) {
        std::vector<std::string> name;
        for (std::size_t k = v + 1; k <= v + n; ++k) name.push_back(word_without_punctuation(words[k]));
        if (auto canonical = schema::canonical_union(join(name, " "))) return canonical;
      }
      break;
    }
  }
  // "Kommunals fråga gällde om …", "Visions undran var …": the union's question, in the genitive.
  for (std::size_t n = 1; n <= kMaxUnionWords && n < words.size(); ++n) {
    const std::string noun = lower(word_without_punctuation(words[n]));
    if (noun != "fråga" && noun != "frågor" && noun != "undran" && noun != "synpunkt" && noun != "synpunkter") continue;
    if (auto canonical = union_in_genitive(words, 0, n)) return canonical;
  }
  for (std::size_t n = 1; n <= kMaxUnionWords && n < words.size(); ++n) {
    std::vector<std::string> name;
    for (std::size_t k = 0; k < n; ++k) name.push_back(word_without_punctuation(words[k]));
    // "Akavia (Saco-rådet) efterfrågar …": what the union stands in, in brackets, before the verb.
    std::size_t verb = n;
    if (words[n].starts_with("(") && words[n].ends_with(")") && n + 1 < words.size()) ++verb;
    if (!is_one_of(words[verb], kAskingVerbs)) continue;
    if (auto canonical = schema::canonical_union(join(name, " "))) return *canonical;
  }
  return std::nullopt;
}

bool asks_in_words(const std::string& question) {
  static constexpr std::array kQuestionVerbs{"undrar", "undrade", "frågar", "frågade", "efterfrågar", "efterfrågade"};
  for (std::string_view word : split_words(question)) {
    if (is_one_of(word, kQuestionVerbs)) return true;
  }
  // "vill veta om …", "ställde frågan om …"
  const std::string lowered = lower(question);
  return lowered.find(" vill veta ") != std::string::npos || lowered.find(" ville veta ") != std::string::npos ||
         lowered.find(" frågan ") != std::string::npos;
}

// "Arbetsgivaren svarar …", "Gunilla Ek förklarar …" (a person of the employer's side, or
// anyone the attendance names without a union), "Förvaltningschefen förklarar …", "Rektor
// svarade …": who answers for the employer, or nothing.
std::optional<std::string> employer_answering(const std::string& sentence, const std::vector<schema::Person>& people) {
  auto words = split_words(sentence);
  // "Biträdande rektor svarade", "Tf. förvaltningschef Eva Ek förklarar": a qualifier first.
  bool qualified = false;
  if (words.size() > 2) {
    const std::string qualifier = lower(words[0]);
    if (qualifier == "biträdande" || qualifier == "bitr." || qualifier == "tf" || qualifier == "tf." ||
        qualifier == "tillförordnad") {
      words.erase(words.begin());
      qualified = true;
    }
  }
  if (words.size() < 2) return std::nullopt;
  if (lower(words[0]) == "arbetsgivaren" || lower(words[0]) == "arbetsgivarsidan" || words[0] == "AG")
    return is_one_of(words[1], kAnsweringVerbs) ? std::optional<std::string>("Arbetsgivaren") : std::nullopt;
  // "Enligt räddningschefen är det möjligt …", "Enligt arbetsgivaren …": the answer in another's words.
  if (words.size() > 3 && lower(words[0]) == "enligt") {
    const std::string who = lower(word_without_punctuation(words[1]));
    if (who == "arbetsgivaren" || who == "arbetsgivarsidan") return std::string("Arbetsgivaren");
    if (who.ends_with("en") && is_role_word(std::string_view(who).substr(0, who.size() - 2))) {
      std::string role(word_without_punctuation(words[1]));
      role[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(role[0])));
      return role;
    }
  }
  // "Svar gavs av Linnéa Stål, som meddelade …", "Frågan besvarades av förvaltningschefen":
  // the answer given, passively, by someone named after "av".
  if (words.size() > 3) {
    const std::string what = lower(words[0]), how = lower(words[1]);
    const bool given = ((what == "svar" || what == "svaret" || what == "beskedet") &&
                        (how == "gavs" || how == "lämnades" || how == "ges" || how == "lämnas")) ||
                       (what == "frågan" && (how == "besvarades" || how == "besvaras"));
    if (given && lower(words[2]) == "av") {
      std::vector<std::string> who;
      constexpr std::size_t kMaxNameWords = 3;
      for (std::size_t k = 3; k < words.size() && who.size() < kMaxNameWords && starts_uppercase(words[k]); ++k) {
        who.push_back(word_without_punctuation(words[k]));
        if (words[k].ends_with(",")) break;
      }
      if (!who.empty()) return join(who, " ");
      const std::string role = word_without_punctuation(words[3]);
      if (lower(role) == "arbetsgivaren" || lower(role) == "arbetsgivarsidan") return std::string("Arbetsgivaren");
      if (role.ends_with("en") && is_role_word(std::string_view(role).substr(0, role.size() - 2))) return capitalize(role);
    }
  }
  // "Beskedet från AG blev att …", "Svaret från arbetsgivaren var att …".
  if (words.size() > 3 && (lower(words[0]) == "beskedet" || lower(words[0]) == "svaret") && lower(words[1]) == "från" &&
      (words[2] == "AG" || lower(words[2]) == "arbetsgivaren" || lower(words[2]) == "arbetsgivarsidan"))
    return std::string("Arbetsgivaren");
  for (const schema::Person& p : people) {
    if (!p.union_name.empty() || p.name.empty() || !sentence.starts_with(p.name + " ")) continue;
    auto rest = split_words(std::string_view(sentence).substr(p.name.size()));
    // "Eva-Lena Björk (S) svarar": a politician of the employer's side, the party after the name.
    constexpr std::size_t kMaxPartyBytes = 6;
    if (rest.size() > 1 && rest.front().starts_with("(") && rest.front().ends_with(")") && rest.front().size() <= kMaxPartyBytes)
      rest.erase(rest.begin());
    if (!rest.empty() && is_one_of(rest.front(), kAnsweringVerbs)) return p.name;
  }
  // A role word in the singular ("Förvaltningschefen", "Rektor"), not a union's name.
  // "Teknisk chef svarar": an adjective before the role word.
  if (words.size() > 2 && !is_role_word(words[0]) && starts_uppercase(words[0]) && starts_lowercase(words[1]) &&
      is_role_word(words[1]) && is_one_of(words[2], kAnsweringVerbs))
    return std::string(words[0]) + " " + std::string(words[1]);
  const std::string_view first = words[0];
  const bool role = is_role_word(first) || (first.ends_with("en") && is_role_word(first.substr(0, first.size() - 2))) ||
                    (first.ends_with("n") && is_role_word(first.substr(0, first.size() - 1)));  // "Förvaltningschefen"
  if ((!starts_uppercase(first) && !qualified) || !role || schema::canonical_union(first)) return std::nullopt;
  if (is_one_of(words[1], kAnsweringVerbs)) return std::string(first);
  // "Förvaltningschefen för samhällsbyggnad svarar": the role with what it is over.
  constexpr std::size_t kMaxQualifierWords = 4;
  if (lower(words[1]) == "för" || lower(words[1]) == "inom" || lower(words[1]) == "på")
    for (std::size_t k = 3; k < words.size() && k <= 2 + kMaxQualifierWords; ++k) {
      if (!starts_lowercase(words[k - 1])) break;  // "samhällsbyggnad", "barn- och utbildning"
      if (is_one_of(words[k], kAnsweringVerbs)) {
        std::vector<std::string> role(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
        return join(role, " ");
      }
    }
  // "Rektor Therese Lund svarade …": the role, then the name.
  std::size_t k = 1;
  while (k < words.size() && k <= 3 && is_name_word(words[k])) ++k;
  if (k >= 3 && k < words.size() && is_one_of(words[k], kAnsweringVerbs)) {
    std::vector<std::string> name(words.begin() + 1, words.begin() + static_cast<std::ptrdiff_t>(k));
    return join(name, " ");
  }
  return std::nullopt;
}

// After a union's question, the employer's turn however it is written: "Svar från
// verksamhetschefen: …", "Arbetsgivarens besked: …", "Svaret blev att …" (no one named),
// "Patrik Ros: nej, …", "Enligt rektor Mats Hallberg ska …", "Niklas Alm, kostchef, gav
// svaret …", "Gatuchefen återkopplade …" (a role or one of the employer's side, then a verb of
// any kind). Who answered ("" when no one is named), or nothing when the sentence is no answer.
std::optional<std::string> employer_turn(const std::string& sentence, const std::vector<schema::Person>& people) {
  const auto words = split_words(sentence);
  if (words.size() < 2) return std::nullopt;
  // A verb of any kind answers only when it reports what was said ("räknar med att …",
  // "återkopplade med att …"), not "Anna Lund öppnade mötet".
  constexpr std::size_t kReportWords = 8;
  const bool reports = std::any_of(words.begin() + 1, words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), kReportWords)),
                                   [](std::string_view w) { return w == "att"; });
  const std::string first = lower(words[0]), second = lower(words[1]);
  // "Det svarades från arbetsgivarsidan att …": answered, passively.
  if (first == "det" && (second == "svarades" || second == "besvarades") && words.size() > 3 && lower(words[2]) == "från") {
    const std::string who = lower(word_without_punctuation(words[3]));
    return who.starts_with("arbetsgivar") ? std::string("Arbetsgivaren") : capitalize(word_without_punctuation(words[3]));
  }
  // "Svaret blev att …", "Beskedet var att …".
  if ((first == "svaret" || first == "beskedet") && (second == "blev" || second == "var" || second == "är")) return std::string();
  // "Av svaret framgick att …": what the answer said, no one named.
  if (first == "av" && (second == "svaret" || second == "beskedet") && words.size() > 3 &&
      (lower(words[2]) == "framgick" || lower(words[2]) == "framkom"))
    return std::string();
  // "Det framkom att …", "Det framgick att …": what the meeting learnt, passively.
  if (first == "det" && (second == "framkom" || second == "framgick" || second == "klargjordes" || second == "förtydligades") &&
      words.size() > 2 && lower(words[2]) == "att")
    return std::string();
  // "Vård- och omsorgsförvaltningen har enligt Susanne Wik en handlingsplan …": an
  // administration named in full, then what it does or has — the employer's answer.
  for (std::size_t k = 0; k < words.size() && k <= 3; ++k) {
    const std::string w = lower(words[k]);
    if (!(w.ends_with("förvaltningen") || w.ends_with("kontoret")) || k + 1 >= words.size()) continue;
    const bool compound_name = std::all_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k), [](std::string_view part) {
      return part.ends_with("-") || part == "och";
    });
    if (!compound_name || !is_one_of(words[k + 1], kAnsweringVerbs)) break;
    std::vector<std::string> name;
    for (std::size_t j = 0; j <= k; ++j) name.emplace_back(words[j]);
    return join(name, " ");
  }
  // "HR svarade att …", "Förvaltningen meddelade …": a part of the employer's organisation.
  if ((first == "hr" || first == "hr-avdelningen" || first == "förvaltningen" || first == "ledningen" ||
       first == "förvaltningsledningen" || first == "skolledningen") &&
      is_one_of(words[1], kAnsweringVerbs))
    return std::string(words[0]);
  // "Kommunchefen lämnade ett nekande svar: …", "Förvaltningschefen gav till svar att …": a
  // role in the definite form whose sentence gives an answer or a word of it.
  // (Not "Personalchefen Linnéa Stål lämnade beskedet …": the name after the role answers.)
  if (words.size() > 3 && starts_uppercase(words[0]) && words[0].ends_with("en") && starts_lowercase(words[1]) &&
      is_role_word(std::string_view(words[0]).substr(0, words[0].size() - 2))) {
    constexpr std::size_t kAnswerWords = 6;
    for (std::size_t k = 1; k < words.size() && k <= kAnswerWords; ++k) {
      const std::string w = lower(word_without_punctuation(words[k]));
      if (w == "svar" || w == "svaret" || w == "besked" || w == "beskedet") return capitalize(std::string(words[0]));
    }
  }
  // "Arbetsgivarens besked: …", "Arbetsgivarens svar: …", "Arbetsgivarens uppfattning är att …".
  if ((first == "arbetsgivarens" || first == "arbetsgivarsidans") && (second == "besked:" || second == "svar:"))
    return std::string("Arbetsgivaren");
  if ((first == "arbetsgivarens" || first == "arbetsgivarsidans") && words.size() > 3 &&
      (second == "uppfattning" || second == "bedömning" || second == "besked" || second == "svar" ||
       second == "ståndpunkt" || second == "hållning") &&
      (lower(words[2]) == "är" || lower(words[2]) == "var" || lower(words[2]) == "blev"))
    return std::string("Arbetsgivaren");
  // "Svar från verksamhetschefen: …", "Svar från Maria Kvist: …".
  constexpr std::size_t kMaxLabelBytes = 60;
  const std::size_t colon = sentence.find(": ");
  if ((first == "svar" || first == "svaret") && second == "från" && colon != std::string::npos && colon < kMaxLabelBytes) {
    const std::string who(trim(std::string_view(sentence).substr(words[2].data() - sentence.data(), colon - (words[2].data() - sentence.data()))));
    if (lower(who) == "arbetsgivaren" || lower(who) == "arbetsgivarsidan") return std::string("Arbetsgivaren");
    return capitalize(who);
  }
  // "Arbetsgivaren (Hanna Widell) svarar: …": the side, and who spoke for it.
  if ((first == "arbetsgivaren" || first == "arbetsgivarsidan") && words[1].starts_with("(")) {
    const std::size_t open = sentence.find('('), close = sentence.find(')');
    if (close != std::string::npos && close < kMaxLabelBytes) {
      const std::string who(trim(std::string_view(sentence).substr(open + 1, close - open - 1)));
      const auto after = split_words(std::string_view(sentence).substr(close + 1));
      if (!after.empty() && starts_lowercase(after.front())) return who;
    }
  }
  // One of the employer's side, by name: "Patrik Ros: nej …", "Niklas Alm, kostchef, gav …",
  // "Maria Kvist räknar med …" — not "Ulrika Stark, Kommunal" (a union's, named so).
  for (const schema::Person& p : people) {
    if (!p.union_name.empty() || p.name.empty() || !sentence.starts_with(p.name)) continue;
    const std::string_view rest = std::string_view(sentence).substr(p.name.size());
    if (rest.starts_with(", ") && schema::canonical_union(rest.substr(2, rest.find_first_of(",.", 2) - 2))) continue;
    if (rest.starts_with(": ") || rest.starts_with(", ")) return p.name;
    const auto after = split_words(rest);
    if (!after.empty() && rest.starts_with(" ") && starts_lowercase(after.front()) &&
        (reports || is_one_of(word_without_punctuation(after.front()), kAnsweringVerbs)))
      return p.name;
  }
  // "Enligt rektor Mats Hallberg ska …": the answer in the words of one named.
  if (first == "enligt" && words.size() > 3) {
    std::size_t k = 1;
    if (starts_lowercase(words[k]) && is_role_word(words[k])) ++k;
    std::vector<std::string> name;
    for (; k < words.size() && name.size() < 3 && is_name_word(words[k]) && starts_uppercase(words[k]); ++k)
      name.push_back(word_without_punctuation(words[k]));
    if (name.size() >= 2) return join(name, " ");
  }
  // "Gatuchefen återkopplade med att …": a role in the definite form, then a verb.
  const std::string_view role = words[0];
  const bool definite_role = starts_uppercase(role) && !schema::canonical_union(role) &&
                             ((role.ends_with("en") && is_role_word(role.substr(0, role.size() - 2))) ||
                              (role.ends_with("n") && is_role_word(role.substr(0, role.size() - 1))));
  if (definite_role && starts_lowercase(words[1]) && (reports || is_one_of(word_without_punctuation(words[1]), kAnsweringVerbs)))
    return std::string(word_without_punctuation(role));
  // "HR-chefen Lena Borg hänvisade …", "Jenny Ask beskrev att …": a name (after its role, or
  // alone) of no union's side, then an answering verb.
  std::size_t k = definite_role || (starts_uppercase(role) && is_role_word(role)) ? 1 : 0;
  std::vector<std::string> name;
  for (; k < words.size() && name.size() < 3 && starts_uppercase(words[k]) && is_name_word(words[k]); ++k)
    name.push_back(std::string(words[k]));
  // After a role ("Personalchefen Hanna Widell lämnade beskedet …") any verb; a name alone
  // needs one of answering.
  const bool after_role = !name.empty() && k > name.size();
  if (name.size() >= 2 && k < words.size() &&
      (is_one_of(words[k], kAnsweringVerbs) || (after_role && starts_lowercase(words[k]) && reports))) {
    const std::string who = join(name, " ");
    const bool of_a_union = schema::canonical_union(who).has_value() ||
                            std::any_of(people.begin(), people.end(), [&](const schema::Person& p) {
                              return p.name == who && !p.union_name.empty();
                            });
    if (!of_a_union) return who;
  }
  return std::nullopt;
}

// Byte offset of the start of each line in the stored text (lines joined by '\n').
// "→ Svar från Per Nordin: …", "• Undrar Kommunal …": an arrow or a bullet before a point is
// no part of it.
std::string_view without_point_marker(std::string_view line) {
  for (std::string_view arrow : {"\xE2\x86\x92", "\xE2\x87\x92", "->", "=>", "\xE2\x80\xA2 ", "\xE2\x96\xAA "})
    if (line.starts_with(arrow)) return trim(line.substr(arrow.size()));
  return line;
}

std::vector<std::size_t> line_offsets(const ExtractedText& text) {
  std::vector<std::size_t> offsets;
  std::size_t at = 0;
  for (const auto& line : text.lines()) {
    offsets.push_back(at);
    at += line.size() + 1;
  }
  offsets.push_back(at);
  return offsets;
}

struct SectionText {
  std::string heading;
  std::string flat;
  std::size_t offset;
};

// The body's sections as running text; a document without sections is one.
std::vector<SectionText> section_texts(const DocumentStructure& structure) {
  const auto& lines = structure.text().lines();
  const auto offsets = line_offsets(structure.text());
  // Lines run on with a space (extraction may leave blank lines inside a sentence); a short
  // line without a sentence's end before one that opens in capitals ("2. Budget" / "Kommunal
  // undrar …") is a heading, and ends a paragraph: '\n'.
  auto flat_of = [&](std::size_t begin, std::size_t end) {
    std::string flat;
    std::string_view previous;
    for (std::size_t i = begin; i < end; ++i) {
      std::string_view line = without_point_marker(trim(lines[i]));
      if (line.empty()) continue;
      // "– Kommunal frågar om …": a point set with a dash opens a paragraph, its dash aside (an
      // arrow or a bullet is no part of the line already, see without_point_marker).
      bool bulleted = false;
      for (std::string_view bullet : {"\xE2\x80\x93 ", "\xE2\x80\x94 ", "- ", "* "})
        if (line.starts_with(bullet) && starts_uppercase(trim(line.substr(bullet.size())))) {
          line = trim(line.substr(bullet.size()));
          bulleted = true;
          break;
        }
      const bool heading_before = !previous.empty() && previous.size() <= kHeadingLineBytes && starts_uppercase(line) &&
                                  std::string_view(".,;:?!-(").find(previous.back()) == std::string_view::npos;
      // "Fråga från Kommunal: …", "Svar: …": a labelled point opens a paragraph of its own.
      const bool labelled = starts_with_ci(line, "Fråga från ") || starts_with_ci(line, "Svar:") ||
                            starts_with_ci(line, "Frågeställare:") || starts_with_ci(line, "Fråga:") ||
                            starts_with_ci(line, "Svarande:") ||
                            starts_with_ci(line, "Synpunkt från ") || starts_with_ci(line, "Fråga ställd av ") ||
                            starts_with_ci(line, "Frågeställning från ") || starts_with_ci(line, "Svar från ");
      // "… när två tjänster är vakanta / Gatuchefen återkopplade …": the employer's turn opens
      // its line after a question that lost its full stop.
      const bool turn = !previous.empty() && std::string_view(".?!:,").find(previous.back()) == std::string_view::npos &&
                        starts_uppercase(line) && employer_turn(std::string(line), {}).has_value();
      if (!flat.empty()) flat += heading_before || labelled || turn || bulleted ? '\n' : ' ';
      flat += line;
      previous = line;
    }
    return flat;
  };
  std::vector<SectionText> out;
  if (structure.sections().empty()) {
    out.push_back({"", flat_of(structure.header_end(), lines.size()), offsets[structure.header_end()]});
    return out;
  }
  for (const Section& s : structure.sections())
    out.push_back({s.heading, flat_of(s.begin + 1, s.end), offsets[s.begin]});
  return out;
}

}  // namespace

// "Frågeställare: Kommunal": the value after a form's label, or nothing for another line.
std::optional<std::string> form_value(const std::string& sentence, std::string_view label) {
  constexpr std::size_t kMaxValueBytes = 80;
  if (!starts_with_ci(sentence, label) || sentence.size() > label.size() + kMaxValueBytes) return std::nullopt;
  std::string value(trim(std::string_view(sentence).substr(label.size())));
  while (!value.empty() && value.back() == '.') value.pop_back();
  return value;
}

// "Fråga från Kommunal: …", "Fråga från medarbetare (Sanna Olofsson): …": who asks, by the
// label the minutes put before the question; the asker and the union (empty for a person).
std::optional<std::pair<std::string, std::string>> asked_under_label(const std::string& sentence) {
  constexpr std::size_t kMaxLabelBytes = 80;
  // "Fråga från Kommunal:", "Fråga ställd av Vision:", "Frågeställning från Vision:".
  std::string_view kLabel = "Fråga från ";
  for (std::string_view label : {"Fråga från ", "Fråga ställd av ", "Frågeställning från ", "Fråga av "})
    if (starts_with_ci(sentence, label)) kLabel = label;
  const std::size_t colon = sentence.find(':');
  // "Vision: Hur ska …?": a dialogue, the union's name as the speaker's label before a question.
  constexpr std::size_t kMaxSpeakerBytes = 40;
  if (!starts_with_ci(sentence, kLabel) && colon != std::string::npos && colon <= kMaxSpeakerBytes &&
      sentence.ends_with("?"))
    if (const auto union_name = schema::canonical_union(trim(std::string_view(sentence).substr(0, colon))))
      return std::make_pair(*union_name, *union_name);
  if (!starts_with_ci(sentence, kLabel)) return std::nullopt;
  if (colon == std::string::npos || colon > kMaxLabelBytes || colon < kLabel.size()) return std::nullopt;
  const std::string who(trim(std::string_view(sentence).substr(kLabel.size(), colon - kLabel.size())));
  if (const auto union_name = schema::canonical_union(who)) return std::make_pair(*union_name, *union_name);
  // "Sveriges Ingenjörer (i chatten)": the union, and where it asked.
  if (const std::size_t open = who.find(" ("); open != std::string::npos)
    if (const auto union_name = schema::canonical_union(trim(std::string_view(who).substr(0, open))))
      return std::make_pair(*union_name, *union_name);
  // "medarbetare (Sanna Olofsson)": the person in brackets.
  if (const std::size_t open = who.find('('), end = who.rfind(')'); open != std::string::npos && end > open + 1)
    return std::make_pair(collapse_spaces(std::string_view(who).substr(open + 1, end - open - 1)), std::string());
  if (who.empty()) return std::nullopt;
  return std::make_pair(who, std::string());
}

// Who asked, written around the question rather than before a verb: "F (Kommunal): Hur …?",
// "F (Linnea, Kommunal): Kan …?" (a question's label with the asker), "Frågan om … väcktes av
// Vision, som …" / "Frågan ställdes av Pia Lundin om …" (passively, the asker after "av"),
// "Vad händer med …? (Kommunal)" (the union tagged after the question), "De fackliga
// organisationerna ville gemensamt veta …" (the unions together). The asker and the union.
std::optional<std::pair<std::string, std::string>> asker_around(const std::string& sentence) {
  const auto words = split_words(sentence);
  if (words.size() < 3) return std::nullopt;
  // "F (Kommunal): …", "Fråga (Vision): …".
  if ((words[0] == "F" || words[0] == "Fråga") && words[1].starts_with("(")) {
    const std::size_t open = sentence.find('('), close = sentence.find("):");
    constexpr std::size_t kMaxLabelBytes = 60;
    if (close != std::string::npos && close < kMaxLabelBytes) {
      const std::string inside(sentence.substr(open + 1, close - open - 1));
      if (const auto union_name = schema::canonical_union(inside)) return std::make_pair(*union_name, *union_name);
      if (const std::size_t comma = inside.rfind(", "); comma != std::string::npos)
        if (const auto union_name = schema::canonical_union(std::string_view(inside).substr(comma + 2)))
          return std::make_pair(inside.substr(0, comma), *union_name);
    }
  }
  // "Frågan om … väcktes av Vision", "Frågan ställdes av Pia Lundin", "En fråga kom från Kommunal".
  const std::string first = lower(words[0]);
  if (first == "frågan" || (first == "en" && lower(words[1]) == "fråga")) {
    constexpr std::size_t kMaxOpeningWords = 25;
    for (std::size_t k = 1; k + 2 < words.size() && k < kMaxOpeningWords; ++k) {
      const std::string verb = lower(words[k]);
      if (verb != "väcktes" && verb != "ställdes" && verb != "lyftes" && verb != "restes" && verb != "kom" &&
          verb != "framfördes")
        continue;
      const std::string by = lower(words[k + 1]);
      if (by != "av" && by != "från") break;
      std::vector<std::string> who;
      for (std::size_t j = k + 2; j < words.size() && who.size() < kMaxUnionWords && starts_uppercase(words[j]); ++j) {
        who.push_back(word_without_punctuation(words[j]));
        if (words[j].ends_with(",") || words[j].ends_with(".")) break;
      }
      if (who.empty()) break;
      // "av Vision", "av Akademikerförbundet SSR", "av Pia Lundin".
      for (std::size_t n = who.size(); n >= 1; --n)
        if (const auto union_name = schema::canonical_union(join(std::vector<std::string>(who.begin(), who.begin() + static_cast<std::ptrdiff_t>(n)), " ")))
          return std::make_pair(*union_name, *union_name);
      if (who.size() >= 2 && std::all_of(who.begin(), who.end(), [](const std::string& w) { return is_name_word(w); }))
        return std::make_pair(join(who, " "), std::string());
      break;
    }
  }
  // "Vad händer med …? (Kommunal)": the union tagged after the question mark.
  if (const std::size_t mark = sentence.rfind("? ("); mark != std::string::npos && sentence.ends_with(")"))
    if (const auto union_name = schema::canonical_union(std::string_view(sentence).substr(mark + 3, sentence.size() - mark - 4)))
      return std::make_pair(*union_name, *union_name);
  // "De fackliga organisationerna ville gemensamt veta …": the unions together.
  for (std::string_view together : {"De fackliga organisationerna", "Fackliga organisationerna", "Arbetstagarsidan",
                                     "Arbetstagarna", "Facket"}) {
    const std::size_t taken = split_words(together).size();
    if (starts_with_ci(sentence, std::string(together) + " ") && taken < words.size() &&
        is_one_of(words[taken], kAskingVerbs))
      return std::make_pair(std::string(sentence.substr(0, together.size())), std::string());
  }
  return std::nullopt;
}

// "Kajsa Berg påtalade att …": a union's representative, named in the attendance, asking
// in person. The person and their union.
std::optional<std::pair<std::string, std::string>> representative_asking(const std::string& sentence,
                                                                         const std::vector<schema::Person>& people) {
  // "Kommunals skyddsombud Ahmed Nasser frågar …": the union in the genitive, a role, the name.
  if (const auto words = split_words(sentence); words.size() > 3 && words[0].ends_with("s"))
    if (const auto union_name = schema::canonical_union(words[0].substr(0, words[0].size() - 1)))
      for (const schema::Person& p : people) {
        if (p.name.empty()) continue;
        constexpr std::size_t kOpeningBytes = 120;  // the role and the name open the sentence
        const std::size_t at = std::string_view(sentence).substr(0, kOpeningBytes).find(" " + p.name + " ");
        if (at == std::string::npos || at > 60) continue;
        const auto rest = split_words(std::string_view(sentence).substr(at + p.name.size() + 2));
        if (!rest.empty() && is_one_of(rest.front(), kAskingVerbs)) return std::make_pair(p.name, *union_name);
      }
  // "HSO Göran Ek påpekar …", "Skyddsombud Linda Berg undrar …": a role or its abbreviation
  // before the name.
  std::string_view opening = sentence;
  for (int k = 0; k < 2; ++k) {
    const auto words = split_words(opening);
    if (words.size() < 3) break;
    const std::string_view w = words.front();
    const bool abbreviation = w.size() >= 2 && w.size() <= 4 &&
                              std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                              !schema::canonical_union(w);
    if (!abbreviation && !is_role_word(w)) break;
    opening = trim(opening.substr(w.size()));
  }
  for (const schema::Person& p : people) {
    if (p.union_name.empty() || p.name.empty() || !opening.starts_with(p.name)) continue;
    std::string_view rest = opening.substr(p.name.size());
    // "Anna Ek/Sveriges Lärare tar upp …": the union after a slash.
    if (rest.starts_with("/")) {
      const auto after = split_words(rest.substr(1));
      std::size_t taken = 0;
      for (std::size_t n = 1; n <= kMaxUnionWords && n < after.size() && taken == 0; ++n)
        if (schema::canonical_union(std::string_view(after.front().data(), static_cast<std::size_t>(
                                                                             after[n - 1].data() + after[n - 1].size() -
                                                                             after.front().data()))))
          taken = static_cast<std::size_t>(after[n - 1].data() + after[n - 1].size() - rest.data());
      if (taken == 0) continue;
      rest = rest.substr(taken);
    } else if (rest.starts_with(", ") || rest.starts_with(" (")) {
      // "Petra Lind, Kommunal, undrade …", "Petra Lind (Kommunal) undrade …"
      const std::size_t end = rest.find(rest.front() == ',' ? ',' : ')', 2);
      if (end == std::string_view::npos || !schema::canonical_union(trim(rest.substr(2, end - 2)))) continue;
      rest = rest.substr(end + 1);
    }
    if (!rest.starts_with(" ")) continue;
    const auto words = split_words(rest);
    if (!words.empty() && is_one_of(words.front(), kAskingVerbs)) return std::make_pair(p.name, p.union_name);
  }
  return std::nullopt;
}

namespace {

// The people a sentence may open with, found by the first two words of their names: each
// name once, so a long attendance list does not make every sentence cost as much as the list.
class PeopleByNameStart {
 public:
  explicit PeopleByNameStart(const std::vector<schema::Person>& people) {
    std::set<std::string> seen;
    for (const schema::Person& p : people) {
      const auto words = split_words(p.name);
      if (words.size() < 2 || !seen.insert(p.name).second) continue;
      by_words_[std::string(words[0]) + " " + std::string(words[1])].push_back(p);
      ++first_names_[std::string(words[0])];
      if (p.union_name.empty()) by_first_name_.emplace(std::string(words[0]), p);
      else members_by_first_name_.emplace(std::string(words[0]), p);
      const std::string initials = initials_of(p.name);
      ++initials_count_[initials];
      by_initials_.emplace(initials, p);
    }
  }

  // "Tiina (Kommunal) frågade …": one of a union's by a first name no one else of it bears.
  std::optional<schema::Person> member_by_first_name(std::string_view first, const std::string& union_name) const {
    std::optional<schema::Person> found;
    const auto range = members_by_first_name_.equal_range(std::string(first));
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second.union_name != union_name) continue;
      if (found) return std::nullopt;
      found = it->second;
    }
    // The attendance may have put the person down without the union (a participant export):
    // a first name no one else in it bears.
    const auto count = first_names_.find(std::string(first));
    if (!found && count != first_names_.end() && count->second == 1) {
      if (range.first != range.second) return range.first->second;
      return by_first_name(first);
    }
    return found;
  }

  // "EN undrar …", "CH svarar …": a person by the initials the minutes gave them ("Elsa
  // Nyborg (EN)"), when no one else has the same.
  std::optional<schema::Person> by_initials(std::string_view token, const std::string& text) const {
    constexpr std::size_t kMaxInitials = 3;
    if (token.size() < 2 || token.size() > kMaxInitials ||
        !std::all_of(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
      return std::nullopt;
    const auto count = initials_count_.find(std::string(token));
    if (count == initials_count_.end() || count->second != 1) return std::nullopt;
    // Whether "(EN)" is written, looked for once per initials, not once per sentence.
    auto written = initials_written_.find(std::string(token));
    if (written == initials_written_.end())
      written = initials_written_.emplace(std::string(token), text.find("(" + std::string(token) + ")") != std::string::npos).first;
    if (!written->second) return std::nullopt;
    return by_initials_.find(std::string(token))->second;
  }

  // "Annika svarade …": one of the employer's side by a first name no one else bears.
  std::optional<schema::Person> by_first_name(std::string_view first) const {
    const auto count = first_names_.find(std::string(first));
    if (count == first_names_.end() || count->second != 1) return std::nullopt;
    const auto it = by_first_name_.find(std::string(first));
    return it == by_first_name_.end() ? std::nullopt : std::optional<schema::Person>(it->second);
  }

  // Those whose name's first two words stand together among the sentence's first words (a
  // name with a comma after it too: "Petra Lind, Kommunal, undrade").
  std::vector<schema::Person> in(const std::string& sentence) const {
    constexpr std::size_t kOpeningWords = 8, kMaxCandidates = 16;
    std::vector<schema::Person> out;
    const auto words = split_words(sentence);
    std::set<std::string> pairs_seen;
    for (std::size_t k = 0; k + 1 < words.size() && k < kOpeningWords && out.size() < kMaxCandidates; ++k) {
      std::string second(words[k + 1]);
      second.resize(std::min(second.size(), second.find('/')));  // "Anna Ek/Sveriges Lärare"
      while (!second.empty() && (second.back() == ',' || second.back() == ')' || second.back() == ':')) second.pop_back();
      const std::string pair = std::string(words[k]) + " " + second;
      if (!pairs_seen.insert(pair).second) continue;
      const auto it = by_words_.find(pair);
      if (it == by_words_.end()) continue;
      for (const schema::Person& p : it->second) {
        if (out.size() >= kMaxCandidates) break;
        out.push_back(p);
      }
    }
    return out;
  }

 private:
  std::map<std::string, std::vector<schema::Person>> by_words_;
  std::map<std::string, std::size_t> first_names_;
  std::map<std::string, schema::Person> by_first_name_;
  std::multimap<std::string, schema::Person> members_by_first_name_;
  std::map<std::string, std::size_t> initials_count_;
  std::map<std::string, schema::Person> by_initials_;
  mutable std::map<std::string, bool> initials_written_;
};

// "Tiina (Kommunal) frågade …", "Tiina Laaksonen (Kommunal) frågade …": a name the attendance
// may not list in full, its union in brackets, then an asking verb. The person (in full when
// the union has one member of that first name) and the union.
std::optional<std::pair<std::string, std::string>> named_with_union_asking(const std::string& sentence,
                                                                           const PeopleByNameStart& index) {
  constexpr std::size_t kMaxNameWords = 3, kOpeningBytes = 120;
  const std::size_t open = sentence.find(" (");
  if (open == std::string::npos || open > kOpeningBytes) return std::nullopt;
  const std::size_t close = sentence.find(')', open);
  if (close == std::string::npos) return std::nullopt;
  const std::string name(sentence.substr(0, open));
  const auto name_words = split_words(name);
  if (name_words.empty() || name_words.size() > kMaxNameWords ||
      !std::all_of(name_words.begin(), name_words.end(), [](std::string_view w) { return is_name_word(w); }))
    return std::nullopt;
  const auto union_name = schema::canonical_union(trim(std::string_view(sentence).substr(open + 2, close - open - 2)));
  const auto after = split_words(std::string_view(sentence).substr(close + 1));
  if (!union_name || after.empty() || !is_one_of(after.front(), kAskingVerbs)) return std::nullopt;
  if (name_words.size() == 1)
    if (const auto person = index.member_by_first_name(name_words.front(), *union_name)) return std::make_pair(person->name, *union_name);
  return std::make_pair(name, *union_name);
}

// "Arbetsgivaren frågar de fackliga organisationerna om …", "Förvaltningen frågade Kommunal om
// …": the employer asking the unions — the other way round from most of the minutes.
bool employer_asking_unions(const std::string& sentence) {
  static constexpr std::array kEmployer{"arbetsgivaren", "arbetsgivarsidan", "förvaltningen"};
  static constexpr std::array kAsking{"frågar", "frågade", "undrar", "undrade"};
  static constexpr std::array kUnionsAsked{"de fackliga organisationerna", "de fackliga företrädarna", "facken",
                                           "fackförbunden", "arbetstagarorganisationerna", "arbetstagarsidan",
                                           "de fackliga"};
  const auto words = split_words(sentence);
  if (words.size() < 4 || !is_one_of(words[0], kEmployer) || !is_one_of(words[1], kAsking)) return false;
  // "Arbetsgivaren frågade om de fackliga organisationerna hade några synpunkter …": the unions
  // the subject of the question asked.
  const std::size_t first = lower(words[2]) == "om" ? 3 : 2;
  const std::string rest = lower(std::string_view(sentence).substr(static_cast<std::size_t>(words[first].data() - sentence.data())));
  if (std::any_of(kUnionsAsked.begin(), kUnionsAsked.end(), [&](std::string_view u) { return rest.starts_with(u); })) return true;
  // After "om" the union is a name, capitalised: "om ledarna hade informerat" is the managers.
  for (std::size_t n = 1; n <= kMaxUnionWords && first + n <= words.size() && (first == 2 || starts_uppercase(words[first])); ++n) {
    std::vector<std::string> name;
    for (std::size_t k = first; k < first + n; ++k) name.push_back(word_without_punctuation(words[k]));
    if (schema::canonical_union(join(name, " "))) return true;
  }
  return false;
}

// "Kommunal svarar att …": the union answering, and which.
std::optional<std::string> union_answering(const std::string& sentence) {
  const auto words = split_words(sentence);
  for (std::size_t n = 1; n <= kMaxUnionWords && n < words.size(); ++n) {
    if (!is_one_of(words[n], kAnsweringVerbs)) continue;
    std::vector<std::string> name;
    for (std::size_t k = 0; k < n; ++k) name.push_back(word_without_punctuation(words[k]));
    if (auto canonical = schema::canonical_union(join(name, " "))) return canonical;
  }
  return std::nullopt;
}

}  // namespace

std::vector<schema::Exchange> recognize_samverkan_exchanges(const DocumentStructure& structure,
                                                            const std::vector<schema::Person>& all_people) {
  const PeopleByNameStart index(all_people);
  std::vector<schema::Exchange> out;
  const std::string full = structure.text().full_text();
  for (const SectionText& section : section_texts(structure)) {
    std::optional<schema::Exchange> open;
    std::size_t cursor = section.offset;
    bool answering = false;
    bool employer_asked = false;  // the open exchange is the employer's question to the unions
    std::string last_asker, last_affiliation;
    auto close = [&] {
      // A union's statement that nobody answered ("Vision har en utbildning …") is news, not
      // a question: keep what was answered, asked with '?', or asked in so many words.
      if (open && (!open->answer.empty() || open->question.find('?') != std::string::npos ||
                   asks_in_words(open->question)))
        out.push_back(std::move(*open));
      open.reset();
      answering = false;
      employer_asked = false;
    };
    // "Frågeställare: Kommunal / Fråga: … / Svarande: Per Ek, HR-chef / Svar: …": a form whose
    // labels name who asks and who answers on lines of their own.
    std::optional<std::pair<std::string, std::string>> form_asker;
    std::string form_answerer;
    for (const std::string& sentence : sentences_of(section.flat)) {
      if (const auto value = form_value(sentence, "Frågeställare:")) {
        close();
        if (const auto union_name = schema::canonical_union(*value)) form_asker = std::make_pair(*union_name, *union_name);
        else if (!value->empty()) form_asker = std::make_pair(*value, std::string());
        continue;
      }
      if (const auto value = form_value(sentence, "Svarande:")) {
        form_answerer = value->substr(0, value->find(','));
        if (open && open->answerer.empty()) open->answerer = form_answerer;
        continue;
      }
      if (form_asker && starts_with_ci(sentence, "Fråga:")) {
        close();
        std::tie(last_asker, last_affiliation) = *form_asker;
        form_asker.reset();
        form_answerer.clear();
        cursor = position_of(full, sentence, cursor);
        open = schema::Exchange{last_asker, last_affiliation, "", sentence, "", section.heading, cursor};
        continue;
      }
      // "Fråga från Kommunal: Hur …?" … "Svar: Körtiden …": a question and its answer labelled.
      if (const auto labelled = asked_under_label(sentence)) {
        close();
        std::tie(last_asker, last_affiliation) = *labelled;
        cursor = position_of(full, sentence, cursor);
        open = schema::Exchange{last_asker, last_affiliation, "", sentence, "", section.heading, cursor};
        continue;
      }
      // "Synpunkt från Kommunal: …", "Information från …:": another labelled point, no answer.
      if (starts_with_ci(sentence, "Synpunkt från ") || starts_with_ci(sentence, "Information från ")) {
        close();
        continue;
      }
      if (open && !answering && starts_with_ci(sentence, "Svar:")) {
        answering = true;
        open->answer = capped(sentence, kMaxAnswerBytes);
        if (open->answerer.empty()) open->answerer = form_answerer;
        continue;
      }
      // "S: Körjournalen fylls i …": an answer's label under a question labelled "F".
      if (open && !answering && sentence.starts_with("S: ") && starts_with_ci(open->question, "F ")) {
        answering = true;
        open->answer = capped(sentence, kMaxAnswerBytes);
        continue;
      }
      // "Arbetsgivaren: Varje sektorchef prövar …": the employer's turn in a dialogue.
      if (open && !answering && (sentence.starts_with("Arbetsgivaren: ") || sentence.starts_with("AG: ") ||
                                 sentence.starts_with("Arbetsgivarsidan: "))) {
        answering = true;
        open->answerer = "Arbetsgivaren";
        open->answer = capped(sentence, kMaxAnswerBytes);
        continue;
      }
      // "Arbetsgivaren frågar de fackliga organisationerna om …" … "Kommunal svarar att …".
      if (employer_asking_unions(sentence)) {
        close();
        cursor = position_of(full, sentence, cursor);
        open = schema::Exchange{"Arbetsgivaren", "", "", sentence, "", section.heading, cursor};
        employer_asked = true;
        continue;
      }
      if (open && employer_asked) {
        if (const auto union_name = union_answering(sentence); union_name && !answering) {
          answering = true;
          open->answerer = *union_name;
          open->answer = capped(sentence, kMaxAnswerBytes);
          continue;
        }
        if (answering && !union_asking(sentence)) {
          open->answer = capped(open->answer + " " + sentence, kMaxAnswerBytes);
          continue;
        }
        close();
      }
      // "Sveriges Lärare hade inga frågor till detta möte.": no question.
      // "Ledarna hade anmält förhinder.": away, not asking.
      const bool no_question = find_ci(sentence, " inga frågor") != std::string::npos ||
                               find_ci(sentence, " inga synpunkter") != std::string::npos ||
                               find_ci(sentence, " anmält förhinder") != std::string::npos ||
                               find_ci(sentence, " hade förhinder.") != std::string::npos;
      const auto asker = no_question ? std::nullopt : union_asking(sentence);
      const std::vector<schema::Person> people = index.in(sentence);
      auto representative = asker ? std::nullopt : representative_asking(sentence, people);
      if (!asker && !representative) representative = named_with_union_asking(sentence, index);
      if (!asker && !representative && !no_question) {
        representative = asker_around(sentence);
        // "F (Linnea, Kommunal): …": a first name the union's list holds in full.
        if (representative && !representative->second.empty() && split_words(representative->first).size() == 1)
          if (const auto person = index.member_by_first_name(representative->first, representative->second))
            representative->first = person->name;
      }
      // "EN undrar om …": a union's member by the initials the minutes gave them.
      if (!asker && !representative)
        if (const auto words = split_words(sentence); words.size() > 2 && is_one_of(words[1], kAskingVerbs))
          if (const auto person = index.by_initials(words[0], full); person && !person->union_name.empty())
            representative = std::make_pair(person->name, person->union_name);
      const bool question_mark = sentence.ends_with("?");
      if (asker || representative || (question_mark && !last_asker.empty() && (answering || !open))) {
        close();
        if (asker) last_asker = last_affiliation = *asker;
        if (representative) std::tie(last_asker, last_affiliation) = *representative;
        // Sentences come in order: each is looked for after the one before.
        cursor = position_of(full, sentence, cursor);
        open = schema::Exchange{last_asker, last_affiliation, "", sentence, "", section.heading, cursor};
        continue;
      }
      if (!open) continue;
      // "Svar: …", "Svar (GL): …" — a question table's answer cell (question_table.hpp) or a
      // minute's label: the answer is what follows, given by the one the initials or role name.
      // "Svar efter mötet (2025-04-14, Per Sundqvist, HR-specialist): …": an answer given after
      // the meeting, its date, giver and role in the bracket.
      if (std::string given = sentence; starts_with_ci(given, "svar:") || starts_with_ci(given, "svar (") ||
                                        starts_with_ci(given, "svar efter mötet") || starts_with_ci(given, "svar i efterhand")) {
        const std::size_t colon = given.find(": ");
        constexpr std::size_t kMaxLabelBytes = 90;
        if (colon != std::string::npos && colon < kMaxLabelBytes) {
          std::string who;
          if (const std::size_t open_at = given.find('('), close_at = given.find(')');
              open_at < colon && close_at < colon && open_at < close_at)
            who = std::string(trim(std::string_view(given).substr(open_at + 1, close_at - open_at - 1)));
          if (who.find(", ") != std::string::npos)
            for (std::string_view rest = who; !rest.empty();) {
              const std::size_t comma = rest.find(", ");
              if (const std::string part = collapse_spaces(rest.substr(0, comma)); is_person_name(part)) {
                who = part;
                break;
              }
              rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 2);
            }
          if (const auto initialled = index.by_initials(who, full); initialled && initialled->union_name.empty())
            who = initialled->name;
          else if (who == "AG" || lower(who) == "arbetsgivaren")
            who = "Arbetsgivaren";
          answering = true;
          if (open->answerer.empty()) open->answerer = who;
          // An answer given later keeps its label: when it was given is part of it.
          const bool later = !starts_with_ci(given, "svar:") && !starts_with_ci(given, "svar (");
          open->answer += (open->answer.empty() ? "" : " ") + (later ? given : given.substr(colon + 2));
          open->answer = capped(open->answer, kMaxAnswerBytes);
          continue;
        }
      }
      std::optional<std::string> answerer = employer_answering(sentence, people);
      // "Annika svarade att …": the first name alone, when it is one person's.
      if (!answerer)
        if (const auto words = split_words(sentence); words.size() > 2 && is_one_of(words[1], kAnsweringVerbs)) {
          if (const auto person = index.by_first_name(words[0])) answerer = person->name;
          // "CH svarar att …": one of the employer's side by their initials.
          else if (const auto initialled = index.by_initials(words[0], full); initialled && initialled->union_name.empty())
            answerer = initialled->name;
        }
      // After the question, the employer's turn however it is written.
      // (The people the sentence opens with only: the whole attendance for every sentence would
      // cost sentences × people.)
      if (!answerer && !answering) answerer = employer_turn(sentence, people);
      if (answerer) {
        answering = true;
        if (open->answerer.empty()) open->answerer = *answerer;
        open->answer += (open->answer.empty() ? "" : " ") + sentence;
      } else if (answering) {
        open->answer += " " + sentence;
      } else {
        open->question += " " + sentence;  // the question goes on
      }
      open->question = capped(open->question, kMaxQuestionBytes);
      open->answer = capped(open->answer, kMaxAnswerBytes);
    }
    close();
  }
  return out;
}

}  // namespace kommunsok::indexer
