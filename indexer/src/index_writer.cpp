#include "kommunsok/indexer/index_writer.hpp"

#include "kommunsok/indexer/prepared_document.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/index_folder.hpp"
#include "kommunsok/schema/xapian_document.hpp"

namespace kommunsok::indexer {

namespace {

Xapian::WritableDatabase open_tables(const std::filesystem::path& dir) {
  try {
    return Xapian::WritableDatabase(dir.string(), Xapian::DB_CREATE_OR_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexError("index " + dir.string() + " is locked: is another indexer running?");
  } catch (const Xapian::Error& e) {
    throw IndexError("cannot open index " + dir.string() + ": " + e.get_description());
  }
}

// Xapian reads DIR's stub, then locks the generation it names. A compaction that switched the
// stub in between leaves this writer on tables no longer in use (or on a folder it created
// where they were): the stub read again, under the lock, says so, and the open is redone.
Xapian::WritableDatabase open_database(const std::filesystem::path& dir) {
  for (int attempt = 0;; ++attempt) {
    try {
      prepare_index_folder(dir);
    } catch (const std::exception& e) {
      throw IndexError(std::string("cannot open index: ") + e.what());
    }
    const std::filesystem::path before = schema::index_tables_dir(dir);
    Xapian::WritableDatabase db = open_tables(dir);
    if (schema::index_tables_dir(dir) == before) {
      remove_stale_tables(dir);
      return db;
    }
    if (attempt == 3) throw IndexError("index " + dir.string() + " kept changing while it was opened");
    db.close();
  }
}

template <typename F>
auto guarded(const char* action, F&& f) {
  try {
    return f();
  } catch (const Xapian::Error& e) {
    throw IndexError(std::string("cannot ") + action + " index: " + e.get_description());
  }
}

}  // namespace

// Each batch is one transaction: Xapian then neither commits on its own when many documents
// have changed nor when the writer is destroyed after an error, so nothing reaches the disk
// except through commit(), after the batch's originals were synced.
IndexWriter::IndexWriter(const std::filesystem::path& dir) : dir_(dir), db_(open_database(dir)) {
  guarded("write", [&] { db_.begin_transaction(false); });
}

IndexWriter::~IndexWriter() {
  try {
    db_.cancel_transaction();
  } catch (const Xapian::Error&) {
    // nothing was pending, or the database is already unusable: the last commit stands
  }
}

std::optional<StoredSource> IndexWriter::find(const std::string& id) const {
  return guarded("read", [&]() -> std::optional<StoredSource> {
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator it = db_.postlist_begin(term);
    if (it == db_.postlist_end(term)) return std::nullopt;
    const Xapian::Document xdoc = db_.get_document(*it);
    return StoredSource{id, schema::from_xapian_document(xdoc).source, schema::stored_content_hash(xdoc)};
  });
}

std::optional<StoredSource> IndexWriter::find_by_source(const std::string& source) const {
  return guarded("read", [&]() -> std::optional<StoredSource> {
    const std::string term = schema::source_term(source);
    Xapian::PostingIterator it = db_.postlist_begin(term);
    if (it == db_.postlist_end(term)) return std::nullopt;
    const Xapian::Document xdoc = db_.get_document(*it);
    const schema::Document doc = schema::from_xapian_document(xdoc);
    return StoredSource{doc.id, doc.source, schema::stored_content_hash(xdoc)};
  });
}

void IndexWriter::put(const schema::Document& doc, const std::string& content_hash) {
  put(prepare_document(doc, content_hash));
}

void IndexWriter::put(const PreparedDocument& prepared) {
  guarded("write", [&] {
    db_.replace_document(prepared.id_term, prepared.xdoc);
    ++changes_;
    for (const auto& [word, count] : prepared.spelling) pending_spelling_[word] += count;
  });
}

void IndexWriter::remove(const std::string& id) {
  guarded("write", [&] { db_.delete_document(schema::id_term(id)); });
  ++changes_;
}

void IndexWriter::remove_with_paragraphs(const std::string& id) {
  guarded("write", [&] {
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator it = db_.postlist_begin(term);
    if (it == db_.postlist_end(term)) return;
    for (const std::string& paragraph : schema::from_xapian_document(db_.get_document(*it)).paragraph_ids)
      db_.delete_document(schema::id_term(paragraph));
    db_.delete_document(term);
    ++changes_;  // once: a replaced file's new version counts again
  });
}

std::vector<StoredSource> IndexWriter::stored_sources() const {
  return guarded("read", [&] {
    std::vector<StoredSource> sources;
    for (auto it = db_.postlist_begin(""); it != db_.postlist_end(""); ++it) {
      const Xapian::Document xdoc = db_.get_document(*it);
      const schema::Document doc = schema::from_xapian_document(xdoc);
      sources.push_back({doc.id, doc.source, schema::stored_content_hash(xdoc)});
    }
    return sources;
  });
}

std::set<std::string> IndexWriter::stored_originals() const {
  return guarded("read", [&] {
    std::set<std::string> digests;
    for (auto it = db_.valuestream_begin(schema::slot::original); it != db_.valuestream_end(schema::slot::original); ++it)
      digests.insert(*it);
    return digests;
  });
}

std::vector<std::string> IndexWriter::documents_of_earlier_layout(std::size_t limit) const {
  return guarded("read", [&] {
    // Only the earlier layout wrote Z-prefixed terms (no field prefix starts with Z).
    std::set<Xapian::docid> found;
    for (auto term = db_.allterms_begin("Z"); term != db_.allterms_end("Z") && found.size() < limit; ++term)
      for (auto it = db_.postlist_begin(*term); it != db_.postlist_end(*term) && found.size() < limit; ++it) found.insert(*it);
    std::vector<std::string> ids;
    for (Xapian::docid docid : found) ids.push_back(schema::from_xapian_document(db_.get_document(docid)).id);
    return ids;
  });
}

void IndexWriter::commit() {
  guarded("commit", [&] {
    for (const auto& [word, count] : pending_spelling_) db_.add_spelling(word, count);
    pending_spelling_.clear();
    db_.commit_transaction();
    db_.commit();
    db_.begin_transaction(false);
  });
}

CompactionReport IndexWriter::compact_and_close() {
  CompactionReport report;
  try {
    db_.cancel_transaction();  // nothing is pending after commit(); the lock stays held
    report = compact_index(dir_);
  } catch (const Xapian::Error& e) {
    db_.close();
    throw IndexError("cannot compact index " + dir_.string() + ": " + e.get_description());
  } catch (const std::exception& e) {
    db_.close();
    throw IndexError("cannot compact index " + dir_.string() + ": " + e.what());
  }
  db_.close();
  return report;
}

Xapian::doccount IndexWriter::document_count() const {
  return guarded("read", [&] { return db_.get_doccount(); });
}

}  // namespace kommunsok::indexer
