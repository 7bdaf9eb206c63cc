#include <catch2/catch.hpp>

#include <stdexcept>

#include "kommunsok/schema/document_json.hpp"

using namespace kommunsok::schema;

namespace {
Document sample() {
  Document doc;
  doc.id = "protokoll/ks-12.txt";
  doc.original = {"ks-12.pdf", "protokoll/ks-12.pdf", std::string(64, 'a'), "pdf", "application/pdf", 1234,
                  "2024-03-12T09:30:00Z", 3, {2}};
  doc.kind = Kind::Paragraf;
  doc.title = "Cykelplan för Sjöbacka – \"beslut\"";
  doc.date = IsoDate{2023, 5, 16};
  doc.organ = "Kommunstyrelsen";
  doc.municipality = "Sjöbacka";
  doc.diarienummer = {"KS-2023/0142.111", "KS 2022/0345"};
  doc.paragraph = 12;
  doc.parties = {"MP", "S"};
  doc.people = {{"Eva Lind", "S", "yttrar sig", "", ""}, {"Per Berg", "", "", "Vision", "arbetstagarna"}};
  doc.unions = {"Vision"};
  doc.text = "Rad ett\nRad två med § och ÅÄÖ";
  doc.page = 1;
  doc.page_breaks = {8};
  doc.sections = {{12, "Cykelplan", 1}};
  return doc;
}
}  // namespace

TEST_CASE("stored JSON reads back to the same document", "[schema][json]") {
  const Document doc = sample();
  CHECK(document_from_json(to_json(doc)) == doc);
}

TEST_CASE("the JSON never holds the indexing machine's path, and pages are found by offset", "[schema][json]") {
  Document doc = sample();
  doc.source = "/home/indexer/protokoll/ks-12.pdf";
  const std::string json = to_json(doc);
  CHECK(json.find("/home/indexer") == std::string::npos);
  CHECK(document_from_json(json).source.empty());
  CHECK(page_at(doc, 0) == 1);
  CHECK(page_at(doc, 7) == 1);
  CHECK(page_at(doc, 8) == 2);
  doc.page.reset();
  CHECK_FALSE(page_at(doc, 8));
}

TEST_CASE("a document without optional fields round-trips with nulls", "[schema][json]") {
  Document doc;
  doc.id = "a.txt";
  doc.title = "Utan metadata";
  const std::string json = to_json(doc);
  CHECK(json.find("\"date\":null") != std::string::npos);
  CHECK(json.find("\"paragraph\":null") != std::string::npos);
  CHECK(document_from_json(json) == doc);
}

TEST_CASE("malformed stored data is an error, not a crash", "[schema][json]") {
  CHECK_THROWS_AS(document_from_json("{not json"), std::runtime_error);
  CHECK_THROWS_AS(document_from_json(R"({"id":"x","kind":"okänd"})"), std::runtime_error);
}
