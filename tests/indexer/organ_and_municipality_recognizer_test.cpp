#include <catch2/catch.hpp>

#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/municipality_recognizer.hpp"
#include "kommunsok/indexer/organ_recognizer.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::Kind;

TEST_CASE("a protocol's organ heads its page", "[indexer][organ]") {
  const ExtractedText text("Barn- och utbildningsnämnden\n\nSammanträdesdatum\n\n2 feb 2022\n\n§ 3\n");
  CHECK(recognize_organ(text, Kind::Paragraf, "") == "Barn- och utbildningsnämnden");
}

TEST_CASE("interpellations belong to kommunfullmäktige, samverkan to its group", "[indexer][organ]") {
  const ExtractedText text("Svar på interpellation\n");
  CHECK(recognize_organ(text, Kind::Interpellation, "") == "Kommunfullmäktige");
  CHECK(recognize_organ(text, Kind::Samverkan, "Protokoll från samverkansgrupp 3 maj 2023") == "Samverkansgruppen");
  CHECK(recognize_organ(text, Kind::Samverkan, "Protokoll från förvaltningsgruppen den 3 maj 2023") ==
        "Förvaltningsgruppen");
}

TEST_CASE("body lines are not organs", "[indexer][organ]") {
  const ExtractedText text("Pressmeddelande\n\nSammanträdesdatum 2 feb 2022\n\nKommunstyrelsen beslutade i går.\n");
  CHECK(recognize_organ(text, Kind::Annat, "Pressmeddelande").empty());
}

TEST_CASE("an organ word that ends a line of running text is no heading", "[indexer][organ]") {
  const ExtractedText text("Pressmeddelande: Nya cykelbanor\n\nDatum: 2021-05-03\n\n"
                           "Synpunkter har samlats in genom en enkät. Nämnden\nhar tidigare beslutat att bygga ut.\n");
  CHECK(recognize_organ(text, Kind::Annat, "Pressmeddelande: Nya cykelbanor").empty());
  // A header line that names the organ after the municipality stays one.
  const ExtractedText header("Ekby kommun Socialnämnden\n\nTjänsteskrivelse\n\nText.\n");
  CHECK(recognize_organ(header, Kind::Annat, "Tjänsteskrivelse") == "Socialnämnden");
}

TEST_CASE("municipalities are named as 'X kommun' with or without genitive", "[indexer][municipality]") {
  CHECK(recognize_municipality(ExtractedText("Text."), "Om bussar i Lunds kommun") == "Lund");
  CHECK(recognize_municipality(ExtractedText("Text."), "Huddinge kommuns budget") == "Huddinge");
  CHECK(recognize_municipality(ExtractedText("Text."), "Ärende i Borås stad") == "Borås");
  CHECK(recognize_municipality(ExtractedText("Text."), "Om Upplands Väsby kommuns skolor") == "Upplands Väsby");
  // A name not in the gazetteer (our own sample corpus is fictional).
  CHECK(recognize_municipality(ExtractedText("Text."), "Granviks kommun bygger") == "Granvik");
  CHECK(recognize_municipality(ExtractedText("Text."), "Sjöbacka kommun bygger") == "Sjöbacka");
}

TEST_CASE("a letterhead in capitals and official names give the municipality's own name", "[indexer][municipality]") {
  CHECK(recognize_municipality(ExtractedText("UPPLANDS-BRO KOMMUN\nProtokoll\n"), "") == "Upplands-Bro");
  CHECK(recognize_municipality(ExtractedText("UPPLANDS VÄSBY KOMMUN\nProtokoll\n"), "") == "Upplands Väsby");
  CHECK(recognize_municipality(ExtractedText("LILLA EDETS KOMMUN\nProtokoll\n"), "") == "Lilla Edet");
  CHECK(recognize_municipality(ExtractedText("MALUNG-SÄLENS KOMMUN\n"), "") == "Malung-Sälen");
  CHECK(recognize_municipality(ExtractedText("Text."), "Falu kommuns budget") == "Falun");
  CHECK(recognize_municipality(ExtractedText("Region Gotland\nRegionstyrelsen\n"), "") == "Gotland");
  // A region that is a county council is no municipality.
  CHECK(recognize_municipality(ExtractedText("Region Stockholm\nTrafiknämnden\n"), "").empty());
  // A capitalised name we do not know keeps each part capitalised.
  CHECK(recognize_municipality(ExtractedText("NORD-VIKS KOMMUN\n"), "") == "Nord-Vik");
}

TEST_CASE("a body named with its place, or a signature's place with a written date", "[indexer][municipality]") {
  CHECK(recognize_municipality(ExtractedText("Till kommunfullmäktige i Lilla Edet\n\nText.\n"), "") == "Lilla Edet");
  CHECK(recognize_municipality(ExtractedText("Interpellation\n\nText.\n\nAlingsås den 3 mars 2022\nEva Ek (V)\n"), "") ==
        "Alingsås");
  // A place we do not know as a municipality is no municipality.
  CHECK(recognize_municipality(ExtractedText("Till nämnden i Sandvik\n\nText.\n"), "").empty());
}

TEST_CASE("the most frequent municipality in the text wins, determiners are no names",
          "[indexer][municipality]") {
  const ExtractedText text("Varje kommun ska svara. Malmö stad och Malmö stad igen, men Lunds kommun en gång.\n");
  CHECK(recognize_municipality(text, "Rubrik") == "Malmö");
}

TEST_CASE("districts and web hosts identify the city", "[indexer][municipality]") {
  CHECK(recognize_municipality(ExtractedText("Stadsdelsförvaltningen\nHägersten-Älvsjö\n"), "") == "Stockholm");
  CHECK(recognize_municipality(ExtractedText("Validera: https://signering.goteborg.se/x\n"), "") == "Göteborg");
  CHECK(recognize_municipality(ExtractedText("Källa: https://skr.se/rapport\n"), "").empty());
}

TEST_CASE("a notice names the body that meets", "[indexer][organ]") {
  const ExtractedText text("Kallelse till sammanträde med barn- och utbildningsnämnden den 3 maj\n\nText.\n");
  CHECK(recognize_organ(text, Kind::Annat, "Kallelse till sammanträde med barn- och utbildningsnämnden den 3 maj") ==
        "Barn- och utbildningsnämnden");
}

TEST_CASE("an organ's name broken after its genitive in a column is joined", "[indexer][organ]") {
  const ExtractedText text("EKBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsens\n\narbetsutskott\nSammanträdesdatum\n"
                           "2021-11-08\n\nAu 214\n\nYttrande\n");
  CHECK(recognize_organ(text, Kind::Paragraf, "Yttrande") == "Kommunstyrelsens arbetsutskott");
}

TEST_CASE("organ: a body's presidium, the body in the genitive", "[indexer][organ]") {
  const auto doc = recognize_document(DocumentStructure(
      "EKBY KOMMUN                                                          PROTOKOLL\n"
      "Kommunfullmäktiges presidium                   2024.03.05                     1 / 4\n\n"
      "Tid och plats          Stadshuset, kl. 08.30\nÄrenden                §§ 9–10\n\n"
      "§ 9\nVal av justerare\n\nAnna Ek väljs.\n\n§ 10\nPlanering\n\nPresidiet planerar.\n"));
  CHECK(doc.organ == "Kommunfullmäktiges presidium");
}
