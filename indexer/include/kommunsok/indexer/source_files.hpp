// Why: a document's id must be the same on every run, so files are found in a fixed order
// and named by their path relative to the root they were found under.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kommunsok::indexer {

struct SourceFile {
  std::filesystem::path path;  ///< absolute, normalized
  std::string id;              ///< path relative to its root ("protokoll/ks-12.txt"); a file root's name
};

struct SourceProblem {
  std::string path;
  std::string reason;
};

struct SourceListing {
  std::vector<SourceFile> files;        ///< sorted by id within each root
  std::vector<SourceProblem> problems;  ///< roots that do not exist, unreadable folders
};

/// Finds the .txt files (any case of the extension) under each root, recursively;
/// a root may also be a single file. Hidden files and folders are skipped.
SourceListing find_source_files(const std::vector<std::filesystem::path>& roots);

}  // namespace kommunsok::indexer
