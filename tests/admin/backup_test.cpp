// Backups taken as an operator takes them: while an indexer writes (a first run, then a run
// that replaces and prunes documents and removes their originals), each one a whole revision
// that passes xapian-check, holds the documents its manifest says and every original they
// refer to; and a backup that cannot be made leaves nothing under its name.
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "admin_helpers.hpp"
#include "kommunsok/schema/index_folder.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
namespace fs = std::filesystem;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr int kDocuments = 300;  // the sanitizer build's indexer is several times slower
#else
constexpr int kDocuments = 1000;
#endif
// Small batches: many commits, so the backups meet an index that moves under them.
constexpr int kBatch = 20;

void synthesize(const fs::path& folder, int seed) {
  fs::remove_all(folder);
  const test::Outcome made = test::run(
      KOMMUNSOK_SYNTH_BIN, {"--out", folder.string(), "--count", std::to_string(kDocuments), "--seed", std::to_string(seed)});
  REQUIRE(made.exit_code == 0);
}

// Checks a finished backup with tools other than kommunsok-admin's backup itself.
void check_backup(const fs::path& backup) {
  const fs::path index = backup / "index";
  const auto manifest = test::manifest(backup);
  const test::Outcome xapian = test::xapian_check(index);
  INFO(backup.string() << "\n" << xapian.out << xapian.err);
  CHECK(xapian.exit_code == 0);
  CHECK(test::document_count(index) == manifest->getValue<unsigned>("documents"));
  CHECK(test::archived_files(index) == manifest->getValue<std::size_t>("originals"));
  const test::Outcome checked = test::admin({"check", "--db", index.string()});
  INFO(checked.out << checked.err);
  CHECK(checked.exit_code == 0);
}

struct RunWithBackups {
  int during = 0;  // backups that ended while the indexer was still running
  std::set<unsigned> revisions;
};

// Takes backups one after the other for as long as the indexer runs.
RunWithBackups backups_during(const std::vector<std::string>& indexer_args, const fs::path& folder, const std::string& name) {
  RunWithBackups taken;
  test::Started indexer(KOMMUNSOK_INDEXER_BIN, indexer_args);
  const fs::path db = indexer_args.at(1);
  // Until the first commit (the tables are in DB itself until a compaction moves them).
  while (!fs::exists(kommunsok::schema::index_tables_dir(db) / "iamglass") && !indexer.output_ended())
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  for (int n = 1; !indexer.output_ended(); ++n) {
    const fs::path backup = folder / (name + "-" + std::to_string(n));
    const test::Outcome made = test::admin({"backup", "--db", db.string(), "--time-limit", "60", backup.string()});
    INFO(made.out << made.err);
    REQUIRE(made.exit_code == 0);
    if (!indexer.output_ended()) ++taken.during;
    taken.revisions.insert(test::manifest(backup)->getValue<unsigned>("revision"));
    check_backup(backup);
    fs::remove_all(backup);  // checked; dozens of backups of a thousand files add up
  }
  const test::Outcome indexed = indexer.wait();
  INFO(indexed.err);
  REQUIRE(indexed.exit_code == 0);
  return taken;
}

}  // namespace

TEST_CASE("backups taken while an indexer writes are whole revisions with their originals", "[admin][backup]") {
  test::TempDir work;
  const fs::path sources = work.path() / "sources", db = work.path() / "db", backups = work.path() / "backups";
  const auto started = std::chrono::steady_clock::now();

  synthesize(sources, 1);
  const RunWithBackups first = backups_during(
      {"--db", db.string(), "--batch-size", std::to_string(kBatch), sources.string()}, backups, "first");
  std::cout << "admin backup: " << first.during << " backups during a first run of " << kDocuments << " documents, "
            << first.revisions.size() << " revisions" << std::endl;
  CHECK(first.during >= 2);

  // Other files under the same names: documents are replaced, others pruned, and after its
  // last commit the indexer removes the originals no document refers to any more.
  synthesize(sources, 2);
  const RunWithBackups second = backups_during(
      {"--db", db.string(), "--prune", "--batch-size", std::to_string(kBatch), sources.string()}, backups, "second");
  std::cout << "admin backup: " << second.during << " backups during a replacing and pruning run, "
            << second.revisions.size() << " revisions, "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s in all"
            << std::endl;
  CHECK(second.during >= 1);

  const fs::path last = backups / "after";
  REQUIRE(test::admin({"backup", "--db", db.string(), last.string()}).exit_code == 0);
  check_backup(last);
  CHECK(test::manifest(last)->getValue<unsigned>("documents") == test::document_count(db));
  CHECK(!test::has_entry_starting_with(backups, "after.partial-"));
}

TEST_CASE("a backup never overwrites and never leaves a half backup", "[admin][backup]") {
  test::TempDir work;
  const fs::path sources = work.path() / "sources", db = work.path() / "db";
  test::write_small_corpus(sources);
  test::index_folder(db, sources);

  SECTION("an existing folder is refused, even an empty one, and left as it was") {
    const fs::path existing = work.path() / "existing";
    fs::create_directory(existing);
    const test::Outcome refused = test::admin({"backup", "--db", db.string(), existing.string()});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find(existing.string() + " already exists") != std::string::npos);
    CHECK(fs::is_empty(existing));
  }
  SECTION("a folder that holds no index fails by name") {
    const fs::path backup = work.path() / "backup";
    const test::Outcome failed = test::admin({"backup", "--db", (work.path() / "none").string(), backup.string()});
    CHECK(failed.exit_code == 1);
    CHECK(failed.err.find("no index at " + (work.path() / "none").string()) != std::string::npos);
    CHECK(!fs::exists(backup));
  }
  SECTION("an original missing from the archive fails the backup by name, and nothing is left") {
    const fs::path missing = test::some_original(db);
    fs::remove(missing);
    const fs::path backup = work.path() / "backup";
    const test::Outcome failed = test::admin({"backup", "--db", db.string(), backup.string()});
    CHECK(failed.exit_code == 1);
    CHECK(failed.err.find(missing.string() + " of document ") != std::string::npos);
    CHECK(!fs::exists(backup));
    CHECK(!test::has_entry_starting_with(work.path(), "backup.partial-"));
  }
}
