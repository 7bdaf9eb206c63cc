// Settings come from a config file and flags; a mistake names the setting and where it is.
#include <catch2/catch.hpp>

#include "kommunsok/server/server_config.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using server::ConfigError;
using server::server_options_from_command_line;

TEST_CASE("the config file sets every limit and flags override it", "[server][config]") {
  test::TempDir dir;
  dir.write("server.properties",
            "# production\ndb = /var/lib/kommunsok/index\nport = 9000\nthreads = 4\n"
            "connections.per_client = 16\nconnections.request_timeout_s = 5\nqueries.wildcard_terms = 500\nqueries.revision_views = false\n"
            "log.dir = /var/log/kommunsok\nkeys.required_for_reads = true\ningest.max_upload_mb = 20\n");
  bool help = false;
  const auto o = server_options_from_command_line(
      {"--config", (dir.path() / "server.properties").string(), "--port", "9100", "--set", "connections.max=100"}, help);
  CHECK_FALSE(help);
  CHECK(o.db == "/var/lib/kommunsok/index");
  CHECK(o.port == 9100);
  CHECK(o.threads == 4);
  CHECK(o.connections.max_per_client == 16);
  CHECK(o.connections.max_connections == 100);
  CHECK(o.connections.request_timeout == std::chrono::seconds(5));
  CHECK(o.queries.wildcard_terms == 500);
  CHECK_FALSE(o.queries.revision_views);
  CHECK(o.logs.dir == "/var/log/kommunsok");
  CHECK(o.ingest.require_key_for_reads);
  CHECK(o.ingest.max_upload_bytes == 20u << 20);
  CHECK(o.ingest.spool == "/var/lib/kommunsok/index/spool");
  CHECK(o.ingest.keys == "/var/lib/kommunsok/index/keys");
}

TEST_CASE("a bad setting is named with the file it is in", "[server][config]") {
  test::TempDir dir;
  dir.write("bad.properties", "db = x\nconnections.per_client = many\n");
  dir.write("typo.properties", "db = x\nconnection.max = 5\n");
  bool help = false;
  const std::string bad = (dir.path() / "bad.properties").string();
  CHECK_THROWS_WITH(server_options_from_command_line({"--config", bad}, help),
                    Catch::Contains("connections.per_client") && Catch::Contains("'many'") && Catch::Contains(bad));
  CHECK_THROWS_WITH(server_options_from_command_line({"--config", (dir.path() / "typo.properties").string()}, help),
                    Catch::Contains("unknown setting 'connection.max'"));
  CHECK_THROWS_WITH(server_options_from_command_line({"--config", (dir.path() / "none").string()}, help),
                    Catch::Contains("cannot read the config file"));
  CHECK_THROWS_WITH(server_options_from_command_line({"--port", "8080"}, help), Catch::Contains("--db DIR"));
  CHECK_THROWS_WITH(server_options_from_command_line({"--db", "x", "--port", "-1"}, help), Catch::Contains("port"));
  CHECK_THROWS_AS(server_options_from_command_line({"--db", "x", "--frobnicate"}, help), ConfigError);
  server_options_from_command_line({"--help"}, help);
  CHECK(help);
  CHECK_THAT(std::string(server::kServerHelp), Catch::Contains("connections.per_client"));
}
