#include "kommunsok/server/index_handles.hpp"

namespace kommunsok::server {

IndexHandles::Lease IndexHandles::lease() {
  const std::string identity = identity_ ? identity_() : std::string();
  std::optional<Idle> idle;
  {
    std::lock_guard lock(mutex_);
    while (!idle_.empty() && !idle) {
      if (idle_.back().identity == identity) idle.emplace(std::move(idle_.back()));
      idle_.pop_back();  // a handle of another identity is closed
    }
  }
  if (idle) {
    Lease lease(*this, std::move(idle->db), identity);
    try {
      lease.db().reopen();
      return lease;
    } catch (const Xapian::Error&) {
      // The index was replaced or damaged under this handle: a fresh open says which.
      lease.discard();
    }
  }
  Xapian::Database fresh = open_();
  {
    std::lock_guard lock(mutex_);
    ++opened_;
  }
  return Lease(*this, std::move(fresh), identity);
}

std::size_t IndexHandles::opened() const {
  std::lock_guard lock(mutex_);
  return opened_;
}

void IndexHandles::give_back(Xapian::Database db, std::string identity) {
  std::lock_guard lock(mutex_);
  if (idle_.size() < max_idle_) idle_.push_back({std::move(db), std::move(identity)});
}

}  // namespace kommunsok::server
