// The indexer's worker pool: results in the order the work was handed over, whatever finishes
// first; a failure reaches the taker at its turn; a pool dropped with work queued does not hang.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

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
