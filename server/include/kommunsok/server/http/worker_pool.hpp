// Why: requests run on a fixed set of threads in two lanes, so expensive searches can fill
// at most part of the pool and cheap requests always find a free worker.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kommunsok::server {

enum class Lane { cheap, heavy };

class WorkerPool {
 public:
  /// `threads` workers; at most `heavy_threads` of them run heavy jobs at once; each lane
  /// queues at most `queue_limit` jobs.
  WorkerPool(int threads, int heavy_threads, std::size_t queue_limit);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  /// False when the lane's queue is full or the pool is stopping: the caller sheds the job.
  bool try_submit(Lane lane, std::function<void()> job);
  /// Drops queued jobs and waits for the running ones to finish.
  void stop();
  std::size_t queued() const;

 private:
  void work();

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> cheap_, heavy_;
  const int heavy_threads_;
  const std::size_t queue_limit_;
  int running_heavy_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace kommunsok::server
