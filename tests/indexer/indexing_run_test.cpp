#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/schema/xapian_document.hpp"
#include "temp_dir.hpp"

using namespace kommunsok::indexer;
using kommunsok::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string paragraph_text(int n) {
  return "Kommunstyrelsen\n\nSammanträdesdatum\n\n" + std::to_string(1 + n % 28) +
         " mars 2023\n\nParagraf\n\n§ " + std::to_string(n) + "\n\nDiarienummer KS-2023/" +
         std::to_string(100 + n) + "\n\nÄrende nummer " + std::to_string(n) + " om gatubelysning\n\n"
         "I ärendet yttrar sig Eva Lind (S).\n";
}

IndexOptions options_for(const TempDir& sources, const TempDir& db) {
  IndexOptions options;
  options.db = db.path() / "index";
  options.roots = {sources.path()};
  return options;
}

kommunsok::schema::Document stored(const fs::path& db_dir, const std::string& id) {
  Xapian::Database db(db_dir.string());
  auto it = db.postlist_begin(kommunsok::schema::id_term(id));
  REQUIRE(it != db.postlist_end(kommunsok::schema::id_term(id)));
  return kommunsok::schema::from_xapian_document(db.get_document(*it));
}

}  // namespace

TEST_CASE("a second run over unchanged files changes nothing", "[indexer][run]") {
  TempDir sources, db;
  for (int n = 1; n <= 5; ++n) sources.write("p" + std::to_string(n) + ".txt", paragraph_text(n));
  const IndexReport first = run_indexing(options_for(sources, db));
  CHECK(first.indexed == 5);
  CHECK(first.documents == 5);
  CHECK(first.ok());
  const IndexReport second = run_indexing(options_for(sources, db));
  CHECK(second.indexed == 0);
  CHECK(second.unchanged == 5);
  CHECK(second.documents == 5);
}

TEST_CASE("a changed file replaces its document", "[indexer][run]") {
  TempDir sources, db;
  sources.write("p1.txt", paragraph_text(1));
  run_indexing(options_for(sources, db));
  sources.write("p1.txt", paragraph_text(7));
  const IndexReport report = run_indexing(options_for(sources, db));
  CHECK(report.indexed == 1);
  CHECK(report.documents == 1);
  CHECK(stored(db.path() / "index", "p1.txt").paragraph == 7);
}

TEST_CASE("pruning removes documents whose file is gone, and only when asked", "[indexer][run]") {
  TempDir sources, db;
  sources.write("keep.txt", paragraph_text(1));
  sources.write("gone.txt", paragraph_text(2));
  run_indexing(options_for(sources, db));
  fs::remove(sources.path() / "gone.txt");
  IndexOptions options = options_for(sources, db);
  CHECK(run_indexing(options).documents == 2);
  options.prune = true;
  const IndexReport report = run_indexing(options);
  CHECK(report.removed == 1);
  CHECK(report.documents == 1);
}

TEST_CASE("files that cannot be indexed are named with a reason and the run goes on", "[indexer][run]") {
  TempDir sources, db;
  sources.write("a.txt", paragraph_text(1));
  sources.write("empty.txt", "");
  sources.write("z.txt", paragraph_text(2));
  IndexOptions options = options_for(sources, db);
  options.roots.push_back(sources.path() / "missing-folder");
  const IndexReport report = run_indexing(options);
  CHECK(report.indexed == 2);
  REQUIRE(report.failed.size() == 2);
  CHECK_FALSE(report.ok());
  bool named_empty = false;
  for (const auto& failure : report.failed)
    named_empty |= failure.path.ends_with("empty.txt") && failure.reason == "no text (empty file)";
  CHECK(named_empty);
}

TEST_CASE("a run killed mid-way leaves the last committed batch, and a re-run completes it",
          "[indexer][run]") {
  TempDir sources, db;
  for (int n = 1; n <= 25; ++n) sources.write("p" + std::to_string(100 + n) + ".txt", paragraph_text(n));
  IndexOptions options = options_for(sources, db);
  options.batch_size = 10;

  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // Die abruptly after the 15th file: no destructor, no final commit.
    run_indexing(options, [](std::size_t done, std::size_t) {
      if (done == 15) _exit(9);
    });
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 9);

  CHECK(Xapian::Database((db.path() / "index").string()).get_doccount() == 10);
  // Every committed document's original is in the archive: the original is written first.
  auto archived = [&] {
    std::set<std::string> names;
    for (const auto& entry : fs::recursive_directory_iterator(db.path() / "index" / "originals"))
      if (entry.is_regular_file()) names.insert(entry.path().filename().string());
    return names;
  };
  {
    const Xapian::Database index((db.path() / "index").string());
    for (auto it = index.postlist_begin(""); it != index.postlist_end(""); ++it) {
      const auto doc = kommunsok::schema::from_xapian_document(index.get_document(*it));
      CHECK(archived().contains(doc.original.sha256));
    }
  }
  CHECK(archived().size() >= 10);  // and perhaps originals of the uncommitted files
  // What another crash could leave: a half-written file and an original no one refers to.
  const auto stale_dir = db.path() / "index" / "originals" / "ff";
  fs::create_directories(stale_dir);
  std::ofstream(stale_dir / (".partial-" + std::string(64, 'f') + "-1")) << "halv";
  std::ofstream(stale_dir / std::string(64, 'f')) << "föräldralös";

  const IndexReport rerun = run_indexing(options);
  CHECK(rerun.unchanged == 10);
  CHECK(rerun.indexed == 15);
  CHECK(rerun.documents == 25);
  CHECK(archived().size() == 25);  // one per file: the orphan and the half file are gone
  CHECK(rerun.originals_removed >= 2);
}

TEST_CASE("an index locked by another writer is an IndexError", "[indexer][run]") {
  TempDir sources, db;
  sources.write("a.txt", paragraph_text(1));
  IndexWriter holder(db.path() / "index");
  CHECK_THROWS_AS(run_indexing(options_for(sources, db)), IndexError);
}

TEST_CASE("a folder with the same layout as an indexed one does not replace its documents",
          "[indexer][run]") {
  TempDir huddinge, nacka, db;
  huddinge.write("p.txt", paragraph_text(1));
  nacka.write("p.txt", paragraph_text(2));
  run_indexing(options_for(huddinge, db));
  const IndexReport clash = run_indexing(options_for(nacka, db));
  REQUIRE(clash.failed.size() == 1);
  CHECK(clash.failed[0].reason.find("already belongs to") != std::string::npos);
  CHECK(stored(db.path() / "index", "p.txt").paragraph == 1);

  // A file that moved to the new folder (the old one is gone) takes its id over.
  fs::remove(huddinge.path() / "p.txt");
  const IndexReport moved = run_indexing(options_for(nacka, db));
  CHECK(moved.indexed == 1);
  CHECK(stored(db.path() / "index", "p.txt").paragraph == 2);
}

TEST_CASE("two roots with the same layout in one run keep the first root's documents", "[indexer][run]") {
  TempDir first, second, db;
  first.write("p.txt", paragraph_text(1));
  second.write("p.txt", paragraph_text(2));
  IndexOptions options = options_for(first, db);
  options.roots.push_back(second.path());
  const IndexReport report = run_indexing(options);
  CHECK(report.indexed == 1);
  REQUIRE(report.failed.size() == 1);
  CHECK(report.failed[0].path == (second.path() / "p.txt").string());
  CHECK(stored(db.path() / "index", "p.txt").paragraph == 1);
}

TEST_CASE("a file whose name is not UTF-8 is indexed under a valid id and read back", "[indexer][run]") {
  TempDir sources, db;
  sources.write(std::string("svar-\xF6versyn.txt"), paragraph_text(3));
  const IndexReport report = run_indexing(options_for(sources, db));
  REQUIRE(report.ok());
  const Xapian::Database index((db.path() / "index").string());
  const Xapian::Document xdoc = index.get_document(*index.postlist_begin(""));
  const auto doc = kommunsok::schema::from_xapian_document(xdoc);  // throws on invalid stored data
  CHECK(doc.id == "svar-%F6versyn.txt");
  CHECK(doc.original.file_name == "svar-%F6versyn.txt");
  // Re-running and pruning keep working with it.
  IndexOptions options = options_for(sources, db);
  options.prune = true;
  const IndexReport again = run_indexing(options);
  CHECK(again.unchanged == 1);
  CHECK(again.removed == 0);
}

TEST_CASE("a file is one document whichever folder above it was named", "[indexer][run]") {
  TempDir sources, db;
  sources.write("ks/p1.txt", paragraph_text(1));
  sources.write("ks/p2.txt", paragraph_text(2));
  sources.write("kf/p3.txt", paragraph_text(3));
  IndexOptions whole = options_for(sources, db);
  REQUIRE(run_indexing(whole).documents == 3);

  // The subfolder alone, as a sync script or a careless operator would run it.
  IndexOptions sub = whole;
  sub.roots = {sources.path() / "ks"};
  const IndexReport again = run_indexing(sub);
  CHECK(again.unchanged == 2);
  CHECK(again.documents == 3);
  // A changed file reached through the subfolder replaces its document, under its old id.
  sources.write("ks/p1.txt", paragraph_text(1) + "Tillägg.\n");
  sub.prune = true;
  const IndexReport changed = run_indexing(sub);
  CHECK(changed.indexed == 1);
  CHECK(changed.documents == 3);
  CHECK(stored(whole.db, "ks/p1.txt").text.find("Tillägg") != std::string::npos);
  // And the other way round: the whole folder after the subfolder adds nothing twice.
  whole.prune = true;
  CHECK(run_indexing(whole).documents == 3);
}

TEST_CASE("the spelling words of a batch reach the index with its commit, and not without it", "[indexer][run][spelling]") {
  TempDir db;
  const fs::path dir = db.path() / "index";
  auto document = [](const std::string& id, const std::string& text) {
    kommunsok::schema::Document doc;
    doc.id = id;
    doc.title = "Protokoll";
    doc.text = text;
    return doc;
  };
  {
    IndexWriter writer(dir);
    writer.put(document("a", "gatubelysningen gatubelysningen vinterväghållning"), "hash-a");
    writer.put(document("b", "gatubelysningen"), "hash-b");
    writer.commit();
    writer.put(document("c", "snöröjningsplanen"), "hash-c");
  }  // destroyed without a commit: document c and its words are dropped
  const Xapian::Database index(dir.string());
  CHECK(index.get_doccount() == 2);
  CHECK(index.get_spelling_suggestion("gatubelysnigen") == "gatubelysningen");
  Xapian::termcount frequency = 0;
  std::set<std::string> words;
  for (auto word = index.spellings_begin(); word != index.spellings_end(); ++word) {
    words.insert(*word);
    if (*word == "gatubelysningen") frequency = word.get_termfreq();
  }
  CHECK(frequency == 3);
  CHECK(words.contains("vinterväghållning"));
  CHECK(!words.contains("snöröjningsplanen"));
}

// Version 13 indexes each word as its stem with positions, where earlier versions wrote the
// word as written plus a Z-prefixed stem. A folder run re-indexes that folder's files (their
// fingerprint holds the version); a document no folder of the run holds — an upload — keeps
// its old terms, found by few words, and the run names it rather than mix the two in silence.
TEST_CASE("an index of the earlier term layout is re-indexed, and what is left of it is named", "[indexer][run]") {
  TempDir sources, db;
  sources.write("ks/p1.txt", paragraph_text(1));
  const IndexOptions options = options_for(sources, db);
  REQUIRE(run_indexing(options).indexed == 1);
  {
    // Make it as version 12 left it: its fingerprint of that version, Z-stems beside the words.
    Xapian::WritableDatabase index(options.db.string());
    auto it = index.postlist_begin(kommunsok::schema::id_term("ks/p1.txt"));
    REQUIRE(it != index.postlist_end(kommunsok::schema::id_term("ks/p1.txt")));
    Xapian::Document old = index.get_document(*it);
    old.add_value(kommunsok::schema::slot::content_hash, "fingerprint of version 12");
    old.add_term("Zgatubelysning");
    index.replace_document(*it, old);
    kommunsok::schema::Document upload;
    upload.id = "uploads/20240101T000000000000-ab/svar.txt";
    upload.text = "Gatubelysningen byts.";
    Xapian::Document uploaded = kommunsok::schema::to_xapian_document(upload, "");
    uploaded.add_term("Zgatubelysning");
    index.replace_document(kommunsok::schema::id_term(upload.id), uploaded);
    index.commit();
  }
  const IndexReport report = run_indexing(options);
  CHECK(report.indexed == 1);  // the folder's file, again
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].path == "uploads/20240101T000000000000-ab/svar.txt");
  CHECK_THAT(report.warnings[0].reason, Catch::Contains("indexed again"));
  // Once the upload is gone (or indexed again), nothing is named.
  {
    Xapian::WritableDatabase index(options.db.string());
    index.delete_document(kommunsok::schema::id_term("uploads/20240101T000000000000-ab/svar.txt"));
    index.commit();
  }
  CHECK(run_indexing(options).warnings.empty());
}
