#include "kommunsok/server/revision_views.hpp"

#include <spdlog/spdlog.h>

namespace kommunsok::server {

namespace {
constexpr std::size_t kMaxViews = 1024;
}

RevisionViews::RevisionViews(IndexHandles& handles) : handles_(handles), builder_([this] { build_loop(); }) {}

RevisionViews::~RevisionViews() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  builder_.join();
}

std::shared_ptr<const IndexColumns> RevisionViews::columns(const Xapian::Database& db) {
  if (db.size() != 1) return nullptr;  // docids of several databases are interleaved
  const IndexRevision revision = revision_of(db);
  std::lock_guard lock(mutex_);
  if (columns_ && columns_->revision() == revision) {
    ++use_.columns;
    return columns_;
  }
  if (!columns_ || supersedes(revision, columns_->revision())) want(revision);
  return nullptr;
}

bool RevisionViews::wait_for_columns(const IndexRevision& revision, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  if (!columns_ || supersedes(revision, columns_->revision())) want(revision);
  return built_.wait_for(lock, timeout, [&] { return columns_ && !supersedes(revision, columns_->revision()); });
}

void RevisionViews::want(const IndexRevision& revision) {
  if (want_ && !supersedes(revision, wanted_)) return;
  want_ = true;
  wanted_ = revision;
  wake_.notify_one();
}

void RevisionViews::build_loop() {
  using Clock = std::chrono::steady_clock;
  Clock::duration last_build{};
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || want_; });
      if (stopping_) return;
      want_ = false;
    }
    const auto started = Clock::now();
    try {
      IndexHandles::Lease lease = handles_.lease();
      std::shared_ptr<const IndexColumns> built = IndexColumns::build(lease.db());
      spdlog::debug("facet columns of revision {} built in {} ms ({} KB)", built->revision().number,
                    std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count(),
                    built->memory_bytes() / 1024);
      std::lock_guard lock(mutex_);
      if (!columns_ || supersedes(built->revision(), columns_->revision())) columns_ = std::move(built);
    } catch (const Xapian::Error& e) {
      // The indexer committed twice during the build, or the index is not there yet: the
      // next request asks again; until then searches count the slow way.
      spdlog::debug("facet columns not built: {}", e.get_description());
    } catch (const std::exception& e) {
      spdlog::warn("facet columns not built: {}", e.what());
    }
    built_.notify_all();
    // While the indexer commits often, rebuilding may take at most half of one core.
    last_build = Clock::now() - started;
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, last_build, [&] { return stopping_; });
    if (stopping_) return;
  }
}

std::optional<ViewCounts> RevisionViews::view(const IndexRevision& revision, const std::string& key) {
  std::lock_guard lock(mutex_);
  if (revision != views_revision_) return std::nullopt;
  auto it = views_.find(key);
  if (it == views_.end()) return std::nullopt;
  ++use_.kept;
  return it->second;
}

void RevisionViews::note_counted() {
  std::lock_guard lock(mutex_);
  ++use_.counted;
}

ViewUse RevisionViews::use() const {
  std::lock_guard lock(mutex_);
  return use_;
}

void RevisionViews::remember_view(const IndexRevision& revision, const std::string& key, ViewCounts counts) {
  std::lock_guard lock(mutex_);
  if (revision != views_revision_) {
    if (!supersedes(revision, views_revision_)) return;  // an older revision's, late
    views_.clear();
    views_revision_ = revision;
  } else if (views_.size() >= kMaxViews) {
    views_.clear();
  }
  views_.emplace(key, std::move(counts));
}

}  // namespace kommunsok::server
