// Text as converters and other platforms hand it over: Markdown saved from a web page,
// letters written decomposed. Each on text we write ourselves.
#include <catch2/catch.hpp>

#include <string>

#include "kommunsok/indexer/bracketed_parties.hpp"
#include "kommunsok/indexer/markdown_text.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/plain_typography.hpp"
#include "kommunsok/schema/letter_composition.hpp"

using namespace kommunsok;
using namespace kommunsok::indexer;

namespace {

schema::Document recognized(const std::string& text) { return recognize_document(DocumentStructure(text)); }

const std::string kMarkdownAnswer =
    "[Hoppa till innehåll](#main)\n"
    "\n"
    "[![Ekby kommun](/bilder/logo.svg)](/)\n"
    "\n"
    "* [Uppleva och göra](/uppleva/)\n"
    "* [Bygga och bo](/bygga/)\n"
    "* [Politik och beslut](/politik/)\n"
    "\n"
    "Du är här: [Start](/) / [Politik och beslut](/politik/) / [Kommunfullmäktige](/politik/kf/)\n"
    "\n"
    "# Svar på interpellation från Ola Ros (V) om gatubelysning\n"
    "\n"
    "**Diarienummer:** KS 2020/0117\n"
    "**Ställd till:** kommunstyrelsens ordförande Berit Alm (S)\n"
    "\n"
    "## Interpellationen\n"
    "\n"
    "> Många gator i Ekby är mörka om kvällarna. Jag vill fråga:\n"
    ">\n"
    "> **1.** Hur många gatlampor är släckta i dag?\n"
    ">\n"
    "> **2.** När ska de tändas igen?\n"
    "\n"
    "## Svar\n"
    "\n"
    "*Tack för interpellationen.*\n"
    "\n"
    "**1.** I dag är 212 lampor släckta, de flesta på landsbygden.\n"
    "\n"
    "**2.** Alla ska vara tända före årsskiftet.\n"
    "\n"
    "Ekby den 3 mars 2020\n"
    "\n"
    "Berit Alm (S)  \n"
    "Kommunstyrelsens ordförande\n";

}  // namespace

TEST_CASE("Markdown's marks are taken away and the words kept", "[indexer][markdown]") {
  REQUIRE(looks_like_markdown(kMarkdownAnswer));
  const std::string plain = plain_markdown(kMarkdownAnswer);
  CHECK(plain.find("Svar på interpellation från Ola Ros (V) om gatubelysning\n") != std::string::npos);
  CHECK(plain.find("Diarienummer: KS 2020/0117") != std::string::npos);
  CHECK(plain.find("1. Hur många gatlampor är släckta i dag?") != std::string::npos);
  CHECK(plain.find("Du är här: Start / Politik och beslut / Kommunfullmäktige") != std::string::npos);
  CHECK(plain.find("Tack för interpellationen.") != std::string::npos);
  CHECK(plain.find("\xE2\x80\xA2 Bygga och bo") != std::string::npos);
  CHECK(plain.find("Ekby kommun") != std::string::npos);  // an image by its text
  for (std::string_view mark : {"**", "](", "# ", "> ", "[", "*T"}) {
    CAPTURE(mark);
    CHECK(plain.find(mark) == std::string::npos);
  }
  // Escapes, and marks that are no emphasis.
  CHECK(plain_markdown("# Rubrik\n\n**Dnr:** KS 1\n\n## Del\n\n3\\. Punkt 2 * 3 = 6, fil_namn_här\n") ==
        "Rubrik\n\nDnr: KS 1\n\nDel\n\n3. Punkt 2 * 3 = 6, fil_namn_här\n");
}

TEST_CASE("text that is not Markdown keeps its asterisks, hashes and brackets", "[indexer][markdown]") {
  const std::string protocol =
      "Kommunstyrelsen\n\n§ 12 Budget\n\n* = ersättare\n#3 på listan\n[Bilaga 1]\n> 5 000 kr\n";
  CHECK_FALSE(looks_like_markdown(protocol));
  CHECK(plain_markdown(protocol) == protocol);
  // A very long line is left as it is, whatever it holds.
  std::string stars;
  for (int i = 0; i < 50000; ++i) stars += "*x";
  const std::string long_line = "# Rubrik\n\n**a** [x](y)\n" + stars + "\n";
  CHECK(plain_markdown(long_line).find(stars) != std::string::npos);
}

TEST_CASE("a web page saved as Markdown is recognised as the page it is", "[indexer][markdown]") {
  const auto doc = recognized(kMarkdownAnswer);
  CHECK(doc.kind == schema::Kind::Interpellation);
  CHECK(doc.title == "Svar på interpellation från Ola Ros (V) om gatubelysning");
  CHECK(doc.municipality == "Ekby");
  CHECK(doc.organ == "Kommunfullmäktige");
  REQUIRE(doc.diarienummer.size() == 1);
  CHECK(doc.diarienummer[0] == "KS 2020/0117");
}

TEST_CASE("a site's trail after its own label, and a bulleted menu above it, are no part of the page",
          "[indexer][structure]") {
  const std::string page =
      "• Uppleva och göra\n• Bygga och bo\n• Politik och beslut\n\n"
      "Du befinner dig här: Start / Politik / Kommunstyrelsen\n\n"
      "Nytt äldreboende i Ekby\n\nKommunstyrelsen beslutade i dag att bygga ett nytt äldreboende.\n";
  const DocumentStructure structure(page);
  CHECK(structure.breadcrumb() == std::vector<std::string>{"Start", "Politik", "Kommunstyrelsen"});
  CHECK(recognize_document(structure).title == "Nytt äldreboende i Ekby");
  // A list of two short items is a list, not a menu; a slash in running text no trail.
  const DocumentStructure list("• Budget\n• Mål\n\nDu är här: Start / Politik\n\nText om budget och/eller mål.\n");
  CHECK(list.text().full_text().find("• Budget") != std::string::npos);
  CHECK(DocumentStructure("Protokoll\n\nBeslutet gäller skola / förskola / fritids.\n").breadcrumb().empty());
}

TEST_CASE("letters written decomposed are read as the letters they are", "[indexer][unicode]") {
  // "a" + U+030A RING ABOVE, "a"/"o" + U+0308 DIAERESIS, "e" + U+0301 ACUTE.
  const std::string decomposed = "Vinga\xCC\x8Aker kommun, Sammantra\xCC\x88" "desprotokoll, Andre\xCC\x81 Ho\xCC\x88o\xCC\x88k";
  CHECK(schema::compose_latin_letters(decomposed) == "Vingåker kommun, Sammanträdesprotokoll, André Höök");
  CHECK(plain_typography(decomposed) == "Vingåker kommun, Sammanträdesprotokoll, André Höök");
  // A mark after no Latin letter, or one Unicode does not compose with it, stays as written.
  CHECK(schema::compose_latin_letters("1\xCC\x8A x\xCC\x8A \xCC\x88") == "1\xCC\x8A x\xCC\x8A \xCC\x88");
  CHECK(schema::compose_latin_letters("\xCC") == "\xCC");  // a truncated sequence
  const auto doc = recognized("VINGA\xCC\x8A" "KERS KOMMUN\nSAMMANTRA\xCC\x88" "DESPROTOKOLL\n\nKommunstyrelsen\n"
                              "Sammantra\xCC\x88" "desdatum 2012-04-23\n\n§ 45\nMotion om a\xCC\x8A" "tervinning\n\n"
                              "Kommunstyrelsen beslutar att bifalla motionen.\n");
  CHECK(doc.municipality == "Vingåker");
  CHECK(doc.title == "Motion om återvinning");
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2012-04-23");
}

TEST_CASE("a party in square brackets after a name is read as one in round brackets", "[indexer][unicode]") {
  CHECK(parties_in_parentheses("Anders Wikström [M], ordförande\nNasra Ali [S]\nGunnel Aspling [KD], tjg") ==
        "Anders Wikström (M), ordförande\nNasra Ali (S)\nGunnel Aspling (KD), tjg");
  // Not a code the parties table knows, not after a word, not a party at all.
  CHECK(parties_in_parentheses("Protokoll [PDF]\n[M] först\nBilaga [B]\nAnna Ek [MPX]\n[KS 2022/318]") ==
        "Protokoll [PDF]\n[M] först\nBilaga [B]\nAnna Ek [MPX]\n[KS 2022/318]");
  CHECK(parties_in_parentheses("x [") == "x [");
  const auto doc = recognized("EKBY KOMMUN    PROTOKOLL\nMiljönämnden\n\nSammanträdesdag: 2017-11-22\n\n"
                              "Beslutande ledamöter\n  Anders Wikström [M], ordförande\n  Lena Berg [S]\n  Johan Hed [C]\n\n"
                              "§ 110\nTillsyn\n\nNämnden beslutar enligt förslaget.\n");
  CHECK(doc.parties == std::vector<std::string>{"C", "M", "S"});
}

TEST_CASE("a PDF tool's codes for unmapped glyphs are no text", "[indexer][unicode]") {
  CHECK(plain_typography("(cid:48)(cid:56)(cid:49)\nEkby kommun (cid:3) KS") == "\nEkby kommun  KS");
  CHECK(plain_typography("(cid:) (cid:1234567) (cid:12") == "(cid:) (cid:1234567) (cid:12");
}

TEST_CASE("interpellation questions lettered 'a.' and labelled 'Fråga 1 –', with their answers", "[indexer][unicode]") {
  const auto lettered = recognized(
      "Svar på interpellation från Lena Ek (SD) om trygghet\n\nLena Ek (SD) har ställt följande frågor:\n\n"
      "a. Hur många stölder har anmälts?\nb. Vilka åtgärder har vidtagits?\n\n"
      "Angående a.\nPolisen uppger elva anmälningar.\n\nAngående b.\nBelysningen har bytts ut.\n\nTomas Lind (M)\n");
  REQUIRE(lettered.exchanges.size() == 2);
  CHECK(lettered.exchanges[1].question == "Vilka åtgärder har vidtagits?");
  CHECK(lettered.exchanges[1].answer.starts_with("Angående b. Belysningen"));
  const auto bracketed = recognized(
      "Svar på interpellation om cykelvägen\n\nLena Ek (SD) har ställt följande frågor:\n\n"
      "a) Vilka kontakter har kommunen haft?\nb) När står vägen klar?\n\n"
      "Svar på a): Kommunen har träffat Trafikverket två gånger.\n\nSvar på b): Tidigast 2028.\n\nTomas Lind (M)\n");
  REQUIRE(bracketed.exchanges.size() == 2);
  CHECK(bracketed.exchanges[0].answer.find("två gånger") != std::string::npos);
  CHECK(bracketed.exchanges[1].answer.find("Tidigast 2028") != std::string::npos);
  // "Fråga 1" and "Svar" alone over a question and its answer are their headings.
  const auto headed = recognized(
      "Svar på interpellation från Lena Ek (V) om hemtjänsten\n\nFrågorna återges nedan med mina svar.\n\n"
      "Fråga 1\nHur många personal träffar en hemtjänsttagare?\n\nSvar\nI genomsnitt fjorton.\n\n"
      "Fråga 2\nNär införs fasta team?\n\nSvar\nUnder hösten.\n\nTomas Lind (M)\n");
  REQUIRE(headed.exchanges.size() == 2);
  CHECK(headed.exchanges[0].question == "Hur många personal träffar en hemtjänsttagare?");
  CHECK(headed.exchanges[0].answer == "I genomsnitt fjorton.");
  CHECK(headed.exchanges[1].question == "När införs fasta team?");
  // Answers headed "Svar 1:" after the questions, numbered as they were.
  const auto numbered = recognized(
      "Svar på interpellation angående förskoleplatser\n\nJörgen Ek (KD) har frågat:\n\n"
      "1. Hur många barn har erbjudits plats på annan ort?\n2. Finns det planer på att utöka förskolan?\n\n"
      "Tack för frågorna.\n\nSvar 1: Fjorton barn.\n\nSvar 2: Ja, med en paviljong.\n\nSofia Lind (S)\n");
  REQUIRE(numbered.exchanges.size() == 2);
  CHECK(numbered.exchanges[0].answer == "Svar 1: Fjorton barn.");
  CHECK(numbered.exchanges[1].answer == "Svar 2: Ja, med en paviljong.");
  const auto dashed = recognized(
      "Svar på interpellation om nattpatrullen\n\nMaj Ek (V) har ställt en interpellation.\n\n"
      "Fråga 1 – Hur lång var inställelsetiden?\n\nFråga 2 – Hur ofta överskreds den?\n\n"
      "Fråga 1 – svar:\nTjugofyra minuter.\n\nFråga 2 – svar:\nTretton gånger.\n\nAnna Berg (S)\n");
  REQUIRE(dashed.exchanges.size() == 2);
  CHECK(dashed.exchanges[0].question == "Hur lång var inställelsetiden?");
  CHECK(dashed.exchanges[1].answer.starts_with("Fråga 2 – svar: Tretton"));
}

TEST_CASE("a list's other bullet shapes are read as the bullet; an ordinal ':de' dates a signature", "[indexer][unicode]") {
  CHECK(plain_typography("\xE2\x96\xAA Hur?\n\xE2\x97\xA6 Vad?\n\xE2\x9E\xA2 Var?") == "• Hur?\n• Vad?\n• Var?");
  CHECK(plain_typography("\xE2\x97\x8F Anna Ek  \xE2\x96\xA0") == "\xE2\x97\x8F Anna Ek  \xE2\x96\xA0");  // may mark presence
  const auto doc = recognized("INTERPELLATION\n\nVinterväghållningen – hur blir det?\n\nJag vill fråga:\n\n"
                              "  \xE2\x96\xAA  Hur många klagomål kom in?\n\n  \xE2\x96\xAA  Kommer nämnden att köpa fler fordon?\n\n"
                              "Ekby den 7:de september 2011\n\nBirgitta Lind (C)\n");
  CHECK(doc.kind == schema::Kind::Interpellation);
  REQUIRE(doc.exchanges.size() == 2);
  CHECK(doc.exchanges[0].question == "Hur många klagomål kom in?");
  REQUIRE(doc.date);
  CHECK(doc.date->iso() == "2011-09-07");
}

TEST_CASE("an intranet page: its header with buttons, a trail of titles, a unit after its label", "[indexer][markdown]") {
  const DocumentStructure page(
      "Medarbetarwebben – Ekby kommun                                  [Sök]  [Mina sidor]\n"
      "Medarbetarwebben / Arbetsgivarfrågor / Samverkan / Protokoll 2026 / Miljö och bygg\n\n"
      "Protokoll förvaltningssamverkan (FSG) Miljö och bygg, juni 2026\n\n"
      "Förvaltning:  Miljö- och byggförvaltningen\nMötestid:     torsdag 11 juni 2026 kl. 08.30\n\n"
      "Närvarande\nArbetsgivare: Helena Ström, förvaltningschef\nVision: Pernilla Ask\n\n"
      "1. Budget\nVision undrade om budgeten.\nHelena Ström svarade att den räcker.\n");
  CHECK(page.breadcrumb() == std::vector<std::string>{"Medarbetarwebben", "Arbetsgivarfrågor", "Samverkan", "Protokoll 2026",
                                                      "Miljö och bygg"});
  const auto doc = recognize_document(page);
  CHECK(doc.title == "Protokoll förvaltningssamverkan (FSG) Miljö och bygg, juni 2026");
  CHECK(doc.municipality == "Ekby");
  CHECK(doc.unit == "Miljö- och byggförvaltningen");
  // Slashes between words of a sentence, or between three single words, make no trail.
  CHECK(DocumentStructure("Beslutet gäller Skola / Förskola / Fritids / Kultur och fritid.\n").breadcrumb().empty());
  CHECK(DocumentStructure("Röster\nJa / Nej / Avstår / Frånvarande\n").breadcrumb().empty());
}

TEST_CASE("a table's '> 65 år' and a footnote's asterisks do not make a text Markdown", "[indexer][markdown]") {
  const std::string table = "Statistik hemtjänst\n\nÅlder      Antal\n> 65 år    412\n> 75 år    301\n> 85 år    122\n\n"
                            "** Avser februari månad. **\n\n- Nämnden beslutar att lägga statistiken till handlingarna.\n";
  CHECK_FALSE(looks_like_markdown(table));
  CHECK(plain_markdown(table) == table);
}
