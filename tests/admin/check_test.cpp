// The consistency check as an operator reads it: a sound index is "consistent"; an original
// missing from the archive, or with other bytes than its name promises, is reported with the
// document that refers to it; a file no document refers to is counted, not an error.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "admin_helpers.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
namespace fs = std::filesystem;

TEST_CASE("check reports missing and altered originals by document", "[admin][check]") {
  test::TempDir work;
  const fs::path sources = work.path() / "sources", db = work.path() / "db";
  test::write_small_corpus(sources);
  test::index_folder(db, sources);

  const test::Outcome sound = test::admin({"check", "--db", db.string()});
  CHECK(sound.exit_code == 0);
  CHECK(sound.out.find("3 documents, 3 originals\nconsistent\n") != std::string::npos);

  SECTION("a missing original") {
    const fs::path missing = test::some_original(db);
    fs::remove(missing);
    const test::Outcome checked = test::admin({"check", "--db", db.string()});
    CHECK(checked.exit_code == 1);
    CHECK(checked.out.find("problem: missing original " + missing.string() + " (document ") != std::string::npos);
    CHECK(checked.out.find("1 problem(s) found") != std::string::npos);
  }
  SECTION("an original with other bytes") {
    const fs::path altered = test::some_original(db);
    std::ofstream(altered, std::ios::app) << "tillägg";
    const test::Outcome checked = test::admin({"check", "--db", db.string()});
    CHECK(checked.exit_code == 1);
    CHECK(checked.out.find("problem: original " + altered.string() + " has other bytes") != std::string::npos);
  }
  SECTION("a file no document refers to") {
    work.write("db/originals/00/" + std::string(64, '0'), "kvarglömd");
    const test::Outcome checked = test::admin({"check", "--db", db.string()});
    CHECK(checked.exit_code == 0);
    CHECK(checked.out.find("1 archived file(s) no document refers to") != std::string::npos);
  }
}

TEST_CASE("check of a folder that holds no index fails by name", "[admin][check]") {
  test::TempDir work;
  const test::Outcome failed = test::admin({"check", "--db", (work.path() / "none").string()});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err.find("kommunsok-admin check: no index at " + (work.path() / "none").string()) != std::string::npos);
}

TEST_CASE("each command has its help, and bad usage exits 2", "[admin][cli]") {
  for (const std::string command : {"backup", "restore", "check"}) {
    const test::Outcome help = test::admin({command, "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.starts_with("usage: kommunsok-admin " + command));
  }
  CHECK(test::admin({"--help"}).out.find("kommunsok-admin restore BACKUP --db DB [--force]") != std::string::npos);
  const test::Outcome unknown = test::admin({"copy"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown command copy") != std::string::npos);
  const test::Outcome no_db = test::admin({"backup", "/tmp/x"});
  CHECK(no_db.exit_code == 2);
  CHECK(no_db.err.find("--db DB is required") != std::string::npos);
  CHECK(test::admin({"backup", "--db", "x", "--time-limit", "0", "y"}).exit_code == 2);
  CHECK(test::admin({}).exit_code == 2);
}
