// Two lanes of workers: expensive jobs fill at most their share, cheap ones always run, and
// a full queue is refused rather than grown.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <thread>

#include "kommunsok/server/http/worker_pool.hpp"

using namespace kommunsok::server;
using namespace std::chrono_literals;

TEST_CASE("heavy jobs use at most their share of the workers, cheap jobs still run", "[server][workers]") {
  WorkerPool pool(4, 2, 16);
  std::promise<void> release_promise;
  std::shared_future<void> release = release_promise.get_future().share();
  std::atomic<int> heavy_running{0}, heavy_peak{0};
  for (int i = 0; i < 6; ++i) {
    REQUIRE(pool.try_submit(Lane::heavy, [&, release] {
      const int now = ++heavy_running;
      int peak = heavy_peak.load();
      while (now > peak && !heavy_peak.compare_exchange_weak(peak, now)) {
      }
      release.wait();
      --heavy_running;
    }));
  }
  std::this_thread::sleep_for(100ms);
  std::promise<void> cheap_ran;
  REQUIRE(pool.try_submit(Lane::cheap, [&] { cheap_ran.set_value(); }));
  CHECK(cheap_ran.get_future().wait_for(2s) == std::future_status::ready);
  CHECK(heavy_peak == 2);
  release_promise.set_value();
  pool.stop();
  CHECK(heavy_running == 0);
}

TEST_CASE("a full lane refuses new jobs instead of queueing without end", "[server][workers]") {
  WorkerPool pool(1, 1, 2);
  std::promise<void> release_promise;
  std::shared_future<void> release = release_promise.get_future().share();
  REQUIRE(pool.try_submit(Lane::cheap, [release] { release.wait(); }));
  std::this_thread::sleep_for(50ms);  // the worker has taken it
  CHECK(pool.try_submit(Lane::cheap, [] {}));
  CHECK(pool.try_submit(Lane::cheap, [] {}));
  CHECK_FALSE(pool.try_submit(Lane::cheap, [] {}));
  CHECK(pool.try_submit(Lane::heavy, [] {}));  // the other lane has its own queue
  release_promise.set_value();
  pool.stop();
  CHECK_FALSE(pool.try_submit(Lane::cheap, [] {}));
}
