#include "kommunsok/indexer/indexing_run.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include <optional>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/source_files.hpp"
#include "kommunsok/indexer/text_file.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

namespace {

// Bump when recognition or the index layout changes: every document is then re-indexed.
constexpr std::string_view kRecognitionVersion = "3";
// Ids become Xapian terms ("Q" + id), which cannot exceed 245 bytes.
constexpr std::size_t kMaxIdBytes = 240;

void prune_vanished(IndexWriter& writer, IndexReport& report) {
  for (const StoredSource& stored : writer.stored_sources()) {
    std::error_code ec;
    if (!stored.source.empty() && fs::exists(stored.source, ec)) continue;
    if (ec) continue;  // cannot tell: keep the document rather than lose it
    writer.remove(stored.id);
    ++report.removed;
  }
}

}  // namespace

std::string content_hash(std::string_view bytes, const std::string& source) {
  Poco::SHA1Engine sha1;
  sha1.update(kRecognitionVersion.data(), kRecognitionVersion.size());
  sha1.update('\0');
  sha1.update(source);
  sha1.update('\0');
  sha1.update(bytes.data(), bytes.size());
  return Poco::DigestEngine::digestToHex(sha1.digest());
}

namespace {

enum class Outcome { Indexed, Unchanged };

// Indexes one file; throws SourceError with the reason it cannot be.
Outcome index_file(const SourceFile& file, IndexWriter& writer, IndexReport& report) {
  const std::string path = file.path.string();
  if (file.id.size() > kMaxIdBytes)
    throw SourceError("path is too long to serve as a document id (over " + std::to_string(kMaxIdBytes) +
                      " bytes)");
  const TextFile text = read_text_file(file.path);
  if (!text.warning.empty()) report.warnings.push_back({path, text.warning});
  const std::string hash = content_hash(text.text, path);

  const std::optional<StoredSource> stored = writer.find(file.id);
  if (stored && stored->content_hash == hash) return Outcome::Unchanged;
  if (stored && stored->source != path) {
    // Another folder with the same layout was indexed, earlier or in this run (the writer
    // sees its own uncommitted documents): replacing its document would lose it. A file
    // that moved (its old path is gone) is simply replaced.
    std::error_code ec;
    if (fs::exists(stored->source, ec) || ec)
      throw SourceError("id '" + file.id + "' already belongs to " + stored->source +
                        "; index this folder into another --db");
  }
  const DocumentStructure structure(text.text);
  schema::Document doc = recognize_document(structure);
  doc.id = file.id;
  doc.source = path;
  // Paragraphs an earlier version of the file had and this one has not must go too.
  if (stored) writer.remove_with_paragraphs(file.id);
  for (const schema::Document& unit : searchable_units(std::move(doc), structure)) writer.put(unit, hash);
  return Outcome::Indexed;
}

}  // namespace

IndexReport run_indexing(const IndexOptions& options, const ProgressFn& progress) {
  IndexReport report;
  IndexWriter writer(options.db);
  const SourceListing listing = find_source_files(options.roots);
  for (const auto& problem : listing.problems) report.failed.push_back({problem.path, problem.reason});

  std::size_t pending = 0, done = 0;
  for (const SourceFile& file : listing.files) {
    const std::string path = file.path.string();
    try {
      if (index_file(file, writer, report) == Outcome::Unchanged) {
        ++report.unchanged;
      } else {
        ++report.indexed;
        if (++pending >= options.batch_size) {
          writer.commit();
          pending = 0;
        }
      }
    } catch (const SourceError& e) {
      report.failed.push_back({path, e.what()});
    } catch (const IndexError&) {
      throw;
    } catch (const std::exception& e) {
      // A recognizer bug must cost one file, not the run.
      report.failed.push_back({path, std::string("could not process: ") + e.what()});
    }
    if (progress) progress(++done, listing.files.size());
  }
  if (options.prune) prune_vanished(writer, report);
  writer.commit();
  report.documents = writer.document_count();
  return report;
}

}  // namespace kommunsok::indexer
