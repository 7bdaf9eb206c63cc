// A protocol indexed as its paragraphs, seen through the HTTP API: each decision found once,
// the links between protocol and paragraphs, and stale paragraphs gone after a change.
#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>

#include "../indexer/fixtures.hpp"
#include "http_client.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/server/search_server.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

namespace {

std::string document_path(const std::string& id) { return "/api/documents/" + test::url_encode(id); }

}  // namespace

TEST_CASE("a protocol's paragraphs are found once each and link to their protocol", "[e2e][split]") {
  test::TempDir sources, dir;
  sources.write("tn/2023-05-16.txt", test::kThreeParagraphProtocol);
  indexer::IndexOptions options;
  options.db = dir.path() / "index";
  options.roots = {sources.path()};
  auto report = indexer::run_indexing(options);
  REQUIRE(report.ok());
  CHECK(report.documents == 4);

  server::ServerOptions server_options;
  server_options.db = options.db;
  server_options.port = 0;
  server::SearchServer server(server_options);
  server.start();

  // A decision's words find its § and not the protocol as well.
  auto found = test::http_get(server.port(), "/api/search?q=parkeringstaxan").json();
  CHECK(found->getValue<std::size_t>("total") == 1);
  auto hit = found->getArray("hits")->getObject(0);
  CHECK(hit->getValue<std::string>("id") == "tn/2023-05-16.txt#§42");

  // A §'s heading, too, finds the § and not the protocol's list of contents.
  CHECK(test::http_get(server.port(), "/api/search?q=" + test::url_encode("Gatubelysning")).json()->getValue<std::size_t>("total") == 1);

  // A case number finds its § alone.
  auto by_case = test::http_get(server.port(), "/api/search?diarienummer=" + test::url_encode("TN 2023/87")).json();
  CHECK(by_case->getValue<std::size_t>("total") == 1);

  auto protocol = test::http_get(server.port(), document_path("tn/2023-05-16.txt"));
  REQUIRE(protocol.status == 200);
  auto ids = protocol.json()->getArray("paragraph_ids");
  REQUIRE(ids->size() == 3);
  CHECK(ids->getElement<std::string>(0) == "tn/2023-05-16.txt#§41");

  auto paragraph = test::http_get(server.port(), document_path("tn/2023-05-16.txt#§42"));
  REQUIRE(paragraph.status == 200);
  auto p = paragraph.json();
  CHECK(p->getValue<std::string>("protocol_id") == "tn/2023-05-16.txt");
  CHECK(p->getValue<int>("position") == 2);
  CHECK(p->getValue<int>("paragraph") == 42);
  CHECK(p->getValue<std::string>("decision") == "Nämnden fastställer parkeringstaxan enligt förslaget.");

  // The protocol loses § 43: re-indexing removes it, and the protocol lists two.
  std::string shorter = test::kThreeParagraphProtocol;
  shorter = shorter.substr(0, shorter.find("Sida 3 (3)"));
  sources.write("tn/2023-05-16.txt", shorter);
  report = indexer::run_indexing(options);
  REQUIRE(report.ok());
  CHECK(report.documents == 3);
  CHECK(test::http_get(server.port(), document_path("tn/2023-05-16.txt#§43")).status == 404);
  CHECK(test::http_get(server.port(), document_path("tn/2023-05-16.txt")).json()->getArray("paragraph_ids")->size() == 2);

  // Pruning a vanished protocol removes its paragraphs too.
  std::filesystem::remove(sources.path() / "tn/2023-05-16.txt");
  sources.write("other.txt", test::kInterpellation);
  options.prune = true;
  report = indexer::run_indexing(options);
  CHECK(report.documents == 1);
}
