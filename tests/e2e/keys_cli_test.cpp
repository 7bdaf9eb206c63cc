// kommunsok-keys as an operator runs it: a key printed once, stored only as a digest,
// listed without it, revoked by name; mistakes get a message and status 2.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "process_run.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

TEST_CASE("kommunsok-keys creates, lists and revokes keys, storing no key", "[e2e][cli][keys]") {
  test::TempDir dir;
  const std::string db = dir.path().string();
  const test::Outcome created = test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "create", "--name", "diariet", "--scope", "ingest"});
  REQUIRE(created.exit_code == 0);
  const std::string key = created.out.substr(0, created.out.find('\n'));
  CHECK(key.starts_with("ks_"));
  CHECK(key.size() == 43);
  std::ifstream file(dir.path() / "keys");
  std::stringstream stored;
  stored << file.rdbuf();
  CHECK(stored.str().find(key) == std::string::npos);
  CHECK(stored.str().find("diariet\tingest\t") != std::string::npos);

  CHECK(test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "create", "--name", "diariet", "--scope", "read"}).exit_code == 1);
  const test::Outcome listed = test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "list"});
  CHECK_THAT(listed.out, Catch::Contains("diariet\tingest") && Catch::Contains("active"));
  CHECK(listed.out.find(key) == std::string::npos);
  CHECK(test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "revoke", "diariet"}).exit_code == 0);
  CHECK_THAT(test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "list"}).out, Catch::Contains("revoked"));
  CHECK(test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "revoke", "diariet"}).exit_code == 1);

  CHECK(test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "create", "--name", "x", "--scope", "root"}).exit_code == 2);
  CHECK(test::run(KOMMUNSOK_KEYS_BIN, {"--db", db, "create", "--name", "bad name", "--scope", "read"}).exit_code == 1);
  CHECK(test::run(KOMMUNSOK_KEYS_BIN, {"list"}).exit_code == 2);
}
