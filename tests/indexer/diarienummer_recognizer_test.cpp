#include <catch2/catch.hpp>

#include "kommunsok/indexer/diarienummer_recognizer.hpp"
#include "kommunsok/indexer/document_structure.hpp"

using namespace kommunsok::indexer;
using Numbers = std::vector<std::string>;

namespace {
Numbers numbers_in(const char* text) { return recognize_diarienummer(ExtractedText(text)); }
}  // namespace

TEST_CASE("labeled diarienummer are read in any common format", "[indexer][diarienummer]") {
  CHECK(numbers_in("Diarienummer KS-2021/1202.111\n") == Numbers{"KS-2021/1202.111"});
  CHECK(numbers_in("Dnr: 1.2.3-123/2021\n") == Numbers{"1.2.3-123/2021"});
  CHECK(numbers_in("Dnr KS 2019/0345\n") == Numbers{"KS 2019/0345"});
  CHECK(numbers_in("Diarienummer\n\nSBN-2024/77\n") == Numbers{"SBN-2024/77"});
}

TEST_CASE("case numbers in running text are found once each", "[indexer][diarienummer]") {
  CHECK(numbers_in("Diarienummer KS-2021/12\n\nSe även beslut BUN 2020/0456 och KS-2021/12.\n") ==
        Numbers{"KS-2021/12", "BUN 2020/0456"});
}

TEST_CASE("URLs, law references and years are not case numbers", "[indexer][diarienummer]") {
  CHECK(numbers_in("https://skr.se/download/18.350b880c187eac0496278173/1684159558887/x.pdf\n").empty());
  CHECK(numbers_in("Enligt SFS 2018:672 och lagen (2018:1937) gäller 5 kap. 18 §.\n").empty());
  CHECK(numbers_in("Budget 2024/2025 och perioden 2021-2023.\n").empty());
}

TEST_CASE("a case number never begins inside a letter's UTF-8 bytes", "[indexer][diarienummer]") {
  // Found by fuzzing (tests/fuzz/regressions/explain): the byte-wise regexes began a series
  // code at the second byte of "Ä", giving "\x84KS 2021/12", which is not UTF-8.
  CHECK(numbers_in("Beslut xÄKS 2021/12 gäller.\n") == Numbers{"KS 2021/12"});
  CHECK(numbers_in("Se ÖKS 2021/12.\n") == Numbers{"ÖKS 2021/12"});
  const auto rejected = rejected_diarienummer_candidates(ExtractedText("Ärende Ängsmm22-22-03\n"));
  REQUIRE(rejected.size() == 1);
  CHECK(rejected.front().value == "Ängsmm22-22-03");
}

TEST_CASE("a short-year case number is read only after a Dnr label", "[indexer][diarienummer]") {
  CHECK(numbers_in("Dnr 0123/19\n") == Numbers{"0123/19"});
  CHECK(numbers_in("Diarienummer: KS 0456/18\n") == Numbers{"KS 0456/18"});
  CHECK(numbers_in("Beslutet (dnr 0077/21) gäller.\n") == Numbers{"0077/21"});
  // The same shape without a label is a page, a fraction or a score.
  CHECK(numbers_in("Se sidan 12/19 och punkt 3/4.\n").empty());
  CHECK(numbers_in("Dnr 20\n").empty());
}

TEST_CASE("a series code with Å, Ä or Ö inside the number is kept", "[indexer][diarienummer]") {
  CHECK(numbers_in("Dnr 2016/ÖFN 0708 585\n") == Numbers{"2016/ÖFN 0708 585"});
  CHECK(numbers_in("Diarienummer: 2017/ÄN 1045 596\n") == Numbers{"2017/ÄN 1045 596"});
}

TEST_CASE("a labelled registry serial and a mixed-case series code are case numbers", "[indexer][diarienummer]") {
  CHECK(numbers_in("Dnr 123456\n") == Numbers{"123456"});
  CHECK(numbers_in("Dnr: BoU 2017/45\n") == Numbers{"BoU 2017/45"});
  // A number cut short by extraction, or a year alone, is none.
  CHECK(numbers_in("Dnr 20\n").empty());
  CHECK(numbers_in("Dnr 2019\n").empty());
  // Unlabelled, six digits are an amount or a phone number.
  CHECK(numbers_in("Kostnaden är 123456 kronor.\n").empty());
}

TEST_CASE("another authority's number, or the addressee's, is not the document's case", "[indexer][diarienummer]") {
  CHECK(numbers_in("Yttrande över Trafikverkets samrådsunderlag (TRV 2021/45211)\n").empty());
  CHECK(numbers_in("Inspektionen (Arbetsmiljöverkets\ndiarienummer 2023/041288) gäller köket.\n").empty());
  CHECK(numbers_in("Ert dnr 2022/1234\n").empty());
  CHECK(numbers_in("Enligt IVO:s dnr 2021/5566 ska kommunen svara.\n").empty());
  // Our own case about another authority: no genitive owner.
  CHECK(numbers_in("Yttrande till Trafikverket, dnr KS 2021/45\n") == Numbers{"KS 2021/45"});
  CHECK(numbers_in("Kommunstyrelsens dnr KS 2020/12\n") == Numbers{"KS 2020/12"});
  CHECK(numbers_in("§ 110     Dnr N134-0456/19\n") == Numbers{"N134-0456/19"});
}

TEST_CASE("dotted series numbers, 'Ärende nr', and numbers that belong to a region or an authority named before",
          "[indexer][diarienummer]") {
  CHECK(numbers_in("Au 214     Dnr KS.2021.412\n") == Numbers{"KS.2021.412"});
  CHECK(numbers_in("Ärende nr: 2023-000187\n") == Numbers{"2023-000187"});
  CHECK(numbers_in("Remissen (Region Väster-\nbottens diarienummer RUN 1012-2021) gäller trafiken.\n").empty());
  CHECK(numbers_in("Mötet hölls med Länsstyrelsen i Ekby län (dnr 432-5512-2024).\n").empty());
  // Region Gotland is a municipality: its numbers are its own.
  CHECK(numbers_in("Region Gotlands dnr RS 2020/12\n") == Numbers{"RS 2020/12"});
}

TEST_CASE("a series code before the year with a slash, a colon or slash after it; a code after the number",
          "[indexer][diarienummer]") {
  CHECK(numbers_in("Dnr KS/2025:187\n") == Numbers{"KS/2025:187"});
  CHECK(numbers_in("Dnr KS/2025/456\n") == Numbers{"KS/2025/456"});
  CHECK(numbers_in("Ärendet (KS/2025/456) bereds.\n") == Numbers{"KS/2025/456"});
  CHECK(numbers_in("Diarienr: 2026/231 KS\n") == Numbers{"2026/231 KS"});
  // With a series code and after a label, a short year first may be parted by a dash.
  CHECK(numbers_in("Diarienummer KS 25-0412\n") == Numbers{"KS 25-0412"});
  CHECK(numbers_in("Det kostar 25-0412 kronor.\n").empty());
  // The look-alikes stay out.
  CHECK(numbers_in("Se SOU 2017:114 och Motion 2011:44.\n").empty());
}

TEST_CASE("a case written once with its filing class and once without is one case", "[indexer][diarienummer]") {
  CHECK(numbers_in("Dnr MBN 2025/118 231\n\nÄrendet MBN 2025/118 gäller strandskydd.\n") == Numbers{"MBN 2025/118 231"});
  // Different running numbers stay apart.
  CHECK(numbers_in("Dnr KS 2025/118\n\nSe även KS 2025/1180.\n") == Numbers{"KS 2025/118", "KS 2025/1180"});
}

TEST_CASE("an agenda's case numbers in the column beside its items; an authority's item with its own number",
          "[indexer][diarienummer]") {
  const std::string kallelse =
      "Ärenden\n"
      " 4. Svar på interpellation från Eva Ek (SD) till kommun-          KS 2026-311\n"
      "    styrelsens ordförande om gatubelysningen\n"
      " 7. Budget 2027 och flerårsplan 2028–2029                         KS 2026-190\n"
      " 8. Taxor och avgifter 2027                                       KS 2026-201\n"
      " 9. Ändring av förbundsordning för Kalmarsundsregionens           KS 2026-265\n"
      "    Renhållare\n"
      "13. Meddelanden\n"
      "    - Länsstyrelsen i Ekby län: beslut om ny ledamot efter\n"
      "      rösträkning (dnr 201-7781-2026)\n";
  CHECK(recognize_diarienummer(DocumentStructure(kallelse).text()) ==
        Numbers{"KS 2026-311", "KS 2026-190", "KS 2026-201", "KS 2026-265"});
}

TEST_CASE("numbers of what an authority wrote itself, another municipality's body, a plan's archive id",
          "[indexer][diarienummer]") {
  CHECK(numbers_in("Dnr KS 2024/318\n\nTrafikverket har i sitt yttrande (ärendenummer TRV 2025/31877) inte haft\n"
                   "något att invända.\n") == Numbers{"KS 2024/318"});
  CHECK(numbers_in("Dnr KS 2022/0412\n\nLänsstyrelsen i Ekby\nlän har i sitt samrådsyttrande (dnr 403-2211-2022) inte haft\n"
                   "någon erinran.\n") == Numbers{"KS 2022/0412"});
  CHECK(numbers_in("Dnr KS 2026-0119\n\nSkolorna ändrar tider från hösten\n2026 (Sundsvalls barn- och utbildningsnämnd, "
                   "BUN-2026-00311).\n") == Numbers{"KS 2026-0119"});
  CHECK(numbers_in("Dnr SBN 2024/1122\n\nDetaljplanen för området\n(0586-P2019/4) medger fyra våningar.\n") ==
        Numbers{"SBN 2024/1122"});
  // The municipality's own body, in its own bracket, keeps its number.
  CHECK(numbers_in("Ärendet har beretts av kommunstyrelsen (KS 2024/12).\n") == Numbers{"KS 2024/12"});
}

TEST_CASE("a number in brackets in a sentence an authority is the subject of is the authority's",
          "[indexer][diarienummer]") {
  // No number of our own before it: the sentence alone tells.
  CHECK(numbers_in("Frågor om dagvatten ska utredas. Länsstyrelsen i Ekby län har i ett\n"
                   "tidigare samråd (dnr 402-18831-2016) påpekat riksintresset.\n").empty());
  CHECK(numbers_in("Planen är klar. Trafikverket har under våren i ett remissvar (TRV 2016/4411) tillstyrkt.\n").empty());
  // The sentence makes it ours, or the authority is not its subject.
  CHECK(numbers_in("Planen är klar. Länsstyrelsen har begärt kommunens yttrande (dnr KS 2017/45) i ärendet.\n") ==
        Numbers{"KS 2017/45"});
  CHECK(numbers_in("Planen är klar. Kommunen har svarat Länsstyrelsen i ett yttrande (dnr KS 2017/46).\n") ==
        Numbers{"KS 2017/46"});
  // A list item an authority heads, its number in brackets; a national authority in the genitive.
  CHECK(numbers_in("11   Anmälningar\n     – Länsstyrelsen i Ekby län, beslut om ny ledamot (dnr 201-39124-2015)\n").empty());
  CHECK(numbers_in("Bemanningen brister, och en tillsyn (Socialstyrelsens dnr 9.1-21633/2012) har påtalat det.\n").empty());
  CHECK(numbers_in("Frågan bereds av kommunstyrelsens kansli (dnr KS 2012/88).\n") == Numbers{"KS 2012/88"});
  // A remiss's number is its sender's.
  CHECK(numbers_in("Beslutsunderlag\nRemiss från Trafikförvaltningen, TN 2014-0215\n").empty());
  CHECK(numbers_in("Beslutsunderlag\nYttrande över remiss, dnr KS 2014/112\n") == Numbers{"KS 2014/112"});
  CHECK(numbers_in("§ 87  Yttrande över remiss från Trafikverket\nDnr KS 2014/113\n") == Numbers{"KS 2014/113"});
  CHECK(numbers_in("Yttrande över Remiss från Trafikverket, dnr KS 2014/114\n") == Numbers{"KS 2014/114"});
  // An abbreviation ends no sentence.
  CHECK(numbers_in("Planen är klar. Enligt t.ex. Länsstyrelsen gav kommunen tidigt råd om kartan och planen "
                   "(dnr KS 2017/47).\n") == Numbers{"KS 2017/47"});
}

TEST_CASE("our own cases about an authority's work keep their numbers", "[indexer][diarienummer]") {
  // Found by a red-team pass: an authority as a sentence's subject or named in the genitive does
  // not own the numbers of our cases about it.
  CHECK(numbers_in("Samrådstiden gick ut. Länsstyrelsen har granskat detaljplanen för Norra Ekby (SBN 2022/118) "
                   "och har inga synpunkter.\n") == Numbers{"SBN 2022/118"});
  CHECK(numbers_in("Remisstiden gick ut. Länsstyrelsen har begärt Ekby kommuns yttrande över förslaget (KS 2023/45).\n") ==
        Numbers{"KS 2023/45"});
  CHECK(numbers_in("Remisstiden gick ut. Länsstyrelsen har gett kommunen tillfälle att yttra sig (dnr 2023/45).\n") ==
        Numbers{"2023/45"});
  CHECK(numbers_in("Kraven skärps 2025. Reningsverket i Ekby behöver byggas om (TN 2023/118).\n") == Numbers{"TN 2023/118"});
  CHECK(numbers_in("Kommunen yttrar sig ang. Regionen Ekbys förslag till ny regional plan för trafiken (KS 2023/46).\n") ==
        Numbers{"KS 2023/46"});
  CHECK(numbers_in("- Regionen och kommunen tecknar ett nytt avtal om färdtjänst (KS 2023/212)\n") == Numbers{"KS 2023/212"});
  CHECK(numbers_in("§ 45  Yttrande över Socialstyrelsens förslag till föreskrifter, dnr KS 2023/118\n"
                   "§ 46  Polisens medborgarlöfte 2024, dnr KS 2024/55\n") == Numbers{"KS 2023/118", "KS 2024/55"});
  // A heading about a reference group of e-services labels no web service's number.
  CHECK(numbers_in("Rapport från referensgruppen för e-tjänster\nDnr KS 2023/119\n") == Numbers{"KS 2023/119"});
}

TEST_CASE("a case number with its filing class after a slash", "[indexer][diarienummer]") {
  CHECK(numbers_in("§ 145\nPlanuppdrag för bostäder\n(KS/2017/0412/214)\n\nKommunstyrelsens beslut\n") ==
        Numbers{"KS/2017/0412/214"});
}

TEST_CASE("a web page's 'Ärende:' label; numbers in brackets in running text cite other cases",
          "[indexer][diarienummer]") {
  // "Ärende:" heads a subject as often as a number: only a lone number with its code counts.
  CHECK(numbers_in("Interpellation om färjan\nÄrende: KS26/412\n\nText.\n") == Numbers{"KS26/412"});
  CHECK(numbers_in("Ärende: Budget 2026/27\n").empty());
  // Once the header gave the document its number, a bracketed number in a sentence is a
  // citation, also when the bracket opens on the line above.
  CHECK(numbers_in("Ekby kommun                              Dnr: KS-2026-0031\n\n"
                   "Svar på interpellation om bussarna\n\n"
                   "Vi har skickat en skrivelse till Trafikverket (kommunens dnr KS26/388) där vi framför\n"
                   "att beslutet försämrar möjligheterna att bo på öarna, och regionens svar (Karlstads dnr\n"
                   "KS-2026-00511) kom i juni. Avtalet regleras i ett särskilt ärende för sig\n"
                   "(KS-2018-0774) och behandlas inte här.\n") == Numbers{"KS-2026-0031"});
  // Without a number in its header, the document's own numbers may stand in brackets.
  CHECK(numbers_in("Svar på interpellation om bussarna\n\nÄrendet har beretts av kommunstyrelsen i ett ärende som\n"
                   "rör busstrafiken (KS 2024/12).\n") == Numbers{"KS 2024/12"});
}

TEST_CASE("a national authority's own series is its case, never the municipality's", "[indexer][dnr]") {
  const ExtractedText text("Dnr KS 2019-0218\n\nTrafikverket har yttrat sig (TRV 2018/45127) och Socialstyrelsen\n"
                           "likaså, SoS 2021-4418. IVO 3.5.1-12345/2021 gäller tillsynen.\n");
  CHECK(recognize_diarienummer(text) == std::vector<std::string>{"KS 2019-0218"});
  // A municipality's own code that only begins like one stays: "TRVN" is no prefix of the list.
  CHECK(recognize_diarienummer(ExtractedText("Dnr TRVN 2019/12\n")) == std::vector<std::string>{"TRVN 2019/12"});
}
