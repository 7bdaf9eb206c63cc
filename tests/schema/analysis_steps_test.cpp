// Each step of the analyzer on its own: folding, compound splitting, case-number parts,
// synonyms from the tables and the query expansion that puts them together.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kommunsok/schema/compound_splitter.hpp"
#include "kommunsok/schema/diacritic_folding.hpp"
#include "kommunsok/schema/diarienummer.hpp"
#include "kommunsok/schema/query_expansion.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"
#include "kommunsok/schema/term_prefixes.hpp"
#include "kommunsok/schema/xapian_document.hpp"

using namespace kommunsok::schema;

namespace {

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::vector<std::string> terms_of(const Xapian::Query& query) {
  return {query.get_unique_terms_begin(), query.get_unique_terms_end()};
}

}  // namespace

TEST_CASE("stemming: definite and plural forms meet their base form", "[schema][analysis]") {
  const Xapian::Stem stem = swedish_stemmer();
  for (const auto& forms : std::vector<std::vector<std::string>>{{"skola", "skolan", "skolor", "skolorna"},
                                                                 {"arbetsmiljö", "arbetsmiljön"},
                                                                 {"nämnd", "nämnden", "nämnderna"},
                                                                 {"taxa", "taxan", "taxor"},
                                                                 {"friskvårdsbidrag", "friskvårdsbidraget"},
                                                                 {"skolskjuts", "skolskjutsen", "skolskjutsar"}})
    for (const auto& form : forms) CHECK(stem(form) == stem(forms.front()));
  // Words whose base form ends so are left as they are.
  CHECK(stem("plan") == "plan");
  CHECK(stem("funktion") == stem("funktionen"));
  CHECK(stem("region") != stem("regi"));
}

TEST_CASE("folding: å ä ö and accents become their base letters", "[schema][analysis]") {
  CHECK(fold_diacritics("förskola") == "forskola");
  CHECK(fold_diacritics("Arbetsmiljö, Åsa Ängström") == "Arbetsmiljo, Asa Angstrom");
  CHECK(fold_diacritics("café résumé") == "cafe resume");
  CHECK(fold_diacritics("budget 2024") == "budget 2024");
  CHECK(has_diacritics("skolskjutsarna på landsbygden"));
  CHECK_FALSE(has_diacritics("skolskjutsarna"));
}

TEST_CASE("compounds split into dictionary words, names and short words do not", "[schema][analysis]") {
  CompoundSplitter& splitter = CompoundSplitter::swedish();
  if (!splitter.available()) {
    WARN("SKIPPED: hunspell-sv is not installed (run ./scripts/setup)");
    return;
  }
  const auto bidrag = splitter.parts("friskvårdsbidraget");
  CHECK(contains(bidrag, "friskvård"));
  CHECK(contains(bidrag, "bidraget"));
  CHECK(contains(splitter.parts("skolskjutsarna"), "skjutsarna"));
  CHECK(contains(splitter.parts("arbetsmiljöfrågor"), "arbetsmiljö"));
  CHECK(splitter.parts("skola").empty());           // too short to be a compound
  CHECK(splitter.parts("kommunen").empty());        // a word, not a compound
  CHECK(splitter.parts("2021/1202").empty());       // not letters
  CHECK(splitter.parts(std::string(200, 'a')).empty());  // no word is that long
  for (const auto& part : splitter.parts("barnomsorgsplatserna")) CHECK(part.size() >= 4);  // no junk fragments
}

TEST_CASE("case numbers are indexed by their parts and found inside queries", "[schema][analysis]") {
  const auto keys = diarienummer_part_keys("KS-2021/1202.111");
  CHECK(contains(keys, "1202"));
  CHECK(contains(keys, "2021-1202"));
  CHECK(contains(keys, "ks-2021-1202"));
  CHECK(contains(keys, "ks-2021-1202-111"));
  CHECK_FALSE(contains(keys, "2021"));  // a year alone names no case
  CHECK_FALSE(contains(keys, "111"));   // nor does a filing code

  auto spans = find_diarienummer_spans("beslut om dnr KS 2021/1202 i år");
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].written == "dnr KS 2021/1202");
  CHECK(spans[0].numbers == "2021/1202");
  spans = find_diarienummer_spans("KS-2021/1202.111");
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].written == "KS-2021/1202.111");
  CHECK(find_diarienummer_spans("budget 2024 och 45 minuter").empty());
  CHECK(find_diarienummer_spans("sammanträdet 2020-12-01").empty());  // a date
  CHECK(find_diarienummer_spans("3.5 miljoner").empty());             // a decimal
  CHECK(find_diarienummer_spans("KS 2021-1202").size() == 1);          // a series code makes it one
  CHECK(find_diarienummer_spans("om 2021/1202").front().written == "2021/1202");  // a lower-case word is no series code
}

TEST_CASE("table synonyms: organ codes, union aliases, party names", "[schema][analysis]") {
  auto has = [](std::string_view word, const std::string& term) {
    const auto synonyms = table_synonyms(word);
    return std::any_of(synonyms.begin(), synonyms.end(), [&](const Xapian::Query& q) { return contains(terms_of(q), term); });
  };
  CHECK(has("ksau", keyword_term(field::organ, "Kommunstyrelsens arbetsutskott")));
  CHECK(has("KF", keyword_term(field::organ, "Kommunfullmäktige")));
  CHECK(has("ssr", keyword_term(field::unions, "Akademikerförbundet SSR")));
  CHECK(has("vänsterpartiet", keyword_term(field::parties, "V")));
  CHECK(has("socialdemokraterna", keyword_term(field::parties, "S")));
  CHECK(table_synonyms("v").empty());  // a lone letter is a word as often as a party
  CHECK(canonical_filter_value(field::unions, "SSR") == "Akademikerförbundet SSR");
  CHECK(canonical_filter_value(field::parties, "Vänsterpartiet") == "V");
  CHECK(canonical_filter_value(field::organ, "ksau") == "Kommunstyrelsens arbetsutskott");
  CHECK(canonical_filter_value(field::municipality, "Ekby") == "Ekby");
}

TEST_CASE("query expansion widens free words, and keeps phrases and exclusions exact", "[schema][analysis]") {
  Xapian::QueryParser parser;
  parser.set_stemmer(swedish_stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
  parser.set_default_op(Xapian::Query::OP_AND);
  const Xapian::Stem stem = swedish_stemmer();

  // Every word is its stem, as the index holds it: no Z-prefixed terms.
  const auto words = terms_of(expand_query(parser.parse_query("forskola")));
  CHECK(contains(words, stem("forskola")));
  CHECK_FALSE(contains(words, "Z" + stem("forskola")));
  CHECK(contains(words, std::string(prefix::folded) + stem("forskola")));
  CHECK(contains(words, std::string(prefix::compound_part) + stem("forskola")));

  // With its å/ä/ö, a word is not widened to folded forms.
  CHECK_FALSE(contains(terms_of(expand_query(parser.parse_query("förskola"))), std::string(prefix::folded) + stem("förskola")));

  CHECK(contains(terms_of(expand_query(parser.parse_query("1202"))), std::string(prefix::diarienummer_part) + "1202"));

  const Xapian::Query excluded = expand_query(parser.parse_query("budget -skola", Xapian::QueryParser::FLAG_LOVEHATE));
  CHECK(excluded.get_type() == Xapian::Query::OP_AND_NOT);
  CHECK(terms_of(excluded.get_subquery(1)) == std::vector<std::string>{stem("skola")});

  // A phrase is a phrase of stems, with positions: any inflection, in that order.
  const Xapian::Query phrase = expand_query(parser.parse_query("\"ny taxan\"", Xapian::QueryParser::FLAG_PHRASE));
  CHECK(phrase.get_type() == Xapian::Query::OP_PHRASE);
  CHECK(terms_of(phrase) == std::vector<std::string>{stem("ny"), stem("taxa")});
}

TEST_CASE("names from the tables are found by the word as typed, capitalised, not by its stem", "[schema][analysis]") {
  Xapian::QueryParser parser;
  parser.set_stemmer(swedish_stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
  const auto expanded = [&](const std::string& q) { return terms_of(expand_query(parser.parse_query(q), TypedQuery{&parser})); };
  CHECK(contains(expanded("Vänsterpartiet"), keyword_term(field::parties, "V")));
  REQUIRE(swedish_stemmer()("socialdemokraterna") != "socialdemokraterna");  // the table has the word, not the stem
  CHECK(contains(expanded("Socialdemokraterna"), keyword_term(field::parties, "S")));
  CHECK(contains(expanded("KSAU"), keyword_term(field::organ, "Kommunstyrelsens arbetsutskott")));
  CHECK(contains(expanded("SSR"), keyword_term(field::unions, "Akademikerförbundet SSR")));
  // Lower case is a word, as it always was: "kommunal" is an adjective before it is a union.
  CHECK_FALSE(contains(expanded("kommunal"), keyword_term(field::unions, "Kommunal")));
  CHECK(contains(expanded("Kommunal"), keyword_term(field::unions, "Kommunal")));
}

TEST_CASE("a wildcard also finds the stems the searcher found behind it", "[schema][analysis]") {
  Xapian::QueryParser parser;
  parser.set_stemmer(swedish_stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
  parser.add_prefix("titel", std::string(field::title.prefix));
  const unsigned flags = Xapian::QueryParser::FLAG_WILDCARD;
  const std::string skol = swedish_stemmer()("skolan");
  REQUIRE(skol != "skola");  // so "skola*" alone cannot reach the index's "skol"
  const TypedQuery typed{&parser, {{"skola", {skol}}}};
  CHECK(contains(terms_of(expand_query(parser.parse_query("skola*", flags), typed)), skol));
  CHECK(contains(terms_of(expand_query(parser.parse_query("titel:skola*", flags), typed)),
                 std::string(field::title.prefix) + skol));
  // Another pattern is left as it is.
  CHECK(terms_of(expand_query(parser.parse_query("arbets*", flags), typed)).empty());
}

TEST_CASE("documents carry folded, compound-part and case-number terms", "[schema][analysis]") {
  Document doc;
  doc.id = "a.txt";
  doc.title = "Svar om friskvårdsbidraget";
  doc.text = "Förskolan i Åby får höjt friskvårdsbidrag.";
  doc.diarienummer = {"KS-2021/1202.111"};
  const Xapian::Document xdoc = to_xapian_document(doc, "");
  std::vector<std::string> terms(xdoc.termlist_begin(), xdoc.termlist_end());
  const Xapian::Stem stem = swedish_stemmer();
  CHECK(contains(terms, std::string(prefix::folded) + fold_diacritics(stem("förskolan"))));
  CHECK(contains(terms, std::string(prefix::diarienummer_part) + "1202"));
  if (CompoundSplitter::swedish().available()) {
    CHECK(contains(terms, std::string(prefix::compound_part) + stem("bidraget")));
    CHECK(contains(terms, std::string(prefix::compound_part) + stem("friskvård")));
    // A capitalised word may be a name: not split.
    CHECK_FALSE(contains(terms, std::string(prefix::compound_part) + stem("skolan")));
  }
}
