// A protocol becomes the protocol plus one document per §; exchanges are read from samverkan
// protocols and interpellations.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"

using namespace kommunsok;
using namespace kommunsok::indexer;

TEST_CASE("a protocol of three § is four searchable units, linked both ways", "[indexer][split]") {
  const DocumentStructure structure(test::kThreeParagraphProtocol);
  schema::Document protocol = recognize_document(structure);
  protocol.id = "tn/2023-05-16.txt";
  CHECK(protocol.kind == schema::Kind::Paragraf);
  CHECK(protocol.paragraphs == std::vector<int>{41, 42, 43});
  const auto units = searchable_units(protocol, structure);
  REQUIRE(units.size() == 4);
  const schema::Document& whole = units[0];
  CHECK(whole.id == "tn/2023-05-16.txt");
  CHECK(whole.paragraph_ids ==
        std::vector<std::string>{"tn/2023-05-16.txt#§41", "tn/2023-05-16.txt#§42", "tn/2023-05-16.txt#§43"});
  // The protocol keeps its cover page; the decisions' words are each §'s alone.
  CHECK(whole.text.find("Ulla Sten") != std::string::npos);
  CHECK(whole.text.find("parkeringstaxan") == std::string::npos);
  CHECK(whole.text.find("Ny taxa för parkering") == std::string::npos);  // the contents list is the §s'
  CHECK(whole.title == "Protokoll Tekniska nämnden 2023-05-16 §§ 41–43");
  CHECK(whole.diarienummer.empty());

  const schema::Document& p42 = units[2];
  CHECK(p42.kind == schema::Kind::Paragraf);
  CHECK(p42.paragraph == 42);
  CHECK(p42.position == 2);
  CHECK(p42.protocol_id == "tn/2023-05-16.txt");
  CHECK(p42.title == "Ny taxa för parkering");
  CHECK(p42.diarienummer == std::vector<std::string>{"TN 2023/87"});
  CHECK(p42.decision == "Nämnden fastställer parkeringstaxan enligt förslaget.");
  CHECK(p42.date == protocol.date);
  CHECK(p42.organ == "Tekniska nämnden");
  REQUIRE(p42.people.size() == 1);
  CHECK(p42.people[0].name == "Pär Hav");
  CHECK(p42.parties == std::vector<std::string>{"M"});
}

TEST_CASE("a document without several § is one unit", "[indexer][split]") {
  const DocumentStructure structure(test::kInterpellation);
  schema::Document doc = recognize_document(structure);
  doc.id = "i.txt";
  CHECK(searchable_units(doc, structure).size() == 1);
}

TEST_CASE("samverkan exchanges: asker, answer and agenda item", "[indexer][exchanges]") {
  const schema::Document doc = recognize_document(DocumentStructure(test::kSamverkanProtocol));
  CHECK(doc.kind == schema::Kind::Samverkan);
  CHECK(doc.unions == std::vector<std::string>{"Kommunal", "Akademikerförbundet SSR"});
  CHECK(doc.unions_absent == std::vector<std::string>{"Vision"});
  // "Kommunal har årsmöte i maj." is news nobody answered, not an exchange.
  REQUIRE(doc.exchanges.size() == 3);
  CHECK(doc.exchanges[0].asker == "Kommunal");
  CHECK(doc.exchanges[0].question == "Kommunal undrar om friskvårdsbidraget höjs nästa år.");
  CHECK(doc.exchanges[0].answer == "Arbetsgivaren svarar att bidraget är oförändrat 2026.");
  CHECK(doc.exchanges[0].answerer == "Arbetsgivaren");
  CHECK(doc.exchanges[0].section == "Friskvård");
  CHECK(doc.exchanges[1].asker == "Akademikerförbundet SSR");
  CHECK(doc.exchanges[1].answer.starts_with("Arbetsgivaren meddelade att frågan tas upp"));
  // A question without its own asker belongs to the one who asked last in the item.
  CHECK(doc.exchanges[2].asker == "Akademikerförbundet SSR");
  CHECK(doc.exchanges[2].question == "Gäller det även timavlönade?");
  CHECK(doc.text.substr(doc.exchanges[0].position, 8) == "Kommunal");
}

TEST_CASE("interpellation questions, their asker and addressee", "[indexer][exchanges]") {
  const schema::Document doc = recognize_document(DocumentStructure(test::kInterpellation));
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.date == schema::IsoDate{2024, 3, 2});
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].question == "Hur många turer har dragits in sedan januari?");
  CHECK(doc.exchanges[1].question == "Vad gör kommunen för att behålla kvällsturerna?");
  CHECK(doc.exchanges[1].answer.empty());  // the interpellation itself, not its answer
  CHECK(doc.exchanges[0].answerer == "Nils Berg");
}
