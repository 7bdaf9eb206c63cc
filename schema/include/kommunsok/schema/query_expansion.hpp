// Why: a user's word should find the document's word in every form it is written: folded
// (typed without å/ä/ö), as part of a compound, and under the other names the schema's tables
// give it (KSAU = Kommunstyrelsens arbetsutskott, SSR = Akademikerförbundet SSR,
// Vänsterpartiet = V). The word as typed keeps the highest weight.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kommunsok/schema/fields.hpp"

namespace kommunsok::schema {

/// What expansion knows of the query as typed, beyond the parsed query (whose words are stems).
struct TypedQuery {
  /// The parser that read it: its unstem list gives the words typed behind each stem, so a
  /// capitalised word finds its names from the tables ("Vänsterpartiet" -> V). May be null.
  const Xapian::QueryParser* parser = nullptr;
  /// For a pattern typed before a '*' (lower-cased, without a field name), the stems of the
  /// documents' words that begin with it but whose stems are shorter than it: "skol" for
  /// "skola*" ("skola", "skolan"), which the pattern cannot reach in an index of stems.
  std::vector<std::pair<std::string, std::vector<std::string>>> wildcard_stems = {};
};

/// The query with each free-text word widened to its alternatives; phrases and field-prefixed
/// words are left as they are, and wildcards too but for TypedQuery::wildcard_stems.
Xapian::Query expand_query(const Xapian::Query& query, const TypedQuery& typed = {});

/// The alternatives of one word as typed (any case): table names as filter terms.
std::vector<Xapian::Query> table_synonyms(std::string_view word);

/// A filter value as a user gives it, in the form documents are filed under: a union alias
/// gives its canonical union ("SSR" -> "Akademikerförbundet SSR"), a party name its
/// abbreviation, an organ code or name its table name; anything else as given.
std::string canonical_filter_value(const Field& field, std::string_view value);

}  // namespace kommunsok::schema
