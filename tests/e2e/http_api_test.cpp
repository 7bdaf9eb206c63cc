// The HTTP API over the real sample corpus, through a real socket.
#include <Poco/JSON/Array.h>

#include <algorithm>

#include <catch2/catch.hpp>

#include "api_checks.hpp"
#include "http_client.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/server/search_server.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using test::http_get;
using test::url_encode;

namespace {

struct RunningServer {
  test::TempDir dir;
  std::unique_ptr<server::SearchServer> server;
  RunningServer() {
    indexer::IndexOptions options;
    options.db = dir.path() / "index";
    options.roots = {test::source_dir() / "corpus"};
    const auto report = indexer::run_indexing(options);
    REQUIRE(report.ok());
    REQUIRE(report.documents >= 30);
    server::ServerOptions server_options;
    server_options.db = options.db;
    server_options.port = 0;
    server = std::make_unique<server::SearchServer>(server_options);
    server->start();
  }
  test::HttpReply get(const std::string& target) const { return http_get(server->port(), target); }
};

std::size_t total_of(const test::HttpReply& reply) {
  REQUIRE(reply.status == 200);
  return reply.json()->getValue<std::size_t>("total");
}

}  // namespace

TEST_CASE("search answers with hits and facets in the documented shape", "[e2e][http]") {
  RunningServer s;
  const auto reply = s.get("/api/search?q=" + url_encode("skolskjuts") + "&size=5");
  REQUIRE(reply.status == 200);
  CHECK(reply.content_type.starts_with("application/json"));
  auto json = reply.json();
  CHECK(json->getValue<std::string>("query") == "skolskjuts");
  CHECK(json->getValue<int>("page") == 1);
  CHECK(json->getValue<int>("size") == 5);
  CHECK(json->getValue<std::size_t>("total") >= 1);
  auto hits = json->getArray("hits");
  REQUIRE(hits->size() >= 1);
  auto hit = hits->getObject(0);
  for (const char* key : {"id", "title", "kind", "date", "organ", "municipality", "diarienummer", "parties",
                          "snippet", "score"})
    CHECK(hit->has(key));
  auto facets = json->getObject("facets");
  for (const char* key : {"kind", "organ", "municipality", "party", "year"}) CHECK(facets->has(key));
}

TEST_CASE("filtering by any facet value returns exactly the count the facet showed", "[e2e][http]") {
  RunningServer s;
  auto facets = s.get("/api/search?size=1").json()->getObject("facets");
  for (const char* name : {"kind", "organ", "municipality", "party", "year"}) {
    INFO(name);
    CHECK(facets->getArray(name)->size() >= 2);  // the sample corpus has more than one value per facet
  }
  CHECK(test::check_facet_counts_match_filters(s.server->port()) > 10);
}

TEST_CASE("documents are served with metadata and full text", "[e2e][http]") {
  RunningServer s;
  auto hit = s.get("/api/search?kind=paragraf&size=1").json()->getArray("hits")->getObject(0);
  const std::string id = hit->getValue<std::string>("id");
  const auto reply = s.get("/api/documents/" + id);
  REQUIRE(reply.status == 200);
  auto doc = reply.json();
  CHECK(doc->getValue<std::string>("id") == id);
  CHECK(doc->getValue<std::string>("kind") == "paragraf");
  CHECK(doc->getValue<std::string>("text").size() > 200);
  CHECK(doc->has("paragraph"));
}

TEST_CASE("bad requests get 4xx with a JSON error naming the problem", "[e2e][http]") {
  RunningServer s;
  struct Case {
    std::string target;
    int status;
    std::string mentions;
  };
  const std::vector<Case> cases{
      {"/api/search?size=-1", 400, "size"},
      {"/api/search?from=notadate", 400, "from"},
      {"/api/search?sort=bogus", 400, "sort"},
      {"/api/search?q=" + std::string(100 * 1024, 'a'), 400, "'q'"},
      {"/api/documents/" + std::string(20 * 1024, 'a'), 414, "too long"},
      {"/api/search?q=" + std::string(2000, 'a'), 400, "q"},
      {"/api/search?q=%E5r", 400, "q"},
      {"/api/search?q=%zz", 400, "bad request"},
      {"/api/documents/no-such-document.txt", 404, "no-such-document.txt"},
      {"/api/nothing", 404, "/api/nothing"},
      {"/api/documents/%E5", 404, "no document"},
      {"/api/search?sort=%E5", 400, "sort"},
  };
  for (const Case& c : cases) {
    INFO(c.target.substr(0, 80));
    const auto reply = s.get(c.target);
    CHECK(reply.status == c.status);
    CHECK(reply.content_type.starts_with("application/json"));
    CHECK(schema::is_valid_utf8(reply.body));
    CHECK(reply.json()->getValue<std::string>("error").find(c.mentions) != std::string::npos);
  }
  const auto post = http_get(s.server->port(), "/api/search", "POST");
  CHECK(post.status == 405);
}

TEST_CASE("health reports the document count and the search page is served", "[e2e][http]") {
  RunningServer s;
  auto health = s.get("/api/health").json();
  CHECK(health->getValue<std::string>("status") == "ok");
  CHECK(health->getValue<std::size_t>("documents") >= 30);
  const auto page = s.get("/");
  CHECK(page.status == 200);
  CHECK(page.content_type.starts_with("text/html"));
  CHECK(page.body.find("/api/search") != std::string::npos);
}

TEST_CASE("documents committed while the server runs are found without a restart", "[e2e][http]") {
  RunningServer s;
  const std::size_t before = total_of(s.get("/api/search"));
  test::TempDir extra;
  extra.write("ny.txt", "Pressmeddelande från Sjöbacka kommun\n\nEtt unikt ord: zebralyktor.\n");
  indexer::IndexOptions options;
  options.db = s.dir.path() / "index";
  options.roots = {extra.path()};
  REQUIRE(indexer::run_indexing(options).indexed == 1);
  CHECK(total_of(s.get("/api/search")) == before + 1);
  CHECK(total_of(s.get("/api/search?q=zebralyktor")) == 1);
}

TEST_CASE("a union filter finds the meetings the union attended, not those it sent apologies to", "[e2e][http]") {
  RunningServer s;
  const std::string fsg = "granvik/samverkan/fsg-miljoforvaltningen-2025-05-20-kolumner.txt";
  auto ids_for = [&](const std::string& target) {
    std::vector<std::string> ids;
    auto hits = s.get(target).json()->getArray("hits");
    for (std::size_t i = 0; i < hits->size(); ++i) ids.push_back(hits->getObject(static_cast<unsigned>(i))->getValue<std::string>("id"));
    return ids;
  };
  const auto present = ids_for("/api/search?size=100&union=" + url_encode("Akademikerförbundet SSR"));
  CHECK(std::find(present.begin(), present.end(), fsg) != present.end());
  // Sveriges Ingenjörer is under Förhinder there: stored, returned, but not matched.
  const auto absent = ids_for("/api/search?size=100&union=" + url_encode("Sveriges Ingenjörer"));
  CHECK(std::find(absent.begin(), absent.end(), fsg) == absent.end());
  auto doc = s.get("/api/documents/" + fsg).json();
  REQUIRE(doc->getArray("unions_absent")->size() == 1);
  CHECK(doc->getArray("unions_absent")->getElement<std::string>(0) == "Sveriges Ingenjörer");
  CHECK(doc->getArray("exchanges")->size() == 3);
}
