// Why: everything a new or changed file needs before the index writer sees it — recognition,
// its archived original, its Xapian documents — touches no database, so it can run on any
// thread; the writer then only stores the result, in order (indexing_run.cpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/original_store.hpp"
#include "kommunsok/indexer/prepared_document.hpp"
#include "kommunsok/indexer/source_bytes.hpp"
#include "kommunsok/indexer/source_files.hpp"

namespace kommunsok::indexer {

/// A file read and found new or changed, waiting for its extraction and preparation.
struct Pending {
  SourceFile file;
  SourceBytes source;
  std::string sha256;
  std::string hash;  ///< content_hash: decides "unchanged" on the next run
  Format format = Format::Unknown;
  bool replaces = false;
};

/// A file's documents, prepared on a worker thread, waiting for the writer.
struct PreparedFile {
  std::string path;
  std::string id;
  std::string source;
  bool replaces = false;
  std::string failure;  ///< why the file could not be indexed; empty if it can
  std::vector<PreparedDocument> units;
  std::string warning;
  std::string ocr_note;
  std::string format;
  std::size_t text_bytes = 0;
};

/// Recognises the file (decoding it first when `extracted` is empty: a text file), archives
/// its original and builds its documents. The file's own problems are its `failure`; throws
/// IndexError when the archive cannot be written. Threads may call it at once.
PreparedFile prepare_file(const Pending& p, const std::optional<Extraction>& extracted, const OriginalStore& store);

}  // namespace kommunsok::indexer
