// Crash safety of the indexer as the programs meet it: kill -9 at random moments of a 20,000-
// document run; after each kill the index passes xapian-check, the server serves it and every
// original a document refers to is archived whole; re-runs complete it with each file indexed
// exactly once and an archive with nothing left over. A second indexer on an index in use is
// refused, by name, without harming the first. And the indexer's extraction processes die
// with it, so they do not keep the index locked after a kill.
//
// What a document is here: every file kommunsok-synth writes is one document. Its protocol
// files are protokollsutdrag with a single §, which stay one document (only a protocol with
// several § becomes the protocol plus one document per §, with ids "file#§N"), and
// interpellations and samverkan protocols are never split. So 20,000 files give 20,000
// documents whose ids are the files' paths, and the test checks exactly that set of ids.
#include <Poco/DigestEngine.h>
#include <Poco/JSON/Array.h>
#include <Poco/SHA2Engine.h>
#include <signal.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "http_client.hpp"
#include "pdf_writer.hpp"
#include "kommunsok/schema/index_folder.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/original_archive.hpp"
#include "kommunsok/schema/xapian_document.hpp"
#include "process_run.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

// The issue asks for 20,000 documents, and the Release build runs that many. The sanitizer
// build's indexer (Debug, ASan + UBSan) is about ten times slower — 20,000 would take some ten
// minutes there — so it runs fewer, and says so.
constexpr std::size_t kIssueDocuments = 20000;
constexpr std::size_t kDocuments = kSanitized ? 3000 : kIssueDocuments;
// The first test runs the indexer with --batch-size 100, not its default of 1000: the kills are
// planned by committed documents, and the sanitizer build's 3,000 documents would be only three
// default batches, so most kills would come after the run had ended. With 100 it commits
// 30 (sanitizer) or 200 (Release) times, and every planned kill but the last falls inside a run.
// Its documents are small, so the text bound (--batch-mb, 16 MB) is not reached first.
constexpr std::size_t kBatch = 100;

void say(const std::string& line) { std::cout << "crash-safety: " << line << std::endl; }

std::string seconds_since(std::chrono::steady_clock::time_point start) {
  std::ostringstream text;
  text.precision(1);
  text << std::fixed << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s";
  return text.str();
}

std::string sha256_hex(const std::string& bytes) {
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  engine.update(bytes.data(), bytes.size());
  return Poco::DigestEngine::digestToHex(engine.digest());
}

struct Corpus {
  fs::path root;
  std::set<std::string> ids;        ///< the files' paths under root: their documents' ids
  std::set<std::string> originals;  ///< the SHA-256 of every file's bytes
};

Corpus synthetic_corpus(const test::TempDir& dir, std::size_t count) {
  Corpus corpus{dir.path() / "corpus", {}, {}};
  const test::Outcome made =
      test::run(KOMMUNSOK_SYNTH_BIN, {"--out", corpus.root.string(), "--count", std::to_string(count)});
  INFO(made.out << made.err);
  REQUIRE(made.exit_code == 0);
  for (const auto& entry : fs::recursive_directory_iterator(corpus.root)) {
    if (!entry.is_regular_file()) continue;
    corpus.ids.insert(entry.path().lexically_relative(corpus.root).generic_string());
    corpus.originals.insert(sha256_hex(test::read_file(entry.path())));
  }
  REQUIRE(corpus.ids.size() == count);
  return corpus;
}

// The documents of the last commit, as a reader sees them; nullopt while there is no index.
std::optional<Xapian::doccount> committed(const fs::path& db) {
  try {
    return Xapian::Database(db.string()).get_doccount();
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

struct IndexContents {
  Xapian::doccount documents = 0;
  std::map<std::string, Xapian::doccount> ids;  ///< id → documents that have it
  std::set<std::string> originals;              ///< SHA-256 of the originals documents refer to
};

IndexContents read_index(const fs::path& db) {
  const Xapian::Database index(db.string());
  IndexContents contents;
  contents.documents = index.get_doccount();
  const std::string prefix = schema::id_term("");
  for (auto term = index.allterms_begin(prefix); term != index.allterms_end(prefix); ++term)
    contents.ids[(*term).substr(prefix.size())] = term.get_termfreq();
  for (auto value = index.valuestream_begin(schema::slot::original);
       value != index.valuestream_end(schema::slot::original); ++value)
    contents.originals.insert(*value);
  return contents;
}

struct Archive {
  std::set<std::string> originals;  ///< files named by a SHA-256
  std::vector<std::string> damaged;  ///< of those, files whose bytes have another SHA-256
  std::vector<std::string> other;    ///< anything else: half-written ".partial-…" files
};

Archive read_archive(const fs::path& db) {
  Archive archive;
  const fs::path root = schema::originals_dir(db);
  if (!fs::exists(root)) return archive;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (!schema::is_sha256_hex(name)) {
      archive.other.push_back(entry.path().lexically_relative(root).string());
      continue;
    }
    archive.originals.insert(name);
    if (sha256_hex(test::read_file(entry.path())) != name) archive.damaged.push_back(name);
  }
  return archive;
}

template <typename Container>
std::string some_of(const Container& items) {
  std::string text;
  std::size_t n = 0;
  for (const auto& item : items) {
    if (n++ == 5) return text + " …";
    text += (text.empty() ? "" : ", ") + item;
  }
  return text;
}

/// What must hold whenever the indexer is not running, however it ended: xapian-check passes,
/// no id is held by two documents, every document is a corpus file, and every original a
/// document refers to is archived whole. Returns the index's contents.
IndexContents check_sound(const fs::path& db, const Corpus& corpus) {
  const fs::path xapian_check = "/usr/bin/xapian-check";
  INFO("xapian-check comes with the Debian package xapian-tools (scripts/setup installs it)");
  REQUIRE(fs::exists(xapian_check));
  const test::Outcome checked = test::run(xapian_check.string(), {kommunsok::schema::index_tables_dir(db).string()});
  {
    INFO("xapian-check " << db.string() << ":\n" << checked.out << checked.err);
    REQUIRE(checked.exit_code == 0);
    REQUIRE(checked.out.find("No errors found") != std::string::npos);
  }

  IndexContents contents = read_index(db);
  std::vector<std::string> duplicated, unknown;
  for (const auto& [id, holders] : contents.ids) {
    if (holders != 1) duplicated.push_back(id + " (" + std::to_string(holders) + " documents)");
    if (!corpus.ids.contains(id)) unknown.push_back(id);
  }
  INFO("ids held by more than one document: " << some_of(duplicated));
  CHECK(duplicated.empty());
  INFO("ids that are no file of the corpus: " << some_of(unknown));
  CHECK(unknown.empty());
  CHECK(contents.ids.size() == contents.documents);  // and no document without an id

  const Archive archive = read_archive(db);
  std::vector<std::string> missing;
  for (const std::string& sha256 : contents.originals)
    if (!archive.originals.contains(sha256)) missing.push_back(sha256);
  INFO("originals the index refers to that are not archived: " << some_of(missing));
  CHECK(missing.empty());
  INFO("archived originals whose bytes do not match their name: " << some_of(archive.damaged));
  CHECK(archive.damaged.empty());
  return contents;
}

/// Starts kommunsok-server on the index and requires /api/health and searches to answer 200
/// with JSON that counts `documents`, and a hit's original to be served whole.
void check_served(const fs::path& db, const Corpus& corpus, Xapian::doccount documents) {
  test::Started server(KOMMUNSOK_SERVER_BIN, {"--db", db.string(), "--port", "0"});
  const unsigned short port = test::listening_port(server);
  if (port == 0) {
    const test::Outcome failed = server.wait();
    FAIL("kommunsok-server did not start on " << db.string() << ":\n" << failed.out << failed.err);
  }
  auto is_json = [](const test::HttpReply& reply) { return reply.content_type.starts_with("application/json"); };

  const test::HttpReply health = test::http_get(port, "/api/health");
  INFO("/api/health: " << health.status << " " << health.body);
  REQUIRE(health.status == 200);
  CHECK(is_json(health));
  CHECK(health.json()->getValue<std::string>("status") == "ok");
  CHECK(health.json()->getValue<Xapian::doccount>("documents") == documents);

  const test::HttpReply all = test::http_get(port, "/api/search?size=1");
  INFO("/api/search: " << all.status << " " << all.body.substr(0, 500));
  REQUIRE(all.status == 200);
  CHECK(is_json(all));
  CHECK(all.json()->getValue<Xapian::doccount>("total") == documents);
  Xapian::doccount by_kind = 0;
  const auto kinds = all.json()->getObject("facets")->getArray("kind");
  for (std::size_t i = 0; i < kinds->size(); ++i)
    by_kind += kinds->getObject(static_cast<unsigned>(i))->getValue<Xapian::doccount>("count");
  CHECK(by_kind == documents);

  const test::HttpReply words = test::http_get(port, "/api/search?q=skolskjuts&size=3");
  INFO("/api/search?q=skolskjuts: " << words.status << " " << words.body.substr(0, 500));
  REQUIRE(words.status == 200);
  CHECK(is_json(words));
  const auto found = words.json();
  CHECK(found->getValue<Xapian::doccount>("total") <= documents);
  if (documents >= 1000) CHECK(found->getValue<Xapian::doccount>("total") > 0);  // a common word by then
  const auto hits = found->getArray("hits");
  if (hits->size() > 0) {
    const auto hit = hits->getObject(0);
    CHECK(corpus.ids.contains(hit->getValue<std::string>("id")));
    const std::string original_url = hit->getValue<std::string>("original");
    const test::HttpReply document =
        test::http_get(port, original_url.substr(0, original_url.size() - std::string("/original").size()));
    REQUIRE(document.status == 200);
    const test::HttpReply original = test::http_get(port, original_url);
    INFO(original_url << ": " << original.status);
    REQUIRE(original.status == 200);
    CHECK(sha256_hex(original.body) == document.json()->getObject("source")->getValue<std::string>("sha256"));
  }

  server.signal(SIGTERM);
  CHECK(server.wait().exit_code == 0);
}

/// After the last run: every file of the corpus is one document, and the archive holds
/// exactly their originals — no orphan, no half-written file.
void check_complete(const fs::path& db, const Corpus& corpus) {
  const IndexContents contents = check_sound(db, corpus);
  CHECK(contents.documents == corpus.ids.size());
  std::vector<std::string> lost;
  for (const std::string& id : corpus.ids)
    if (!contents.ids.contains(id)) lost.push_back(id);
  INFO("files without a document: " << some_of(lost));
  CHECK(lost.empty());

  const Archive archive = read_archive(db);
  std::vector<std::string> orphans, unarchived;
  for (const std::string& sha256 : archive.originals)
    if (!contents.originals.contains(sha256)) orphans.push_back(sha256);
  for (const std::string& sha256 : corpus.originals)
    if (!archive.originals.contains(sha256)) unarchived.push_back(sha256);
  INFO("archived originals no document refers to: " << some_of(orphans));
  CHECK(orphans.empty());
  INFO("files of the corpus whose original is not archived: " << some_of(unarchived));
  CHECK(unarchived.empty());
  INFO("other files in the archive: " << some_of(archive.other));
  CHECK(archive.other.empty());
  CHECK(archive.originals.size() == corpus.originals.size());
}

// A kill: once `after` documents are committed, a `fraction` of a batch's time later.
struct Kill {
  const char* when;
  std::size_t after;
  double fraction;
};

std::vector<Kill> plan_kills(std::mt19937& random, std::size_t n) {
  auto between = [&](std::size_t low, std::size_t high) {
    return std::uniform_int_distribution<std::size_t>(low, std::max(low, high))(random);
  };
  auto fraction = [&] { return std::uniform_real_distribution<double>(0.0, 1.0)(random); };
  std::vector<Kill> kills;
  kills.push_back({"while it lists the files or writes its first batch", 0, fraction()});
  kills.push_back({"in its first batches", between(kBatch, 4 * kBatch), fraction()});
  kills.push_back({"in the second fifth", between(n / 5, 2 * n / 5), fraction()});
  kills.push_back({"in the middle fifth", between(2 * n / 5, 3 * n / 5), fraction()});
  kills.push_back({"in the fourth fifth", between(3 * n / 5, 4 * n / 5), fraction()});
  kills.push_back({"late, in its last batches", between(n - std::max(n / 10, 2 * kBatch), n - kBatch), fraction()});
  kills.push_back({"after its last commit, while it cleans up the archive", n, fraction() / 4});
  return kills;
}

// The processes whose parent is `parent`, from /proc.
std::set<int> children_of(int parent) {
  std::set<int> children;
  for (const auto& entry : fs::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line) || line.rfind(')') == std::string::npos) continue;
    std::istringstream fields(line.substr(line.rfind(')') + 1));  // after "pid (comm)": state ppid …
    char state = 0;
    int ppid = 0;
    if (fields >> state >> ppid && ppid == parent) children.insert(std::stoi(name));
  }
  return children;
}

// A process that is gone or a zombie: it holds no open file any more.
bool ended(int pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  const std::size_t comm_end = line.rfind(')');  // "pid (comm) S …"
  if (comm_end == std::string::npos || comm_end + 2 >= line.size()) return true;
  return line[comm_end + 2] == 'Z' || line[comm_end + 2] == 'X';
}

unsigned crash_seed() {
  if (const char* given = std::getenv("KOMMUNSOK_CRASH_SEED")) return static_cast<unsigned>(std::stoul(given));
  return std::random_device()();
}

}  // namespace

TEST_CASE("the indexer killed with SIGKILL at random moments leaves a sound, served index, and re-runs complete it",
          "[e2e][crash]") {
  const auto started = std::chrono::steady_clock::now();
  if (kSanitized)
    WARN("sanitizer build: the crash-safety run indexes " << kDocuments << " documents instead of the issue's "
                                                          << kIssueDocuments << " (the Release build runs "
                                                          << kIssueDocuments << ")");
  const unsigned seed = crash_seed();
  say("seed " + std::to_string(seed) + " (replay the same kill moments: KOMMUNSOK_CRASH_SEED=" +
      std::to_string(seed) + ")");
  INFO("seed " << seed << " (replay: KOMMUNSOK_CRASH_SEED=" << seed << ")");
  std::mt19937 random(seed);

  test::TempDir dir;
  const Corpus corpus = synthetic_corpus(dir, kDocuments);
  const fs::path db = dir.path() / "index";
  say(std::to_string(kDocuments) + " synthetic documents written in " + seconds_since(started));

  std::chrono::milliseconds batch_time = 400ms;  // learned from the commits seen
  const std::vector<Kill> kills = plan_kills(random, kDocuments);
  std::size_t killed = 0;
  for (std::size_t k = 0; k < kills.size(); ++k) {
    const Kill& kill = kills[k];
    INFO("kill " << k + 1 << " of " << kills.size() << ", " << kill.when << ": after " << kill.after
                 << " committed documents + " << kill.fraction << " of a batch");
    const auto run_started = std::chrono::steady_clock::now();
    test::Started indexer(KOMMUNSOK_INDEXER_BIN,
                          {"--db", db.string(), "--batch-size", std::to_string(kBatch), corpus.root.string()});
    std::optional<Xapian::doccount> last;
    auto last_change = std::chrono::steady_clock::now();
    while (!indexer.output_ended()) {
      const std::optional<Xapian::doccount> now = committed(db);
      if (now != last) {
        const auto at = std::chrono::steady_clock::now();
        // A commit after a whole batch (the last one of a run may be smaller).
        if (last && now && *now > *last && *now - *last >= std::min<std::size_t>(kBatch, kDocuments / 20))
          batch_time = std::chrono::duration_cast<std::chrono::milliseconds>(at - last_change);
        last = now;
        last_change = at;
      }
      if (now && *now >= kill.after) break;
      std::this_thread::sleep_for(5ms);
    }
    const auto delay = std::chrono::milliseconds(static_cast<long>(kill.fraction * static_cast<double>(batch_time.count())));
    std::this_thread::sleep_for(delay);
    indexer.signal(SIGKILL);
    const test::Outcome outcome = indexer.wait();
    std::string how;
    if (outcome.exit_code == test::killed_by(SIGKILL)) {
      ++killed;
      how = "killed";
    } else {
      INFO(outcome.out << outcome.err);
      REQUIRE(outcome.exit_code == 0);  // it finished before the kill: the last commit and clean-up are quick
      how = "had finished before the kill";
    }

    const IndexContents contents = check_sound(db, corpus);
    check_served(db, corpus, contents.documents);
    const Archive archive = read_archive(db);
    say("kill " + std::to_string(k + 1) + " " + kill.when + ": " + std::to_string(last.value_or(0)) +
        " committed, then " + std::to_string(delay.count()) + " ms (" + std::to_string(kill.fraction).substr(0, 4) +
        " of a " + std::to_string(batch_time.count()) + " ms batch): " + how + " after " + seconds_since(run_started) +
        "; index " + std::to_string(contents.documents) + " documents, xapian-check ok, served; archive " +
        std::to_string(archive.originals.size()) + " originals (" + std::to_string(contents.originals.size()) +
        " referenced), " + std::to_string(archive.other.size()) + " partial");
  }
  // Kills during the run, not only after it: at least five of the six planned inside it.
  CHECK(killed >= 5);

  const test::Outcome final_run = test::run(KOMMUNSOK_INDEXER_BIN, {"--db", db.string(), corpus.root.string()});
  INFO(final_run.out << final_run.err);
  CHECK(final_run.exit_code == 0);
  CHECK(final_run.out.find("failed 0 (" + std::to_string(kDocuments) + " documents in") != std::string::npos);
  say("final run: " + final_run.out.substr(final_run.out.rfind("indexed ")));
  check_complete(db, corpus);
  check_served(db, corpus, static_cast<Xapian::doccount>(kDocuments));
  say("done in " + seconds_since(started));
}

TEST_CASE("a second indexer on an index in use is refused, naming the index, and the first completes unharmed",
          "[e2e][crash]") {
  test::TempDir dir;
  // Enough that the first indexer is far from done when the second starts (seconds).
  const std::size_t count = kSanitized ? 600 : 2000;
  const Corpus corpus = synthetic_corpus(dir, count);
  const fs::path db = dir.path() / "index";

  // Small batches, so the first indexer has committed some while most of its work is ahead.
  test::Started first(KOMMUNSOK_INDEXER_BIN,
                      {"--db", db.string(), "--batch-size", std::to_string(kBatch), corpus.root.string()});
  // Once its first batch is committed the first indexer holds the index, most of its work ahead.
  while (!first.output_ended() && committed(db).value_or(0) < kBatch) std::this_thread::sleep_for(5ms);
  REQUIRE_FALSE(first.output_ended());

  const test::Outcome second = test::run(KOMMUNSOK_INDEXER_BIN, {"--db", db.string(), corpus.root.string()});
  const bool first_was_running = !first.output_ended();
  {
    INFO("second indexer: exit " << second.exit_code << "\n" << second.out << second.err);
    CHECK(first_was_running);
    CHECK(second.exit_code == 2);
    CHECK(second.err.find("index " + db.string() + " is locked: is another indexer running?") != std::string::npos);
    CHECK(second.out.find("indexed") == std::string::npos);
  }

  const test::Outcome done = first.wait();
  INFO("first indexer: exit " << done.exit_code << "\n" << done.out << done.err);
  CHECK(done.exit_code == 0);
  CHECK(done.out.find("indexed " + std::to_string(count) + ", unchanged 0, removed 0, failed 0 (" +
                      std::to_string(count) + " documents in") != std::string::npos);
  check_complete(db, corpus);
}

TEST_CASE("the indexer killed while files are extracted leaves no extraction process behind to hold the index's lock",
          "[e2e][crash]") {
  test::TempDir dir;
  // Scanned pages: read by OCR in the indexer's extraction processes, seconds per page.
  std::string page = "Kommunstyrelsen\n\nSammanträdesdatum 2023-04-04\n\n";
  for (int line = 0; line < 30; ++line) page += "Vatten och avlopp i Sjöbacka kommun, ledningsnätet och reservoaren.\n";
  for (const char* name : {"skannat/a.pdf", "skannat/b.pdf"}) dir.write(name, samples::scanned_pdf({page, page}));
  dir.write("text/p.txt", "Kommunstyrelsen\n\nSammanträdesdatum 2023-04-04\n\nParagraf\n\n§ 9\n\nBelysning\n");
  const fs::path db = dir.path() / "index";

  test::Started indexer(KOMMUNSOK_INDEXER_BIN, {"--db", db.string(), (dir.path() / "skannat").string()});
  std::set<int> extracting;
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (extracting.empty() && !indexer.output_ended() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(5ms);
    extracting = children_of(indexer.pid());
  }
  INFO("extraction processes of the indexer: " << extracting.size());
  REQUIRE_FALSE(extracting.empty());
  indexer.signal(SIGKILL);
  REQUIRE(indexer.wait().exit_code == test::killed_by(SIGKILL));

  // They die with it, at once — not after their OCR, seconds later.
  std::set<int> surviving = extracting;
  for (const auto until = std::chrono::steady_clock::now() + 2s;
       !surviving.empty() && std::chrono::steady_clock::now() < until; std::this_thread::sleep_for(10ms))
    std::erase_if(surviving, ended);
  struct Reaper {  // leave nothing running, whatever the outcome
    const std::set<int>& pids;
    ~Reaper() {
      for (int pid : pids) ::kill(pid, SIGKILL);
    }
  } reaper{surviving};
  CHECK(surviving.empty());

  // So the index is free: the next run on it is not refused as locked.
  const test::Outcome rerun = test::run(KOMMUNSOK_INDEXER_BIN, {"--db", db.string(), (dir.path() / "text").string()});
  INFO(rerun.out << rerun.err);
  CHECK(rerun.exit_code == 0);
  CHECK(rerun.err.find("locked") == std::string::npos);
  CHECK(rerun.out.find("indexed 1, unchanged 0, removed 0, failed 0 (1 documents in") != std::string::npos);
}
