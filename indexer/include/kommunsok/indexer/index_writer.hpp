// Why: the indexer's only door into the Xapian database: replace-by-id keeps runs
// idempotent, and explicit commits mark the states a killed run falls back to.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "kommunsok/indexer/index_compaction.hpp"
#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

struct PreparedDocument;

/// The index could not be opened or written (locked by another indexer, corrupt, disk full).
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StoredSource {
  std::string id;
  std::string source;
  std::string content_hash;
};

class IndexWriter {
 public:
  /// Opens the database in `dir`, creating it if absent. Throws IndexError.
  explicit IndexWriter(const std::filesystem::path& dir);
  /// Drops whatever was not committed.
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  /// The stored document with this id, if any.
  std::optional<StoredSource> find(const std::string& id) const;
  /// The stored document indexed from the file at `source` (canonical path), if any.
  std::optional<StoredSource> find_by_source(const std::string& source) const;
  /// Adds the document, or replaces the one with the same id.
  void put(const schema::Document& doc, const std::string& content_hash);
  /// The same for a document prepared on another thread (prepared_document.hpp).
  void put(const PreparedDocument& prepared);
  /// Removes the document with this id, if any.
  void remove(const std::string& id);
  /// Removes the document with this id and, if it is a protocol, the paragraphs split from it.
  void remove_with_paragraphs(const std::string& id);
  /// Every stored document's id and source path.
  std::vector<StoredSource> stored_sources() const;
  /// The SHA-256 of every original the index refers to.
  std::set<std::string> stored_originals() const;
  /// Ids of up to `limit` documents whose terms are of the layout before stems with positions
  /// (words as written plus Z-prefixed stems, recognition version 12 and earlier).
  std::vector<std::string> documents_of_earlier_layout(std::size_t limit) const;
  /// Makes everything written so far durable.
  void commit();
  Xapian::doccount document_count() const;
  /// Documents added, replaced or removed through this writer.
  std::size_t changes() const { return changes_; }
  /// After commit(): rewrites the index compacted (index_compaction.hpp) and closes this
  /// writer, done or not. Throws IndexError when writing fails; the index stays as it was.
  CompactionReport compact_and_close();

 private:
  std::filesystem::path dir_;
  Xapian::WritableDatabase db_;
  std::size_t changes_ = 0;
  // The batch's spelling words with their counts, given to Xapian once per word at the commit:
  // the same spelling table as word by word and document by document, at a fraction of the
  // calls (a batch's documents share most of their words; profiled, add_spelling per document
  // was 13 % of the writer thread).
  std::unordered_map<std::string, Xapian::termcount> pending_spelling_;
};

}  // namespace kommunsok::indexer
