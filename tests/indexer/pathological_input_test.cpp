// Text from the wild can be one enormous line; recognition must stay bounded in stack and time.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"

using namespace kommunsok::indexer;

namespace {
// Under AddressSanitizer the inputs are a quarter as long: memory errors show at any size, and
// the Release build runs them whole, where a quadratic step would pass its test's timeout.
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kSizeDivisor = 4;
#else
constexpr std::size_t kSizeDivisor = 1;
#endif
std::size_t scaled(std::size_t times) { return std::max<std::size_t>(1, times / kSizeDivisor); }

// "Anna Berg1, Kommunal", "Anna Berg2, Kommunal", …: a list of different entries.
std::string numbered(std::string_view head, std::string_view before, std::string_view after, std::size_t times) {
  std::string out(head);
  times = scaled(times);
  for (std::size_t i = 0; i < times; ++i) {
    out += before;
    // letters, not digits, so the entries stay names where names are read
    for (std::size_t n = i; ; n /= 26) {
      out += static_cast<char>('a' + n % 26);
      if (n < 26) break;
    }
    out += after;
  }
  return out;
}

// "KS 2021/0", "KS 2021/1", …
std::string counted(std::string_view before, std::string_view after, std::size_t times) {
  std::string out;
  times = scaled(times);
  for (std::size_t i = 0; i < times; ++i) out += std::string(before) + std::to_string(i) + std::string(after);
  return out;
}

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  times = scaled(times);
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}
void recognize_each(const std::vector<std::pair<const char*, std::string>>& cases) {
  for (const auto& [name, text] : cases) {
    INFO(name);
    const DocumentStructure structure(text);
    kommunsok::schema::Document doc = recognize_document(structure);
    CHECK(doc.title.size() <= 300);
    doc.id = "x.txt";
    CHECK_FALSE(searchable_units(doc, structure).empty());
  }
}

}  // namespace

TEST_CASE("pathological texts are recognised without crashing", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"one huge line", std::string(scaled(1'000'000), 'a')},
      {"huge URL host", "Se https://" + std::string(scaled(300'000), 'a') + ".se\n"},
      {"huge diarienummer", "Diarienummer KS-2021/" + std::string(scaled(300'000), '1') + "\n"},
      {"dotted number run", "KS-2021/1" + repeat(".1", 150'000) + "\n"},
      {"huge date label", "Sammanträdesdatum " + repeat("1 ", 300'000) + "\n"},
      {"many capitalised words before a party", repeat("Anna ", 200'000) + "(S)\n"},
      {"many parties", repeat("(S) ", 300'000)},
      {"many hyphenations", repeat("ord-\n", 200'000)},
      {"repeating header lines", repeat("A\nB\n", 100'000)},
      {"many municipalities", repeat("Lunds kommun ", 100'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological markers and lists are recognised without crashing", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"a long § line", "\xC2\xA7" + std::string(scaled(200'000), ' ') + "6\n"},
      {"a § marker opening a huge line", "\xC2\xA7 12 Rubrik " + repeat("ord ", 50'000) + "\n"},
      {"an organ code opening a huge line", "KS 12 Rubrik " + repeat("ord ", 50'000) + "\n"},
      {"a huge numbered page", "1 " + repeat("Plats och tid ", 15'000) + "\n2 " + repeat("ord ", 50'000) + "\n"},
      {"a huge list item", "1. " + repeat("Varför ", 30'000) + "?\n"},
      {"a huge bullet", "\xE2\x80\xA2 " + repeat("Hur ", 50'000) + "?\n"},
      {"inline numbered questions", repeat("1. Vad? 2. Hur? ", 15'000)},
      {"a huge contents list", "Innehållsförteckning " + repeat("1 Rubrik ", 25'000) + "\n"},
      {"spaces before a number", "Innehållsförteckning" + std::string(scaled(200'000), ' ') + "12\n"},
  };
  recognize_each(cases);
}

// The second half of the old list: each test case keeps within its timeout in the sanitizer build.
TEST_CASE("pathological layouts are recognised without crashing", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"a huge samverkan item", "Protokoll från samverkansgruppen\n\nNärvarande:\n\n1. Frågor\n" +
                                    repeat("Kommunal undrar om detta. Arbetsgivaren svarar att så är. ", 4'000)},
      {"a huge attendance line", "Beslutande " + repeat("Anna Berg, M, ordförande ", 8'000) + "\n"},
      {"a huge breadcrumb", "Hem > " + repeat("Ekby kommun > ", 15'000) + "\n"},
      {"a huge line of columns", repeat("För arbetsgivaren:    För arbetstagarna:\n", 2'000) + repeat("cell   ", 50'000)},
      {"a huge download title", "Download \"" + repeat("ord ", 50'000) + "\"\n"},
      {"page markers only", repeat("3(4)\n\n", 50'000)},
      {"a running header on every page", repeat("PROTOKOLL FSG 4/2024\n2(4)\n", 25'000)},
      {"names without end", "Närvarande\n" + repeat("Anna Berg\n", 30'000) + "ordförande\n"},
      {"a wide form row over a wide row", repeat("Datum   ", 10'000) + "\n" + repeat("2023-01-01   ", 10'000) + "\n"},
      {"many signature slashes", repeat("/Anna Berg (S) ", 15'000)},
      {"many questions answered in turn", "Interpellation om x\n\n" + repeat("– Vem?\n", 10'000) + "\n" +
                                              repeat(std::string(90, 'a') + "\n\n", 10'000)},
  };
  recognize_each(cases);
}

// Sized so a quadratic step would take minutes, while the linear ones take seconds even in
// the sanitizer build (the whole file runs under AddressSanitizer too).
TEST_CASE("pathological attendance layouts and news pages and column questions", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"a huge headed attendance table", "Samverkansgrupp\n\nNärvaro\nNamn   Funktion   Part   Närvarande\n" +
                                             repeat("Anna Berg   Ombud   Kommunal  Ja\n", 8'000)},
      {"a huge labelled attendance table", "Samverkansgrupp\n\nFör arbetsgivaren    Namn    Funktion\n" +
                                               repeat("                     Anna Berg    rektor\n\n", 8'000)},
      {"a huge prose attendance", "Samverkansgrupp\n\nNärvarande\nFrån arbetsgivaren deltog " +
                                      repeat("rektor Anna Berg, ", 8'000) + "och Bo Ny.\n"},
      {"many representatives asking in the genitive",
       "Samverkansgrupp\n\nNärvarande\nFör arbetstagarna:\n" + repeat("Anna Berg, Kommunal\n", 2'000) + "\n1. Fråga\n" +
           repeat("Kommunals ombud Anna Berg frågar om x. Teknisk chef svarar att y. ", 2'000)},
      {"many semicolon entries", "Frånvarande: " + repeat("[Kommunal] Anna Berg; ", 10'000) + "\n"},
      {"a huge news page", "Start > Nyheter > X\nPublicerad 3 februari 2026\n" +
                               repeat("Vid sammanträdet den 2 februari beslutade fullmäktige. ", 8'000)},
      {"many questions in a column", "Interpellationssvar\n\n" + repeat("Hur många\nfinns det?\n", 8'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological lists of different names and numbers and questions", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"many representatives sharing a first name", numbered("Samverkansgrupp\n\nNärvarande\nFör arbetstagarna:\n",
                                                             "Anna Berg", ", Kommunal\n", 8'000)},
      {"a table with very many columns", "Namn" + repeat("   Roll", 30'000) + "\n" + repeat("x  ", 30'000) + "\n"},
      {"a letter whose lower case is longer", repeat("\xC8\xBA", 60) + "skrivelse, Anna Berg, 2021\n"},
      {"many different case numbers", counted("KS 2021/", "\n", 15'000)},
      {"many different presenters", numbered("", "Rektor Anna Berg", " föredrar ärendet.\n", 5'000)},
      {"many different listed questions", numbered("Interpellation\n\n", "- Hur många ", " finns det?\n", 5'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological ticked boxes, flattened attendance, quoted and tagged answers", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"many ticked boxes", "Protokoll samverkansgrupp\n\nNärvaro\n" + repeat("\xE2\x98\x92  Kommunal   Anna Berg, Bo Ny\n", 10'000) +
                                repeat("\xE2\x98\x90  Vision   \xE2\x80\x93\n", 10'000)},
      {"a box with a huge cell", "\xE2\x98\x92  Rektor   " + repeat("Anna Berg, ", 40'000) + "\n"},
      {"a huge flattened attendance", "Protokoll samverkansgrupp (SVG) 2026-08-20 Närvarande Arbetsgivaren: " +
                                          repeat("Anna Berg, rektor ", 8'000) + "Arbetstagarna: " +
                                          repeat("Bo Ny, Vision ", 8'000) + "Återbud: Kommunal (Kim Ek)\nÄrende 1.\n"},
      {"many side headings in a line", repeat("Arbetsgivaren: Arbetstagarna: ", 20'000) + "\n"},
      {"many tagged answers", "Svar på interpellation om x\n\n1. Hur?\n2. Var?\nMitt svar\n" +
                                  repeat("Svaret är så (fråga 1 och 2). ", 20'000) + "\nEkby den 1 maj 2026\n"},
      {"a huge unclosed tag", "Svar på interpellation om x\n\n1. Hur?\n2. Var?\nMitt svar\n(fråga 1" +
                                  repeat(", 2", 50'000) + "\n"},
      {"many quoted questions", "Interpellation om x\n\n" + repeat("1. Hur går det?\n", 3'000) + "\nOla Berg (SD)\n\nSvar\n\n" +
                                    repeat("\xC2\xBBHur går det?\xC2\xAB\nBra.\n\n", 3'000)},
      {"many labelled questions", "Minnesanteckningar APT med samverkan\n\n1. Frågor\n" +
                                      repeat("Fråga från Kommunal: Hur?\nSvar: Så.\n", 10'000)},
      {"a huge box drawing", repeat("\xE2\x94\x80", 300'000) + "\n" + repeat("\xE2\x94\x82 A \xE2\x94\x82\n", 20'000)},
      {"many union and names rows", "Samverkansgrupp\n\nFackliga organisationer\n" + repeat("Kommunal\nAnna Berg, Bo Ny\n", 8'000)},
      {"a huge footer", repeat("Ekby kommun | ", 50'000) + "\n"},
      {"many officers with roles", repeat("Anna Berg (förvaltningschef), ", 20'000) + "\n"},
  };
  recognize_each(cases);
}

TEST_CASE("pathological repeats found by a red-team pass over this stop's readers", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"a side heading repeated in one entry", "Protokoll samverkansgrupp\n2024-01-02\n\n" + repeat("Text rad.\n", 90) +
                                                   repeat("AG: ", 30'000) + "Anna Ek\n"},
      {"a list item running on over many lines", "Interpellation om x\n\n1. Hur tänker ordföranden\n" + repeat("ab\n", 200'000)},
      {"many questions written again at the end",
       "Svar på interpellation om x\n\n" + numbered("", "- Hur gör ni med sak ", "?\n", 1'000) +
           repeat("Kommunen arbetar vidare med frågan.\n", 10'000) + numbered("", "- Hur gör ni med sak ", "?\n", 500)},
      {"many minute-takers", "Protokoll samverkansgrupp\n\nNärvarande:\n" + numbered("", "Sekreterare: Anna Berg", "\n", 20'000)},
      {"a flattened heading of huge words", "Protokoll samverkansgrupp " + repeat(std::string(scaled(60'000), 'a') + " ", 15) + "\n"},
      {"many bracketed numbers in one line", "Dnr KS 2020/1\n\n" + counted("(dnr KS 2020/", ") ", 30'000) + "\n"},
      {"broken strokes and stray bytes in a box row", "\xE2\x98\x92  \xFF\xFE  \xC3\n\xE2\x94\n\xE2" +
                                                       repeat("\xE2\x94\x82 \xFF AG: \xC3 ", 5'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological answers matched to their questions by what they say", "[indexer][robustness]") {
  const std::string questions = numbered("Svar på interpellation om x\n\n", "- Hur gör ni med saken ", "?\n", 30);
  const std::vector<std::pair<const char*, std::string>> cases{
      {"many answer paragraphs", questions + "\n" + repeat("Kommunen arbetar vidare med saken.\n\n", 4'000)},
      {"long answer paragraphs of different words",
       questions + "\n" + repeat(numbered("", "Saken ", " gör ", 2'000) + "\n\n", 20) + "Ekby den 1 maj 2026\n"},
      {"many subheadings", questions + "\n" + repeat("Saken\n\nKommunen gör saken.\n\n", 2'000)},
      {"a block naming many questions", questions + "\nFrågorna 1" + repeat(", 2", 20'000) + " och 3 besvaras här.\n"},
      {"paragraphs without blank lines", questions + repeat("Kommunen gör saken\nvarje år.\n", 4'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological samverkan turns: tags, passives, labels and employer turns repeated", "[indexer][robustness]") {
  const std::string head = "Protokoll samverkansgrupp\nDatum: 2026-03-03\n\nNärvarande\nArbetsgivaren:\nMaria Dahl, chef\n"
                           "Arbetstagarna:\nPia Lund, Vision\n\n1. Frågor\n";
  const std::vector<std::pair<const char*, std::string>> cases{
      {"many closing brackets without an opening", head + repeat("Vision undrar om x) Och ", 20'000) + "\n"},
      {"many tagged questions", head + repeat("Hur går det? (Kommunal) Enligt rektor Maria Dahl går det bra. ", 5'000) + "\n"},
      {"a passive question with a huge agent", head + "Frågan ställdes av " + repeat("Pia ", 50'000) + "om x.\n"},
      {"many F and S labels", head + repeat("F (Linnea, Kommunal): Kan vi?\nS: Ja.\n", 5'000)},
      {"employer turns line after line", head + "Vision undrar om x\n" + repeat("Enhetschefen återkopplade med att y\n", 10'000)},
      {"many unions together", head + repeat("De fackliga organisationerna ville veta om ", 10'000) + "x.\n"},
      {"a huge run of dot leaders", head + "Chef " + std::string(scaled(500'000), '.') + " Eva Lind " + repeat(". . ", 50'000) + "närvarande\n"},
      {"many presence rows", head + repeat("Skyddsombud Kommunal ...... Eva Lind ...... närvarande\n", 20'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological inputs from a red-team pass over answer matching and samverkan turns", "[indexer][robustness]") {
  // Letters, not digits, so the words differ and stay words.
  auto word = [](std::size_t i) {
    std::string w = "ord";
    for (std::size_t n = i; w.size() < 12; n /= 7) w += static_cast<char>('a' + n % 7 + (w.size() % 3) * 7);
    return w;
  };
  std::string long_words;
  for (std::size_t i = 0; i < 20'000; ++i) long_words += word(i * 7919) + (i % 200 == 199 ? ".\n\n" : " ");
  std::string initials;
  for (std::size_t i = 0; i < 20'000; ++i) initials += "EN undrar om " + word(i) + ".\n";
  const std::vector<std::pair<const char*, std::string>> cases{
      {"a name with its initials many times over", "Protokoll samverkansgrupp\n\nDeltagare\nKarin Holm, rektor\nEva Nord" +
                                                       repeat(" (EN)", 20'000) + ", Kommunal\n"},
      {"a long run under a group's code", "LSG Norr\n" + repeat("ABCD EFGH\n", 5'000) + "\n1. Mötets öppnande\n"},
      {"initials asking in every sentence", "MINNESANTECKNINGAR – LSG Norr\nDatum: 8/10-2025\n\nDeltagare\n"
                                            "Karin Holm (KH), rektor\nEva Nord (EN), Kommunal\n\n1. Bemanning\n" + initials},
      {"many attendance headings over one paragraph", "Protokoll samverkansgrupp\n\n" + repeat("Närvarande\n", 80) +
                                                          repeat("ordet deltog i mötet idag och sen var det slut här\n", 8'000)},
      {"an answer of many unique long words", "Svar på interpellation om x\n\nLina Berg (C) har ställt frågor:\n\n" +
                                                  numbered("", "1. Hur gör ni med ", "?\n", 30) + "\n" + long_words},
      {"a line of opening brackets", repeat("(", 200'000) + "\n"},
      {"a municipality's name ending in a letter with a diacritic", "Ekby\xC3\x9D kommun\n\nx\n"},
  };
  recognize_each(cases);
  // The municipality keeps whole characters: never a lone lead byte.
  const auto doc = recognize_document(DocumentStructure("Ekby\xC3\x9D kommun\n\nx\n"));
  CHECK((doc.municipality.empty() || (static_cast<unsigned char>(doc.municipality.back()) & 0xC0) != 0xC0));
}

TEST_CASE("pathological union tables, keys of codes and entries parted by middle dots", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"a line of middle dots", "Protokoll samverkansgrupp\n\nNärvarande\nArbetsgivaren: " +
                                    repeat("Eva Ek, HR \xC2\xB7 ", 10'000) + "\n"},
      {"a key of codes on one enormous line", "Protokoll samverkansgrupp\n\nNärvarande\nAT KOM Eva Ek\n\n" +
                                                  counted("K", " = Kommunal, ", 10'000) + "\n"},
      {"a key paragraph of many lines", "Protokoll samverkansgrupp\n\nNärvarande\nAT KOM Eva Ek\n\n" +
                                            counted("KOM", " = Kommunal,\n", 10'000)},
      {"a union's row of many members", "Protokoll samverkansgrupp\n\nArbetstagarföreträdare\n" +
                                            numbered("Vision", "    Eva Ek", ", förhinder", 10'000) + "\n"},
      {"a union read cell by cell with many members", "Protokoll samverkansgrupp\n\nArbetstagarföreträdare\nVision\n" +
                                                          numbered("", "Eva Ek", ", förhinder\n", 10'000)},
      {"many members written by a key's codes on one line", "Protokoll samverkansgrupp\n\nNärvarande   " +
                                                                numbered("", "KOM Eva Ek", " \xC2\xB7 ", 10'000) +
                                                                "\n\nKOM = Kommunal, VIS = Vision\n"},
      {"a line of many names marked by asterisks", "Protokoll samverkansgrupp\n\nNärvarolista (* = deltog ej)\n" +
                                                       numbered("Vision – ", "Eva Ek", "*, ", 10'000) + "\n"},
      {"a running list of many bracketed entries", "Protokoll samverkansgrupp\n\nNärvarande: " +
                                                      numbered("", "Eva Ek", " (Vision),\n", 10'000) + "\n"},
      {"a running list whose bracket never closes", "Protokoll samverkansgrupp\n\nNärvarande: Eva Ek (Vision), Bo Ny (" +
                                                       repeat("ord, ", 50'000) + "\n"},
      {"codes in brackets after many names", "Kommunala pensionärsrådet\n\nLedamöter\n" +
                                                 numbered("", "Eva Ek", " (DHR)\n", 10'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological question tables: many rows, long cells, a header alone", "[indexer][robustness]") {
  const std::string header = "Fråga                                 Svar                                   Ansvarig\n";
  const std::vector<std::pair<const char*, std::string>> cases{
      {"many rows", "Protokoll samverkansgrupp\n\n" + header +
                        repeat("Kommunal: Varför är det så här?       Det är det inte.                       KE\n", 5'000)},
      {"one row without an end", "Protokoll samverkansgrupp\n\n" + header +
                                     repeat("och så vidare utan slut men ändå     och svaret fortsätter även det\n", 5'000)},
      {"a header alone, then a huge line", "Protokoll samverkansgrupp\n\n" + header + repeat("x  ", 100'000) + "\n"},
      {"many headers", "Protokoll samverkansgrupp\n\n" + repeat(header, 5'000)},
      {"many numbered rows, blank lines between", "Protokoll samverkansgrupp\n\nNr   " + header +
                                                      repeat("1    Kommunal: Varför?                  Det är så.                             KE\n\n", 5'000)},
      {"many lines of tab stops", "Beslutande\nNamn\tParti\tUppdrag\n" + repeat("Anna Ek\tS\tledamot\n", 20'000)},
      {"a line of tabs", "Beslutande\n" + repeat("a\t", 200'000) + "\n"},
  };
  recognize_each(cases);
}

TEST_CASE("pathological Markdown: open brackets, unpaired marks, long trails and menus", "[indexer][robustness]") {
  const std::string markdown = "# Rubrik\n\n**Dnr:** KS 1\n\n[a](b) [c](d)\n\n";
  const std::vector<std::pair<const char*, std::string>> cases{
      {"lines of open brackets", markdown + repeat(repeat("[", 4'000) + "\n", 500)},
      {"links without an end", markdown + repeat(repeat("[a](", 1'000) + "\n", 500)},
      {"unpaired emphasis", markdown + repeat(repeat("**a ", 1'000) + "\n", 500)},
      {"alternating marks", markdown + repeat(repeat("*_x", 1'300) + "\n", 500)},
      {"one huge line", markdown + repeat("**[x](y)** ", 200'000) + "\n"},
      {"many quotes and headings", repeat("> ## **1.** [Fråga](#q) > > >\n", 50'000)},
      {"a long bulleted menu", repeat("• Meny punkt\n\n", 20'000) + "Du är här: Start / Politik\n\nText.\n"},
      {"many trails", repeat("Du är här: Start / a / b\n", 20'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological e-mails and lists of those who came for a union", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"an envelope of many addressees", "Från: A B\nÄmne: FSG\nTill: x\n" + repeat("   Anna Ek; Bo Berg;\n", 50'000) +
                                             "\nProtokoll samverkan\n"},
      {"many envelopes", repeat("Från: A B\nSkickat: 2014-03-13\nÄmne: FSG\n\n", 20'000)},
      {"a long list for unions", "Samverkan\nFrån facken: " + numbered("", "Anna E", " för Kommunal, ", 20'000) + "\n"},
      {"names without their union", "Samverkan\nFrån facken: " + repeat("Anna Ek och ", 50'000) + "Bo för Vision\n"},
  };
  recognize_each(cases);
}

TEST_CASE("pathological restated questions, lettered answers and unions' lists", "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"restated questions without an end", "Svar på interpellation\n\n" +
                                                repeat("Den första frågan är om\n" + repeat("och så vidare\n", 50) + "\n", 1'000)},
      {"a question restated on one huge line", "Svar på interpellation\n\nDen andra frågan är " + repeat("om x ", 200'000) + "\n"},
      {"unions' lists after full stops on one line", "Protokoll samverkansgrupp\nNärvarande\n" +
                                                      repeat("Kommunal: Anna Ek. ", 20'000) + "\n"},
      {"members after their unions, with notes", "Protokoll samverkansgrupp\nFackliga:   " +
                                                     repeat("Kommunal, Anna Ek (via Teams)\n", 5'000)},
      {"many lettered answers", "Svar på interpellation\n\na. Hur?\nb. Vad?\n\n" + repeat("Angående a.\nText.\n", 20'000)},
  };
  recognize_each(cases);
}

TEST_CASE("pathological party columns, side-headed tables, bracketed side lists, signature blocks and presenters",
          "[indexer][robustness]") {
  const std::vector<std::pair<const char*, std::string>> cases{
      {"many party-column rows", "Ledamöter   Parti\n" + numbered("", "Anna Berg", "          S\n", 20'000)},
      {"many side-headed tables",
       repeat("Arbetstagarrepresentanter   Organisation   Närv.  Förh.\nAnna Berg   Kommunal   x\n\n", 5'000)},
      {"a huge bracketed side list", "Protokoll samverkansgrupp\n\nNärvarande för arbetsgivaren: " +
                                         numbered("", "Anna Berg", " (rektor, ordförande), ", 4'000) + "\n"},
      {"a side list broken on every line", "Protokoll samverkansgrupp\n\nFrån arbetsgivaren: Anna Berg (chef),\n" +
                                               repeat("Bo Ny\n(chef),\n", 20'000)},
      {"many signature blocks", repeat("Vid protokollet   Justeras\nAnna Berg   Bo Ny (S)\nsekreterare   ordförande\n\n", 20'000)},
      {"many presenters", repeat("Föredragande\nAnna Berg, ekonomichef\nFörslagsställaren, Bo Ny, vill.\n", 20'000)},
      {"stray bytes in a party row", repeat("Anna \xC3 Berg   \xFF  S\nBo Ny\xE2   S\n", 10'000)},
  };
  recognize_each(cases);
}
