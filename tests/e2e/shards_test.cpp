// Shards served by Xapian's own xapian-tcpsrv (Debian xapian-tools) must answer exactly as one
// combined index: the same totals, hits, scores, snippets and facet counts.
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <csignal>

#include "http_client.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/searcher.hpp"
#include "loopback_port.hpp"
#include "process_run.hpp"
#include "synthetic_documents.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace kommunsok::server;
using Params = std::vector<std::pair<std::string, std::string>>;

namespace {

constexpr int kDocuments = 600;

// One xapian-tcpsrv serving one shard on loopback, stopped with the test.
struct TcpShard {
  unsigned short port = test::free_loopback_port();
  test::Started process;
  explicit TcpShard(const std::filesystem::path& db)
      : process("/usr/bin/xapian-tcpsrv", {"--port", std::to_string(port), "--interface", "127.0.0.1", db.string()}) {
    REQUIRE(process.wait_for_line(std::regex("Listening"), std::chrono::seconds(20)));
  }
  std::string address() const { return "tcp://127.0.0.1:" + std::to_string(port); }
};

// Documents alternate between the shards, so docid k of the combined index is docid k of the
// shards searched together (Xapian interleaves them): even ties come out in the same order.
struct ShardedCorpus {
  test::TempDir dir;
  std::filesystem::path combined = dir.path() / "combined";
  std::filesystem::path a = dir.path() / "shard-a", b = dir.path() / "shard-b";
  ShardedCorpus() {
    test::write_synthetic_documents(combined, 0, kDocuments);
    test::write_synthetic_documents({}, 0, kDocuments, [this](int n) { return n % 2 == 0 ? a : b; });
  }
};

std::string described(const SearchResult& r) {
  std::string out = "total " + std::to_string(r.total) + "\n";
  for (const auto& hit : r.hits) out += hit.document.id + " " + hit.snippet + "\n";
  for (const auto& facet : r.facets) {
    out += facet.name + ":";
    for (const auto& value : facet.values) out += " " + value.value + "=" + std::to_string(value.count);
    out += "\n";
  }
  for (const auto& limit : r.limits) out += "limited: " + limit + "\n";
  return out;
}

const std::vector<Params> kRequests{
    {},
    {{"sort", "date"}},
    {{"sort", "-date"}, {"page", "5"}},
    {{"party", "S"}},
    {{"kind", "samverkan"}, {"year", "2021"}},
    {{"from", "2020-01-01"}, {"to", "2021-12-31"}},
    {{"q", "budget"}},
    {{"q", "budget"}, {"party", "V"}},
    {{"q", "skolskjuts OR cykelväg"}, {"sort", "date"}},
    {{"q", "\"budget bemanning\""}},
    {{"q", "friskvård*"}},
    {{"q", "upphandling -hemtjänst"}},
    {{"q", "bemaning"}},        // misspelt: the suggestion's hits
    {{"q", "budget xyzzyq"}},   // relaxed: most of the words
};

}  // namespace

TEST_CASE("two xapian-tcpsrv shards answer as one combined index", "[e2e][shards]") {
  ShardedCorpus corpus;
  TcpShard a(corpus.a), b(corpus.b);
  // Over remote shards snippets are made without the background model; so here too.
  QueryLimits plain_snippets;
  plain_snippets.snippet_background_model = false;
  const Searcher combined(corpus.combined, plain_snippets);
  // Spelling from local replicas of the shards (here: the shards' own directories).
  const Searcher sharded(IndexLocation{corpus.dir.path(),
                                       {parse_shard(a.address()), parse_shard(b.address())},
                                       {corpus.a.string(), corpus.b.string()}});
  for (const Params& params : kRequests) {
    std::string text;
    for (const auto& [k, v] : params) text += k + "=" + v + " ";
    INFO(text);
    const SearchRequest request = parse_search_request(params);
    const SearchResult one = combined.search(request);
    const SearchResult two = sharded.search(request);
    REQUIRE(one.total > 0);
    if (text.find('*') != std::string::npos) {
      // Each shard expands a wildcard over its own words and weighs them with its own
      // statistics, so the ranking may differ; what matches, and its counts, may not.
      CHECK(two.total == one.total);
      CHECK(described(SearchResult{two.total, {}, {}, {}, {}, two.facets, two.limits}) ==
            described(SearchResult{one.total, {}, {}, {}, {}, one.facets, one.limits}));
      continue;
    }
    CHECK(described(two) == described(one));
    CHECK(two.suggestion == one.suggestion);
    CHECK(two.corrected == one.corrected);
    CHECK(two.relaxed == one.relaxed);
    REQUIRE(two.hits.size() == one.hits.size());
    for (std::size_t i = 0; i < one.hits.size(); ++i) CHECK(std::abs(two.hits[i].score - one.hits[i].score) < 1e-9);
  }
  CHECK(sharded.document_count() == kDocuments);
  // A commit on a shard is seen through the connection the server keeps to its xapian-tcpsrv.
  test::write_synthetic_documents(corpus.combined, kDocuments, kDocuments + 40);
  test::write_synthetic_documents({}, kDocuments, kDocuments + 40, [&](int n) { return n % 2 == 0 ? corpus.a : corpus.b; });
  CHECK(sharded.document_count() == kDocuments + 40);
  const SearchRequest budget = parse_search_request({{"q", "budget"}});
  CHECK(described(sharded.search(budget)) == described(combined.search(budget)));
  const auto doc = sharded.document("doc-7");
  REQUIRE(doc);
  CHECK(doc->title == combined.document("doc-7")->title);
  CHECK_FALSE(sharded.document("doc-99999"));
}

TEST_CASE("kommunsok-server searches the shards named in its config", "[e2e][shards]") {
  ShardedCorpus corpus;
  TcpShard a(corpus.a);
  const std::filesystem::path data = corpus.dir.path() / "data";
  std::filesystem::create_directories(data);
  // One shard remote, one local: both kinds combine.
  test::Started server(KOMMUNSOK_SERVER_BIN, {"--db", data.string(), "--port", "0", "--set",
                                              "index.shards=" + a.address() + ", " + corpus.b.string(), "--set",
                                              "index.spelling=" + corpus.a.string() + "," + corpus.b.string()});
  const unsigned short port = test::listening_port(server);
  REQUIRE(port != 0);
  const Searcher combined(corpus.combined);
  const auto reply = test::http_get(port, "/api/search?q=budget");
  REQUIRE(reply.status == 200);
  CHECK(reply.json()->getValue<unsigned>("total") == combined.search(parse_search_request({{"q", "budget"}})).total);
  const auto corrected = test::http_get(port, "/api/search?q=bemaning");
  REQUIRE(corrected.status == 200);
  CHECK(corrected.json()->getValue<std::string>("suggestion") == "bemanning");
  CHECK(test::http_get(port, "/api/health").json()->getValue<unsigned>("documents") == kDocuments);
}

TEST_CASE("a shard that cannot be reached fails the search with 503, not a hang", "[e2e][shards]") {
  ShardedCorpus corpus;
  // A port nobody listens on, and a listener that never answers (its connections complete in
  // the kernel's backlog, and the shard's greeting never comes).
  const unsigned short refused = test::free_loopback_port();
  const int silent = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  REQUIRE(bind(silent, reinterpret_cast<sockaddr*>(&address), size) == 0);
  REQUIRE(listen(silent, 16) == 0);
  REQUIRE(getsockname(silent, reinterpret_cast<sockaddr*>(&address), &size) == 0);
  for (const unsigned short port : {refused, ntohs(address.sin_port)}) {
    INFO("port " << port);
    IndexLocation location{corpus.dir.path(),
                           {parse_shard("tcp://127.0.0.1:" + std::to_string(port)), parse_shard(corpus.b.string())},
                           {}};
    location.remote_timeout = std::chrono::milliseconds(500);
    const Searcher sharded(location);
    const auto started = std::chrono::steady_clock::now();
    try {
      sharded.search(parse_search_request({{"q", "budget"}}));
      FAIL("a search without one of its shards answered");
    } catch (const ApiError& e) {
      CHECK(e.status() == 503);
      CHECK(std::string(e.what()).find("shard") != std::string::npos);
    }
    // Two tries of half a second each, not the minutes of a hang (a generous bound for sanitizers).
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(20));
  }
  close(silent);
}

TEST_CASE("shard addresses are checked when read", "[shards]") {
  CHECK(parse_shard("tcp://search-2.example:33333").host == "search-2.example");
  CHECK(parse_shard("tcp://[::1]:33333").host == "::1");
  CHECK(parse_shard("/var/lib/kommunsok/shard-1").path == "/var/lib/kommunsok/shard-1");
  CHECK_THROWS_AS(parse_shard("tcp://host"), std::invalid_argument);
  CHECK_THROWS_AS(parse_shard("tcp://host:0"), std::invalid_argument);
  CHECK_THROWS_AS(parse_shard("tcp://host:70000"), std::invalid_argument);
  CHECK_THROWS_AS(parse_shard("tcp://:33"), std::invalid_argument);
  CHECK_THROWS_AS(parse_shard(""), std::invalid_argument);
}
