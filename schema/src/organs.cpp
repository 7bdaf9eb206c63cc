// Why: see organs.hpp — the organ table and the rules that map a written organ name or code to it.
#include "kommunsok/schema/organs.hpp"

#include <xapian.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::schema {

namespace {

using namespace std::string_view_literals;

// ---- The table ------------------------------------------------------------------------------
// Codes are those seen in protocol headers, paragraph prefixes ("Ks 1", "Au 310", "Sn 50",
// "Pu 8", "KPR 7") and attendance lists. A code that means different bodies in different
// municipalities keeps its most common reading; a code too ambiguous to read is left out, so
// find_organ answers "unknown" for it.

constexpr std::array kKsauCodes{"KSau"sv, "KS AU"sv, "KS-AU"sv, "KS/AU"sv};
constexpr std::array kKspuCodes{"KS PU"sv, "KS-PU"sv};
constexpr std::array kSnauCodes{"SNau"sv, "SN AU"sv, "SN-AU"sv, "SN/AU"sv};
// SON: Norrtälje and several Stockholm-area municipalities write Socialnämnden so. Elsewhere it
// may be a Social- och omsorgsnämnd; Socialnämnden is the common reading.
constexpr std::array kSocialCodes{"SON"sv};
// KoF (Norrtälje) is Kultur- och fritidsnämnden. KFN is Kultur- och fritidsnämnden almost
// everywhere; Karlskoga's Kultur- och föreningsnämnden also writes KFN, so the indexer should
// prefer a full name found in the same header over the code.
constexpr std::array kKulturFritidCodes{"KoF"sv};
// Bmn is read as Bygg- och miljönämnden (B-m-n); Miljö- och byggnadsnämnden is MBN and
// Byggnadsnämnden BN. A municipality with only a Byggnadsnämnd would not write Bmn.
constexpr std::array kByggMiljoCodes{"Bmn"sv};

constexpr std::array kTekniskaNames{"Teknisk nämnd"sv};
// The revisors are a body of their own (kommunallagen 12 kap.); municipalities name it
// "Kommunens revisorer", "Revisorerna", "Revisionen" or "Kommunrevisionen".
constexpr std::array kRevisionNames{"Revisionen"sv, "Kommunrevisionen"sv, "Revisorerna"sv,
                                    "De förtroendevalda revisorerna"sv};
constexpr std::array kKprNames{"Kommunalt pensionärsråd"sv, "Pensionärsrådet"sv};
constexpr std::array kKfrNames{"Kommunalt funktionshinderråd"sv, "Funktionshinderrådet"sv};
constexpr std::array kKrfNames{"Kommunala rådet för funktionshinderfrågor"sv};
constexpr std::array kKhrNames{"Kommunalt handikappråd"sv, "Handikapprådet"sv};
constexpr std::array kFsgNames{"Förvaltningssamverkansgruppen"sv};
constexpr std::array kCsgNames{"Central samverkansgrupp"sv};
constexpr std::array kLsgNames{"Lokal samverkansgrupp"sv};
constexpr std::array kKcsNames{"Kommuncentrala samverkansgruppen"sv, "Kommuncentral samverkansgrupp"sv};
constexpr std::array kCentralaSkyddsNames{"Central skyddskommitté"sv};
// A workplace meeting that also serves as the samverkan body (FAS 05 / Samverkan för
// utveckling): named many ways, one body for facets.
constexpr std::array kAptSamverkanNames{"APT-samverkan"sv, "APT med samverkan"sv, "Samverkans-APT"sv,
                                        "Samverkan-APT"sv, "Arbetsplatsträff med samverkan"sv};

constexpr std::array kOrgans{
    // Political bodies common to every municipality.
    OrganEntry{"Kommunfullmäktige", "KF", {}, {}},
    OrganEntry{"Kommunstyrelsen", "KS", {}, {}},
    OrganEntry{"Kommunstyrelsens arbetsutskott", "KSAU", kKsauCodes, {}},
    // AU alone: the arbetsutskott of whichever body the document is from (usually KS).
    OrganEntry{"Arbetsutskottet", "AU", {}, {}},
    OrganEntry{"Kommunstyrelsens personalutskott", "KSPU", kKspuCodes, {}},
    OrganEntry{"Personalutskottet", "PU", {}, {}},
    OrganEntry{"Kommunens revisorer", "", {}, kRevisionNames},
    OrganEntry{"Valnämnden", "", {}, {}},
    OrganEntry{"Överförmyndarnämnden", "", {}, {}},
    OrganEntry{"Krisledningsnämnden", "", {}, {}},
    // Education.
    OrganEntry{"Barn- och utbildningsnämnden", "BUN", {}, {}},
    OrganEntry{"Utbildningsnämnden", "UN", {}, {}},
    OrganEntry{"Barn- och skolnämnden", "", {}, {}},
    OrganEntry{"Förskolenämnden", "", {}, {}},
    OrganEntry{"Grundskolenämnden", "", {}, {}},
    OrganEntry{"Gymnasienämnden", "", {}, {}},
    // Social services and care. ON and ÖN are left out (too ambiguous); ÄN only in capitals.
    OrganEntry{"Socialnämnden", "SN", kSocialCodes, {}},
    OrganEntry{"Socialnämndens arbetsutskott", "SNAU", kSnauCodes, {}},
    OrganEntry{"Omsorgsnämnden", "", {}, {}},
    OrganEntry{"Vård- och omsorgsnämnden", "VON", {}, {}},
    OrganEntry{"Omvårdnadsnämnden", "", {}, {}},
    OrganEntry{"Äldrenämnden", "ÄN", {}, {}},
    OrganEntry{"Individ- och familjeomsorgsnämnden", "", {}, {}},
    OrganEntry{"Arbetsmarknadsnämnden", "AMN", {}, {}},
    // Culture and leisure.
    OrganEntry{"Kultur- och fritidsnämnden", "KFN", kKulturFritidCodes, {}},
    OrganEntry{"Kultur- och föreningsnämnden", "", {}, {}},
    OrganEntry{"Kulturnämnden", "", {}, {}},
    OrganEntry{"Fritidsnämnden", "", {}, {}},
    // Building, environment, technical services.
    OrganEntry{"Miljö- och byggnadsnämnden", "MBN", {}, {}},
    OrganEntry{"Bygg- och miljönämnden", "BMN", kByggMiljoCodes, {}},
    OrganEntry{"Byggnadsnämnden", "BN", {}, {}},
    OrganEntry{"Plan- och byggnadsnämnden", "PBN", {}, {}},
    OrganEntry{"Miljönämnden", "", {}, {}},
    OrganEntry{"Miljö- och hälsoskyddsnämnden", "", {}, {}},
    OrganEntry{"Tekniska nämnden", "TN", {}, kTekniskaNames},
    OrganEntry{"Samhällsbyggnadsnämnden", "SBN", {}, {}},
    OrganEntry{"Servicenämnden", "", {}, {}},
    // Councils (råd). KFR and KRF are the two usual codes for the disability council, each
    // with its own name; KHR is the older handikappråd.
    OrganEntry{"Kommunala pensionärsrådet", "KPR", {}, kKprNames},
    OrganEntry{"Kommunala funktionshinderrådet", "KFR", {}, kKfrNames},
    OrganEntry{"Rådet för funktionshinderfrågor", "KRF", {}, kKrfNames},
    OrganEntry{"Kommunala handikapprådet", "KHR", {}, kKhrNames},
    // Districts (Stockholm, Göteborg and others); the district's own name follows in documents.
    OrganEntry{"Stadsdelsnämnden", "SDN", {}, {}},
    OrganEntry{"Stadsdelsförvaltningen", "SDF", {}, {}},
    // Samverkan between employer and unions. SVG is also the image format; only an organ
    // position in a document makes it the group.
    OrganEntry{"Förvaltningsgruppen", "FSG", {}, kFsgNames},
    OrganEntry{"Centrala samverkansgruppen", "CSG", {}, kCsgNames},
    OrganEntry{"Samverkansgruppen", "SVG", {}, {}},
    OrganEntry{"Lokala samverkansgruppen", "LSG", {}, kLsgNames},
    OrganEntry{"Kommuncentral samverkan", "KCS", {}, kKcsNames},
    OrganEntry{"Skyddskommittén", "", {}, {}},
    OrganEntry{"Arbetsplatsträff med samverkan", "", {}, kAptSamverkanNames},
    OrganEntry{"Centrala skyddskommittén", "", {}, kCentralaSkyddsNames},
};

// ---- Word forms -----------------------------------------------------------------------------
// All word lists are lower case with é folded to e (see fold_e).

// A word ending in one of these names a body.
constexpr std::array kBodySuffixes{"nämnd"sv,           "nämnden"sv,           "styrelse"sv,
                                   "styrelsen"sv,       "fullmäktige"sv,       "utskott"sv,
                                   "utskottet"sv,       "råd"sv,               "rådet"sv,
                                   "beredning"sv,       "beredningen"sv,       "kommitte"sv,
                                   "kommitten"sv,       "samverkansgrupp"sv,   "samverkansgruppen"sv,
                                   "förvaltningsgrupp"sv, "förvaltningsgruppen"sv};

// …råd(et) that are not bodies: titles of people, and words that merely end so (a storage
// room, a thread, a consultation, dietary advice).
constexpr std::array kNotBodyRad{"kommunalråd"sv,    "oppositionsråd"sv, "stadsråd"sv,     "statsråd"sv,
                                 "borgarråd"sv,      "regionråd"sv,      "landstingsråd"sv, "landsråd"sv,
                                 "justitieråd"sv,    "kansliråd"sv,      "departementsråd"sv, "hovrättsråd"sv,
                                 "kammarrättsråd"sv, "regeringsråd"sv,   "riksråd"sv,      "förråd"sv,
                                 "tråd"sv,           "bråd"sv,           "samråd"sv,       "kostråd"sv};

// …nämnd that are participles of "nämna" (to mention).
constexpr std::array kParticipleNamnd{"omnämnd"sv,    "ovannämnd"sv,  "ovanämnd"sv,  "sistnämnd"sv,
                                      "förstnämnd"sv, "förutnämnd"sv, "nyssnämnd"sv, "nedannämnd"sv,
                                      "förnämnd"sv,   "efternämnd"sv};

// Words that are not bodies although they end like one.
constexpr std::array kNotBodies{"råd"sv, "beredning"sv, "beredningen"sv, "ärendeberedning"sv,
                                "ärendeberedningen"sv};

// Definite -> indefinite, so "Kommunstyrelse" and "Kommunstyrelsen" share a key.
constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kIndefinite{{
    {"nämnden", "nämnd"},
    {"styrelsen", "styrelse"},
    {"utskottet", "utskott"},
    {"rådet", "råd"},
    {"beredningen", "beredning"},
    {"kommitten", "kommitte"},
    {"gruppen", "grupp"},
}};

// A complement ("nämnden för X") ending in these keeps its -s: it is part of the word.
constexpr std::array kKeepFinalS{"hus"sv,    "kurs"sv,  "plats"sv,  "status"sv, "process"sv, "tips"sv,
                                 "resurs"sv, "fokus"sv, "campus"sv, "fors"sv,   "näs"sv,     "ås"sv};

bool ends_with_any(std::string_view word, std::span<const std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(),
                     [&](std::string_view s) { return word.ends_with(s); });
}

bool is_one_of(std::string_view word, std::span<const std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// "kommittén" -> "kommitten": documents write both.
std::string fold_e(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == "é") {
      out += 'e';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Lower case, é folded: a word form without genitive.
bool is_body_word_form(std::string_view w) {
  if (!ends_with_any(w, kBodySuffixes) || is_one_of(w, kNotBodies)) return false;
  std::string_view base = w;
  if (base.ends_with("rådet")) base.remove_suffix(2);
  if (ends_with_any(base, kNotBodyRad)) return false;
  if (ends_with_any(w, kParticipleNamnd)) return false;
  return true;
}

// A word form whose genitive -s may be undone: a body word, or a group, administration or the
// auditors ("arbetsgruppens", "stadsdelsförvaltningens", "revisionens").
bool takes_genitive(std::string_view base) {
  return is_body_word_form(base) || base.ends_with("grupp") || base.ends_with("gruppen") ||
         base.ends_with("förvaltningen") || base.ends_with("revisionen");
}

std::vector<std::string_view> split_spaces(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool has_lower(std::string_view text) {
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it)
    if (Xapian::Unicode::toupper(*it) != *it) return true;
  return false;
}

bool starts_upper(std::string_view text) {
  Xapian::Utf8Iterator it(text.data(), text.size());
  return it != Xapian::Utf8Iterator() && Xapian::Unicode::tolower(*it) != *it;
}

// First letter upper case, every later letter lower case ("Ks", "Ksau", "Ks au").
bool is_title_case(std::string_view text) {
  if (!starts_upper(text)) return false;
  bool first = true;
  // A plain loop over the iterator: advancing it before reading trips GCC's
  // -Wmaybe-uninitialized inside Xapian's header in some optimised builds.
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it) {
    if (!first && Xapian::Unicode::tolower(*it) != *it) return false;
    first = false;
  }
  return true;
}

std::string upper_first(std::string_view text) {
  Xapian::Utf8Iterator it(text.data(), text.size());
  if (it == Xapian::Utf8Iterator()) return {};
  std::string out;
  Xapian::Unicode::append_utf8(out, Xapian::Unicode::toupper(*it));
  ++it;
  out.append(it.raw(), it.left());
  return out;
}

// Whitespace collapsed, case kept; quotes and trailing . , : ; dropped, as are brackets around
// the whole text.
std::string tidy(std::string_view written) {
  std::string out = collapse_whitespace(written);
  for (bool changed = true; changed && !out.empty();) {
    changed = true;
    if (std::string_view(".,:;\"'").find(out.back()) != std::string_view::npos) {
      out.pop_back();
    } else if (out.front() == '"' || out.front() == '\'') {
      out.erase(0, 1);
    } else if (out.front() == '(' && out.back() == ')') {
      out = out.substr(1, out.size() - 2);
    } else {
      changed = false;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  }
  return out;
}

// The lower-case, é-folded text of a tidy name, with "- " (as in "Barn- och") read as a space.
std::string lower_folded(std::string_view tidy_text) {
  std::string lowered = fold_e(to_lower_utf8(tidy_text));
  std::string out;
  out.reserve(lowered.size());
  for (std::size_t i = 0; i < lowered.size(); ++i) {
    if (lowered[i] == '-' && i + 1 < lowered.size() && lowered[i + 1] == ' ') continue;
    out += lowered[i];
  }
  return out;
}

// True when the final -s of a tidy name is a genitive ending. `lowered` is lower_folded(tidy).
bool ends_in_genitive(std::string_view tidy_text, std::string_view lowered) {
  if (!lowered.ends_with('s')) return false;
  const std::vector<std::string_view> words = split_spaces(lowered);
  if (words.empty()) return false;
  const std::string_view last = words.back();
  if (last.size() < 3) return false;
  const std::string_view base = last.substr(0, last.size() - 1);
  if (takes_genitive(base)) return true;

  // "<organ word> för X…s": the genitive of the whole name lands on its last word.
  bool complement = false;
  for (std::size_t i = 0; i + 2 < words.size(); ++i)
    if (words[i + 1] == "för" && is_body_word_form(words[i])) complement = true;
  if (!complement) return false;
  if (base.ends_with('s') || base.ends_with('x') || base.ends_with('z')) return false;
  if (ends_with_any(last, kKeepFinalS)) return false;
  // A capitalised word in mixed-case text is a proper name ("… för Västerås").
  const std::size_t last_space = tidy_text.rfind(' ');
  const std::string_view written_last = tidy_text.substr(last_space + 1);  // npos + 1 == 0
  if (has_lower(tidy_text) && starts_upper(written_last)) return false;
  return true;
}

// Key shared by table names and written names: lower case, é folded, genitive undone, the last
// word indefinite.
std::string name_key(std::string_view tidy_text) {
  std::string key = lower_folded(tidy_text);
  if (ends_in_genitive(tidy_text, key)) key.pop_back();
  for (const auto& [definite, indefinite] : kIndefinite) {
    if (!key.ends_with(definite)) continue;
    const std::size_t word_start = key.rfind(' ') + 1;  // npos + 1 == 0
    if (is_body_word_form(std::string_view(key).substr(word_start)) || definite == "gruppen") {
      key.resize(key.size() - definite.size());
      key += indefinite;
    }
    break;
  }
  return key;
}

struct Lookup {
  std::unordered_map<std::string, std::size_t> by_name;  // name_key -> entry
  std::unordered_map<std::string, std::size_t> by_code;  // lower-case code -> entry
};

const Lookup& lookup() {
  static const Lookup table = [] {
    Lookup l;
    for (std::size_t i = 0; i < kOrgans.size(); ++i) {
      const OrganEntry& e = kOrgans[i];
      l.by_name.emplace(name_key(e.name), i);
      for (std::string_view n : e.names) l.by_name.emplace(name_key(n), i);
      if (!e.code.empty()) l.by_code.emplace(to_lower_utf8(e.code), i);
      for (std::string_view c : e.codes) l.by_code.emplace(to_lower_utf8(c), i);
    }
    return l;
  }();
  return table;
}

// Lower case in names even when a document capitalises every word.
constexpr std::array kFunctionWords{"och"sv, "för"sv, "i"sv, "av"sv, "med"sv, "om"sv, "de"sv, "den"sv, "det"sv};

// Title-case spellings that are Swedish words, never read as a code.
constexpr std::array kTitleCaseWords{"än"sv, "son"sv, "von"sv};

std::optional<std::size_t> find_code(std::string_view tidy_text) {
  std::string_view code = tidy_text;
  if (code.ends_with(":s") || code.ends_with(":S")) code.remove_suffix(2);
  const std::string lowered = to_lower_utf8(code);
  const auto& by_code = lookup().by_code;
  const auto hit = by_code.find(lowered);
  if (hit == by_code.end()) return std::nullopt;
  const OrganEntry& e = kOrgans[hit->second];
  const bool listed = code == e.code || is_one_of(code, e.codes);
  const bool capitals = !has_lower(code);
  const bool title = is_title_case(code) && !is_one_of(lowered, kTitleCaseWords);
  if (listed || capitals || title) return hit->second;
  return std::nullopt;
}

std::optional<std::size_t> find_name(std::string_view tidy_text) {
  const auto& by_name = lookup().by_name;
  const auto hit = by_name.find(name_key(tidy_text));
  if (hit == by_name.end()) return std::nullopt;
  return hit->second;
}

std::optional<std::size_t> find_index(std::string_view written) {
  const std::string text = tidy(written);
  if (text.empty()) return std::nullopt;
  if (auto i = find_code(text)) return i;
  if (auto i = find_name(text)) return i;
  // "Kommuncentral samverkan (KCS)": the name decides, else the bracketed code.
  const std::size_t open = text.rfind(" (");
  if (open != std::string::npos && text.back() == ')') {
    const std::string name = tidy(std::string_view(text).substr(0, open));
    const std::string code = tidy(std::string_view(text).substr(open + 2, text.size() - open - 3));
    if (auto i = find_name(name)) return i;
    if (auto i = find_code(code)) return i;
  }
  return std::nullopt;
}

}  // namespace

std::string canonical_organ_name(std::string_view written) {
  if (const auto i = find_index(written)) return std::string(kOrgans[*i].name);
  std::string text = tidy(written);
  if (text.empty()) return {};
  if (ends_in_genitive(text, lower_folded(text))) text.pop_back();
  // Case undone word by word. In text that is not all capitals, a later word written with a
  // capital is a proper name or an acronym ("Lund Öster", "IT") and stays as written, unless it
  // is a function word or an organ word ("Tekniska Nämnden För …").
  const bool mixed_case = has_lower(text);
  std::string out;
  for (std::string_view word : split_spaces(text)) {
    std::string lowered = to_lower_utf8(word);
    if (out.empty()) {
      out = upper_first(lowered);
      continue;
    }
    out += ' ';
    const bool keep = mixed_case && starts_upper(word) && !is_one_of(lowered, kFunctionWords) &&
                      !takes_genitive(fold_e(lowered));
    out += keep ? std::string(word) : lowered;
  }
  return out;
}

std::optional<OrganInfo> find_organ(std::string_view written) {
  const auto i = find_index(written);
  if (!i) return std::nullopt;
  return OrganInfo{std::string(kOrgans[*i].name), std::string(kOrgans[*i].code)};
}

bool is_organ_word(std::string_view word) {
  const std::string text = tidy(word);
  if (text.empty() || text.find(' ') != std::string::npos) return false;
  std::string lowered = fold_e(to_lower_utf8(text));
  if (lowered.ends_with(":s")) lowered.resize(lowered.size() - 2);
  if (is_body_word_form(lowered)) return true;
  return lowered.ends_with('s') && is_body_word_form(std::string_view(lowered).substr(0, lowered.size() - 1));
}

std::span<const OrganEntry> organ_table() { return kOrgans; }

}  // namespace kommunsok::schema
