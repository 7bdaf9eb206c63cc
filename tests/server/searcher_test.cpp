#include <catch2/catch.hpp>

#include "kommunsok/schema/xapian_document.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/searcher.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace kommunsok::server;
using Params = std::vector<std::pair<std::string, std::string>>;

namespace {

schema::Document make(const std::string& id, schema::Kind kind, std::optional<schema::IsoDate> date,
                      const std::string& organ, std::vector<std::string> parties, const std::string& text) {
  schema::Document doc;
  doc.id = id;
  doc.kind = kind;
  doc.title = "Ärende " + id;
  doc.date = date;
  doc.organ = organ;
  doc.municipality = "Sjöbacka";
  doc.parties = std::move(parties);
  doc.text = text;
  return doc;
}

struct Fixture {
  test::TempDir dir;
  Searcher searcher{dir.path() / "index"};
  Fixture() {
    Xapian::WritableDatabase db((dir.path() / "index").string(), Xapian::DB_CREATE_OR_OPEN);
    const std::vector<schema::Document> docs{
        make("a", schema::Kind::Paragraf, schema::IsoDate{2021, 6, 9}, "Kommunstyrelsen", {"S", "V"},
             "Skolskjutsen till Norrby skola ändras."),
        make("b", schema::Kind::Paragraf, schema::IsoDate{2023, 2, 1}, "Kommunstyrelsen", {"M"},
             "Skolskjuts och busskort för elever."),
        make("c", schema::Kind::Interpellation, std::nullopt, "Kommunfullmäktige", {"V", "C"},
             "Svar om skolskjutsar på landsbygden."),
        make("d", schema::Kind::Samverkan, schema::IsoDate{2024, 3, 12}, "Förvaltningsgruppen", {},
             "Kommunal undrar om friskvårdsbidraget. Arbetsgivaren svarar."),
    };
    for (auto doc : docs) {
      if (doc.id == "a") doc.diarienummer = {"KS-2021/1202.111"};
      db.replace_document(schema::id_term(doc.id), schema::to_xapian_document(doc, ""));
    }
    db.commit();
  }
  SearchResult search(const Params& params) const { return searcher.search(parse_search_request(params)); }
};

std::vector<std::string> ids(const SearchResult& result) {
  std::vector<std::string> out;
  for (const auto& hit : result.hits) out.push_back(hit.document.id);
  return out;
}

const Facet& facet(const SearchResult& result, const std::string& name) {
  for (const auto& f : result.facets)
    if (f.name == name) return f;
  FAIL("no facet " << name);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("free text matches inflected forms and highlights them", "[server][search]") {
  Fixture f;
  const SearchResult result = f.search({{"q", "skolskjuts"}});
  CHECK(result.total == 3);
  REQUIRE_FALSE(result.hits.empty());
  CHECK(result.hits[0].snippet.find("<mark>") != std::string::npos);
  CHECK(result.hits[0].score > 0);
}

TEST_CASE("facet counts cover all matches and equal what filtering returns", "[server][search]") {
  Fixture f;
  const SearchResult all = f.search({{"size", "1"}});
  CHECK(all.total == 4);
  CHECK(all.hits.size() == 1);
  for (const std::string name : {"kind", "organ", "municipality", "party", "year"}) {
    for (const FacetValue& value : facet(all, name).values) {
      INFO(name << "=" << value.value);
      CHECK(f.search({{name, value.value}}).total == value.count);
    }
  }
  const auto& parties = facet(all, "party").values;
  REQUIRE(parties.size() == 4);
  CHECK(parties[0].value == "V");
  CHECK(parties[0].count == 2);
}

TEST_CASE("filters combine: OR within a field, AND across fields", "[server][search]") {
  Fixture f;
  CHECK(f.search({{"party", "M"}, {"party", "C"}}).total == 2);
  CHECK(f.search({{"party", "V"}, {"kind", "paragraf"}}).total == 1);
  CHECK(f.search({{"organ", "kommunstyrelsen"}}).total == 2);
}

TEST_CASE("date ranges and date sorting", "[server][search]") {
  Fixture f;
  CHECK(ids(f.search({{"from", "2022-01-01"}, {"sort", "date"}})) == std::vector<std::string>{"b", "d"});
  CHECK(ids(f.search({{"to", "2023-02-01"}, {"sort", "-date"}})) == std::vector<std::string>{"b", "a"});
  CHECK(ids(f.search({{"from", "2021-06-09"}, {"to", "2021-06-09"}})) == std::vector<std::string>{"a"});
  // Undated documents come last in both directions.
  CHECK(ids(f.search({{"sort", "-date"}})) == std::vector<std::string>{"d", "b", "a", "c"});
  CHECK(ids(f.search({{"sort", "date"}})) == std::vector<std::string>{"a", "b", "d", "c"});
}

TEST_CASE("a diarienummer finds its case however it is typed", "[server][search]") {
  Fixture f;
  for (const std::string typed : {"KS-2021/1202.111", "ks 2021/1202.111", "KS2021-1202-111"}) {
    INFO(typed);
    CHECK(ids(f.search({{"q", typed}})) == std::vector<std::string>{"a"});
  }
}

TEST_CASE("without query terms the snippet is the escaped opening of the text", "[server][search]") {
  Fixture f;
  const SearchResult result = f.search({{"kind", "samverkan"}});
  REQUIRE(result.hits.size() == 1);
  CHECK(result.hits[0].snippet == "Kommunal undrar om friskvårdsbidraget. Arbetsgivaren svarar.");
  CHECK(result.hits[0].score == 0);
}

TEST_CASE("a query with a dangling operator is read as plain words", "[server][search]") {
  Fixture f;
  CHECK(ids(f.search({{"q", "friskvårdsbidraget AND"}})) == std::vector<std::string>{"d"});
  CHECK(f.search({{"q", "skolskjuts NOT"}}).total == 3);
}

TEST_CASE("pages split the matches", "[server][search]") {
  Fixture f;
  const auto first = ids(f.search({{"size", "2"}, {"page", "1"}, {"sort", "date"}}));
  const auto second = ids(f.search({{"size", "2"}, {"page", "2"}, {"sort", "date"}}));
  CHECK(first.size() == 2);
  CHECK(second.size() == 2);
  CHECK(first != second);
  CHECK(f.search({{"size", "2"}, {"page", "3"}}).hits.empty());
}

TEST_CASE("documents are looked up by id", "[server][search]") {
  Fixture f;
  REQUIRE(f.searcher.document("c").has_value());
  CHECK(f.searcher.document("c")->kind == schema::Kind::Interpellation);
  CHECK_FALSE(f.searcher.document("zz").has_value());
  CHECK_FALSE(f.searcher.document(std::string(500, 'x')).has_value());
  CHECK(f.searcher.document_count() == 4);
}

TEST_CASE("a missing index is a 503, not a crash", "[server][search]") {
  test::TempDir dir;
  Searcher searcher(dir.path() / "absent");
  try {
    searcher.search(parse_search_request({}));
    FAIL("expected an error");
  } catch (const ApiError& e) {
    CHECK(e.status() == 503);
  }
}

TEST_CASE("an unusable index is a 503 for every endpoint, without Xapian's internals", "[server][search]") {
  test::TempDir dir;
  // An empty file where the index should be, and a folder of garbage.
  dir.write("empty-file", "");
  dir.write("garbage/iamglass", "not an index at all");
  for (const char* name : {"empty-file", "garbage"}) {
    Searcher searcher(dir.path() / name);
    auto status_and_message = [](auto&& call) {
      try {
        call();
      } catch (const ApiError& e) {
        return std::make_pair(e.status(), std::string(e.what()));
      }
      return std::make_pair(200, std::string());
    };
    for (const auto& [status, message] :
         {status_and_message([&] { searcher.search(parse_search_request({{"q", "skola"}})); }),
          status_and_message([&] { searcher.document("a.txt"); }),
          status_and_message([&] { searcher.document_count(); })}) {
      CHECK(status == 503);
      CHECK_THAT(message, Catch::StartsWith("index unavailable"));
      CHECK_THAT(message, !Catch::Contains("Xapian") && !Catch::Contains("glass") && !Catch::Contains("block"));
    }
  }
}

TEST_CASE("a wildcard flood is searched within the query's budget, and the answer says so", "[server][limits]") {
  test::TempDir dir;
  {
    Xapian::WritableDatabase db((dir.path() / "index").string(), Xapian::DB_CREATE_OR_OPEN);
    // 300 words that all begin with "ord", and a few that begin with "sk".
    for (int i = 0; i < 30; ++i) {
      std::string text = "skola skolskjuts";
      for (int j = 0; j < 10; ++j) text += " ord" + std::to_string(i * 10 + j) + "x";
      db.replace_document(schema::id_term("d" + std::to_string(i)),
                          schema::to_xapian_document(make("d" + std::to_string(i), schema::Kind::Annat, std::nullopt, "", {}, text), ""));
    }
    db.commit();
  }
  QueryLimits limits;
  limits.wildcard_terms = 40;
  Searcher searcher(dir.path() / "index", limits);

  const SearchResult one = searcher.search(parse_search_request(Params{{"q", "ord*"}}));
  REQUIRE(one.limits.size() == 1);
  CHECK_THAT(one.limits[0], Catch::Contains("ord*") && Catch::Contains("40 most frequent"));
  CHECK(one.total > 0);

  // Many wildcards share the budget; each still gets a few words; past 32, wildcards are words.
  std::string flood;
  for (int i = 0; i < 40; ++i) flood += std::string(flood.empty() ? "" : " OR ") + static_cast<char>('a' + i % 26) + "*";
  const SearchResult many = searcher.search(parse_search_request(Params{{"q", flood}}));
  CHECK(many.total == 30);
  REQUIRE(many.limits.size() == 3);
  CHECK_THAT(many.limits[0], Catch::Contains("only the first 32 of 40"));
  CHECK_THAT(many.limits[1], Catch::Contains("4 most frequent"));
  // So many wildcards are not highlighted hit by hit: the hits show their opening.
  CHECK_THAT(many.limits[2], Catch::StartsWith("highlighting:"));
  CHECK(many.hits[0].snippet.find("<mark>") == std::string::npos);
  CHECK(many.hits[0].score > 0);

  // A wildcard within its share runs whole and says nothing.
  CHECK(searcher.search(parse_search_request(Params{{"q", "skol*"}})).limits.empty());
}

TEST_CASE("a match that reaches the counting budget reports estimated counts", "[server][limits]") {
  test::TempDir dir;
  {
    Xapian::WritableDatabase db((dir.path() / "index").string(), Xapian::DB_CREATE_OR_OPEN);
    for (int i = 0; i < 3000; ++i)
      db.replace_document(schema::id_term("d" + std::to_string(i)),
                          schema::to_xapian_document(make("d" + std::to_string(i), schema::Kind::Annat, std::nullopt, "", {},
                                                          std::string(i % 2 ? "budget" : "plan") + " för " +
                                                              (i % 3 ? "förskolan" : "skolan")), ""));
    db.commit();
  }
  QueryLimits limits;
  limits.max_checked = 100;
  // Two words in different documents: counting stopped early, only bounds on how many have both are known.
  const SearchResult cut = Searcher(dir.path() / "index", limits).search(parse_search_request(Params{{"q", "budget skolan"}}));
  CHECK(cut.hits.size() == 10);
  REQUIRE(cut.limits.size() == 1);
  CHECK_THAT(cut.limits[0], Catch::StartsWith("documents: more than 100 match") && Catch::Contains("estimates"));

  const SearchResult whole = Searcher(dir.path() / "index").search(parse_search_request(Params{{"q", "budget skolan"}}));
  CHECK(whole.total == 500);
  CHECK(whole.limits.empty());
}
