#include <catch2/catch.hpp>

#include "kommunsok/schema/swedish_analyzer.hpp"
#include "kommunsok/schema/xapian_document.hpp"

using namespace kommunsok::schema;

namespace {

Xapian::WritableDatabase index_of(const std::vector<std::string>& texts) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  int n = 0;
  for (const auto& text : texts) {
    Document doc;
    doc.id = std::to_string(++n);
    doc.title = "Dokument " + doc.id;
    doc.text = text;
    db.add_document(to_xapian_document(doc, ""));
  }
  return db;
}

Xapian::doccount matches(const Xapian::Database& db, const std::string& q) {
  Xapian::Enquire enquire(db);
  enquire.set_query(make_query_parser(db).parse_query(q, query_parser_flags()));
  return enquire.get_mset(0, 100).size();
}

}  // namespace

TEST_CASE("inflected Swedish forms find each other through stemming", "[schema][analyzer]") {
  auto db = index_of({"Kommunikationsfunktionerna samlas på kommunstyrelsens förvaltning.",
                      "Friskvårdsbidraget finansieras av nämnden."});
  CHECK(matches(db, "kommunikationsfunktion") == 1);
  CHECK(matches(db, "friskvårdsbidrag") == 1);
  CHECK(matches(db, "nämnderna") == 1);
}

TEST_CASE("words are ANDed by default and phrases need adjacency", "[schema][analyzer]") {
  auto db = index_of({"arbetsgivaren svarar att ronderna är gjorda", "svarar inte, men arbetsgivaren"});
  CHECK(matches(db, "arbetsgivaren svarar") == 2);
  CHECK(matches(db, "\"arbetsgivaren svarar\"") == 1);
  CHECK(matches(db, "arbetsgivaren ronderna") == 1);
  CHECK(matches(db, "arbetsgivaren OR saknas") == 2);
}

TEST_CASE("stopwords in a query do not make it fail", "[schema][analyzer]") {
  auto db = index_of({"Skyddsronderna genomförs på våren."});
  CHECK(matches(db, "vad om skyddsronderna") == 1);
}

TEST_CASE("title: searches the title only", "[schema][analyzer]") {
  auto db = index_of({"Dokument nämns här"});
  CHECK(matches(db, "title:dokument") == 1);
  CHECK(matches(db, "title:nämns") == 0);
}

TEST_CASE("the inflections users type and documents use share a stem", "[schema][analyzer]") {
  Xapian::Stem stem = swedish_stemmer();
  CHECK(stem("skolskjuts") == stem("skolskjutsen"));
  CHECK(stem("skolskjuts") == stem("skolskjutsar"));
  CHECK(stem("friskvårdsbidrag") == stem("friskvårdsbidraget"));
  CHECK(stem("friskvårdsbidrag") == stem("friskvårdsbidragen"));
  CHECK(stem("arbete") == stem("arbetet"));
  CHECK(stem("nämnd") == stem("nämnderna"));
  CHECK(stem("kommunikationsfunktion") == stem("kommunikationsfunktionerna"));
  CHECK(stem("budget") == stem("budgeten"));
  CHECK(stem("skyddsrond") == stem("skyddsronderna"));
  CHECK(stem("budget") != stem("bud"));
  CHECK(stem("paket") == "paket");
}
