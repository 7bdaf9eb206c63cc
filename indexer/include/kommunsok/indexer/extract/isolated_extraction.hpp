// Why: extractors parse untrusted files with large C and C++ libraries (poppler, libxml2,
// libzip, Tesseract). A crash, a hang or a memory explosion in one of them must cost that one
// file, never the indexing run — so each file is extracted in a child process with a time and
// memory limit, and the parent reads the result back through a pipe.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kommunsok/indexer/extract/extraction.hpp"

namespace kommunsok::indexer {

struct ExtractionLimits {
  std::chrono::milliseconds time{std::chrono::minutes(10)};
  /// Address-space limit of the child. Not applied in sanitizer builds (their shadow memory
  /// needs terabytes of address space); the extractors' own size limits still hold there.
  std::size_t memory_bytes = 3ull * 1024 * 1024 * 1024;
};

/// Bytes a child sends back: an Extraction or the reason it failed.
std::string encode_extraction(const Extraction& extraction);
Extraction decode_extraction(std::string_view data);

/// Runs up to `parallel` children at once. No other thread of the parent may be running when
/// it starts a job: it forks, and the child would inherit any lock another thread held at that
/// instant (the allocator's, a static's initialisation guard) and could hang on it. (The
/// indexing run pauses its worker threads around start(): OrderedWorkers::Pause.) Each job's
/// work runs in the child; its result or failure comes back through wait().
class IsolatedJobs {
 public:
  using Work = std::function<Extraction()>;
  /// Progress an extractor reports from its child (report_extraction_progress), by job tag.
  using Progress = std::function<void(std::size_t tag, const std::string& message)>;

  struct Finished {
    std::size_t tag = 0;
    bool ok = false;
    Extraction extraction;  ///< when ok
    std::string failure;    ///< when not ok: a reason for the report
  };

  IsolatedJobs(std::size_t parallel, ExtractionLimits limits, Progress progress = {});
  ~IsolatedJobs();  ///< kills and reaps children still running
  IsolatedJobs(const IsolatedJobs&) = delete;
  IsolatedJobs& operator=(const IsolatedJobs&) = delete;

  bool full() const { return running_.size() >= parallel_; }
  bool empty() const { return running_.empty(); }
  /// Starts `work` in a child; throws std::runtime_error when no process can be started.
  void start(std::size_t tag, const Work& work);
  /// Waits until at least one job has finished (or failed, or timed out) and returns those.
  std::vector<Finished> wait();

 private:
  struct Child {
    std::size_t tag;
    pid_t pid;
    int fd;
    std::string output;  ///< frames not yet taken apart
    std::string result;  ///< the final frame: the extraction or the failure
    std::chrono::steady_clock::time_point deadline;
    bool eof = false;
    bool timed_out = false;
    bool too_large = false;
  };
  Finished reap(Child& child);
  void take_frames(Child& child);

  std::size_t parallel_;
  ExtractionLimits limits_;
  Progress progress_;
  std::vector<Child> running_;
};

/// One file's extraction in a child process: the result, or SourceError with the reason.
Extraction extract_isolated(std::string_view bytes, Format format, const ExtractionLimits& limits = {});

}  // namespace kommunsok::indexer
