// Why: a user's word should find the document's word in every form it is written: folded
// (typed without å/ä/ö), as part of a compound, and under the other names the schema's tables
// give it (KSAU = Kommunstyrelsens arbetsutskott, SSR = Akademikerförbundet SSR,
// Vänsterpartiet = V). The word as typed keeps the highest weight.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "kommunsok/schema/fields.hpp"

namespace kommunsok::schema {

/// The query with each free-text word widened to its alternatives; phrases, wildcards and
/// field-prefixed words are left as they are.
Xapian::Query expand_query(const Xapian::Query& query);

/// The alternatives of one word as typed (any case): table names as filter terms.
std::vector<Xapian::Query> table_synonyms(std::string_view word);

/// A filter value as a user gives it, in the form documents are filed under: a union alias
/// gives its canonical union ("SSR" -> "Akademikerförbundet SSR"), a party name its
/// abbreviation, an organ code or name its table name; anything else as given.
std::string canonical_filter_value(const Field& field, std::string_view value);

}  // namespace kommunsok::schema
