// Search as users type: parts of compounds, no å/ä/ö, typos, abbreviations and party names,
// parts of case numbers, negation, and the Swedish query language.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kommunsok/schema/compound_splitter.hpp"
#include "kommunsok/schema/xapian_document.hpp"
#include "kommunsok/server/searcher.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace kommunsok::server;
using Params = std::vector<std::pair<std::string, std::string>>;

namespace {

schema::Document make(const std::string& id, schema::Kind kind, schema::IsoDate date, const std::string& organ,
                      std::vector<std::string> parties, const std::string& title, const std::string& text) {
  schema::Document doc;
  doc.id = id;
  doc.kind = kind;
  doc.title = title;
  doc.date = date;
  doc.organ = organ;
  doc.municipality = "Ekby";
  doc.parties = std::move(parties);
  doc.text = text;
  return doc;
}

struct Fixture {
  test::TempDir dir;
  Searcher searcher{dir.path() / "index"};
  Fixture() {
    Xapian::WritableDatabase db((dir.path() / "index").string(), Xapian::DB_CREATE_OR_OPEN);
    std::vector<schema::Document> docs{
        make("skolskjuts", schema::Kind::Paragraf, {2021, 6, 9}, "Kommunstyrelsens arbetsutskott", {"S", "V"},
             "Skolskjuts till Norrby", "Skolskjutsen till Norrby skola ändras från hösten."),
        make("forskola", schema::Kind::Interpellation, {2023, 2, 1}, "Kommunfullmäktige", {"M"},
             "Svar om förskolan", "Förskolan i Åby får fler pedagoger och en ny arbetsmiljöplan."),
        make("friskvard", schema::Kind::Samverkan, {2024, 3, 12}, "Förvaltningsgruppen", {},
             "Protokoll förvaltningsgruppen", "Kommunal undrar om friskvårdsbidraget höjs. Arbetsgivaren svarar ja."),
        make("bidrag", schema::Kind::Paragraf, {2022, 5, 3}, "Kultur- och fritidsnämnden", {"C"},
             "Bidrag till föreningar", "Nämnden beslutar om bidrag till föreningar i Ekby."),
    };
    docs[0].diarienummer = {"KS-2021/1202.111"};
    docs[2].unions = {"Kommunal", "Akademikerförbundet SSR"};
    for (const auto& doc : docs) {
      // The spelling list, as the indexer keeps it: the words as written (the index holds stems).
      schema::IndexedWords words;
      const Xapian::Document xdoc = schema::to_xapian_document(doc, "", &words);
      for (const auto& [word, count] : words)
        if (word[0] >= 'a' && word[0] <= 'z') db.add_spelling(word, count);
      db.replace_document(schema::id_term(doc.id), xdoc);
    }
    db.commit();
  }
  SearchResult q(const std::string& query, Params more = {}) const {
    more.emplace_back("q", query);
    return searcher.search(parse_search_request(more));
  }
};

std::vector<std::string> ids(const SearchResult& result) {
  std::vector<std::string> out;
  for (const auto& hit : result.hits) out.push_back(hit.document.id);
  return out;
}

std::string first(const SearchResult& result) { return result.hits.empty() ? "" : result.hits.front().document.id; }

}  // namespace

TEST_CASE("a part of a compound finds it, below the word on its own", "[server][forgiving]") {
  if (!schema::CompoundSplitter::swedish().available()) {
    WARN("SKIPPED: hunspell-sv is not installed (run ./scripts/setup)");
    return;
  }
  const Fixture f;
  CHECK(first(f.q("friskvård")) == "friskvard");
  const auto bidrag = f.q("bidrag");
  CHECK(ids(bidrag) == std::vector<std::string>{"bidrag", "friskvard"});  // whole word first
  CHECK(first(f.q("friskvårdsbidrag")) == "friskvard");
}

TEST_CASE("a word typed without å/ä/ö finds it, one typed with them stays exact", "[server][forgiving]") {
  const Fixture f;
  CHECK(first(f.q("forskolan")) == "forskola");
  CHECK(first(f.q("friskvardsbidraget")) == "friskvard");
  CHECK(f.q("förskolan").total == 1);
  CHECK(first(f.q("arbetsmiljoplan")) == "forskola");
}

TEST_CASE("a word typed with its letters decomposed (as a Mac may send it) is the word", "[server][forgiving]") {
  const Fixture f;
  // "förskolan" with "o" + U+0308 COMBINING DIAERESIS; "Kultur- och fritidsnämnden" likewise.
  CHECK(f.q("fo\xCC\x88rskolan").total == 1);
  CHECK(first(f.q("fo\xCC\x88rskolan")) == "forskola");
  CHECK(ids(f.q("", {{"organ", "Kultur- och fritidsna\xCC\x88mnden"}})) == std::vector<std::string>{"bidrag"});
}

TEST_CASE("a typo is corrected from the index's own words, and said so", "[server][forgiving]") {
  const Fixture f;
  const auto result = f.q("friskvårdsbidarget");
  CHECK(result.corrected);
  CHECK(result.suggestion == "friskvårdsbidraget");
  CHECK(first(result) == "friskvard");
  // A query that finds what it asks for gets no suggestion.
  CHECK(f.q("skolskjuts").suggestion.empty());
}

TEST_CASE("when no document has every word, the ones with most are shown, flagged", "[server][forgiving]") {
  const Fixture f;
  const auto result = f.q("skolskjuts pedagoger");
  CHECK(result.relaxed);
  CHECK(result.total == 2);
  CHECK_FALSE(f.q("skolskjuts Norrby").relaxed);
}

TEST_CASE("abbreviations and names from the tables", "[server][forgiving]") {
  const Fixture f;
  CHECK(first(f.q("KSAU")) == "skolskjuts");
  CHECK(first(f.q("KF")) == "forskola");
  CHECK(ids(f.q("Vänsterpartiet")) == std::vector<std::string>{"skolskjuts"});
  CHECK(first(f.q("Centerpartiet")) == "bidrag");
  CHECK(ids(f.searcher.search(parse_search_request({{"union", "SSR"}}))) == std::vector<std::string>{"friskvard"});
  CHECK(ids(f.searcher.search(parse_search_request({{"organ", "KSAU"}}))) == std::vector<std::string>{"skolskjuts"});
}

TEST_CASE("a case number in part, in any spelling, inside a query", "[server][forgiving]") {
  const Fixture f;
  for (const std::string query : {"1202", "2021/1202", "KS 2021/1202", "dnr KS-2021/1202.111", "ks2021-1202-111",
                                  "skolskjuts 2021/1202"})
    CHECK(first(f.q(query)) == "skolskjuts");
}

TEST_CASE("negation excludes, also on its own", "[server][forgiving]") {
  const Fixture f;
  // A negated case number is left to the parser, never made a requirement.
  const auto not_case = ids(f.q("Ekby -2021/1202"));
  CHECK(std::find(not_case.begin(), not_case.end(), "bidrag") != not_case.end());
  CHECK(f.q("-KS-2021/1202.111").total != 1);
  auto without = ids(f.q("-skolskjuts"));
  std::sort(without.begin(), without.end());
  CHECK(without == std::vector<std::string>{"bidrag", "forskola", "friskvard"});
  CHECK(f.q("NOT skolskjuts").total == 3);
  CHECK(ids(f.q("Ekby -föreningar")) == ids(f.q("Ekby NOT föreningar")));
  const auto excluded = ids(f.q("Ekby -föreningar"));
  CHECK(std::find(excluded.begin(), excluded.end(), "bidrag") == excluded.end());
}

TEST_CASE("the Swedish query language", "[server][forgiving]") {
  const Fixture f;
  CHECK(ids(f.q("organ:KSAU")) == std::vector<std::string>{"skolskjuts"});
  CHECK(ids(f.q("typ:samverkan")) == std::vector<std::string>{"friskvard"});
  CHECK(ids(f.q("parti:Vänsterpartiet")) == std::vector<std::string>{"skolskjuts"});
  CHECK(ids(f.q("fack:SSR")) == std::vector<std::string>{"friskvard"});
  CHECK(ids(f.q("dnr:2021/1202")) == std::vector<std::string>{"skolskjuts"});
  CHECK(ids(f.q("år:2023")) == std::vector<std::string>{"forskola"});
  CHECK(ids(f.q("datum:2022-01-01..2023-12-31 -förskolan")) == std::vector<std::string>{"bidrag"});
  CHECK(ids(f.q("datum:2024")) == std::vector<std::string>{"friskvard"});
  CHECK(ids(f.q("kommun:ekby titel:föreningar")) == std::vector<std::string>{"bidrag"});
  CHECK(ids(f.q("organ:\"kommunstyrelsens arbetsutskott\" skolskjuts")) == std::vector<std::string>{"skolskjuts"});
  // Syntax that does not parse is read as words, never an error.
  CHECK_NOTHROW(f.q("organ: AND ( \"skola"));
}

TEST_CASE("snippets mark the words in the form they matched", "[server][forgiving]") {
  const Fixture f;
  const auto folded = f.q("forskolan");
  REQUIRE_FALSE(folded.hits.empty());
  CHECK_THAT(folded.hits.front().snippet, Catch::Contains("<mark>Förskolan</mark>"));
  CHECK_THAT(f.q("skolan").hits.front().snippet, Catch::Contains("<mark>skola</mark>"));  // an inflection
  if (schema::CompoundSplitter::swedish().available()) {
    const auto part = f.q("friskvård");
    REQUIRE_FALSE(part.hits.empty());
    CHECK_THAT(part.hits.front().snippet, Catch::Contains("<mark>friskvårdsbidraget</mark>"));
  }
}

// The index holds stems with their positions (STEM_ALL): a phrase matches any inflection of its
// words in order, and its snippet marks the words as this document writes them.
TEST_CASE("a phrase matches its words in any inflection, marked as written", "[server][forgiving]") {
  const Fixture f;
  const auto phrase = f.q("\"skolskjuts till norrby\"");
  REQUIRE(ids(phrase) == std::vector<std::string>{"skolskjuts"});
  CHECK_THAT(phrase.hits.front().snippet, Catch::Contains("<mark>Skolskjutsen till Norrby</mark>"));
  CHECK(f.q("\"norrby till skolskjuts\"").relaxed);  // in order: only its words, relaxed, find it
  // A capitalised word is stemmed as well: it finds every form, and is marked in each.
  const auto capitalised = f.q("Skolskjutsarna");
  REQUIRE(ids(capitalised) == std::vector<std::string>{"skolskjuts"});
  CHECK_THAT(capitalised.hits.front().snippet, Catch::Contains("<mark>Skolskjutsen</mark>"));
}

// "skola*" must find "skola" and "skolan", whose stem "skol" the pattern does not reach.
TEST_CASE("a wildcard finds the words it begins, whatever their stems", "[server][forgiving]") {
  const Fixture f;
  CHECK(ids(f.q("skola*")) == std::vector<std::string>{"skolskjuts"});  // "Norrby skola"
  CHECK(ids(f.q("förskola*")) == std::vector<std::string>{"forskola"});  // "Förskolan"
  CHECK(ids(f.q("skolskjuts*")) == std::vector<std::string>{"skolskjuts"});
  CHECK(ids(f.q("titel:förskola*")) == std::vector<std::string>{"forskola"});  // "Svar om förskolan"
  const auto marked = f.q("förskola*");
  REQUIRE_FALSE(marked.hits.empty());
  CHECK_THAT(marked.hits.front().snippet, Catch::Contains("<mark>Förskolan</mark>"));
}
