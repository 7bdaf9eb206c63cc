#include "kommunsok/admin/referenced_originals.hpp"

#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/original_archive.hpp"

namespace kommunsok::admin {

ReferencedOriginals referenced_originals(const Xapian::Database& db) {
  ReferencedOriginals found;
  for (auto it = db.valuestream_begin(schema::slot::original); it != db.valuestream_end(schema::slot::original); ++it) {
    const std::string sha256 = *it;
    if (sha256.empty()) continue;
    if (!schema::is_sha256_hex(sha256)) {
      found.malformed.push_back(it.get_docid());
      continue;
    }
    found.by_sha256.emplace(sha256, it.get_docid());
  }
  return found;
}

std::string document_name(const Xapian::Database& db, Xapian::docid docid) {
  const std::string prefix(schema::field::id.prefix);
  auto term = db.termlist_begin(docid);
  term.skip_to(prefix);
  if (term != db.termlist_end(docid) && (*term).starts_with(prefix)) return (*term).substr(prefix.size());
  return "#" + std::to_string(docid);
}

}  // namespace kommunsok::admin
