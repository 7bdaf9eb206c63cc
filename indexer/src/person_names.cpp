#include "kommunsok/indexer/person_names.hpp"

#include <algorithm>
#include <array>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

std::string_view without_edge_punctuation(std::string_view word) {
  while (!word.empty() && std::string_view(",.:;()").find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  return word;
}

}  // namespace

bool is_list_label_word(std::string_view word) {
  static constexpr std::array kLabels{
      "beslutande", "ledamöter",  "ledamot",     "ersättare",  "ersättaren", "justerare",  "justerande",
      "sekreterare", "ordförande", "ordföranden", "närvarande", "övriga",     "tjänstgörande", "tjg",
      "ej",          "ja",         "nej",         "avstår",     "närvaro",    "frånvaro",   "paragrafer",
      "paragraf",    "underskrifter", "underskrift", "plats",   "tid",        "sammanträdesdatum", "organ",
      "datum",       "anslag",     "protokoll",   "sign",       "ordf",       "vice",       "deltagare",
      "kallade",     "kännedom",   "tjänstemän",  "tjänstemän:", "insynsplats", "adjungerade", "förhinder",
      "frånvarande", "och",        "samt",        "för",        "via",        "länk",       "bilaga",
      "dnr",         "ärende",     "ärenden",     "utses",      "att",        "justera",    "arbetstagarsidan",
      "arbetsgivarsidan", "fackliga", "organisationer", "kommun", "kommunen", "stad", "region",
      "justeringens", "justeringen", "innehållsförteckning", "upprop", "justerarsignaturer",
      "utdragsbestyrkande", "interpellation", "interpellationen", "motion", "kopia", "till", "från",
      "angående", "ang", "beslut", "beslutsunderlag", "sammanfattning", "bakgrund", "ärendet",
      "föredragningslista", "kallelse", "sida", "sidan", "kl", "klockan", "förvaringsplats"};
  const std::string w = lower(without_edge_punctuation(word));
  return std::any_of(kLabels.begin(), kLabels.end(), [&](const char* l) { return w == l; });
}

bool is_role_word(std::string_view word) {
  static constexpr std::array kEndings{
      "chef",       "sekreterare", "ekonom",    "direktör",   "ledare",     "strateg",    "handläggare",
      "konsult",    "samordnare",  "revisor",   "rektor",     "utredare",   "jurist",     "kommunikatör",
      "arkitekt",   "controller",  "ordförande", "ledamot",   "ersättare",  "justerare",  "assistent",
      "specialist", "planerare",   "ingenjör",  "inspektör",  "lärare",     "kurator",    "sköterska",
      "notarie",    "registrator", "administratör", "analytiker", "pedagog", "tjänsteman", "föredragande",
      "ombudsman",  "företrädare", "främjare",  "socionom",   "kommunalråd", "kommunalrådet", "oppositionsråd",
      "förvaltare", "bibliotekarie", "skribent", "verksamhetschef", "kanslist", "intendent"};
  const std::string w = lower(without_edge_punctuation(word));
  if (w.size() < 4) return false;
  return std::any_of(kEndings.begin(), kEndings.end(), [&](const char* e) { return w.ends_with(e); });
}

bool is_name_word(std::string_view word) {
  if (word.size() < 2 || !starts_uppercase(word) || word.back() == '-') return false;
  if (std::any_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '(' || c == '/'; }))
    return false;
  // A lower-case letter after the capital: "X", "JA", "SAMMANTRÄDESPROTOKOLL" are no names.
  if (std::none_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  return !is_list_label_word(word) && !is_role_word(word);
}

}  // namespace kommunsok::indexer
