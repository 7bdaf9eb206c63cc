#include <catch2/catch.hpp>

#include "kommunsok/indexer/samverkan_recognizer.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::Person;

TEST_CASE("unions present, their representatives and the unit are read from the attendance list",
          "[indexer][samverkan]") {
  const ExtractedText text(
      "Protokoll från förvaltningsgruppen den 4 maj 2023\n\nNärvarande:\n\nSocialförvaltningen\n\n"
      "Kim Berg, förvaltningschef\n\nFackliga organisationer\n\nVision: Ann Ek, Bo Lund\n\n"
      "Kommunal: Sara Vik\n\nFörhinder\n\nLedarna\n\nTidpunkt:\n\n4 maj 2023 kl. 13:00\n\n"
      "3. Val av justerare\n\nVision: Ann Ek\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unit == "Socialförvaltningen");
  CHECK(participants.unions == std::vector<std::string>{"Vision", "Kommunal"});
  REQUIRE(participants.people.size() == 4);
  CHECK(participants.people[0] == Person{"Kim Berg", "", "förvaltningschef", "", "arbetsgivaren"});
  CHECK(participants.people[1] == Person{"Ann Ek", "", "", "Vision", "arbetstagarna"});
  CHECK(participants.people[3] == Person{"Sara Vik", "", "", "Kommunal", "arbetstagarna"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Ledarna"});
}

TEST_CASE("union names are canonical and a confederation prefix is not a union", "[indexer][samverkan]") {
  const ExtractedText text(
      "Närvarande:\n\nFackliga organisationer\n\nSSR: Eva Ny\n\nTCO, Vision: Per Ås\n\n"
      "Akademikerförbundet SSR: Li Berg\n\nFörhinder: Vårdförbundet, LR\n\nPlats: Rum 3\n");
  const SamverkanParticipants participants = recognize_samverkan_participants(text);
  CHECK(participants.unions == std::vector<std::string>{"Akademikerförbundet SSR", "Vision"});
  CHECK(participants.unions_absent == std::vector<std::string>{"Vårdförbundet", "Lärarnas Riksförbund"});
}

TEST_CASE("a stadsdelsförvaltning is qualified by its district", "[indexer][samverkan]") {
  const ExtractedText text("Närvarande:\n\nStadsdelsförvaltningen\n\nFackliga organisationer\n\n"
                           "SACO: Per Ek\n\nFörhinder\n\nSkarpnäck\n");
  CHECK(recognize_samverkan_participants(text).unit == "Skarpnäck stadsdelsförvaltning");
}

TEST_CASE("without an attendance list nothing is invented", "[indexer][samverkan]") {
  const SamverkanParticipants participants = recognize_samverkan_participants(ExtractedText("Vision: Ann Ek\n"));
  CHECK(participants.unions.empty());
  CHECK(participants.people.empty());
  CHECK(participants.unit.empty());
}
