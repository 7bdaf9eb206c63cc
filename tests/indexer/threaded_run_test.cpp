// The index must not depend on how many threads prepared it: the writer takes the files in
// one order whatever finishes first, so ids, document numbers, data and terms are the same.
#include <catch2/catch.hpp>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/schema/xapian_document.hpp"
#include "temp_dir.hpp"

using namespace kommunsok::indexer;
using kommunsok::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string decision_text(int n) {
  return "Kommunstyrelsen\n\nSammanträdesdatum\n\n" + std::to_string(1 + n % 28) + " maj 2023\n\nParagraf\n\n§ " +
         std::to_string(n) + "\n\nDiarienummer KS-2023/" + std::to_string(300 + n) + "\n\nÄrende om " +
         (n % 2 ? "förskolans friskvårdsbidrag" : "skolskjutsarnas tidtabeller") + " nummer " + std::to_string(n) +
         "\n\nI ärendet yttrar sig Eva Lind (S) och Per Ek (M).\n";
}

// Every document by its number: its data, values and terms with their counts and positions.
std::map<Xapian::docid, std::string> contents(const fs::path& db) {
  const Xapian::Database index(db.string());
  std::map<Xapian::docid, std::string> out;
  for (auto it = index.postlist_begin(""); it != index.postlist_end(""); ++it) {
    const Xapian::Document doc = index.get_document(*it);
    std::ostringstream text;
    text << doc.get_data() << "\n";
    for (auto value = doc.values_begin(); value != doc.values_end(); ++value) text << value.get_valueno() << "=" << *value << "\n";
    for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
      text << *term << " " << term.get_wdf() << ":";
      for (auto pos = index.positionlist_begin(*it, *term); pos != index.positionlist_end(*it, *term); ++pos) text << " " << *pos;
      text << "\n";
    }
    out[*it] = text.str();
  }
  return out;
}

std::vector<std::string> spellings(const fs::path& db) {
  const Xapian::Database index(db.string());
  std::vector<std::string> out;
  for (auto word = index.spellings_begin(); word != index.spellings_end(); ++word)
    out.push_back(*word + " " + std::to_string(word.get_termfreq()));
  return out;
}

}  // namespace

TEST_CASE("one thread and several build the same index", "[indexer][run][threads]") {
  TempDir sources;
  for (int n = 1; n <= 60; ++n) sources.write("ks/p" + std::to_string(100 + n) + ".txt", decision_text(n));
  // Protocols split into one document per §, identical files sharing one original, and files
  // that fail: the writer must meet them all in the same order.
  for (int n = 1; n <= 6; ++n) sources.write("tn/protokoll-" + std::to_string(n) + ".txt", kommunsok::test::kThreeParagraphProtocol);
  sources.write("tn/tom.txt", "");
  sources.write("tn/tom-igen.txt", "   \n");
  // Web pages are extracted in child processes, forked while the workers are paused: the
  // forks come between the workers' tasks. (One child at a time, below: with more, extracted
  // files reach the writer in the order their children finish, which is timing, not threads.)
  for (int n = 1; n <= 12; ++n)
    sources.write("webb/svar-" + std::to_string(n) + ".html",
                  "<!DOCTYPE html><html lang=\"sv\"><head><title>Svar på interpellation nummer " + std::to_string(n) +
                      "</title></head><body><h1>Svar på interpellation nummer " + std::to_string(n) +
                      "</h1><p>Kommunalrådet svarar att fritidsgården håller öppet vecka " + std::to_string(20 + n) +
                      ".</p></body></html>");

  std::map<std::size_t, std::map<Xapian::docid, std::string>> documents;
  std::map<std::size_t, std::vector<std::string>> words;
  std::map<std::size_t, IndexReport> reports;
  for (const std::size_t threads : {1, 2, 4}) {
    TempDir db;
    IndexOptions options;
    options.db = db.path() / "index";
    options.roots = {sources.path()};
    options.threads = threads;
    options.jobs = 1;
    options.batch_size = 7;  // commits in the middle of the run, too
    std::size_t progress_calls = 0;
    reports[threads] = run_indexing(options, [&](std::size_t, std::size_t) { ++progress_calls; });
    CHECK(progress_calls == 80);
    documents[threads] = contents(options.db);
    words[threads] = spellings(options.db);
  }
  REQUIRE(reports[1].indexed == 78);
  CHECK(reports[1].failed.size() == 2);
  CHECK(reports[1].formats["html"] == 12);
  CHECK(documents[1].size() == 60 + 6 * 4 + 12);  // each protocol: itself and its three §
  for (const std::size_t threads : {2, 4}) {
    INFO(threads << " threads");
    CHECK(reports[threads].indexed == reports[1].indexed);
    CHECK(reports[threads].documents == reports[1].documents);
    REQUIRE(reports[threads].failed.size() == reports[1].failed.size());
    for (std::size_t i = 0; i < reports[1].failed.size(); ++i) {
      CHECK(reports[threads].failed[i].path == reports[1].failed[i].path);
      CHECK(reports[threads].failed[i].reason == reports[1].failed[i].reason);
    }
    CHECK(documents[threads] == documents[1]);
    CHECK(words[threads] == words[1]);
  }
}

// The writer sums a batch's spelling words and gives them to Xapian at the commit: the
// spelling table is then the same however the documents are batched, each word counted as
// often as the documents' own words occur, and a batch that is never committed adds none.
TEST_CASE("the spelling table counts every word's occurrences, whatever the batch size", "[indexer][run][spelling]") {
  TempDir sources;
  for (int n = 1; n <= 30; ++n) sources.write("ks/p" + std::to_string(100 + n) + ".txt", decision_text(n));
  for (int n = 1; n <= 3; ++n) sources.write("tn/protokoll-" + std::to_string(n) + ".txt", kommunsok::test::kThreeParagraphProtocol);

  std::map<std::size_t, std::vector<std::string>> words;
  std::map<std::size_t, std::map<Xapian::docid, std::string>> documents;
  for (const std::size_t batch : {1, 4, 1000}) {
    TempDir db;
    IndexOptions options;
    options.db = db.path() / "index";
    options.roots = {sources.path()};
    options.batch_size = batch;
    REQUIRE(run_indexing(options).indexed == 33);
    words[batch] = spellings(options.db);
    documents[batch] = contents(options.db);

    // Each suggested word's frequency is how often the documents' indexed text writes it (the
    // index itself holds only stems): title twice, as it is indexed, names, text, decision.
    const Xapian::Database index(options.db.string());
    kommunsok::schema::IndexedWords written;
    for (auto it = index.postlist_begin(""); it != index.postlist_end(""); ++it) {
      const kommunsok::schema::Document doc = kommunsok::schema::from_xapian_document(index.get_document(*it));
      std::string people;
      for (const auto& person : doc.people) people += person.name + "\n";
      for (const std::string& text : std::vector<std::string>{doc.title, doc.title, people, doc.text, doc.decision})
        kommunsok::schema::count_indexed_words(written, text);
    }
    std::size_t checked = 0;
    for (auto word = index.spellings_begin(); word != index.spellings_end(); ++word) {
      INFO(*word);
      CHECK(word.get_termfreq() == written[*word]);
      ++checked;
    }
    CHECK(checked > 20);
    CHECK(std::any_of(words[batch].begin(), words[batch].end(),
                      [](const std::string& w) { return w.starts_with("friskvårdsbidrag "); }));
  }
  CHECK(!words[1].empty());
  CHECK(words[4] == words[1]);
  CHECK(words[1000] == words[1]);
  CHECK(documents[4] == documents[1]);
  CHECK(documents[1000] == documents[1]);
}
