// Columns that PDF text keeps side by side on one line.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kommunsok/indexer/text_columns.hpp"

using kommunsok::indexer::split_columns;

TEST_CASE("cells separated by a run of spaces become lines of their own", "[indexer][columns]") {
  CHECK(split_columns("EKBY KOMMUN          TJÄNSTESKRIVELSE\nDnr KS 2022/1        Datum 2022-09-05\n") ==
        "EKBY KOMMUN\nTJÄNSTESKRIVELSE\nDnr KS 2022/1\nDatum 2022-09-05\n");
  CHECK(split_columns("KF § 12\tDnr KS 2020/1") == "KF § 12\nDnr KS 2020/1");
  // Two spaces are a justified line, not a column.
  CHECK(split_columns("Nämnden  beslutar att anta planen.") == "Nämnden  beslutar att anta planen.");
}

TEST_CASE("a cell broken at its hyphen goes last, wherever it stands in its row, and no cell is lost", "[indexer][columns]") {
  CHECK(split_columns("8    Svar på interpellation från Per Ek (SD) till kommun-      KS 2015/241\n"
                      "     styrelsens ordförande\n") ==
        "8\nKS 2015/241\nSvar på interpellation från Per Ek (SD) till kommun-\n     styrelsens ordförande\n");
  CHECK(split_columns("4. Svar på interpellation till kommun-      KS 2026-311\nstyrelsen\n") ==
        "KS 2026-311\n4. Svar på interpellation till kommun-\nstyrelsen\n");
}

TEST_CASE("reading columns loses no word, whatever the rows hold", "[indexer][columns]") {
  // The text read in columns is the text indexed: a word it drops is a word no search finds.
  auto words = [](const std::string& text) {
    std::map<std::string, int> counted;
    std::istringstream in(text);
    for (std::string w; in >> w;) ++counted[w];
    return counted;
  };
  const std::vector<std::string> vocabulary{"Anna", "Ek", "Kommunal", "Vision:", "8", "§", "12", "KS", "2015/241",
                                            "kommun-", "styrelsens", "och", "beslut", "Arbetsgivaren:", "Närvarande",
                                            "(S)", "ordförande", "2024-01-02", "1(3)", "–", "Dnr", "Förhinder", "Berg,"};
  std::mt19937 random(2026);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (unsigned line = 0, lines = 1 + random() % 8; line < lines; ++line) {
      std::string row(random() % 3 == 0 ? random() % 6 : 0, ' ');
      for (unsigned cell = 0, cells = 1 + random() % 4; cell < cells; ++cell) {
        for (unsigned k = 0, n = 1 + random() % 4; k < n; ++k) row += (k ? " " : "") + vocabulary[random() % vocabulary.size()];
        if (cell + 1 < cells) row += std::string(3 + random() % 10, ' ');
      }
      text += row + (random() % 4 == 0 ? "\n\n" : "\n");
    }
    const auto before = words(text);
    auto after = words(split_columns(text));
    for (const auto& [word, count] : before) {
      INFO(text);
      REQUIRE(after[word] >= count);
    }
  }
}

TEST_CASE("two lists under headings are read one column after the other", "[indexer][columns]") {
  const std::string text =
      "För arbetsgivaren:          För arbetstagarna:\n"
      "Eva Ek, förvaltningschef    Ola Ås, Vision\n"
      "Bo Ny, HR-strateg           Kim Berg, Kommunal\n"
      "Anna Lind, controller\n"
      "Adjungerade:                Förhinder:\n"
      "Per Holm, ekonom            Ledarna\n"
      "\n"
      "1. Mötets öppnande\n";
  CHECK(split_columns(text) ==
        "För arbetsgivaren:\nEva Ek, förvaltningschef\nBo Ny, HR-strateg\nAnna Lind, controller\n"
        "För arbetstagarna:\nOla Ås, Vision\nKim Berg, Kommunal\n"
        "Adjungerade:\nPer Holm, ekonom\nFörhinder:\nLedarna\n\n1. Mötets öppnande\n");
}

TEST_CASE("signatures side by side are read column by column", "[indexer][columns]") {
  CHECK(split_columns("Åsa Lind          Sara Ek\nSocialchef        Utredare\n") == "Åsa Lind\nSocialchef\nSara Ek\nUtredare\n");
  // A label and its value stay together.
  CHECK(split_columns("Datum      2022-09-05\nDnr        SN 2022/118\n") == "Datum\n2022-09-05\nDnr\nSN 2022/118\n");
}

TEST_CASE("a left column that runs on below the right one's end stays in its column", "[indexer][columns]") {
  const std::string rows =
      "Arbetsgivare                     Arbetstagare\n"
      "Eva Ek, förvaltningschef         [Vision] Ola Ås\n"
      "Bo Ny, HR-strateg                [Kommunal] Kim Berg\n"
      "Miljösamordnare Lisa Holm,\n"
      "sekreterare\n"
      "\n"
      "Frånvarande: Vårdförbundet\n";
  CHECK(split_columns(rows) ==
        "Arbetsgivare\nEva Ek, förvaltningschef\nBo Ny, HR-strateg\nMiljösamordnare Lisa Holm,\nsekreterare\n"
        "Arbetstagare\n[Vision] Ola Ås\n[Kommunal] Kim Berg\n\nFrånvarande: Vårdförbundet\n");
  // A line as wide as the right column's start is running text, not the left column's.
  const std::string wide =
      "Eva Ek, förvaltningschef         Ola Ås, Vision\n"
      "Bo Ny, HR-strateg                Kim Berg, Kommunal\n"
      "Mötet öppnades av ordföranden som hälsade alla välkomna.\n";
  CHECK(split_columns(wide) ==
        "Eva Ek, förvaltningschef\nBo Ny, HR-strateg\nOla Ås, Vision\nKim Berg, Kommunal\n"
        "Mötet öppnades av ordföranden som hälsade alla välkomna.\n");
}

TEST_CASE("a table set with tab stops is read by its fields, and names with their roles read across",
          "[indexer][columns]") {
  const std::string out = split_columns(
      "Beslutande\nNamn\tParti\tUppdrag\nAnna Hedblom\tC\tordförande\nJan-Erik Olars\tS\nÅsa Öberg\tM\t2:e vice ordförande\n\n"
      "Övriga närvarande\nUlla Holm\tkommunchef\nPer Berg\tsekreterare\n");
  CHECK(out.find("Anna Hedblom (C), ordförande\n") != std::string::npos);
  CHECK(out.find("Jan-Erik Olars (S)\n") != std::string::npos);
  CHECK(out.find("Åsa Öberg (M), 2:e vice ordförande\n") != std::string::npos);
  CHECK(out.find("Ulla Holm, kommunchef\nPer Berg, sekreterare\n") != std::string::npos);
}

TEST_CASE("the signatures' roles over the names: each name with the role above it", "[indexer][columns]") {
  CHECK(split_columns("Ordförande                    Justerare                    Sekreterare\n"
                      "Roland Axel                   Marie Fran                   Johanna Lilja\n") ==
        "Roland Axel, ordförande\nMarie Fran, justerare\nJohanna Lilja, sekreterare\n");
  // Not names below: read as before.
  CHECK(split_columns("Ordförande          Justerare\nSignatur            Signatur\n") == "Ordförande\nSignatur\nJusterare\nSignatur\n");
}

TEST_CASE("signatures side by side are still read column by column", "[indexer][columns]") {
  const std::string out = split_columns("Åsa Ek          Bo Ny\nSocialchef      Utredare\n");
  CHECK(out == "Åsa Ek\nSocialchef\nBo Ny\nUtredare\n");
}

TEST_CASE("a table of questions keeps every column and every row, topics without a question mark too", "[indexer][columns]") {
  const std::string out = split_columns(
      "Fråga                      Svar                          Ansvarig      Klart\n"
      "Lönerevision 2024          Klar i maj                    GL            vecka 12\n"
      "Arbetsmiljöenkäten         Skickas ut i vecka 12         GL            maj\n");
  CHECK(out == "Fråga Svar Ansvarig Klart\n\nLönerevision 2024\nSvar (GL): Klar i maj\nKlart: vecka 12\n\n"
               "Arbetsmiljöenkäten\nSvar (GL): Skickas ut i vecka 12\nKlart: maj\n\n");
}
