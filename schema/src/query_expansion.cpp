#include "kommunsok/schema/query_expansion.hpp"

#include <algorithm>

#include "kommunsok/schema/diacritic_folding.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/organs.hpp"
#include "kommunsok/schema/parties.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"
#include "kommunsok/schema/term_prefixes.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::schema {

namespace {

// Below the word as typed: its folded form, then its use inside compounds.
constexpr double kFoldedWeight = 0.8;
constexpr double kCompoundPartWeight = 0.5;

bool is_unprefixed(std::string_view term) {
  return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z');
}

std::string upper_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// The alternatives of a stemmed word: its folded form and its use as a compound part.
void add_stem_alternatives(const std::string& stem, std::vector<Xapian::Query>& alternatives) {
  alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                            Xapian::Query(std::string(prefix::compound_part) + stem), kCompoundPartWeight);
  // A word typed with its å/ä/ö is matched exactly; one typed without may be a folded one.
  if (!has_diacritics(stem))
    alternatives.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(std::string(prefix::folded) + stem),
                              kFoldedWeight);
}

bool is_bare_case_number(const std::string& term) {
  if (term.size() < 2 || term.size() > 6) return false;
  if (!std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return !(term.size() == 4 && (term.starts_with("19") || term.starts_with("20")));  // a year
}

bool starts_capitalised(const std::string& word) {
  Xapian::Utf8Iterator it(word);
  return it != Xapian::Utf8Iterator() && Xapian::Unicode::get_category(*it) == Xapian::Unicode::UPPERCASE_LETTER;
}

// `term` is a stem (the parser stems every word, as the indexer does); the parser's unstem
// list has the words typed behind it.
Xapian::Query expand_term(const std::string& term, const TypedQuery& typed) {
  std::vector<Xapian::Query> alternatives{Xapian::Query(term)};
  // "1202": perhaps the number of a case ("KS-2021/1202.111"), whose text holds no such word.
  if (is_bare_case_number(term)) {
    const std::size_t first = term.find_first_not_of('0');
    alternatives.emplace_back(std::string(prefix::diarienummer_part) + term.substr(first == std::string::npos ? 0 : first));
    return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  if (!is_unprefixed(term)) return Xapian::Query(term);
  add_stem_alternatives(term, alternatives);
  // Names from the tables, by the word as typed: "KSAU", "Vänsterpartiet" (stemmed
  // "vänsterparti"). Only capitalised words, as ever: "vision" and "kommunal" are words.
  if (typed.parser) {
    std::vector<std::string> seen;
    for (auto word = typed.parser->unstem_begin(term); word != typed.parser->unstem_end(term); ++word) {
      if (!starts_capitalised(*word)) continue;
      const std::string lower = to_lower_utf8(*word);
      if (std::find(seen.begin(), seen.end(), lower) != seen.end()) continue;
      seen.push_back(lower);
      for (auto& synonym : table_synonyms(lower)) alternatives.push_back(std::move(synonym));
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
}

// "skola*": the index holds the stem "skol" for "skola" and "skolan", which the pattern
// "skola" does not reach; the stems the searcher found behind the pattern are added to it.
Xapian::Query expand_wildcard(const Xapian::Query& wildcard, const TypedQuery& typed) {
  if (typed.wildcard_stems.empty()) return wildcard;
  const std::string description = wildcard.get_description();
  for (const auto& [pattern, stems] : typed.wildcard_stems) {
    if (stems.empty()) continue;
    for (std::string_view field_prefix : {std::string_view(), field::title.prefix, field::people.prefix}) {
      // Xapian 1.4 does not give a wildcard's pattern: a query for each candidate tells.
      if (Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(field_prefix) + pattern).get_description() != description)
        continue;
      std::vector<Xapian::Query> alternatives{wildcard};
      for (const std::string& stem : stems) alternatives.emplace_back(std::string(field_prefix) + stem);
      return Xapian::Query(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
    }
  }
  return wildcard;
}

}  // namespace

std::vector<Xapian::Query> table_synonyms(std::string_view word) {
  std::vector<Xapian::Query> out;
  // Codes are written in capitals ("KSAU", "KF"); a query may be typed in any case.
  for (const std::string& form : {std::string(word), upper_ascii(word)}) {
    if (auto organ = find_organ(form)) {
      out.emplace_back(keyword_term(field::organ, organ->name));
      break;
    }
  }
  if (auto union_name = canonical_union(word)) out.emplace_back(keyword_term(field::unions, *union_name));
  // Lone letters ("s", "v", "c") are words as often as parties: only names and the longer
  // abbreviations count.
  if (word.size() >= 2) {
    if (auto party = canonical_party(word); party && (word.size() > 2 || party->size() == 2))
      out.emplace_back(keyword_term(field::parties, *party));
  }
  return out;
}

std::string canonical_filter_value(const Field& field, std::string_view value) {
  if (&field == &field::unions) {
    if (auto name = canonical_union(value)) return *name;
  } else if (&field == &field::parties) {
    if (auto party = canonical_party(value)) return *party;
  } else if (&field == &field::organ) {
    for (const std::string& form : {std::string(value), upper_ascii(value)})
      if (auto organ = find_organ(form)) return organ->name;
  }
  return std::string(value);
}

Xapian::Query expand_query(const Xapian::Query& query, const TypedQuery& typed) {
  const auto type = query.get_type();
  if (type == Xapian::Query::LEAF_TERM) {
    const std::string term = *query.get_terms_begin();
    return expand_term(term, typed);
  }
  if (type == Xapian::Query::OP_WILDCARD) return expand_wildcard(query, typed);
  switch (type) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_XOR: {
      std::vector<Xapian::Query> subqueries;
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        const Xapian::Query sub = query.get_subquery(i);
        // "-skola" excludes documents about skola, not every förskola or skolskjuts: what is
        // excluded stays exact.
        subqueries.push_back(type == Xapian::Query::OP_AND_NOT && i > 0 ? sub : expand_query(sub, typed));
      }
      return Xapian::Query(type, subqueries.begin(), subqueries.end());
    }
    default:
      return query;  // phrases, NEAR, wildcards, weights: as parsed
  }
}

}  // namespace kommunsok::schema
