#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "kommunsok/schema/compound_splitter.hpp"
#include "kommunsok/schema/diacritic_folding.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"
#include "kommunsok/schema/term_prefixes.hpp"
#include "kommunsok/schema/xapian_document.hpp"

using namespace kommunsok::schema;

namespace {

Xapian::WritableDatabase index_of(const std::vector<std::string>& texts) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  int n = 0;
  for (const auto& text : texts) {
    Document doc;
    doc.id = std::to_string(++n);
    doc.title = "Dokument " + doc.id;
    doc.text = text;
    db.add_document(to_xapian_document(doc, ""));
  }
  return db;
}

Xapian::doccount matches(const Xapian::Database& db, const std::string& q) {
  Xapian::Enquire enquire(db);
  enquire.set_query(make_query_parser(db).parse_query(q, query_parser_flags()));
  return enquire.get_mset(0, 100).size();
}

}  // namespace

TEST_CASE("inflected Swedish forms find each other through stemming", "[schema][analyzer]") {
  auto db = index_of({"Kommunikationsfunktionerna samlas på kommunstyrelsens förvaltning.",
                      "Friskvårdsbidraget finansieras av nämnden."});
  CHECK(matches(db, "kommunikationsfunktion") == 1);
  CHECK(matches(db, "friskvårdsbidrag") == 1);
  CHECK(matches(db, "nämnderna") == 1);
}

TEST_CASE("words are ANDed by default and phrases need adjacency", "[schema][analyzer]") {
  auto db = index_of({"arbetsgivaren svarar att ronderna är gjorda", "svarar inte, men arbetsgivaren"});
  CHECK(matches(db, "arbetsgivaren svarar") == 2);
  CHECK(matches(db, "\"arbetsgivaren svarar\"") == 1);
  CHECK(matches(db, "arbetsgivaren ronderna") == 1);
  CHECK(matches(db, "arbetsgivaren OR saknas") == 2);
}

TEST_CASE("stopwords in a query do not make it fail", "[schema][analyzer]") {
  auto db = index_of({"Skyddsronderna genomförs på våren."});
  CHECK(matches(db, "vad om skyddsronderna") == 1);
}

TEST_CASE("title: searches the title only", "[schema][analyzer]") {
  auto db = index_of({"Dokument nämns här"});
  CHECK(matches(db, "title:dokument") == 1);
  CHECK(matches(db, "title:nämns") == 0);
}

TEST_CASE("the inflections users type and documents use share a stem", "[schema][analyzer]") {
  Xapian::Stem stem = swedish_stemmer();
  CHECK(stem("skolskjuts") == stem("skolskjutsen"));
  CHECK(stem("skolskjuts") == stem("skolskjutsar"));
  CHECK(stem("friskvårdsbidrag") == stem("friskvårdsbidraget"));
  CHECK(stem("friskvårdsbidrag") == stem("friskvårdsbidragen"));
  CHECK(stem("arbete") == stem("arbetet"));
  CHECK(stem("nämnd") == stem("nämnderna"));
  CHECK(stem("kommunikationsfunktion") == stem("kommunikationsfunktionerna"));
  CHECK(stem("budget") == stem("budgeten"));
  CHECK(stem("skyddsrond") == stem("skyddsronderna"));
  CHECK(stem("budget") != stem("bud"));
  CHECK(stem("paket") == "paket");
}

namespace {

// The folded and compound-part terms as they were made before each distinct word was taken
// once: word by word, one wdf per occurrence.
std::map<std::string, Xapian::termcount> word_forms_one_by_one(const std::vector<std::string>& texts) {
  std::map<std::string, Xapian::termcount> terms;
  const Xapian::Stem stem = swedish_stemmer();
  for (const std::string& text : texts) {
    Xapian::Utf8Iterator it(text.data(), text.size()), end;
    while (it != end) {
      while (it != end && !Xapian::Unicode::is_wordchar(*it)) ++it;
      std::string word;
      const bool lower_case = it != end && Xapian::Unicode::get_category(*it) == Xapian::Unicode::LOWERCASE_LETTER;
      for (; it != end && Xapian::Unicode::is_wordchar(*it); ++it) Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*it));
      if (word.empty() || word.size() > 64) continue;
      const std::string stemmed = stem(word);
      if (has_diacritics(stemmed)) ++terms[std::string(prefix::folded) + fold_diacritics(stemmed)];
      if (!lower_case) continue;
      for (const std::string& part : CompoundSplitter::swedish().parts(word)) {
        const std::string part_stem = stem(part);
        ++terms[std::string(prefix::compound_part) + part_stem];
        if (has_diacritics(part_stem)) ++terms[std::string(prefix::folded) + fold_diacritics(part_stem)];
      }
    }
  }
  return terms;
}

}  // namespace

TEST_CASE("folded and compound-part terms have one wdf per occurrence of their word", "[schema][analyzer]") {
  const std::string title = "Friskvårdsbidraget och förskolan";
  const std::string people = "Åsa Förskolan\nÖrjan Lindbergsskolan\n";
  const std::string body =
      "Friskvårdsbidraget höjs. friskvårdsbidraget gäller förskolan, förskolan och FÖRSKOLAN; "
      "skolskjutsarna och skolskjutsen. Förskolan! friskvårdsbidraget skolskjutsarna lindbergsskolan";
  Xapian::Document xdoc;
  Xapian::TermGenerator generator = make_term_generator();
  generator.set_document(xdoc);
  index_text(generator, title, people, body);

  std::map<std::string, Xapian::termcount> made;
  for (auto term = xdoc.termlist_begin(); term != xdoc.termlist_end(); ++term)
    if ((*term).starts_with(prefix::folded) || (*term).starts_with(prefix::compound_part)) made[*term] = term.get_wdf();
  const auto expected = word_forms_one_by_one({title, people, body});
  CHECK(made == expected);
  CHECK(made.at(std::string(prefix::folded) + fold_diacritics(swedish_stemmer()("förskolan"))) >= 6);  // six times written
  if (CompoundSplitter::swedish().available()) CHECK(made.contains(std::string(prefix::compound_part) + swedish_stemmer()("bidraget")));
}
