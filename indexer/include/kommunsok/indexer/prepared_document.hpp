// Why: building a Xapian document (term generation, spelling words) is most of the CPU an
// indexed file costs and needs no database, so it is done apart from the writer — on a worker
// thread — and the writer only stores what was prepared.
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

struct PreparedDocument {
  std::string id_term;    ///< replaces the stored document with this unique term
  Xapian::Document xdoc;  ///< owned by one thread at a time: it is moved, never shared
  std::vector<std::pair<std::string, Xapian::termcount>> spelling;  ///< words offered as suggestions, with their counts
};

/// The Xapian document for `doc`. Uses only objects of its own (term generator, stemmer), so
/// threads may call it at once. Throws IndexError if Xapian refuses the document.
PreparedDocument prepare_document(const schema::Document& doc, const std::string& content_hash);

}  // namespace kommunsok::indexer
