#include "kommunsok/indexer/sharded_run.hpp"

#include <cstdint>
#include <fstream>

#include "kommunsok/indexer/index_writer.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

fs::path shard_dir(const fs::path& db, std::size_t shard) { return db / ("shard-" + std::to_string(shard)); }

std::size_t shard_of(const std::string& source, std::size_t shards) {
  // FNV-1a: the same on every machine and in every version, unlike std::hash.
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : source) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return static_cast<std::size_t>(hash % shards);
}

namespace {

void check_shard_count(const fs::path& db, std::size_t shards) {
  const fs::path record = db / "shards";
  std::error_code ec;
  fs::create_directories(db, ec);
  if (ec) throw IndexError("cannot create " + db.string() + ": " + ec.message());
  if (std::ifstream in(record); in) {
    std::size_t recorded = 0;
    if (!(in >> recorded) || recorded == 0) throw IndexError(record.string() + " is damaged: it should hold the number of shards");
    if (recorded != shards)
      throw IndexError(db.string() + " holds " + std::to_string(recorded) + " shards, not " + std::to_string(shards) +
                       ": every file would move to another shard; index into a new --db to reshard");
    return;
  }
  std::ofstream out(record);
  out << shards << "\n";
  if (!out.flush()) throw IndexError("cannot write " + record.string());
}

void add_report(IndexReport& total, IndexReport part) {
  total.indexed += part.indexed;
  total.unchanged += part.unchanged;
  total.removed += part.removed;
  total.originals_removed += part.originals_removed;
  total.documents += part.documents;
  for (auto& note : part.failed) total.failed.push_back(std::move(note));
  for (auto& note : part.warnings) total.warnings.push_back(std::move(note));
  for (auto& note : part.ocr) total.ocr.push_back(std::move(note));
  for (auto& compaction : part.compactions) total.compactions.push_back(std::move(compaction));
  for (const auto& [format, count] : part.formats) total.formats[format] += count;
}

}  // namespace

IndexReport run_sharded_indexing(const IndexOptions& options, std::size_t shards, const ProgressFn& progress,
                                 const ExtractionNoteFn& extraction_note) {
  if (shards == 0) throw IndexError("the number of shards must be at least 1");
  check_shard_count(options.db, shards);
  SourceListing listing = find_source_files(options.roots);
  listing.files.insert(listing.files.end(), options.files.begin(), options.files.end());
  std::vector<std::vector<SourceFile>> routed(shards);
  for (SourceFile& file : listing.files) {
    const std::size_t shard = shard_of(file.source.empty() ? file.path : file.source, shards);
    routed[shard].push_back(std::move(file));
  }
  IndexReport total;
  for (const auto& problem : listing.problems) total.failed.push_back({problem.path, problem.reason});
  std::size_t done_before = 0;
  for (std::size_t shard = 0; shard < shards; ++shard) {
    IndexOptions part = options;
    part.db = shard_dir(options.db, shard);
    part.roots.clear();
    part.files = std::move(routed[shard]);
    const std::size_t files = part.files.size();
    ProgressFn shard_progress;
    if (progress)
      shard_progress = [&](std::size_t done, std::size_t) { progress(done_before + done, listing.files.size()); };
    // Even a shard with no files of this run opens: --prune may empty it of vanished ones.
    add_report(total, run_indexing(part, shard_progress, extraction_note));
    done_before += files;
  }
  return total;
}

}  // namespace kommunsok::indexer
