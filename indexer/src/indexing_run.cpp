#include "kommunsok/indexer/indexing_run.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "kommunsok/indexer/extract/isolated_extraction.hpp"
#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/ordered_workers.hpp"
#include "kommunsok/indexer/original_store.hpp"
#include "kommunsok/indexer/prepared_file.hpp"
#include "kommunsok/indexer/source_bytes.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/source_files.hpp"
#include "kommunsok/indexer/text_file.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

namespace {

// Bump when recognition or the index layout changes: every document is then re-indexed.
constexpr std::string_view kRecognitionVersion = "20";  // 20: party columns, side-headed presence tables, OCR'd letters, signature blocks, bracketed side lists, bulleted questions
// Documents of the earlier term layout named at the end of a run, at most.
constexpr std::size_t kEarlierLayoutNamed = 10;
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

std::string source_of(const SourceFile& file) { return file.source.empty() ? file.path : file.source; }

// Files prepared ahead of the writer, per worker. While the writer commits (a second or more
// per batch) the workers go on preparing files up to this bound; at 4 they ran dry within a
// commit and sat idle. A prepared file is its Xapian documents, some 100-300 KB.
constexpr std::size_t kPendingPerThread = 16;
// ... and at most this much of their bytes (source and text), however few they are.
constexpr std::size_t kMaxQueuedBytes = std::size_t{64} << 20;

std::size_t thread_count(std::size_t asked) {
  if (asked > 0) return asked;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

class Run {
 public:
  Run(const IndexOptions& options, const ProgressFn& progress, const ExtractionNoteFn& note)
      : options_(options), progress_(progress), writer_(options.db), store_(options.db),
        jobs_(options.jobs, options.limits, [this, note](std::size_t tag, const std::string& message) {
          auto it = in_flight_.find(tag);
          if (note && it != in_flight_.end()) note(it->second.file.path, message);
        }),
        workers_(thread_count(options.threads), kPendingPerThread * thread_count(options.threads)) {}

  IndexReport run() {
    SourceListing listing = find_source_files(options_.roots);
    listing.files.insert(listing.files.end(), options_.files.begin(), options_.files.end());
    total_ = listing.files.size();
    for (const auto& problem : listing.problems) report_.failed.push_back({problem.path, problem.reason});
    for (std::size_t i = 0; i < listing.files.size(); ++i) {
      begin(i, listing.files[i]);
      listing.files[i] = SourceFile{};  // read and copied: a million names need not stay to the end
    }
    while (!jobs_.empty()) collect();
    while (!workers_.empty()) write_oldest();
    if (options_.prune) prune_vanished(writer_, report_);
    store_.sync();
    writer_.commit();
    // Only after the commit: until then the index may still refer to an original.
    report_.originals_removed = store_.remove_unreferenced(writer_.stored_originals());
    report_.documents = writer_.document_count();
    // Documents no folder of this run holds (uploads, other folders) keep the terms they were
    // indexed with; those of the layout before stems with positions are found by few words.
    for (const std::string& id : writer_.documents_of_earlier_layout(kEarlierLayoutNamed))
      report_.warnings.push_back({id, "indexed before version 13 stored words as stems: few words find it until it is "
                                      "indexed again (its folder run again, or uploaded again)"});
    if (compaction_pays()) {
      CompactionReport compaction = writer_.compact_and_close();
      if (!compaction.done) report_.warnings.push_back({options_.db.string(), compaction.skipped});
      report_.compactions.push_back(std::move(compaction));
    }
    return std::move(report_);
  }

 private:
  bool compaction_pays() const {
    switch (options_.compact) {
      case CompactWhen::Always: return true;
      case CompactWhen::Never: return false;
      case CompactWhen::Auto: return writer_.changes() > 0 && writer_.changes() * 2 >= report_.documents;
    }
    return false;
  }

  // Reads the file; an unchanged one is done, a text file is extracted at once (decoding
  // is cheap and safe), any other format goes to an isolated child.
  void begin(std::size_t tag, const SourceFile& file) {
    const std::string& path = file.path;
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
        finish(std::move(*pending), std::nullopt);
        return;
      }
      while (jobs_.full()) collect();
      Pending& waiting = in_flight_[tag] = std::move(*pending);
      try {
        // The work runs in the forked child, on its copy of the bytes. The workers are paused
        // while this thread forks, so the child inherits no lock a worker held mid-task
        // (OrderedWorkers::Pause); this thread itself reads, forks and writes, and so holds none.
        const OrderedWorkers<PreparedFile>::Pause paused(workers_);
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
    const std::string path = source_of(file);
    // The writer must see every earlier document this one may meet, as when it wrote each
    // file before reading the next: rare (the same id or source twice), so it simply catches up.
    if (queued_ids_.contains(file.id) || queued_sources_.contains(path))
      while (!workers_.empty()) write_oldest();
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
        fail(pending.file.path, done.failure);
        continue;
      }
      finish(std::move(pending), std::move(done.extraction));
    }
  }

  // Hands the file to a worker; the writer takes the results in this order.
  void finish(Pending p, std::optional<Extraction> extraction) {
    std::size_t bytes = p.source.bytes.size();
    if (extraction)
      for (const std::string& page : extraction->pages) bytes += page.size();
    // A few large files must not hold gigabytes of text and index entries between them.
    while (workers_.full() || (!workers_.empty() && queued_bytes_ + bytes > kMaxQueuedBytes)) write_oldest();
    queued_bytes_ += bytes;
    queued_sizes_.push_back(bytes);
    queued_ids_.insert(p.file.id);
    queued_sources_.insert(source_of(p.file));
    workers_.submit([this, p = std::move(p), extraction = std::move(extraction)] {
      return prepare_file(p, extraction, store_);
    });
    while (workers_.front_ready()) write_oldest();
  }

  // The index side of a file, in the order the files were handed over: replaces its earlier
  // version (with paragraphs it no longer has), and commits when the batch is full.
  void write_oldest() {
    queued_bytes_ -= queued_sizes_.front();
    queued_sizes_.pop_front();
    PreparedFile p = workers_.take();
    queued_ids_.erase(p.id);
    queued_sources_.erase(p.source);
    if (!p.failure.empty()) {
      fail(p.path, p.failure);
      return;
    }
    // Paragraphs an earlier version of the file had and this one has not must go too.
    if (p.replaces) writer_.remove_with_paragraphs(p.id);
    for (const PreparedDocument& unit : p.units) writer_.put(unit);
    if (!p.warning.empty()) report_.warnings.push_back({p.path, p.warning});
    if (!p.ocr_note.empty()) report_.ocr.push_back({p.path, p.ocr_note});
    ++report_.formats[p.format];
    ++report_.indexed;
    uncommitted_bytes_ += p.text_bytes;
    if (++uncommitted_ >= options_.batch_size || uncommitted_bytes_ >= options_.batch_bytes) {
      store_.sync();  // the originals first, then the commit that refers to them
      writer_.commit();
      uncommitted_ = 0;
      uncommitted_bytes_ = 0;
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
  std::set<std::string> queued_ids_, queued_sources_;  ///< of files with the workers or waiting for the writer
  std::deque<std::size_t> queued_sizes_;  ///< bytes (source and text) of each of those files, oldest first
  std::size_t queued_bytes_ = 0;
  std::size_t uncommitted_ = 0, uncommitted_bytes_ = 0, done_ = 0, total_ = 0;
  // Last, so it is destroyed first: its threads use the members above.
  OrderedWorkers<PreparedFile> workers_;
};

}  // namespace

IndexReport run_indexing(const IndexOptions& options, const ProgressFn& progress, const ExtractionNoteFn& note) {
  return Run(options, progress, note).run();
}

}  // namespace kommunsok::indexer
