// Writing through the API: a key is needed, the upload is spooled durably and answered 202,
// the indexer's next batch indexes it with the uploader's metadata, and the status URL says
// how it went; deletion works the same way. Limits and bad input get a clear 4xx.
#include <spdlog/spdlog.h>

#include <catch2/catch.hpp>
#include <thread>

#include "../indexer/fixtures.hpp"
#include "http_client.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/indexer/spool_watcher.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/server/api_keys.hpp"
#include "kommunsok/server/search_server.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

namespace {

const std::string kUploaded =
    "Svar på interpellation om cykelvägar\n\nKommunfullmäktige\n\nSvar från kommunalrådet om cykelvägar mellan "
    "Norrby och Söderås, och om vintervägväghållningen av dem.\n";

struct IngestServer {
  test::TempDir sources, dir;
  std::filesystem::path db;
  std::string ingest_key, read_key;
  std::unique_ptr<server::SearchServer> server;

  explicit IngestServer(server::ServerOptions options = {}) {
    sources.write("svar.txt", test::kInterpellation);
    db = dir.path() / "index";
    indexer::IndexOptions index;
    index.db = db;
    index.roots = {sources.path()};
    REQUIRE(indexer::run_indexing(index).ok());
    const server::KeyFile keys(db / "keys");
    ingest_key = keys.create("newsroom", server::KeyScope::ingest);
    read_key = keys.create("reader", server::KeyScope::read);
    options.db = db;
    options.port = 0;
    options.ingest.spool = db / "spool";
    options.ingest.keys = db / "keys";
    server = std::make_unique<server::SearchServer>(options);
    server->start();
  }
  unsigned short port() const { return server->port(); }
  indexer::SpoolBatch index_spool() const {
    indexer::WatchOptions watch;
    watch.index.db = db;
    return indexer::process_spool_batch(watch);
  }
  test::HttpReply get(const std::string& target, const std::string& key = "") const {
    return test::http_get(port(), target, "GET", key.empty() ? std::map<std::string, std::string>{}
                                                              : std::map<std::string, std::string>{{"Authorization", "Bearer " + key}});
  }
};

}  // namespace

TEST_CASE("an upload is spooled, indexed with its metadata, and its status told", "[e2e][ingest]") {
  IngestServer s;
  const auto accepted = test::http_upload(s.port(), "../../cykel.txt", kUploaded,
                                          R"({"organ": "Kommunfullmäktige", "date": "2024-05-02", "diarienummer": "KS 2024/77"})",
                                          s.ingest_key);
  REQUIRE(accepted.status == 202);
  const auto body = accepted.json();
  const std::string upload = body->getValue<std::string>("upload");
  const std::string document = body->getValue<std::string>("document");
  CHECK(document == "uploads/" + upload + "/cykel.txt");  // the client's folders are not kept
  CHECK(accepted.headers.at("Location") == "/api/uploads/" + upload);
  CHECK(s.get("/api/uploads/" + upload, s.ingest_key).json()->getValue<std::string>("state") == "pending");
  CHECK(s.get("/api/search?q=cykelvägar").json()->getValue<int>("total") == 0);  // not before the indexer

  const indexer::SpoolBatch batch = s.index_spool();
  CHECK(batch.indexed == 1);
  const auto status = s.get("/api/uploads/" + upload, s.ingest_key).json();
  CHECK(status->getValue<std::string>("state") == "indexed");
  CHECK(status->getValue<std::string>("document") == document);
  const auto found = s.get("/api/search?q=cykelvägar").json();
  REQUIRE(found->getValue<int>("total") == 1);
  const auto hit = found->getArray("hits")->getObject(0);
  CHECK(hit->getValue<std::string>("id") == document);
  CHECK(hit->getValue<std::string>("date") == "2024-05-02");
  CHECK(hit->getValue<std::string>("organ") == "Kommunfullmäktige");
  CHECK(s.get("/api/search?diarienummer=KS-2024/0077").json()->getValue<int>("total") == 1);
  CHECK(s.get("/api/documents/" + document + "/original").body == kUploaded);

  // Deleted the same way: accepted, then gone after the indexer's batch.
  const auto removal = test::http_get(s.port(), "/api/documents/" + document, "DELETE",
                                      {{"Authorization", "Bearer " + s.ingest_key}});
  REQUIRE(removal.status == 202);
  CHECK(s.index_spool().deleted == 1);
  CHECK(s.get("/api/uploads/" + removal.json()->getValue<std::string>("upload"), s.ingest_key)
            .json()
            ->getValue<std::string>("state") == "deleted");
  CHECK(s.get("/api/documents/" + document).status == 404);
  CHECK(test::http_get(s.port(), "/api/documents/no-such", "DELETE", {{"Authorization", "Bearer " + s.ingest_key}}).status == 404);
}

TEST_CASE("writing needs a valid key of the right scope, and a revoked key stops working", "[e2e][ingest]") {
  IngestServer s;
  const auto none = test::http_upload(s.port(), "a.txt", kUploaded);
  CHECK(none.status == 401);
  CHECK(none.headers.count("WWW-Authenticate") == 1);
  CHECK(test::http_upload(s.port(), "a.txt", kUploaded, "", "ks_0000000000000000000000000000000000000000").status == 401);
  const auto reader = test::http_upload(s.port(), "a.txt", kUploaded, "", s.read_key);
  CHECK(reader.status == 403);
  CHECK_THAT(reader.json()->getValue<std::string>("error"), Catch::Contains("scope read"));
  CHECK(test::http_get(s.port(), "/api/documents/svar.txt", "DELETE").status == 401);
  CHECK(s.get("/api/uploads/20260101T000000000000-000000000000").status == 401);
  // Reads stay open unless the operator closes them.
  CHECK(s.get("/api/search?q=x").status == 200);

  CHECK(test::http_upload(s.port(), "a.txt", kUploaded, "", s.ingest_key).status == 202);
  server::KeyFile(s.db / "keys").revoke("newsroom");
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // the server re-reads within a second
  CHECK(test::http_upload(s.port(), "a.txt", kUploaded, "", s.ingest_key).status == 401);
}

TEST_CASE("uploads are bounded in size, type, form and rate", "[e2e][ingest]") {
  server::ServerOptions options;
  options.ingest.max_upload_bytes = 4096;
  options.ingest.uploads_per_minute = 5;
  IngestServer s(options);
  const auto big = test::http_upload(s.port(), "big.txt", std::string(20000, 'a'), "", s.ingest_key);
  CHECK(big.status == 413);
  const auto program = test::http_upload(s.port(), "x.pdf", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10) + std::string(100, '\0'),
                                         "", s.ingest_key);
  CHECK(program.status == 415);
  const auto bad_meta = test::http_upload(s.port(), "a.txt", kUploaded, R"({"date": "igår"})", s.ingest_key);
  CHECK(bad_meta.status == 400);
  CHECK_THAT(bad_meta.json()->getValue<std::string>("error"), Catch::Contains("'date'"));
  CHECK(test::http_upload(s.port(), "a.txt", kUploaded, R"({"colour": "red"})", s.ingest_key).status == 400);
  const auto raw = test::http_get(s.port(), "/api/documents", "POST", {{"Authorization", "Bearer " + s.ingest_key}});
  CHECK(raw.status == 415);
  // Five a minute: the sixth attempt waits (every attempt counts, refused ones too).
  const auto limited = test::http_upload(s.port(), "a.txt", kUploaded, "", s.ingest_key);
  CHECK(limited.status == 429);
  CHECK(std::stoi(limited.headers.at("Retry-After")) >= 1);
  CHECK(s.index_spool().taken() == 0);  // nothing refused was spooled
}

TEST_CASE("reads can be closed to all but key holders", "[e2e][ingest]") {
  server::ServerOptions options;
  options.ingest.require_key_for_reads = true;
  IngestServer s(options);
  CHECK(s.get("/api/search?q=x").status == 401);
  CHECK(s.get("/api/documents/svar.txt").status == 401);
  CHECK(s.get("/api/search?q=x", s.read_key).status == 200);
  CHECK(s.get("/api/search?q=x", s.ingest_key).status == 200);
}

TEST_CASE("metrics tell requests, latency, connections, the index and the ingest queue", "[e2e][ingest][metrics]") {
  IngestServer s;
  s.get("/api/search?q=bemanning");
  s.get("/api/nothing");
  REQUIRE(test::http_upload(s.port(), "a.txt", kUploaded, "", s.ingest_key).status == 202);
  const auto metrics = s.get("/metrics");
  REQUIRE(metrics.status == 200);
  CHECK_THAT(metrics.content_type, Catch::StartsWith("text/plain; version=0.0.4"));
  const std::string& text = metrics.body;
  CHECK_THAT(text, Catch::Contains("kommunsok_http_requests_total{route=\"GET /api/search\",status=\"200\"} 1"));
  CHECK_THAT(text, Catch::Contains("kommunsok_http_requests_total{route=\"GET other\",status=\"404\"} 1"));
  CHECK_THAT(text, Catch::Contains("kommunsok_http_request_duration_seconds_bucket{route=\"GET /api/search\",le=\"0.005\"}"));
  CHECK_THAT(text, Catch::Contains("kommunsok_http_connections_open "));
  CHECK_THAT(text, Catch::Contains("kommunsok_http_connections_rejected_total{reason=\"client_limit\"} 0"));
  CHECK_THAT(text, Catch::Contains("kommunsok_index_documents 1"));
  CHECK_THAT(text, Catch::Contains("kommunsok_ingest_queue 1"));
  s.index_spool();
  const std::string after = s.get("/metrics").body;
  CHECK_THAT(after, Catch::Contains("kommunsok_ingest_queue 0"));
  CHECK_THAT(after, Catch::Contains("kommunsok_ingest_indexed_total 1"));
  CHECK_THAT(after, Catch::Contains("kommunsok_index_documents 2"));
}

TEST_CASE("a careless upload: a file name of odd bytes is made safe, an empty file is refused", "[e2e][ingest]") {
  IngestServer s;
  const auto odd = test::http_upload(s.port(), "svar\xE5\x1B[31m\n.txt", kUploaded, "", s.ingest_key);
  REQUIRE(odd.status == 202);
  const std::string document = odd.json()->getValue<std::string>("document");
  CHECK(schema::is_valid_utf8(document));
  CHECK(document.find_first_of("\x1B\n") == std::string::npos);
  CHECK(s.index_spool().indexed == 1);
  CHECK(s.get("/api/documents/" + test::url_encode(document)).status == 200);

  const auto empty = test::http_upload(s.port(), "tom.txt", "", "", s.ingest_key);
  CHECK(empty.status == 400);
  CHECK_THAT(empty.json()->getValue<std::string>("error"), Catch::Contains("empty"));
}
