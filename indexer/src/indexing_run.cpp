#include "kommunsok/indexer/indexing_run.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include <map>
#include <optional>
#include <set>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/extract/isolated_extraction.hpp"
#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/original_store.hpp"
#include "kommunsok/indexer/source_bytes.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/source_files.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/schema/upload_spool.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

namespace {

// Bump when recognition or the index layout changes: every document is then re-indexed.
constexpr std::string_view kRecognitionVersion = "10";
// Ids become Xapian terms ("Q" + id), which cannot exceed 245 bytes; a protocol's paragraphs
// add "#§NNNN" to its id, so a file's own id leaves room for that.
constexpr std::size_t kMaxIdBytes = 240 - 16;

void prune_vanished(IndexWriter& writer, IndexReport& report) {
  for (const StoredSource& stored : writer.stored_sources()) {
    std::error_code ec;
    // Uploads have no file to vanish: only a deletion removes them.
    if (!stored.source.empty() && !stored.source.starts_with("/")) continue;
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

// A file read and found new or changed, waiting for its extraction.
struct Pending {
  SourceFile file;
  SourceBytes source;
  std::string sha256;
  std::string hash;  ///< content_hash: decides "unchanged" on the next run
  Format format = Format::Unknown;
  bool replaces = false;
};

class Run {
 public:
  Run(const IndexOptions& options, const ProgressFn& progress, const ExtractionNoteFn& note)
      : options_(options), progress_(progress), writer_(options.db), store_(options.db),
        jobs_(options.jobs, options.limits, [this, note](std::size_t tag, const std::string& message) {
          auto it = in_flight_.find(tag);
          if (note && it != in_flight_.end()) note(it->second.file.path.string(), message);
        }) {}

  IndexReport run() {
    SourceListing listing = find_source_files(options_.roots);
    listing.files.insert(listing.files.end(), options_.files.begin(), options_.files.end());
    total_ = listing.files.size();
    for (const auto& problem : listing.problems) report_.failed.push_back({problem.path, problem.reason});
    for (std::size_t i = 0; i < listing.files.size(); ++i) begin(i, listing.files[i]);
    while (!jobs_.empty()) collect();
    if (options_.prune) prune_vanished(writer_, report_);
    store_.sync();
    writer_.commit();
    // Only after the commit: until then the index may still refer to an original.
    report_.originals_removed = store_.remove_unreferenced(writer_.stored_originals());
    report_.documents = writer_.document_count();
    return std::move(report_);
  }

 private:
  // Reads the file; an unchanged one is done, a text file is extracted at once (decoding
  // is cheap and safe), any other format goes to an isolated child.
  void begin(std::size_t tag, const SourceFile& file) {
    const std::string path = file.path.string();
    try {
      std::optional<Pending> pending = read(file);
      if (!pending) {
        ++report_.unchanged;
        advance();
        return;
      }
      if (pending->format == Format::Text) {
        if (pending->source.bytes.size() > kMaxTextFileBytes)
          throw SourceError("file too large (" + std::to_string(pending->source.bytes.size() >> 20) +
                            " MB, limit " + std::to_string(kMaxTextFileBytes >> 20) + " MB for text)");
        finish(*pending, extract_text(pending->source.bytes));
        return;
      }
      while (jobs_.full()) collect();
      Pending& waiting = in_flight_[tag] = std::move(*pending);
      try {
        // The work runs in the forked child, on its copy of the bytes.
        jobs_.start(tag, [&waiting] { return extract(waiting.source.bytes, waiting.format); });
      } catch (...) {
        in_flight_.erase(tag);
        throw;
      }
      in_flight_ids_.insert(waiting.file.id);
    } catch (const SourceError& e) {
      fail(path, e.what());
    } catch (const IndexError&) {
      throw;
    } catch (const std::exception& e) {
      fail(path, std::string("could not process: ") + e.what());
    }
  }

  std::optional<Pending> read(SourceFile file) {
    const std::string path = file.source.empty() ? file.path.string() : file.source;
    // The same file reached through another folder on the command line ("corpus" today,
    // "corpus/ks" tomorrow) keeps the id it has: one file, one document.
    if (const std::optional<StoredSource> by_id = writer_.find(file.id); !by_id || by_id->source != path)
      if (const std::optional<StoredSource> same = writer_.find_by_source(path); same && same->id != file.id)
        file.id = same->id;
    if (file.id.size() > kMaxIdBytes)
      throw SourceError("path is too long to serve as a document id (over " + std::to_string(kMaxIdBytes) +
                        " bytes)");
    Pending p;
    p.file = file;
    p.source = read_source_bytes(file.path, kMaxSourceFileBytes);
    p.sha256 = sha256_hex(p.source.bytes);
    p.hash = content_hash(p.sha256, path);
    const std::optional<StoredSource> stored = writer_.find(file.id);
    if (stored && stored->content_hash == p.hash) return std::nullopt;
    if ((stored && stored->source != path) || in_flight_ids_.contains(file.id)) {
      // Another folder with the same layout was indexed, earlier or in this run (the writer
      // sees its own uncommitted documents): replacing its document would lose it. A file
      // that moved (its old path is gone) is simply replaced.
      std::error_code ec;
      const std::string owner = stored ? stored->source : "another file in this run";
      if (!stored || fs::exists(stored->source, ec) || ec)
        throw SourceError("id '" + file.id + "' already belongs to " + owner + "; index this folder into another --db");
    }
    p.replaces = stored.has_value();
    p.format = detect_format(p.source.bytes, file.path);
    return p;
  }

  void collect() {
    for (IsolatedJobs::Finished& done : jobs_.wait()) {
      auto it = in_flight_.find(done.tag);
      Pending pending = std::move(it->second);
      in_flight_.erase(it);
      in_flight_ids_.erase(pending.file.id);
      if (!done.ok) {
        fail(pending.file.path.string(), done.failure);
        continue;
      }
      try {
        finish(pending, std::move(done.extraction));
      } catch (const SourceError& e) {
        fail(pending.file.path.string(), e.what());
      } catch (const IndexError&) {
        throw;
      } catch (const std::exception& e) {
        fail(pending.file.path.string(), std::string("could not process: ") + e.what());
      }
    }
  }

  // Recognition, the archived original, and the index: the original first, so the commit
  // that refers to it never comes before it.
  void finish(const Pending& p, Extraction extraction) {
    const std::string path = p.file.path.string();
    const std::string source = p.file.source.empty() ? path : p.file.source;
    std::string text;
    for (std::size_t i = 0; i < extraction.pages.size(); ++i) {
      if (i > 0) text += '\f';
      text += extraction.pages[i];
    }
    if (extraction.paged) text += '\f';  // even a one-page PDF has page numbers
    const DocumentStructure structure(text);
    schema::Document doc = recognize_document(structure);
    // The title the file states: where recognition found none, or ran a heading on into the
    // text after it (paragraphs of Word files and web pages are not blank-line separated).
    const std::string& hint = extraction.title_hint;
    if (doc.title.empty() || (!hint.empty() && doc.title.starts_with(hint + " ") && doc.kind != schema::Kind::Paragraf))
      doc.title = hint;
    doc.id = p.file.id;
    doc.source = source;
    if (!p.file.overrides_json.empty()) schema::parse_metadata_overrides(p.file.overrides_json).apply_to(doc);
    doc.original = schema::Original{escaped_id(p.file.path.filename().string()),
                                    p.file.id,
                                    p.sha256,
                                    std::string(format_name(p.format)),
                                    std::string(media_type(p.format)),
                                    p.source.bytes.size(),
                                    iso_utc(p.source.modified),
                                    p.format == Format::Pdf ? static_cast<int>(extraction.pages.size()) : 0,
                                    extraction.ocr_pages};
    store_.store(p.source.bytes, p.sha256);
    // Paragraphs an earlier version of the file had and this one has not must go too.
    if (p.replaces) writer_.remove_with_paragraphs(p.file.id);
    for (const schema::Document& unit : searchable_units(std::move(doc), structure)) writer_.put(unit, p.hash);

    if (!extraction.warning.empty()) report_.warnings.push_back({path, extraction.warning});
    if (!extraction.ocr_pages.empty())
      report_.ocr.push_back({path, std::to_string(extraction.ocr_pages.size()) + " of " +
                                       std::to_string(extraction.pages.size()) + " pages read by OCR"});
    ++report_.formats[std::string(format_name(p.format))];
    ++report_.indexed;
    if (++uncommitted_ >= options_.batch_size) {
      store_.sync();  // the originals first, then the commit that refers to them
      writer_.commit();
      uncommitted_ = 0;
    }
    advance();
  }

  void fail(const std::string& path, const std::string& reason) {
    report_.failed.push_back({path, reason});
    advance();
  }

  void advance() {
    if (progress_) progress_(++done_, total_);
  }

  const IndexOptions& options_;
  const ProgressFn& progress_;
  IndexReport report_;
  IndexWriter writer_;
  OriginalStore store_;
  IsolatedJobs jobs_;
  std::map<std::size_t, Pending> in_flight_;
  std::set<std::string> in_flight_ids_;
  std::size_t uncommitted_ = 0, done_ = 0, total_ = 0;
};

}  // namespace

IndexReport run_indexing(const IndexOptions& options, const ProgressFn& progress, const ExtractionNoteFn& note) {
  return Run(options, progress, note).run();
}

}  // namespace kommunsok::indexer
