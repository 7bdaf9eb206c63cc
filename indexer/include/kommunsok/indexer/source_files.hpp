// Why: a document's id must be the same on every run, so files are found in a fixed order
// and named by their path relative to the root they were found under.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

struct SourceFile {
  /// Absolute, normalized. A string, not a std::filesystem::path: a path object keeps each of
  /// its components as a path of its own, about 1.4 KB a file (1.4 GB for a million files).
  std::string path;
  std::string id;              ///< path relative to its root ("protokoll/ks-12.txt"); a file root's name
  /// Where the document came from when that is not a file that stays ("upload:<id>" for an
  /// upload, whose spooled file goes once indexed); empty: the path. Such documents are never pruned.
  std::string source = {};
  /// Metadata the uploader set, as JSON (schema::parse_metadata_overrides); empty: none.
  std::string overrides_json = {};
};

struct SourceProblem {
  std::string path;
  std::string reason;
};

struct SourceListing {
  std::vector<SourceFile> files;        ///< sorted by id within each root
  std::vector<SourceProblem> problems;  ///< roots that do not exist, unreadable folders
};

/// Finds the document files (.txt, .pdf, .html, .docx, .odt, .doc; any case of the
/// extension) under each root, recursively; a root may also be a single file. Hidden files
/// and folders are skipped; links that lead outside the root are not followed (a problem);
/// a folder that cannot be listed is a problem, and the others are still listed.
SourceListing find_source_files(const std::vector<std::filesystem::path>& roots);

/// A file name or relative path as a valid UTF-8 id: bytes that are not UTF-8 and control
/// characters become %XX ("protokoll\xE5.txt" -> "protokoll%E5.txt").
std::string escaped_id(std::string_view name);

/// Text for a report line: bytes that are not UTF-8 and control characters as \xNN, so a
/// file name cannot forge lines or send escape sequences to a terminal.
std::string printable(std::string_view text);

}  // namespace kommunsok::indexer
