// Read replicas made by Xapian's own replication (xapian-replicate-server on the indexing
// machine, xapian-replicate beside each search server) are searched like the index itself,
// and a server's kept handles follow each update: changesets applied in place, and whole
// copies, which the replica switches to under a new directory.
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>

#include "kommunsok/server/searcher.hpp"
#include "loopback_port.hpp"
#include "process_run.hpp"
#include "synthetic_documents.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace kommunsok::server;

namespace {

struct ReplicationServer {
  unsigned short port = test::free_loopback_port();
  test::Started process;
  explicit ReplicationServer(const std::filesystem::path& parent)
      : process("/usr/bin/xapian-replicate-server", {"--interface", "127.0.0.1", "--port", std::to_string(port), parent.string()}) {
    // It prints nothing when ready: wait until it accepts.
    for (int i = 0; i < 200; ++i) {
      const int fd = socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in address{};
      address.sin_family = AF_INET;
      address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      address.sin_port = htons(port);
      const bool up = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
      close(fd);
      if (up) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL("xapian-replicate-server did not start");
  }
  // One round of xapian-replicate, as its timer would run it.
  void replicate(const std::string& name, const std::filesystem::path& replica) const {
    const test::Outcome outcome = test::run("/usr/bin/xapian-replicate", {"--host", "127.0.0.1", "--port", std::to_string(port),
                                                                         "--master", name, "--one-shot", "--reader-time", "0",
                                                                         "--timeout", "30", replica.string()});
    INFO(outcome.out << outcome.err);
    REQUIRE(outcome.exit_code == 0);
  }
};

// The indexer keeps changesets for replicas when XAPIAN_MAX_CHANGESETS is set in its
// environment; without it every update is sent as a whole copy.
struct ChangesetsKept {
  explicit ChangesetsKept(bool keep) {
    if (keep) setenv("XAPIAN_MAX_CHANGESETS", "10", 1);
  }
  ~ChangesetsKept() { unsetenv("XAPIAN_MAX_CHANGESETS"); }
};

}  // namespace

TEST_CASE("a read replica answers as the master, and a server on it follows each update", "[e2e][replication]") {
  const bool changesets = GENERATE(false, true);
  INFO((changesets ? "changesets" : "whole copies"));
  ChangesetsKept keep(changesets);
  test::TempDir dir;
  const std::filesystem::path master = dir.path() / "master" / "index", replica = dir.path() / "replica";
  std::filesystem::create_directories(master.parent_path());
  test::write_synthetic_documents(master, 0, 120);
  ReplicationServer server(dir.path() / "master");
  server.replicate("index", replica);

  const Searcher on_master(master);
  const Searcher on_replica(replica);
  const SearchRequest budget = parse_search_request({{"q", "budget"}, {"party", "S"}});
  auto ids = [](const SearchResult& r) {
    std::string out = std::to_string(r.total) + ":";
    for (const auto& hit : r.hits) out += " " + hit.document.id;
    return out;
  };
  CHECK(on_replica.document_count() == 120);
  CHECK(ids(on_replica.search(budget)) == ids(on_master.search(budget)));

  for (int round = 1; round <= 3; ++round) {
    INFO("update " << round);
    test::write_synthetic_documents(master, 120 * round, 120 * (round + 1));
    CHECK(on_replica.document_count() == static_cast<Xapian::doccount>(120 * round));  // not yet replicated
    server.replicate("index", replica);
    CHECK(on_replica.document_count() == static_cast<Xapian::doccount>(120 * (round + 1)));
    CHECK(ids(on_replica.search(budget)) == ids(on_master.search(budget)));
  }
}
