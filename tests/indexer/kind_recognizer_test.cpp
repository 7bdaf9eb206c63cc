#include <catch2/catch.hpp>

#include "kommunsok/indexer/kind_recognizer.hpp"

using namespace kommunsok::indexer;
using kommunsok::schema::Kind;

namespace {
Kind kind_of(const char* text) { return recognize_kind(DocumentStructure(text)); }
}  // namespace

TEST_CASE("an interpellation answer is recognised by its opening", "[indexer][kind]") {
  CHECK(kind_of("Svar på interpellation ställd av Åsa Ek (C) till\nordföranden Bo Ny (M) om gatljus\n\nText.") ==
        Kind::Interpellation);
  CHECK(kind_of("Interpellation om bibliotek, ställd av Åsa Ek (C)\n\nText.") == Kind::Interpellation);
}

TEST_CASE("a protocol paragraph is recognised by its header", "[indexer][kind]") {
  CHECK(kind_of("Socialnämnden\n\nSammanträdesdatum\n\n2 feb 2022\n\nParagraf\n\n§ 3\n\nTitel\n") == Kind::Paragraf);
  CHECK(kind_of("Socialnämnden\nDnr SN 2022/14\n§ 3\nTitel\n") == Kind::Paragraf);
}

TEST_CASE("a samverkan protocol is recognised by its group or its exchanges", "[indexer][kind]") {
  CHECK(kind_of("Protokoll från samverkansgruppen den 4 maj\n2023\n\nNärvarande:\n") == Kind::Samverkan);
  CHECK(kind_of("Minnesanteckningar\n\nFackliga organisationer\nVision: Ann Ek\n\nArbetsgivaren informerar.") ==
        Kind::Samverkan);
}

TEST_CASE("anything else is annat", "[indexer][kind]") {
  CHECK(kind_of("Pressmeddelande\n\nNu öppnar det nya biblioteket.") == Kind::Annat);
  // A paragraph number alone, without a protocol header, is not a protocol.
  CHECK(kind_of("Enligt § 5 i förordningen gäller följande.") == Kind::Annat);
}

TEST_CASE("a plan of meetings or a motion under a letterhead is annat, whatever bodies it lists", "[indexer][kind]") {
  CHECK(kind_of("EKBY KOMMUN                                   Dnr KS 2025/12\nKommunkansliet\n\n"
                "Sammanträdesplan 2026\nför kommunfullmäktige, nämnder och central samverkan\n\n"
                "Kommunfullmäktige (kl. 18.00)\n  må 23/2   må 20/4\nCentral samverkansgrupp\n  ti 3/2   ti 7/4\n") == Kind::Annat);
  CHECK(kind_of("EKBY KOMMUN\nKommunfullmäktige\n\nMotion om samverkan kring skolskjutsar\n\n"
                "Jag föreslår att kommunstyrelsen får i uppdrag att se över skolskjutsarna.\n") == Kind::Annat);
}

TEST_CASE("a meeting's broadcast page, its chapters naming the §§, is annat", "[indexer][kind]") {
  CHECK(kind_of("Ekby kommun – Webb-TV\n\nStart / Politik / Webb-TV / Kommunfullmäktige\n\nKommunfullmäktige 26 februari 2024\n\n"
                "Kapitel\n00:00:00   Sammanträdets öppnande\n00:03:12   § 1  Upprop och val av justerare\n"
                "00:06:40   § 2  Godkännande av dagordningen\n00:21:30   § 3  Tilläggsbudget 2024\n") == Kind::Annat);
}
