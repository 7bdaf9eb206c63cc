// The indexer's worker pool: results in the order the work was handed over, whatever finishes
// first; a failure reaches the taker at its turn; a pool dropped with work queued does not hang.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "kommunsok/indexer/ordered_workers.hpp"

using kommunsok::indexer::OrderedWorkers;
using namespace std::chrono_literals;

TEST_CASE("results come back in submission order, not in finishing order", "[indexer][workers]") {
  OrderedWorkers<int> workers(3, 6);
  int taken = 0;
  for (int n = 0; n < 40; ++n) {
    while (workers.full()) CHECK(workers.take() == taken++);
    // Early pieces take longest, so later ones finish first.
    workers.submit([n] {
      std::this_thread::sleep_for(std::chrono::milliseconds((40 - n) % 5));
      return n;
    });
  }
  while (!workers.empty()) CHECK(workers.take() == taken++);
  CHECK(taken == 40);
}

TEST_CASE("a failure is rethrown when its result is taken, and the later results still come", "[indexer][workers]") {
  OrderedWorkers<int> workers(2, 4);
  workers.submit([] { return 1; });
  workers.submit([]() -> int { throw std::runtime_error("kaputt"); });
  workers.submit([] { return 3; });
  CHECK(workers.take() == 1);
  CHECK_THROWS_WITH(workers.take(), "kaputt");
  CHECK(workers.take() == 3);
  CHECK(workers.empty());
}

TEST_CASE("a pool dropped with work queued finishes what runs and drops the rest", "[indexer][workers]") {
  std::atomic<int> ran{0};
  {
    OrderedWorkers<int> workers(1, 8);
    for (int n = 0; n < 8; ++n)
      workers.submit([&ran] {
        std::this_thread::sleep_for(20ms);
        return ++ran;
      });
  }
  CHECK(ran < 8);
}

TEST_CASE("while paused no work runs: what ran is done, and nothing starts until the pause ends", "[indexer][workers]") {
  {
    OrderedWorkers<int> fresh(4, 4);  // threads perhaps still starting
    const OrderedWorkers<int>::Pause paused(fresh);
  }
  OrderedWorkers<int> workers(3, 30);
  std::atomic<int> running{0}, started{0};
  for (int n = 0; n < 30; ++n)
    workers.submit([&, n] {
      ++started;
      ++running;
      std::this_thread::sleep_for(2ms);
      --running;
      return n;
    });
  for (int round = 0; round < 3; ++round) {
    std::this_thread::sleep_for(3ms);
    const OrderedWorkers<int>::Pause paused(workers);
    CHECK(running == 0);
    const int started_when_paused = started;
    std::this_thread::sleep_for(15ms);
    CHECK(running == 0);
    CHECK(started == started_when_paused);
  }
  for (int n = 0; n < 30; ++n) CHECK(workers.take() == n);
}

// What the pause is for: workers allocate all the time, and children forked while they are
// paused allocate too, and must all finish. (A child forked while a worker held the allocator's
// lock — ASan's has no fork handler — would hang on it.)
TEST_CASE("children forked while the workers are paused do not hang", "[indexer][workers]") {
  OrderedWorkers<std::size_t> workers(2, 4);
  std::vector<pid_t> children;
  for (int n = 0; n < 60; ++n) {
    while (workers.full()) workers.take();
    workers.submit([] {
      std::size_t total = 0;
      for (int i = 0; i < 2000; ++i) total += std::string(64 + i % 512, 'a').size() + std::to_string(i).size();
      return total;
    });
    const OrderedWorkers<std::size_t>::Pause paused(workers);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      std::vector<std::string> words;
      for (int i = 0; i < 200; ++i) words.push_back(std::string(100 + i, 'b') + std::to_string(i));
      ::_exit(words.size() == 200 ? 0 : 1);
    }
    children.push_back(child);
  }
  while (!workers.empty()) workers.take();
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  std::size_t hung = 0, failed = 0;
  for (const pid_t child : children) {
    int status = 0;
    pid_t done = 0;
    while ((done = ::waitpid(child, &status, WNOHANG)) == 0 && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(1ms);
    if (done == 0) {
      ++hung;
      ::kill(child, SIGKILL);
      ::waitpid(child, &status, 0);
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      ++failed;
    }
  }
  CHECK(hung == 0);
  CHECK(failed == 0);
}
