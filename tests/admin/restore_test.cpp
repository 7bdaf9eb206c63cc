// Restores as an operator runs them: the server serves a restored index and its originals,
// also when the restore happens under it; an existing index is never clobbered (only moved
// aside with --force), and a backup that does not match its manifest, or an index an indexer
// is writing, is refused before anything changes.
#include <Poco/JSON/Array.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <regex>

#include "admin_helpers.hpp"
#include "http_client.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
namespace fs = std::filesystem;

namespace {

// An index of the small corpus and a backup of it.
struct Backed {
  test::TempDir work;
  fs::path sources = work.path() / "sources";
  fs::path backup = work.path() / "backup";
  Backed() {
    test::write_small_corpus(sources);
    test::index_folder(work.path() / "db", sources);
    const test::Outcome made = test::admin({"backup", "--db", (work.path() / "db").string(), backup.string()});
    INFO(made.err);
    REQUIRE(made.exit_code == 0);
  }
};

int health_documents(unsigned short port) {
  const test::HttpReply health = test::http_get(port, "/api/health");
  REQUIRE(health.status == 200);
  return health.json()->getValue<int>("documents");
}

}  // namespace

TEST_CASE("the server serves a restored index and its originals", "[admin][restore]") {
  Backed backed;
  const fs::path db = backed.work.path() / "restored";
  const test::Outcome restored = test::admin({"restore", backed.backup.string(), "--db", db.string()});
  INFO(restored.err);
  REQUIRE(restored.exit_code == 0);
  CHECK(restored.out.find("3 documents, 3 originals") != std::string::npos);

  test::Started server(KOMMUNSOK_SERVER_BIN, {"--db", db.string(), "--port", "0"});
  const unsigned short port = test::listening_port(server);
  REQUIRE(port != 0);
  CHECK(health_documents(port) == test::manifest(backed.backup)->getValue<int>("documents"));

  const auto hits = test::http_get(port, "/api/search?q=lekplatser").json()->getArray("hits");
  REQUIRE(hits->size() == 1);
  const auto hit = hits->getObject(0);
  const test::HttpReply original = test::http_get(port, hit->getValue<std::string>("original"));
  CHECK(original.status == 200);
  CHECK(original.body == test::read_file(backed.sources / hit->getValue<std::string>("id")));
}

TEST_CASE("a restore under a running server is served from its next request", "[admin][restore]") {
  Backed backed;
  test::TempDir other;
  other.write("annat/ett.txt", "Svar på interpellation om badplatser\n\nKommunfullmäktige i Sjöbacka\n\nBadplatsen öppnar i juni.\n");
  const fs::path db = other.path() / "db";
  test::index_folder(db, other.path() / "annat");

  test::Started server(KOMMUNSOK_SERVER_BIN, {"--db", db.string(), "--port", "0"});
  const unsigned short port = test::listening_port(server);
  REQUIRE(port != 0);
  REQUIRE(health_documents(port) == 1);
  REQUIRE(test::http_get(port, "/api/documents/ett.txt").status == 200);

  const test::Outcome restored = test::admin({"restore", backed.backup.string(), "--db", db.string(), "--force"});
  INFO(restored.err);
  REQUIRE(restored.exit_code == 0);
  CHECK(health_documents(port) == 3);
  CHECK(test::http_get(port, "/api/documents/ett.txt").status == 404);
  const auto hit = test::http_get(port, "/api/search?q=plogas").json()->getArray("hits")->getObject(0);
  CHECK(test::http_get(port, hit->getValue<std::string>("original")).status == 200);
  // The replaced index is kept aside, whole.
  std::smatch aside;
  const std::string out = restored.out;
  REQUIRE(std::regex_search(out, aside, std::regex("previous index is kept at (\\S+)")));
  CHECK(test::document_count(aside[1].str()) == 1);
}

TEST_CASE("restore refuses to clobber an index, and --force moves it aside", "[admin][restore]") {
  Backed backed;
  const fs::path db = backed.work.path() / "db";
  const unsigned before = test::document_count(db);

  const test::Outcome refused = test::admin({"restore", backed.backup.string(), "--db", db.string()});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find(db.string() + " already exists; nothing was restored") != std::string::npos);
  CHECK(!test::has_entry_starting_with(backed.work.path(), "db.old-"));
  CHECK(test::document_count(db) == before);

  SECTION("nor while an indexer holds the index's write lock, even with --force") {
    Xapian::WritableDatabase writer(db.string(), Xapian::DB_OPEN);
    const test::Outcome locked = test::admin({"restore", backed.backup.string(), "--db", db.string(), "--force"});
    CHECK(locked.exit_code == 1);
    CHECK(locked.err.find("an indexer is writing to " + db.string()) != std::string::npos);
    CHECK(!test::has_entry_starting_with(backed.work.path(), "db.old-"));
    CHECK(!test::has_entry_starting_with(backed.work.path(), "db.restore-partial-"));
  }
  SECTION("--force keeps the old index under DB.old-TIMESTAMP") {
    const test::Outcome forced = test::admin({"restore", backed.backup.string(), "--db", db.string(), "--force"});
    INFO(forced.err);
    CHECK(forced.exit_code == 0);
    CHECK(test::has_entry_starting_with(backed.work.path(), "db.old-"));
    CHECK(test::xapian_check(db).exit_code == 0);
    CHECK(test::admin({"check", "--db", db.string()}).exit_code == 0);
  }
}

TEST_CASE("restore refuses a backup that does not match its manifest", "[admin][restore]") {
  Backed backed;
  const fs::path db = backed.work.path() / "restored";

  SECTION("a document count the index does not have") {
    const fs::path file = backed.backup / "manifest.json";
    const std::string text = test::read_file(file);
    backed.work.write("backup/manifest.json", std::regex_replace(text, std::regex("\"documents\": 3"), "\"documents\": 4"));
    REQUIRE(test::read_file(file) != text);
    const test::Outcome refused = test::admin({"restore", backed.backup.string(), "--db", db.string()});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("holds 3 documents and 3 originals, but its manifest says 4 and 3") != std::string::npos);
  }
  SECTION("an original missing from the backup") {
    const fs::path missing = test::some_original(backed.backup / "index");
    fs::remove(missing);
    const test::Outcome refused = test::admin({"restore", backed.backup.string(), "--db", db.string()});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("missing original " + missing.string()) != std::string::npos);
  }
  SECTION("a folder that is not a backup") {
    const test::Outcome refused = test::admin({"restore", backed.sources.string(), "--db", db.string()});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("manifest.json") != std::string::npos);
  }
  CHECK(!fs::exists(db));
  CHECK(!test::has_entry_starting_with(backed.work.path(), "restored.restore-partial-"));
}

TEST_CASE("the server's keys and upload spool outlive a restore", "[admin][restore]") {
  test::TempDir work;
  const fs::path sources = work.path() / "sources", db = work.path() / "db", backup = work.path() / "backup";
  test::write_small_corpus(sources);
  test::index_folder(db, sources);
  work.write("db/keys", "keys at backup time\n");
  fs::permissions(db / "keys", fs::perms::owner_read | fs::perms::owner_write);
  const test::Outcome made = test::admin({"backup", "--db", db.string(), backup.string()});
  REQUIRE(made.exit_code == 0);
  CHECK(made.out.find("and the API keys") != std::string::npos);
  CHECK(test::read_file(backup / "index" / "keys") == "keys at backup time\n");
  CHECK(fs::status(backup / "index" / "keys").permissions() == (fs::perms::owner_read | fs::perms::owner_write));

  SECTION("restored over the folder: its own keys and spool stay") {
    work.write("db/keys", "keys revoked since\n");
    work.write("db/spool/incoming/20241125T101500123456-3f9a", "an upload answered 202");
    const test::Outcome restored = test::admin({"restore", backup.string(), "--db", db.string(), "--force"});
    INFO(restored.err);
    REQUIRE(restored.exit_code == 0);
    CHECK(test::read_file(db / "keys") == "keys revoked since\n");
    CHECK(test::read_file(db / "spool/incoming/20241125T101500123456-3f9a") == "an upload answered 202");
    CHECK(restored.out.find("API keys in use were kept") != std::string::npos);
    CHECK(restored.out.find("upload spool in use moved") != std::string::npos);
  }
  SECTION("restored where the folder is lost: the backup's keys") {
    fs::remove_all(db);
    REQUIRE(test::admin({"restore", backup.string(), "--db", db.string()}).exit_code == 0);
    CHECK(test::read_file(db / "keys") == "keys at backup time\n");
  }
}
