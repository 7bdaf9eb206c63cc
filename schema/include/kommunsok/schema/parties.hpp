// Why: protocols write a party as "(S)", "(s)", ", M,", "Kd" or in full and inflected
// ("Socialdemokraternas", "Sverigedemokrater"); the indexer files each under one abbreviation
// and the server expands a query with the full names, so the national parties live here once.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kommunsok::schema {

/// One national party: its abbreviation and the full names and inflections documents use
/// (matched in any case).
struct PartyEntry {
  std::string_view abbreviation;           ///< upper case: "S", "MP", "FP"
  std::span<const std::string_view> names; ///< official name first: "Socialdemokraterna", …
};

/// Canonical party abbreviation (upper case) for an abbreviation as written, any case, in
/// brackets or with a genitive ("s", "(S)", "fp", "Kd", "mp", "S:s") or a full name in any
/// inflection ("Socialdemokraterna", "socialdemokraternas", "Sverigedemokrater", "Moderata
/// samlingspartiet", "Miljöpartiet de gröna", "Feministiskt initiativ"): S, M, V, MP, C, L, FP,
/// KD, SD, FI, PP. FP (Folkpartiet, L's name until 2015) stays FP, as written. std::nullopt for
/// anything else: local parties (FiA, AD, KL, TUP, "Åstorpspartiet"), "(-)", unions, PRO/SPF.
/// The caller decides from context whether a lone letter ("v ordf", "c") is a party at all.
std::optional<std::string> canonical_party(std::string_view written);

/// True for the national abbreviations above, any case ("S", "s", "Mp", "fp"); false for full
/// names, brackets and anything else.
bool is_national_party_abbreviation(std::string_view abbreviation);

/// Every national party with its names (for query synonyms).
std::span<const PartyEntry> party_table();

}  // namespace kommunsok::schema
