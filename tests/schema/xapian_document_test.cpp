#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/document_json.hpp"
#include "kommunsok/schema/xapian_document.hpp"

using namespace kommunsok::schema;

namespace {

Document sample() {
  Document doc;
  doc.id = "ks-6.txt";
  doc.kind = Kind::Paragraf;
  doc.title = "Kommunikationsfunktionerna samlas";
  doc.date = IsoDate{2021, 6, 9};
  doc.organ = "Kommunstyrelsens arbetsutskott";
  doc.municipality = "Huddinge";
  doc.diarienummer = {"KS-2021/1202.111"};
  doc.paragraph = 6;
  doc.parties = {"MP", "V"};
  doc.people = {{"Anders Exempel", "MP", "yttrar sig", "", ""}};
  doc.text = "Budgetramarna justeras.";
  return doc;
}

bool has_term(const Xapian::Document& xdoc, const std::string& term) {
  for (auto it = xdoc.termlist_begin(); it != xdoc.termlist_end(); ++it)
    if (*it == term) return true;
  return false;
}

}  // namespace

TEST_CASE("a document's metadata becomes the schema's filter terms", "[schema][xapian]") {
  const Xapian::Document xdoc = to_xapian_document(sample(), "hash");
  CHECK(has_term(xdoc, "Qks-6.txt"));
  CHECK(has_term(xdoc, "XKparagraf"));
  CHECK(has_term(xdoc, "XOkommunstyrelsens arbetsutskott"));
  CHECK(has_term(xdoc, "XMhuddinge"));
  CHECK(has_term(xdoc, "XPARTYmp"));
  CHECK(has_term(xdoc, "XPARTYv"));
  CHECK(has_term(xdoc, "Y2021"));
  CHECK(has_term(xdoc, "D20210609"));
  CHECK(has_term(xdoc, "XDNRks-2021-1202-111"));
  CHECK(has_term(xdoc, diarienummer_term("ks 2021/1202.111")));
  CHECK(has_term(xdoc, "XPARA6"));
}

TEST_CASE("text is stemmed with the Swedish stemmer, under field prefixes too", "[schema][xapian]") {
  const Xapian::Document xdoc = to_xapian_document(sample(), "hash");
  // Each word once, as its stem with positions (STEM_ALL): no word as written, no Z-stems.
  CHECK(has_term(xdoc, "budgetram"));
  CHECK_FALSE(has_term(xdoc, "budgetramarna"));
  CHECK_FALSE(has_term(xdoc, "Zbudgetram"));
  CHECK(has_term(xdoc, "kommunikationsfunktion"));
  CHECK(has_term(xdoc, "Skommunikationsfunktion"));
  CHECK_FALSE(has_term(xdoc, "ZSkommunikationsfunktion"));
  CHECK(has_term(xdoc, "XPERSONexempel"));
  for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) {
    CHECK_FALSE((*t).starts_with("Z"));
    if (*t == "budgetram" || *t == "Skommunikationsfunktion") CHECK(t.positionlist_count() > 0);  // phrases work on stems
  }
}

TEST_CASE("facet and sort values sit in their slots", "[schema][xapian]") {
  const Xapian::Document xdoc = to_xapian_document(sample(), "abc123");
  CHECK(xdoc.get_value(slot::date) == "20210609");
  CHECK(xdoc.get_value(slot::year) == "2021");
  CHECK(xdoc.get_value(slot::kind) == "paragraf");
  CHECK(split_multi_value(xdoc.get_value(slot::parties)) == std::vector<std::string>{"MP", "V"});
  CHECK(stored_content_hash(xdoc) == "abc123");
  CHECK(Xapian::sortable_unserialise(xdoc.get_value(slot::paragraph)) == 6.0);
}

TEST_CASE("the stored data reads back as the document", "[schema][xapian]") {
  const Document doc = sample();
  CHECK(from_xapian_document(to_xapian_document(doc, "h")) == doc);
}

TEST_CASE("stored data keeps the text outside its JSON, and data of the earlier layout still reads", "[schema][xapian]") {
  Document doc = sample();
  using namespace std::string_literals;
  doc.text = "Texten med \"citat\", \\ och en NUL \0 mitt i, och {klamrar}."s;  // the NUL kept: a std::string literal
  REQUIRE(doc.text.find('\0') != std::string::npos);
  const std::string data = stored_data(doc);
  REQUIRE(data.find('\0') != std::string::npos);
  CHECK(data.substr(data.find('\0') + 1) == doc.text);  // the text as it is, not escaped
  CHECK(document_from_stored(data) == doc);
  CHECK(document_from_stored(to_json(doc)) == doc);  // the text inside the JSON, as before
  CHECK_THROWS_AS(document_from_stored(std::string("{\"id\":") + '\0' + "x"), std::runtime_error);
}

TEST_CASE("multi-values split on the separator and skip empties", "[schema][xapian]") {
  CHECK(split_multi_value("").empty());
  CHECK(split_multi_value("S") == std::vector<std::string>{"S"});
  CHECK(split_multi_value(std::string("S") + kValueSeparator + kValueSeparator + "V") ==
        std::vector<std::string>{"S", "V"});
}

TEST_CASE("a huge document is indexed whole but stored within its bound", "[schema][xapian]") {
  Document doc;
  doc.id = "stor.txt";
  doc.title = "Stor";
  std::string text(kMaxStoredTextBytes + 1000, 'a');
  for (std::size_t i = 100; i < text.size(); i += 100) text[i] = ' ';
  text += " slutordet";  // beyond the stored part
  doc.text = text;
  const Xapian::Document xdoc = to_xapian_document(doc, "");
  CHECK(xdoc.get_data().size() < kMaxStoredTextBytes + 4096);
  const Document stored = from_xapian_document(xdoc);
  CHECK(stored.text_truncated);
  CHECK(stored.text.size() == kMaxStoredTextBytes);
  bool indexed = false;
  for (auto t = xdoc.termlist_begin(); t != xdoc.termlist_end(); ++t) indexed = indexed || *t == swedish_stemmer()("slutordet");
  CHECK(indexed);
}
