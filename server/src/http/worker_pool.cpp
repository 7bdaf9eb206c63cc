#include "kommunsok/server/http/worker_pool.hpp"

#include <algorithm>

namespace kommunsok::server {

WorkerPool::WorkerPool(int threads, int heavy_threads, std::size_t queue_limit)
    : heavy_threads_(std::clamp(heavy_threads, 1, std::max(1, threads))), queue_limit_(queue_limit) {
  threads_.reserve(static_cast<std::size_t>(std::max(1, threads)));
  for (int i = 0; i < std::max(1, threads); ++i) threads_.emplace_back([this] { work(); });
}

WorkerPool::~WorkerPool() { stop(); }

bool WorkerPool::try_submit(Lane lane, std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    auto& queue = lane == Lane::heavy ? heavy_ : cheap_;
    if (stopping_ || queue.size() >= queue_limit_) return false;
    queue.push_back(std::move(job));
  }
  wake_.notify_all();
  return true;
}

void WorkerPool::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [&] { return stopping_ || !cheap_.empty() || (!heavy_.empty() && running_heavy_ < heavy_threads_); });
    if (stopping_) return;
    // Cheap work first: a queue of expensive searches never delays a health check or a page.
    const bool heavy = cheap_.empty();
    auto& queue = heavy ? heavy_ : cheap_;
    std::function<void()> job = std::move(queue.front());
    queue.pop_front();
    if (heavy) ++running_heavy_;
    lock.unlock();
    job();
    job = nullptr;  // the job's captures go before the lock is taken again
    lock.lock();
    if (heavy) {
      --running_heavy_;
      wake_.notify_all();  // a queued heavy job may run now
    }
  }
}

void WorkerPool::stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
    cheap_.clear();
    heavy_.clear();
  }
  wake_.notify_all();
  for (auto& thread : threads_)
    if (thread.joinable()) thread.join();
  threads_.clear();
}

std::size_t WorkerPool::queued() const {
  std::lock_guard lock(mutex_);
  return cheap_.size() + heavy_.size();
}

}  // namespace kommunsok::server
