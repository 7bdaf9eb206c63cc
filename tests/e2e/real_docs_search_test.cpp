// The acceptance check over ../shared/real-docs: index, search, filter, re-run.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "api_checks.hpp"
#include "http_client.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/server/search_server.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

TEST_CASE("over the real documents, kommunikationsfunktion finds the KSAU paragraph first",
          "[e2e][shared]") {
  const auto folder = test::shared_dir() / "real-docs";
  if (!std::filesystem::exists(folder)) {
    WARN("SKIPPED: " << folder.string() << " is absent; the real-document checks need ../shared beside the clone");
    return;
  }
  test::TempDir dir;
  indexer::IndexOptions options;
  options.db = dir.path() / "index";
  options.roots = {folder};
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    files += entry.path().extension() == ".txt";
  REQUIRE(files >= 3);
  const auto first = indexer::run_indexing(options);
  CHECK(first.indexed == files);
  CHECK(first.ok());

  server::ServerOptions server_options;
  server_options.db = options.db;
  server_options.port = 0;
  server::SearchServer server(server_options);
  server.start();

  auto json = test::http_get(server.port(), "/api/search?q=kommunikationsfunktion").json();
  auto hits = json->getArray("hits");
  REQUIRE(hits->size() >= 1);
  auto top = hits->getObject(0);
  CHECK(top->getValue<std::string>("id") == "002_9d46b7055378e62f.txt");
  CHECK(top->getValue<std::string>("kind") == "paragraf");
  CHECK(top->getValue<std::string>("date") == "2021-06-09");
  REQUIRE(top->getArray("diarienummer")->size() == 1);
  CHECK(top->getArray("diarienummer")->getElement<std::string>(0) == "KS-2021/1202.111");

  CHECK(test::check_facet_counts_match_filters(server.port()) >= 10);

  const auto second = indexer::run_indexing(options);
  CHECK(second.unchanged == files);
  CHECK(second.indexed == 0);
  CHECK(second.documents == files);
}
