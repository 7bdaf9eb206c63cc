// `kommunsok-indexer --shards N` puts each file in one shard, stays idempotent per shard,
// prunes per shard, refuses another number of shards, and a server over the shards answers
// as over one index of the same files.
#include <catch2/catch.hpp>

#include <fstream>

#include "http_client.hpp"
#include "kommunsok/indexer/sharded_run.hpp"
#include "kommunsok/server/searcher.hpp"
#include "process_run.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
namespace fs = std::filesystem;

namespace {

std::set<std::string> ids_in(const fs::path& db) {
  std::set<std::string> ids;
  Xapian::Database index(db.string());
  for (auto t = index.allterms_begin("Q"); t != index.allterms_end("Q"); ++t) ids.insert((*t).substr(1));
  return ids;
}

test::Outcome index(const std::vector<std::string>& args) {
  return test::run(KOMMUNSOK_INDEXER_BIN, args);
}

}  // namespace

TEST_CASE("the indexer splits a corpus into shards that search as one index", "[e2e][shards]") {
  test::TempDir dir;
  const fs::path corpus = dir.path() / "corpus", sharded = dir.path() / "sharded", single = dir.path() / "single";
  fs::create_directories(corpus);
  fs::copy(fs::path(KOMMUNSOK_SOURCE_DIR) / "corpus" / "sjobacka", corpus / "sjobacka", fs::copy_options::recursive);
  fs::copy(fs::path(KOMMUNSOK_SOURCE_DIR) / "corpus" / "granvik", corpus / "granvik", fs::copy_options::recursive);

  test::Outcome run = index({"--db", sharded.string(), "--shards", "2", corpus.string()});
  INFO(run.out << run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("2 shards") != std::string::npos);
  REQUIRE(index({"--db", single.string(), corpus.string()}).exit_code == 0);

  // Every document in exactly one shard; together, the single index's documents.
  const std::set<std::string> a = ids_in(indexer::shard_dir(sharded, 0)), b = ids_in(indexer::shard_dir(sharded, 1));
  CHECK_FALSE(a.empty());
  CHECK_FALSE(b.empty());
  std::set<std::string> both = a;
  both.insert(b.begin(), b.end());
  CHECK(both.size() == a.size() + b.size());
  CHECK(both == ids_in(single));

  // Idempotent per shard: nothing changed, nothing indexed.
  run = index({"--db", sharded.string(), "--shards", "2", corpus.string()});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("indexed 0,") != std::string::npos);

  // A changed file is replaced in its shard; a deleted one pruned from its shard.
  const fs::path changed = corpus / "sjobacka" / "ovrigt" / "kallelse-kommunfullmaktige-2024-03-18.txt";
  REQUIRE(fs::exists(changed));
  std::ofstream(changed, std::ios::app) << "\nTillägg: ärendet om kvarnbäcksdammen utgår.\n";
  fs::path removed;
  for (const auto& entry : fs::recursive_directory_iterator(corpus / "granvik"))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") removed = entry.path();
  REQUIRE_FALSE(removed.empty());
  fs::remove(removed);
  run = index({"--db", sharded.string(), "--shards", "2", "--prune", corpus.string()});
  CHECK(run.exit_code == 0);
  CHECK(run.out.find("indexed 1,") != std::string::npos);
  CHECK(run.out.find("removed 1,") != std::string::npos);
  REQUIRE(index({"--db", single.string(), "--prune", corpus.string()}).exit_code == 0);
  const std::set<std::string> a2 = ids_in(indexer::shard_dir(sharded, 0)), b2 = ids_in(indexer::shard_dir(sharded, 1));
  std::set<std::string> both2 = a2;
  both2.insert(b2.begin(), b2.end());
  CHECK(both2 == ids_in(single));

  // Another number of shards would move files away from their documents.
  run = index({"--db", sharded.string(), "--shards", "3", corpus.string()});
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("holds 2 shards") != std::string::npos);

  // The server over both shards: the single index's answers, and the originals of either shard.
  test::Started server(KOMMUNSOK_SERVER_BIN, {"--db", sharded.string(), "--port", "0", "--set",
                                              "index.shards=" + indexer::shard_dir(sharded, 0).string() + "," +
                                                  indexer::shard_dir(sharded, 1).string()});
  const unsigned short port = test::listening_port(server);
  REQUIRE(port != 0);
  const server::Searcher reference(single);
  for (const std::string q : {"friskvårdsbidrag", "budget", "skolskjuts", ""}) {
    INFO("q=" << q);
    const auto reply = test::http_get(port, "/api/search?q=" + test::url_encode(q));
    REQUIRE(reply.status == 200);
    CHECK(reply.json()->getValue<unsigned>("total") == reference.search(server::parse_search_request({{"q", q}})).total);
  }
  for (const std::set<std::string>* shard : {&a2, &b2}) {
    const std::string id = *shard->begin();
    INFO(id);
    CHECK(test::http_get(port, "/api/documents/" + test::url_encode(id) + "/original").status == 200);
  }
}
