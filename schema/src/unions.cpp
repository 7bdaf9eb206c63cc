// Why: see unions.hpp — the union table and the rule that maps a written union name to it.
#include "kommunsok/schema/unions.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::schema {

namespace {

using namespace std::string_view_literals;

constexpr std::array kKommunal{"Svenska Kommunalarbetareförbundet"sv, "Kommunalarbetareförbundet"sv, "SKAF"sv};
// SKTF (Sveriges Kommunaltjänstemannaförbund) took the name Vision in 2011.
constexpr std::array kVision{"Fackförbundet Vision"sv, "SKTF"sv, "Sveriges Kommunaltjänstemannaförbund"sv};
constexpr std::array kSsr{"SSR"sv, "Akademikerförbundet"sv, "Akademikerförbundet-SSR"sv};
constexpr std::array kLr{"LR"sv};
// Saco is also a confederation (see is_union_confederation); in samverkan it takes part for
// its member unions, locally as Saco-rådet.
constexpr std::array kSaco{"Saco-rådet"sv, "Sacorådet"sv, "Saco rådet"sv, "Saco-S"sv,
                          "Sveriges Akademikers Centralorganisation"sv};
// FSA is Förbundet Sveriges Arbetsterapeuter — not the physiotherapists.
constexpr std::array kArbetsterapeuter{"FSA"sv, "Förbundet Sveriges Arbetsterapeuter"sv};
// Fysioterapeuterna was Legitimerade Sjukgymnasters Riksförbund (LSR) until 2014.
constexpr std::array kFysioterapeuterna{"LSR"sv, "Legitimerade Sjukgymnasters Riksförbund"sv};
constexpr std::array kDik{"DIK-förbundet"sv};
// Sveriges Skolledarförbund became Skolledarna, which became Sveriges Skolledare in 2023.
constexpr std::array kSkolledare{"Skolledarna"sv, "Sveriges Skolledarförbund"sv, "Skolledarförbundet"sv};
constexpr std::array kNaturvetarna{"Naturvetareförbundet"sv};
// Jusek and Civilekonomerna merged into Akavia in 2020.
constexpr std::array kAkavia{"Jusek"sv, "Civilekonomerna"sv};
constexpr std::array kPsykologer{"Psykologförbundet"sv};
constexpr std::array kLakare{"Läkarförbundet"sv};
// "BRF" matches only in capitals: "Brf"/"brf" is a bostadsrättsförening (see kCapitalsOnly).
constexpr std::array kBrandman{"BRF"sv};
constexpr std::array kSeko{"Facket för Service och Kommunikation"sv};
constexpr std::array kJournalister{"Svenska Journalistförbundet"sv, "SJF"sv};
constexpr std::array kMusiker{"Svenska Musikerförbundet"sv};
// Teaterförbundet (later Teaterförbundet för scen och film) took the name Scen & Film in 2019.
constexpr std::array kScenFilm{"Scen och Film"sv, "Teaterförbundet"sv, "Teaterförbundet för scen och film"sv};
constexpr std::array kFastighets{"Fastighetsanställdas Förbund"sv};
// The LO unions of the trades a municipality employs in its own building and property units.
constexpr std::array kByggnads{"Svenska Byggnadsarbetareförbundet"sv, "Byggnadsarbetareförbundet"sv};
constexpr std::array kMalarna{"Svenska Målareförbundet"sv, "Målareförbundet"sv};
constexpr std::array kElektrikerna{"Svenska Elektrikerförbundet"sv, "Elektrikerförbundet"sv, "SEF"sv};
constexpr std::array kMetall{"Metall"sv};

constexpr std::array kUnions{
    UnionEntry{"Kommunal", kKommunal},
    UnionEntry{"Vision", kVision},
    UnionEntry{"Akademikerförbundet SSR", kSsr},
    UnionEntry{"Sveriges Lärare", {}},
    UnionEntry{"Lärarförbundet", {}},
    UnionEntry{"Lärarnas Riksförbund", kLr},
    UnionEntry{"Vårdförbundet", {}},
    UnionEntry{"Ledarna", {}},
    UnionEntry{"Saco", kSaco},
    UnionEntry{"Sveriges Arbetsterapeuter", kArbetsterapeuter},
    UnionEntry{"Fysioterapeuterna", kFysioterapeuterna},
    UnionEntry{"DIK", kDik},
    UnionEntry{"Sveriges Skolledare", kSkolledare},
    UnionEntry{"Sveriges Ingenjörer", {}},
    UnionEntry{"Sveriges Arkitekter", {}},
    UnionEntry{"Naturvetarna", kNaturvetarna},
    UnionEntry{"Akavia", kAkavia},
    UnionEntry{"Sveriges Psykologförbund", kPsykologer},
    UnionEntry{"Sveriges läkarförbund", kLakare},
    UnionEntry{"Brandmännens Riksförbund", kBrandman},
    UnionEntry{"Seko", kSeko},
    UnionEntry{"Journalistförbundet", kJournalister},
    UnionEntry{"Musikerförbundet", kMusiker},
    UnionEntry{"Scen & Film", kScenFilm},
    UnionEntry{"Fastighets", kFastighets},
    UnionEntry{"Byggnads", kByggnads},
    UnionEntry{"Målarna", kMalarna},
    UnionEntry{"Elektrikerna", kElektrikerna},
    UnionEntry{"IF Metall", kMetall},
    UnionEntry{"Unionen", {}},
};

// Aliases that match only written exactly so.
constexpr std::array kCapitalsOnly{"BRF"sv};

// Lower case: the confederations. Saco's local council counts as Saco.
constexpr std::array kConfederations{"tco"sv,
                                     "tjänstemännens centralorganisation"sv,
                                     "saco"sv,
                                     "saco-rådet"sv,
                                     "sacorådet"sv,
                                     "saco rådet"sv,
                                     "saco-s"sv,
                                     "sveriges akademikers centralorganisation"sv,
                                     "lo"sv,
                                     "landsorganisationen"sv,
                                     "landsorganisationen i sverige"sv};

// Surrounding quotes, brackets and . , : ; dropped.
struct Match {
  std::size_t entry;
  std::string_view alias;  // the alias matched; empty for the canonical name
};

const std::unordered_map<std::string, Match>& by_key() {
  static const std::unordered_map<std::string, Match> table = [] {
    std::unordered_map<std::string, Match> t;
    for (std::size_t i = 0; i < kUnions.size(); ++i) {
      t.emplace(normalize_keyword(kUnions[i].name), Match{i, {}});
      for (std::string_view alias : kUnions[i].aliases) t.emplace(normalize_keyword(alias), Match{i, alias});
    }
    return t;
  }();
  return table;
}

std::optional<Match> find_key(std::string_view written, const std::string& key) {
  const auto hit = by_key().find(key);
  if (hit == by_key().end()) return std::nullopt;
  const std::string_view alias = hit->second.alias;
  if (std::find(kCapitalsOnly.begin(), kCapitalsOnly.end(), alias) != kCapitalsOnly.end() && written != alias)
    return std::nullopt;
  return hit->second;
}

}  // namespace

std::optional<std::string> canonical_union(std::string_view written) {
  const std::string_view text = name_without_edges(written);
  if (text.empty()) return std::nullopt;
  const std::string key = normalize_keyword(text);
  auto match = find_key(text, key);
  // Genitive: "Kommunals", "Visions".
  if (!match && key.size() > 3 && key.ends_with('s'))
    match = find_key(text.substr(0, text.size() - 1), key.substr(0, key.size() - 1));
  if (!match) return std::nullopt;
  return std::string(kUnions[match->entry].name);
}

bool is_union_confederation(std::string_view written) {
  const std::string_view text = name_without_edges(written);
  const std::string key = normalize_keyword(text);
  return std::find(kConfederations.begin(), kConfederations.end(), key) != kConfederations.end();
}

std::span<const UnionEntry> union_table() { return kUnions; }

}  // namespace kommunsok::schema
