// Why: a revision number names a state of one database only. A restored, replicated or
// compacted index starts again at its own numbers, so what the server keeps per revision
// (facet columns, counts of views) is kept per database — its UUID — and revision.
#pragma once

#include <xapian.h>

#include <string>

namespace kommunsok::server {

struct IndexRevision {
  std::string uuid;
  Xapian::rev number = 0;
  bool operator==(const IndexRevision&) const = default;
};

/// The revision of a single database.
IndexRevision revision_of(const Xapian::Database& db);

/// Whether what was kept for `kept` should give way to `candidate`: another database (the
/// folder now holds a new one), or a later revision of the same.
inline bool supersedes(const IndexRevision& candidate, const IndexRevision& kept) {
  return candidate.uuid != kept.uuid || candidate.number > kept.number;
}

}  // namespace kommunsok::server
