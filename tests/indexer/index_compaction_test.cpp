// A run that changed most of the index ends by compacting it into a new generation folder
// named by DIR's stub; what a compaction cut short is cleared by the next writer; the index
// holds the same documents and answers the same searches throughout.
#include <catch2/catch.hpp>
#include <xapian.h>

#include <filesystem>
#include <fstream>

#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/schema/index_folder.hpp"
#include "kommunsok/schema/xapian_document.hpp"
#include "temp_dir.hpp"

using namespace kommunsok::indexer;
using kommunsok::test::TempDir;
namespace fs = std::filesystem;
namespace schema = kommunsok::schema;

namespace {

void write_sources(const TempDir& sources, int from, int to) {
  for (int n = from; n < to; ++n)
    sources.write("p" + std::to_string(n) + ".txt",
                  "Kommunstyrelsen\n\nSammanträdesdatum 3 mars 2023\n\n§ " + std::to_string(n) +
                      "\n\nDiarienummer KS-2023/" + std::to_string(100 + n) + "\n\nÄrende " + std::to_string(n) +
                      " om gatubelysning och snöröjning i kvarteret " + std::to_string(n * 7) +
                      ". Kommunstyrelsen beslutar att bifalla förslaget.\n");
}

IndexOptions options_for(const TempDir& sources, const fs::path& db, CompactWhen when = CompactWhen::Auto) {
  IndexOptions options;
  options.db = db;
  options.roots = {sources.path()};
  options.compact = when;
  return options;
}

Xapian::doccount matches(const fs::path& db, const std::string& term) {
  Xapian::Database index(db.string());
  Xapian::Enquire enquire(index);
  enquire.set_query(Xapian::Query(term));
  return enquire.get_mset(0, 0, index.get_doccount()).get_matches_estimated();
}

bool has_table_files(const fs::path& folder) { return fs::exists(folder / "iamglass") || fs::exists(folder / "postlist.glass"); }

}  // namespace

TEST_CASE("a first build ends compacted, in a generation folder its stub names", "[indexer][compaction]") {
  TempDir sources, work;
  write_sources(sources, 1, 201);
  const fs::path db = work.path() / "index";
  const IndexReport report = run_indexing(options_for(sources, db));
  REQUIRE(report.compactions.size() == 1);
  const CompactionReport& compaction = report.compactions.front();
  CHECK(compaction.done);
  CHECK(compaction.bytes_after > 0);
  CHECK(compaction.bytes_after < compaction.bytes_before);
  CHECK(schema::index_generation(db) == 1u);
  CHECK(schema::index_tables_dir(db) == db / "index-1");
  CHECK_FALSE(has_table_files(db));  // the tables it was built in are gone
  CHECK(has_table_files(db / "index-1"));
  CHECK(Xapian::Database(db.string()).get_doccount() == 200);
  CHECK(matches(db, "Sgatubelysning") == 200);
  CHECK(index_tables_bytes(db) == compaction.bytes_after);
}

TEST_CASE("a run that changed little does not compact; one told to always does, and the old generation goes",
          "[indexer][compaction]") {
  TempDir sources, work;
  write_sources(sources, 1, 101);
  const fs::path db = work.path() / "index";
  run_indexing(options_for(sources, db));
  REQUIRE(schema::index_generation(db) == 1u);

  write_sources(sources, 101, 111);  // 10 new of 110
  const IndexReport small = run_indexing(options_for(sources, db));
  CHECK(small.indexed == 10);
  CHECK(small.compactions.empty());
  CHECK(schema::index_generation(db) == 1u);
  CHECK(Xapian::Database(db.string()).get_doccount() == 110);  // written into the compacted tables

  const IndexReport forced = run_indexing(options_for(sources, db, CompactWhen::Always));
  CHECK(forced.indexed == 0);
  REQUIRE(forced.compactions.size() == 1);
  CHECK(forced.compactions.front().done);
  CHECK(schema::index_generation(db) == 2u);
  CHECK_FALSE(fs::exists(db / "index-1"));
  CHECK(Xapian::Database(db.string()).get_doccount() == 110);

  write_sources(sources, 111, 400);  // most of the index new: compacted again
  const IndexReport large = run_indexing(options_for(sources, db, CompactWhen::Auto));
  CHECK(large.compactions.size() == 1);
  CHECK(schema::index_generation(db) == 3u);
  CHECK(Xapian::Database(db.string()).get_doccount() == 399);

  const IndexReport never = run_indexing(options_for(sources, db / ".." / "other", CompactWhen::Never));
  CHECK(never.compactions.empty());
  CHECK(has_table_files(work.path() / "other"));
}

TEST_CASE("what a compaction cut short leaves is cleared by the next writer, and the index stays whole",
          "[indexer][compaction]") {
  TempDir sources, work;
  write_sources(sources, 1, 51);
  const fs::path db = work.path() / "index";
  run_indexing(options_for(sources, db, CompactWhen::Never));
  REQUIRE(has_table_files(db));

  SECTION("killed while writing the new generation: the stub was never switched") {
    fs::create_directories(db / "index-1");
    std::ofstream(db / "index-1" / "postlist.glass") << "half written";
    CHECK(Xapian::Database(db.string()).get_doccount() == 50);  // still the tables in DIR
    { IndexWriter writer(db); }
    CHECK_FALSE(fs::exists(db / "index-1"));
    CHECK(has_table_files(db));
  }
  SECTION("killed between setting the version file aside and putting the stub in place") {
    Xapian::Database(db.string()).compact((db / "index-1").string());
    std::ofstream(db / "XAPIANDB.next") << "glass index-1\n";
    fs::rename(db / "iamglass", db / "iamglass.replaced");
    { IndexWriter writer(db); }  // the switch is finished, the tables it replaced go
    CHECK(schema::index_generation(db) == 1u);
    CHECK_FALSE(has_table_files(db));
    CHECK_FALSE(fs::exists(db / "iamglass.replaced"));
    CHECK(fs::exists(db / "originals"));  // the rest of the folder is not the index's tables
  }
  SECTION("a stub beside the folder's own tables: Xapian opens the tables, so they stay and the stub goes") {
    Xapian::Database(db.string()).compact((db / "index-4").string());
    std::ofstream(db / "XAPIANDB") << "glass index-4\n";
    { IndexWriter writer(db); }
    CHECK_FALSE(fs::exists(db / "XAPIANDB"));
    CHECK(has_table_files(db));
    CHECK_FALSE(fs::exists(db / "index-4"));
  }
  const IndexReport again = run_indexing(options_for(sources, db));
  CHECK(again.unchanged == 50);
  CHECK(Xapian::Database(db.string()).get_doccount() == 50);
  CHECK(matches(db, "Sgatubelysning") == 50);
}

TEST_CASE("the stub's folder is read as Xapian reads it, and only index-N is a generation", "[indexer][compaction]") {
  TempDir work;
  const fs::path db = work.path();
  CHECK(schema::index_tables_dir(db) == db);
  CHECK_FALSE(schema::index_generation(db));
  work.write("XAPIANDB", "auto replica_1\n");  // what xapian-replicate writes in a replica
  CHECK(schema::index_tables_dir(db) == db / "replica_1");
  CHECK_FALSE(schema::index_generation(db));
  work.write("XAPIANDB", "# switched by a compaction\nglass index-12\n");
  CHECK(schema::index_generation(db) == 12u);
  CHECK(schema::index_tables_dir(db) == db / "index-12");
  work.write("XAPIANDB", "remote :tcpsrv 33301\n");
  CHECK(schema::index_tables_dir(db) == db);
  CHECK(schema::generation_of_name("index-7") == 7u);
  CHECK_FALSE(schema::generation_of_name("index-07"));
  CHECK_FALSE(schema::generation_of_name("index-"));
  CHECK_FALSE(schema::generation_of_name("index-1x"));
  CHECK_FALSE(schema::generation_of_name("index-99999999999999999999999"));
  CHECK_FALSE(schema::generation_of_name("shard-1"));
}

TEST_CASE("a stub this indexer did not write, or one naming no index, is refused and nothing is removed",
          "[indexer][compaction]") {
  TempDir sources, work;
  write_sources(sources, 1, 21);
  const fs::path db = work.path() / "index";
  run_indexing(options_for(sources, db));
  REQUIRE(schema::index_generation(db) == 1u);
  auto refused = [&](const std::string& stub) {
    std::ofstream(db / "XAPIANDB", std::ios::trunc) << stub;
    bool threw = false;
    try {
      IndexWriter writer(db);
    } catch (const IndexError& e) {
      threw = std::string(e.what()).find("XAPIANDB") != std::string::npos;
    }
    return threw;
  };
  CHECK(refused("glass index-5\n"));        // no such generation: Xapian would create an empty one
  CHECK(refused("auto replica_1\n"));       // a replica's stub
  CHECK(refused("glass ../../elsewhere\n"));  // outside the folder
  CHECK(refused("glass ./index-1\n"));      // the right folder, but not as this indexer writes it
  CHECK_FALSE(fs::exists(db / "index-5"));
  CHECK_FALSE(fs::exists(work.path() / ".." / "elsewhere"));
  REQUIRE(fs::exists(db / "index-1" / "iamglass"));  // the live generation untouched
  std::ofstream(db / "XAPIANDB", std::ios::trunc) << "glass index-1\n";
  CHECK(run_indexing(options_for(sources, db)).unchanged == 20);
  fs::remove(db / "XAPIANDB");
  fs::create_directory(db / "XAPIANDB");
  CHECK_THROWS_AS(IndexWriter(db), IndexError);
  CHECK(fs::exists(db / "index-1" / "iamglass"));
}
