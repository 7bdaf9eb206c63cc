// Why: one run over the sources — skip unchanged files, replace changed ones, prune
// vanished ones, commit in batches — with a report of what happened to every file.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "kommunsok/indexer/extract/isolated_extraction.hpp"
#include "kommunsok/indexer/index_compaction.hpp"
#include "kommunsok/indexer/source_files.hpp"

namespace kommunsok::indexer {

// Chosen by measurement (README.md, "indexer"; 20,000 generated documents of 7.7 KB): against
// 100 per commit, 1000 write a sixth of the bytes (2.2 GB, not 13) in about 200 MB of memory;
// larger batches write less still but cost more memory (2000: 290 MB, 5000: 550 MB) and, at
// 5000, some 15 % more CPU.
constexpr std::size_t kDefaultBatchDocuments = 1000;
constexpr std::size_t kDefaultBatchBytes = std::size_t{16} << 20;

/// When a run ends by compacting the index (index_compaction.hpp). Auto: when the run added,
/// replaced or removed at least half as many documents as the index then holds — a first
/// build, a re-index after recognition changed — where compacting saves a third of the index
/// in seconds; a run that changed a little would rewrite the whole index for little.
enum class CompactWhen { Auto, Always, Never };

struct IndexOptions {
  std::filesystem::path db;
  std::vector<std::filesystem::path> roots;
  std::vector<SourceFile> files;  ///< single files with their ids given (uploads), after the roots
  bool prune = false;
  // A commit after batch_size documents or batch_bytes of their text, whichever comes first.
  // Each commit rewrites the B-tree blocks it touched, so small batches write the index many
  // times over; the text bound keeps the writer's memory (its uncommitted postings) in check.
  std::size_t batch_size = kDefaultBatchDocuments;
  std::size_t batch_bytes = kDefaultBatchBytes;
  std::size_t threads = 0;       ///< threads recognising files and building their documents; 0: one per core
  std::size_t jobs = 2;          ///< files extracted at the same time, each in its own process
  ExtractionLimits limits;       ///< per file: time and memory of its extraction
  CompactWhen compact = CompactWhen::Auto;
};

struct FileNote {
  std::string path;
  std::string reason;
};

struct IndexReport {
  std::size_t indexed = 0;
  std::size_t unchanged = 0;
  std::size_t removed = 0;
  std::vector<FileNote> failed;
  std::vector<FileNote> warnings;
  std::vector<FileNote> ocr;                  ///< files read (partly) by OCR
  std::map<std::string, std::size_t> formats;  ///< files indexed, per format name
  std::size_t originals_removed = 0;           ///< archived originals no document refers to any more
  std::size_t documents = 0;  ///< in the index after the run
  std::vector<CompactionReport> compactions;  ///< one per index the run compacted (or meant to)
  bool ok() const { return failed.empty(); }
};

/// Called after each file: (files done, files in total).
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;
/// Called while a long file is extracted: its path and what is happening ("OCR page 3 of 12").
using ExtractionNoteFn = std::function<void(const std::string& path, const std::string& message)>;

/// Indexes the roots into the database. Per-file problems go into the report; a database
/// that cannot be opened or written throws IndexError.
IndexReport run_indexing(const IndexOptions& options, const ProgressFn& progress = {},
                         const ExtractionNoteFn& extraction_note = {});

/// The fingerprint deciding whether a stored document is up to date: file bytes (or their digest), source
/// path and the recognition version, so improved recognition re-indexes everything.
std::string content_hash(std::string_view bytes, const std::string& source);

}  // namespace kommunsok::indexer
