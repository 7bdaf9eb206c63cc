// Why: what depends only on the index's revision is computed once per revision and shared
// by every request: the facet columns (built by a thread of their own, so no request waits
// for them: until they exist a search counts with Xapian's ValueCountMatchSpy) and the
// totals and facets of filter-only views (party=S, kind=samverkan&year=2023, …), which many
// users open and whose counts a match would only repeat.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "kommunsok/server/index_columns.hpp"
#include "kommunsok/server/index_handles.hpp"

namespace kommunsok::server {

/// How searches were counted since the start (for /metrics and tests).
struct ViewUse {
  std::uint64_t columns = 0;  ///< searches counted from the facet columns (match-all pages included)
  std::uint64_t kept = 0;     ///< filter-only searches answered with kept counts
  std::uint64_t counted = 0;  ///< searches counted the slow way (no columns of their revision)
};

struct ViewCounts {
  Xapian::doccount total = 0;
  std::vector<Facet> facets;
};

class RevisionViews {
 public:
  explicit RevisionViews(IndexHandles& handles);
  ~RevisionViews();
  RevisionViews(const RevisionViews&) = delete;
  RevisionViews& operator=(const RevisionViews&) = delete;

  /// The columns at `db`'s revision, or nullptr: then they are built in the background.
  /// Always nullptr for an index of several databases (shards).
  std::shared_ptr<const IndexColumns> columns(const Xapian::Database& db);
  /// Waits until the columns of `revision` or a later one exist; false on timeout.
  bool wait_for_columns(const IndexRevision& revision, std::chrono::milliseconds timeout);

  std::optional<ViewCounts> view(const IndexRevision& revision, const std::string& key);
  void remember_view(const IndexRevision& revision, const std::string& key, ViewCounts counts);
  void note_counted();
  ViewUse use() const;

 private:
  void build_loop();
  void want(const IndexRevision& revision);  ///< with mutex_ held

  IndexHandles& handles_;
  mutable std::mutex mutex_;
  std::condition_variable wake_, built_;
  std::shared_ptr<const IndexColumns> columns_;
  IndexRevision wanted_;
  bool want_ = false, stopping_ = false;
  IndexRevision views_revision_;
  std::map<std::string, ViewCounts> views_;
  ViewUse use_;
  std::thread builder_;
};

}  // namespace kommunsok::server
