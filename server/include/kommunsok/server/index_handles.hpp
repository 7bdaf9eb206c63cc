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
  /// What the index's paths are now (IndexLocation::identity): a handle opened under another
  /// identity is closed, not reopened, since reopen() follows commits, not a folder renamed
  /// into place (a restore) or a replica's switch to a new copy.
  using Identity = std::function<std::string()>;
  explicit IndexHandles(Opener open, Identity identity = {}, std::size_t max_idle = 64)
      : open_(std::move(open)), identity_(std::move(identity)), max_idle_(max_idle) {}

  /// A handle for one request: returned to the pool when the lease ends, unless discarded.
  class Lease {
   public:
    Lease(IndexHandles& pool, Xapian::Database db, std::string identity)
        : pool_(&pool), db_(std::move(db)), identity_(std::move(identity)) {}
    Lease(Lease&& other) noexcept : pool_(other.pool_), db_(std::move(other.db_)), identity_(std::move(other.identity_)) {
      other.pool_ = nullptr;
    }
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (pool_) pool_->give_back(std::move(db_), std::move(identity_));
    }
    Xapian::Database& db() { return db_; }
    /// After an error the handle may be unusable: it is closed, not kept.
    void discard() { pool_ = nullptr; }

   private:
    IndexHandles* pool_;
    Xapian::Database db_;
    std::string identity_;
  };

  /// A handle at the index's latest revision (reopened, or opened if none is idle).
  Lease lease();
  std::size_t opened() const;

 private:
  struct Idle {
    Xapian::Database db;
    std::string identity;
  };
  void give_back(Xapian::Database db, std::string identity);

  Opener open_;
  Identity identity_;
  std::size_t max_idle_;
  mutable std::mutex mutex_;
  std::vector<Idle> idle_;
  std::size_t opened_ = 0;
};

}  // namespace kommunsok::server
