#include "kommunsok/server/index_revision.hpp"

namespace kommunsok::server {

IndexRevision revision_of(const Xapian::Database& db) { return {db.get_uuid(), db.get_revision()}; }

}  // namespace kommunsok::server
