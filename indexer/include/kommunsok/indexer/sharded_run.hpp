// Why: an archive too large for one machine is split into shards, each a whole index of its
// own (its documents, its originals) that a search server reaches on local disk or through
// xapian-tcpsrv. Each file belongs to one shard, chosen by a digest of its path, so a file
// stays in its shard from run to run: skipping unchanged files, replacing changed ones and
// --prune then work per shard exactly as in a single index.
#pragma once

#include <filesystem>
#include <string>

#include "kommunsok/indexer/indexing_run.hpp"

namespace kommunsok::indexer {

/// DIR/shard-K: where shard K of `shards` lives.
std::filesystem::path shard_dir(const std::filesystem::path& db, std::size_t shard);

/// The shard of a file, by its source (its canonical path, or "upload:<id>").
std::size_t shard_of(const std::string& source, std::size_t shards);

/// Indexes the roots into `shards` indexes under options.db (DIR/shard-0 …). The number of
/// shards is recorded in DIR/shards the first time; a run with another number throws
/// IndexError, since the files would land in other shards than their documents.
IndexReport run_sharded_indexing(const IndexOptions& options, std::size_t shards, const ProgressFn& progress = {},
                                 const ExtractionNoteFn& extraction_note = {});

}  // namespace kommunsok::indexer
