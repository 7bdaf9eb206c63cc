// Why: uploads reach the index through the spool, one batch at a time: index (or delete),
// commit, then say so in a status file, then drop the request. A kill at any point leaves the
// request in place, and doing it again is harmless, so nothing acknowledged is lost.
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>

#include "kommunsok/indexer/indexing_run.hpp"

namespace kommunsok::indexer {

struct WatchOptions {
  IndexOptions index;               ///< db, batch size, jobs and limits; roots are not used
  std::filesystem::path spool;      ///< empty: DB/spool
  std::chrono::milliseconds poll{1000};
  std::size_t batch = 100;          ///< requests taken at once
};

struct SpoolBatch {
  std::size_t indexed = 0, failed = 0, deleted = 0;
  std::size_t taken() const { return indexed + failed + deleted; }
};

/// Processes up to one batch of waiting requests. Throws IndexError when the index cannot be
/// written (locked by another indexer: the requests stay for the next try).
SpoolBatch process_spool_batch(const WatchOptions& options);

/// Processes batches until `stop` is set (checked between batches and while idle).
/// `log` receives one line per batch and per problem.
void watch_spool(const WatchOptions& options, const std::atomic<bool>& stop,
                 const std::function<void(const std::string&)>& log);

}  // namespace kommunsok::indexer
