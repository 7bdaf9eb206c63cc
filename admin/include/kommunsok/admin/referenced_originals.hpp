// Why: backup, restore and check all need the same answer to "which archived originals
// does this revision of the index refer to?" — read from the one value slot that names them.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace kommunsok::admin {

struct ReferencedOriginals {
  /// SHA-256 → the first document that names it (a protocol and its § share one original).
  std::map<std::string, Xapian::docid> by_sha256;
  /// Documents whose original slot holds something that is not a SHA-256.
  std::vector<Xapian::docid> malformed;
};

/// Reads the original slot of every document in the revision `db` has open. Documents
/// indexed before originals were archived have none and are not listed. May throw
/// Xapian::DatabaseModifiedError when the index moves on under it.
ReferencedOriginals referenced_originals(const Xapian::Database& db);

/// The document's id (its unique "Q" term) for reports, or "#DOCID" when it has none.
std::string document_name(const Xapian::Database& db, Xapian::docid docid);

}  // namespace kommunsok::admin
