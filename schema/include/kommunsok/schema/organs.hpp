// Why: one body is written many ways ("KOMMUNSTYRELSEN", "Kommunstyrelsens", "KS", "Ks"); the
// indexer files a document under one organ name and the server expands a query with the same
// codes, so the table of names, codes and spellings lives here once, as data in code.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kommunsok::schema {

/// One body in the organ table. Codes are matched with the case rule of find_organ; names
/// in any case, genitive, definite or indefinite.
struct OrganEntry {
  std::string_view name;                       ///< canonical, definite: "Kommunstyrelsens arbetsutskott"
  std::string_view code;                       ///< main short code ("KSAU"); empty when none is common
  std::span<const std::string_view> codes;     ///< further spellings of the code: "KSau", "KS AU"
  std::span<const std::string_view> names;     ///< further full names: "Kommunalt pensionärsråd"
};

struct OrganInfo {
  std::string name;  ///< e.g. "Kommunstyrelsens arbetsutskott"
  std::string code;  ///< e.g. "KSAU"; empty when the body has no common code
};

/// Canonical form of an organ name as written: genitive and case undone, first letter upper case.
/// A name, name variant or code in the table gives the table's name ("KOMMUNSTYRELSEN",
/// "Kommunstyrelse", "KS" -> "Kommunstyrelsen"; "Kommunfullmäktiges" -> "Kommunfullmäktige";
/// "Kommunstyrelsens arbetsutskotts" -> "Kommunstyrelsens arbetsutskott"). Any other name comes
/// back lower case except its first letter ("OMSORGSSTYRELSEN" -> "Omsorgsstyrelsen",
/// "nämnden för support och lokalers" -> "Nämnden för support och lokaler"), except that in
/// text not written all in capitals a later capitalised word is a proper name or acronym and
/// stays ("Barn- och skolnämnd Lund Öster"), unless it is an organ or function word
/// ("Tekniska Nämnden För IT" -> "Tekniska nämnden för IT"). A final -s is
/// removed only as a genitive: after an organ word form (…nämndens, …styrelsens, …fullmäktiges,
/// …utskotts, …rådets, …gruppens, …kommitténs, …förvaltningens, …revisionens) or at the end of
/// "<organ word> för X" ("nämnden för X", "utskottet för X"), and there never from a proper
/// name or a word whose base form ends in -s (…hus, …kurs, …fors, …näs, …ås). Whitespace is
/// collapsed; empty input gives "".
std::string canonical_organ_name(std::string_view written);

/// The table entry for a full name in any case, genitive allowed, with or without definite
/// article ("kommunstyrelsen", "Kommunstyrelse", "KOMMUNSTYRELSENS"), a name with its code in
/// brackets ("kommuncentral samverkan (KCS)"), or a short code as written in documents, also
/// with ":s" ("KSAU:s"). A code matches when written exactly as listed, all upper case ("KSAU",
/// "KOF") or title case ("Ks", "Ksau", "Au", "Sn", "Bmn") — not all lower case ("ks", "au"),
/// and never title case when that is a Swedish word ("Än", "Son", "Von"). std::nullopt when
/// unknown: a code that means different bodies in different municipalities keeps its most
/// common reading (see the table's comments) or is left out.
std::optional<OrganInfo> find_organ(std::string_view written);

/// True when the word (any case, genitive allowed, surrounding punctuation ignored) is a generic
/// organ word that names a body: it ends in nämnd(en), styrelse(n), fullmäktige, utskott(et),
/// råd(et), beredning(en), kommitté(n), samverkansgrupp(en) or förvaltningsgrupp(en) —
/// "Ungdomsrådet", "Socialnämndens", "KOMMUNSTYRELSEN". False for titles of people
/// ("kommunalråd", "oppositionsrådet", "stadsråd"), participles ("omnämnd", "ovannämnd",
/// "sistnämnd"), the bare words "råd" (advice) and "beredning(en)" (the preparation of a
/// matter), "ärendeberedning", plurals ("nämnder") and administrations ("socialförvaltningen").
bool is_organ_word(std::string_view word);

/// Every table entry (for the server's query synonyms).
std::span<const OrganEntry> organ_table();

}  // namespace kommunsok::schema
