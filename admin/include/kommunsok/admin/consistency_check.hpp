// Why: an index folder is consistent when Xapian finds its tables sound and every original
// a document refers to is in the archive with the bytes its name promises. One check serves
// the `check` command and restore's look at a backup before it replaces anything.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kommunsok::admin {

struct CheckReport {
  Xapian::rev revision = 0;
  Xapian::doccount documents = 0;
  std::size_t originals = 0;     ///< distinct originals referenced (and checked)
  std::size_t unreferenced = 0;  ///< archive files no document refers to (the indexer's next run removes them)
  std::vector<std::string> problems;  ///< one line each; empty when consistent
  bool consistent() const { return problems.empty(); }
};

/// Checks the index folder `db`. An indexer may write while it runs: problems found in a
/// revision that has moved on since are checked again in the new one. Throws AdminError when
/// `db` holds no index that can be opened.
CheckReport check_consistency(const std::filesystem::path& db);

}  // namespace kommunsok::admin
