#include "kommunsok/indexer/person_names.hpp"

#include <algorithm>
#include <array>

#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/parties.hpp"
#include "kommunsok/schema/unions.hpp"

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
      "föredragningslista", "ärendebeskrivning", "kallelse", "sida", "sidan", "kl", "klockan", "förvaringsplats", "tf", "t.f.",
      "bitr", "bitr."};
  const std::string w = lower(without_edge_punctuation(word));
  return std::any_of(kLabels.begin(), kLabels.end(), [&](const char* l) { return w == l; });
}

bool is_person_name(std::string_view text) {
  const auto words = split_words(text);
  return words.size() >= 2 && words.size() <= 4 &&
         std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); });
}

bool looks_like_organisation(std::string_view name) {
  static constexpr std::string_view kEndings[] = {
      "förening", "föreningen", "förbund",  "förbundet", "styrelsen",  "tjänsten",   "nämnden",   "kommun",
      "kommunen", "verket",     "bolag",    "bolaget",   "byalag",     "revisorer",  "revisorerna", "region",
      "regionen", "vatten",     "energi",   "bostäder",  "fastigheter", "gruppen",   "enheten",   "förvaltningen",
      "kontoret", "kansliet",   "avdelningen", "polisen", "skolan",    "kyrkan",     "församling", "församlingen"};
  for (std::string_view word : split_words(name)) {
    const std::string w = lower(without_edge_punctuation(word));
    if (w == "ab" || w == "hb" || w == "kb" || w == "ek." || w == "ideell")
      return true;
    if (std::any_of(std::begin(kEndings), std::end(kEndings), [&](std::string_view e) { return w.ends_with(e); }))
      return true;
  }
  return false;
}

bool is_role_word(std::string_view word) {
  static constexpr std::array kEndings{
      "chef",       "sekreterare", "ekonom",    "direktör",   "ledare",     "strateg",    "handläggare",
      "konsult",    "samordnare",  "revisor",   "rektor",     "utredare",   "jurist",     "kommunikatör",
      "arkitekt",   "controller",  "ordförande", "ledamot",   "ersättare",  "justerare",  "assistent",
      "specialist", "planerare",   "ingenjör",  "inspektör",  "lärare",     "kurator",    "sköterska",
      "notarie",    "registrator", "administratör", "analytiker", "pedagog", "tjänsteman", "föredragande",
      "ombudsman",  "företrädare", "främjare",  "socionom",   "kommunalråd", "kommunalrådet", "oppositionsråd",
      "förvaltare", "bibliotekarie", "arkivarie", "partner", "skribent", "verksamhetschef", "kanslist", "intendent"};
  const std::string w = lower(without_edge_punctuation(word));
  if (w.size() < 4) return false;
  return std::any_of(kEndings.begin(), kEndings.end(), [&](const char* e) { return w.ends_with(e); });
}

std::string initials_of(std::string_view name) {
  std::string out;
  for (std::string_view w : split_words(name)) out += w.front();
  return out;
}

bool is_name_word(std::string_view word) {
  if (word.size() < 2 || !starts_uppercase(word) || word.back() == '-') return false;
  // "Tjänstepersoner:" is a label, not a name.
  if (std::any_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '(' || c == '/' || c == ':'; }))
    return false;
  // A lower-case letter after the capital: "X", "JA", "SAMMANTRÄDESPROTOKOLL" are no names.
  if (std::none_of(word.begin() + 1, word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  // A union's or party's name stands where a name would ("Kommunal Jan Holm"): it is none.
  const std::string bare(without_edge_punctuation(word));
  if (schema::canonical_union(bare) || schema::canonical_party(bare)) return false;
  return !is_list_label_word(word) && !is_role_word(word);
}

bool is_name_particle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {"von", "af", "de", "van", "der", "den", "la", "le", "du", "di", "da"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

std::string unglue_names(std::string_view text) {
  std::string spaced;
  spaced.reserve(text.size() + 16);
  for (std::size_t i = 0; i < text.size(); ++i) {
    spaced += text[i];
    if (text[i] == ')' && i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != ',' && text[i + 1] != '.' &&
        text[i + 1] != '\n')
      spaced += ' ';
  }
  auto words = split_words(spaced);
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string w(words[i]);
    if (i > 0 && i + 1 < words.size() && is_name_word(words[i - 1]) && !words[i - 1].ends_with(",") &&
        is_name_word(words[i + 1])) {
      // The cells' boundary separates two people, as a comma would.
      for (std::size_t k = 2; k + 2 < w.size(); ++k) {
        if (w[k - 1] >= 'a' && w[k - 1] <= 'z' && starts_uppercase(std::string_view(w).substr(k))) {
          w.insert(k, ", ");
          break;
        }
      }
    }
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

}  // namespace kommunsok::indexer
