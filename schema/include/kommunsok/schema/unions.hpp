// Why: samverkan protocols name the same union many ways ("SSR", "Akademikerförbundet SSR",
// "kommunal", "Saco-rådet"); the indexer files each under one name and the server expands a
// query with the aliases, so the table of unions lives here once, as data in code.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kommunsok::schema {

/// One union: its canonical name and the other ways documents write it (matched in any case).
struct UnionEntry {
  std::string_view name;                     ///< canonical: "Akademikerförbundet SSR"
  std::span<const std::string_view> aliases; ///< "SSR", …; former names of the same union
};

/// The canonical union for a name as written, any case, surrounding punctuation and a genitive
/// ("Kommunals", "SSR:s") ignored: "SSR", "akademikerförbundet ssr" -> "Akademikerförbundet SSR";
/// "KOMMUNAL" -> "Kommunal"; "LR" -> "Lärarnas Riksförbund"; "SACO", "Saco-rådet" -> "Saco".
/// A union that was renamed or absorbed into one successor maps to the current name
/// ("SKTF" -> "Vision", "Jusek" -> "Akavia", "FSA" -> "Sveriges Arbetsterapeuter",
/// "Skolledarna" -> "Sveriges Skolledare", "Teaterförbundet" -> "Scen & Film"); the two unions
/// that merged into Sveriges Lärare in 2023 stay apart, since older protocols list both.
/// std::nullopt when unknown, and for organisations that are not unions: pensioners'
/// organisations (PRO, SPF, SKPF), disability organisations (DHR, HKR) and the confederations
/// TCO and LO. Saco is the exception: in samverkan protocols Saco (or its local Saco-rådet)
/// takes part for its member unions, so it is both a participant here and a confederation for
/// is_union_confederation.
std::optional<std::string> canonical_union(std::string_view written);

/// For "TCO, Vision" / "Saco, SSR" style prefixes: true for the confederation names TCO, Saco
/// (also "SACO", "Saco-rådet") and LO, any case.
bool is_union_confederation(std::string_view written);

/// Every canonical union with its aliases (for query synonyms).
std::span<const UnionEntry> union_table();

}  // namespace kommunsok::schema
