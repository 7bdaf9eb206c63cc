// A crash, a hang, a memory explosion or a flood of output in an extractor costs one file:
// the parent gets a named reason and goes on.
#include <signal.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <atomic>
#include <map>

#include "kommunsok/indexer/extract/isolated_extraction.hpp"
#include "kommunsok/indexer/source_bytes.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "temp_dir.hpp"

using namespace kommunsok::indexer;
using namespace std::chrono_literals;

namespace {

IsolatedJobs::Finished run_one(const IsolatedJobs::Work& work, ExtractionLimits limits = {}) {
  IsolatedJobs jobs(1, limits);
  jobs.start(7, work);
  auto finished = jobs.wait();
  REQUIRE(finished.size() == 1);
  CHECK(finished.front().tag == 7);
  return std::move(finished.front());
}

}  // namespace

TEST_CASE("an extraction's result comes back whole from the child", "[extract][isolation]") {
  Extraction sent;
  sent.pages = {"Sida ett med å ä ö", "", "Sida tre"};
  sent.title_hint = "Protokoll";
  sent.paged = true;
  sent.ocr_pages = {2};
  sent.warning = "en varning";
  const auto done = run_one([&] { return sent; });
  REQUIRE(done.ok);
  CHECK(done.extraction.pages == sent.pages);
  CHECK(done.extraction.title_hint == "Protokoll");
  CHECK(done.extraction.paged);
  CHECK(done.extraction.ocr_pages == std::vector<int>{2});
  CHECK(done.extraction.warning == "en varning");
}

TEST_CASE("an extractor's named failure is the file's reason", "[extract][isolation]") {
  const auto done = run_one([]() -> Extraction { throw SourceError("encrypted PDF: a password is needed"); });
  CHECK_FALSE(done.ok);
  CHECK(done.failure == "encrypted PDF: a password is needed");
}

TEST_CASE("a crashing extractor costs one file", "[extract][isolation]") {
  const auto done = run_one([]() -> Extraction { std::abort(); });
  CHECK_FALSE(done.ok);
  CHECK_THAT(done.failure, Catch::Contains("crashed") && Catch::Contains("signal 6"));
  const auto killed = run_one([]() -> Extraction {
    ::raise(SIGKILL);
    return {};
  });
  CHECK_THAT(killed.failure, Catch::Contains("killed"));
}

TEST_CASE("a hanging extractor is stopped at its time limit", "[extract][isolation]") {
  ExtractionLimits limits;
  limits.time = 300ms;
  const auto started = std::chrono::steady_clock::now();
  const auto done = run_one(
      []() -> Extraction {
        for (;;) std::this_thread::sleep_for(1s);
      },
      limits);
  CHECK_FALSE(done.ok);
  CHECK_THAT(done.failure, Catch::Contains("did not finish within"));
  CHECK(std::chrono::steady_clock::now() - started < 10s);
}

TEST_CASE("an extractor that floods its output is stopped", "[extract][isolation]") {
  const auto done = run_one([] {
    Extraction e;
    e.pages.assign(5, std::string(20 * 1024 * 1024, 'x'));
    return e;
  });
  CHECK_FALSE(done.ok);
  CHECK_THAT(done.failure, Catch::Contains("more than"));
}

#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
TEST_CASE("an extractor that takes all memory is stopped at its limit", "[extract][isolation]") {
  ExtractionLimits limits;
  limits.memory_bytes = 512ull * 1024 * 1024;
  const auto done = run_one(
      [] {
        std::vector<std::string> hoard;
        for (;;) hoard.emplace_back(64 * 1024 * 1024, 'x');
        return Extraction{};
      },
      limits);
  CHECK_FALSE(done.ok);
  CHECK_THAT(done.failure, Catch::Contains("out of memory"));
}
#endif

TEST_CASE("several extractions run at once and each returns to its file", "[extract][isolation]") {
  IsolatedJobs jobs(2, ExtractionLimits{});
  for (std::size_t tag = 0; tag < 2; ++tag) {
    jobs.start(tag, [tag] {
      std::this_thread::sleep_for(200ms);
      Extraction e;
      e.pages = {"fil " + std::to_string(tag)};
      return e;
    });
  }
  CHECK(jobs.full());
  std::map<std::size_t, std::string> got;
  const auto started = std::chrono::steady_clock::now();
  while (!jobs.empty())
    for (auto& done : jobs.wait()) got[done.tag] = done.extraction.pages.front();
  CHECK(got == std::map<std::size_t, std::string>{{0, "fil 0"}, {1, "fil 1"}});
  CHECK(std::chrono::steady_clock::now() - started < 390ms);  // in parallel, not one after the other
}

TEST_CASE("a source file that vanishes or changes while read is a named failure", "[extract][isolation]") {
  kommunsok::test::TempDir dir;
  CHECK_THROWS_WITH(read_source_bytes(dir.path() / "borta.pdf", kMaxSourceFileBytes), Catch::Contains("vanished"));
  CHECK_THROWS_WITH(read_source_bytes(dir.path(), kMaxSourceFileBytes), Catch::Contains("not a regular file"));

  const auto path = dir.path() / "växande.txt";
  { std::ofstream(path) << std::string(8 * 1024 * 1024, 'a'); }
  std::atomic<bool> stop = false;
  std::thread writer([&] {
    std::ofstream out(path, std::ios::app);
    while (!stop) {
      out << "mer text\n" << std::flush;
      std::this_thread::sleep_for(100us);
    }
  });
  int changed = 0;
  for (int attempt = 0; attempt < 50 && changed == 0; ++attempt) {
    try {
      const SourceBytes read = read_source_bytes(path, kMaxSourceFileBytes);
      CHECK(read.bytes.size() >= 8u * 1024 * 1024);
    } catch (const SourceError& e) {
      CHECK_THAT(e.what(), Catch::Contains("changed while it was being read"));
      ++changed;
    }
  }
  stop = true;
  writer.join();
  CHECK(changed > 0);

  // A file larger than the limit is refused before it is read (sparse: no disk used).
  const auto huge = dir.path() / "stor.pdf";
  { std::ofstream(huge) << "%PDF-1.4"; }
  std::filesystem::resize_file(huge, 2ull * 1024 * 1024 * 1024);
  CHECK_THROWS_WITH(read_source_bytes(huge, kMaxSourceFileBytes), Catch::Contains("file too large"));
}

TEST_CASE("an extractor's progress reaches the parent while it works", "[extract][isolation]") {
  std::vector<std::string> notes;
  IsolatedJobs jobs(1, ExtractionLimits{}, [&](std::size_t tag, const std::string& message) {
    CHECK(tag == 3);
    notes.push_back(message);
  });
  jobs.start(3, [] {
    report_extraction_progress("OCR page 1 of 2");
    report_extraction_progress("OCR page 2 of 2");
    Extraction e;
    e.pages = {"klart"};
    return e;
  });
  auto finished = jobs.wait();
  REQUIRE(finished.size() == 1);
  CHECK(finished.front().ok);
  CHECK(notes == std::vector<std::string>{"OCR page 1 of 2", "OCR page 2 of 2"});
}
