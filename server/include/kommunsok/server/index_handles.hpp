// Why: opening the index costs more than many searches do. Handles are kept between
// requests and reopen()ed when lent, which costs a look at the index's version when nothing
// changed and catches up with the indexer's commits when something did. A Xapian::Database
// may not be used by two threads at once, so each request has one to itself.
#pragma once

#include <xapian.h>

#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace kommunsok::server {

class IndexHandles {
 public:
  using Opener = std::function<Xapian::Database()>;
  explicit IndexHandles(Opener open, std::size_t max_idle = 64) : open_(std::move(open)), max_idle_(max_idle) {}

  /// A handle for one request: returned to the pool when the lease ends, unless discarded.
  class Lease {
   public:
    Lease(IndexHandles& pool, Xapian::Database db) : pool_(&pool), db_(std::move(db)) {}
    Lease(Lease&& other) noexcept : pool_(other.pool_), db_(std::move(other.db_)) { other.pool_ = nullptr; }
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (pool_) pool_->give_back(std::move(db_));
    }
    Xapian::Database& db() { return db_; }
    /// After an error the handle may be unusable: it is closed, not kept.
    void discard() { pool_ = nullptr; }

   private:
    IndexHandles* pool_;
    Xapian::Database db_;
  };

  /// A handle at the index's latest revision (reopened, or opened if none is idle).
  Lease lease();
  std::size_t opened() const;

 private:
  void give_back(Xapian::Database db);

  Opener open_;
  std::size_t max_idle_;
  mutable std::mutex mutex_;
  std::vector<Xapian::Database> idle_;
  std::size_t opened_ = 0;
};

}  // namespace kommunsok::server
