// Why: the admin tests run kommunsok-admin, the indexer and the server as an operator does,
// and look at what a backup holds with tools other than kommunsok-admin itself.
#pragma once

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <string>
#include <vector>

#include "process_run.hpp"

namespace kommunsok::test {

/// kommunsok-admin with these arguments, to its end.
Outcome admin(const std::vector<std::string>& args);
/// Indexes `sources` into `db`; REQUIREs success.
void index_folder(const std::filesystem::path& db, const std::filesystem::path& sources);
/// Three small documents (two interpellation answers and a § protocol extract) in `folder`.
void write_small_corpus(const std::filesystem::path& folder);

/// Debian's xapian-check (package xapian-tools) on an index folder.
Outcome xapian_check(const std::filesystem::path& index);
/// The number of documents Xapian reads in an index folder.
unsigned document_count(const std::filesystem::path& index);
/// The number of files under the index's archive of originals.
std::size_t archived_files(const std::filesystem::path& index);
/// BACKUP/manifest.json, parsed.
Poco::JSON::Object::Ptr manifest(const std::filesystem::path& backup);
/// The archive path of one original the index refers to (the first document's).
std::filesystem::path some_original(const std::filesystem::path& index);
/// Whether `folder` holds an entry whose name starts with `prefix`.
bool has_entry_starting_with(const std::filesystem::path& folder, const std::string& prefix);

}  // namespace kommunsok::test
