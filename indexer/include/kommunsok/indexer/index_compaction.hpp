// Why: an index built by many commits leaves its B-tree blocks part-empty; rewritten by
// Xapian's compactor it is about a third smaller and reads fewer blocks. DIR is itself the
// index folder (with originals/, keys and the upload spool beside the tables), so the
// compacted tables go to a new generation folder and DIR's stub is switched to it by one
// rename (schema/index_folder.hpp): a kill at any moment leaves a whole index.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace kommunsok::indexer {

struct CompactionReport {
  bool done = false;
  std::string skipped;  ///< why not, when not done
  std::uintmax_t bytes_before = 0, bytes_after = 0;
  std::chrono::milliseconds took{0};
};

/// Writes the last committed revision of DIR's index, compacted, into its next generation
/// folder, switches DIR's stub to it and removes the tables it replaced. The caller holds the
/// index's write lock with nothing uncommitted, and closes its handle afterwards (its tables
/// are gone). Not done (and said why) when the disk has not room for a second copy; throws
/// Xapian::Error or std::runtime_error when writing fails, the index as it was.
CompactionReport compact_index(const std::filesystem::path& dir);

/// Before a writer opens DIR: finishes a first switch to a generation that a kill cut short,
/// and refuses (std::runtime_error, saying why) a stub this indexer did not write or one
/// naming a generation that is not there — Xapian would otherwise create an empty index
/// where it points, and the run would drop every document it does not see again.
void prepare_index_folder(const std::filesystem::path& dir);

/// Removes what a compaction cut short leaves: generation folders DIR's stub does not name
/// and, once it names one, tables DIR itself held before. Nothing when the stub is not one
/// this indexer wrote. Called with the write lock held.
void remove_stale_tables(const std::filesystem::path& dir);

/// Bytes of the files of DIR's tables (not its originals).
std::uintmax_t index_tables_bytes(const std::filesystem::path& dir);

}  // namespace kommunsok::indexer
