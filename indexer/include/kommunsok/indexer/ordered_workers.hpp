// Why: recognition and term generation are independent per file, but the Xapian writer is one
// thread and must see the files in a fixed order (the same ids, the same index, whatever the
// number of threads). Work runs on a few threads; results come back in submission order.
// At most `max_pending` pieces of work are held at a time, so memory does not grow with the corpus.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <future>
#include <locale>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kommunsok::indexer {

// libstdc++ fills ctype<char>::narrow's cache lazily, a write per character the first time it
// is narrowed; workers compiling their regexes at once race on it (ThreadSanitizer saw it in the
// indexer). Filled here, before any worker starts, it is only read.
inline void fill_narrow_cache() {
  const auto& ctype = std::use_facet<std::ctype<char>>(std::locale());
  for (int c = 1; c < 256; ++c) ctype.narrow(static_cast<char>(c), '\0');
}

template <typename Result>
class OrderedWorkers {
 public:
  OrderedWorkers(std::size_t threads, std::size_t max_pending) : max_pending_(max_pending < 1 ? 1 : max_pending) {
    fill_narrow_cache();
    try {
      for (std::size_t i = 0; i < (threads < 1 ? 1 : threads); ++i) threads_.emplace_back([this] { serve(); });
    } catch (...) {
      stop();
      throw;
    }
  }
  ~OrderedWorkers() { stop(); }
  OrderedWorkers(const OrderedWorkers&) = delete;
  OrderedWorkers& operator=(const OrderedWorkers&) = delete;

  // The calls below are the submitting thread's only.
  bool full() const { return pending_.size() >= max_pending_; }
  bool empty() const { return pending_.empty(); }
  /// Whether the oldest result is ready: take() would not wait.
  bool front_ready() const {
    return !pending_.empty() && pending_.front().wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  }

  /// Call only when !full().
  template <typename Work>
  void submit(Work&& work) {
    std::packaged_task<Result()> task(std::forward<Work>(work));
    pending_.push_back(task.get_future());
    {
      const std::lock_guard lock(mutex_);
      queue_.push_back(std::move(task));
    }
    ready_.notify_one();
  }

  /// The oldest result, waiting for it; rethrows what its work threw.
  Result take() {
    std::future<Result> oldest = std::move(pending_.front());
    pending_.pop_front();
    return oldest.get();
  }

  /// Why: fork() copies only the forking thread, and every lock as it stands at that instant.
  /// A child forked while a worker held one (the allocator's, a static's initialisation guard,
  /// the locale's) would wait on it for ever. While the pool is paused, no work runs and every
  /// worker waits on the pool's own condition variable, holding nothing a child could need:
  /// the owner may fork. Pausing hands out no more work and waits until what runs is done.
  class Pause {
   public:
    explicit Pause(OrderedWorkers& workers) : workers_(workers) {
      std::unique_lock lock(workers_.mutex_);
      workers_.paused_ = true;
      workers_.parked_changed_.wait(lock, [this] { return workers_.parked_ == workers_.threads_.size(); });
    }
    ~Pause() {
      {
        const std::lock_guard lock(workers_.mutex_);
        workers_.paused_ = false;
      }
      workers_.ready_.notify_all();
    }
    Pause(const Pause&) = delete;
    Pause& operator=(const Pause&) = delete;

   private:
    OrderedWorkers& workers_;
  };

 private:
  // Work not yet started is dropped (its future reports a broken promise nobody reads); work
  // under way is finished, as it may use what the owner destroys next.
  void stop() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
      queue_.clear();
    }
    ready_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

  // A worker counts itself parked only while it holds the mutex or waits on ready_: from the
  // moment it stops being parked (taking a task) until it is parked again, the task runs and is
  // destroyed (what it holds freed), outside the lock.
  void serve() {
    std::unique_lock lock(mutex_);
    ++parked_;
    parked_changed_.notify_all();
    for (;;) {
      ready_.wait(lock, [this] { return stopping_ || (!paused_ && !queue_.empty()); });
      if (stopping_) return;
      {
        std::packaged_task<Result()> task = std::move(queue_.front());
        queue_.pop_front();
        --parked_;
        lock.unlock();
        task();
      }
      lock.lock();
      ++parked_;
      parked_changed_.notify_all();
    }
  }

  const std::size_t max_pending_;
  std::deque<std::future<Result>> pending_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable parked_changed_;
  std::deque<std::packaged_task<Result()>> queue_;
  bool stopping_ = false;
  bool paused_ = false;
  std::size_t parked_ = 0;  ///< workers waiting for work (or about to), none of it running
  std::vector<std::thread> threads_;
};

}  // namespace kommunsok::indexer
