// Why: tests of counting, sorting and sharding need many documents whose values repeat
// (shared dates, parties twice, no date, no organ), the same for every run.
#pragma once

#include <filesystem>
#include <functional>
#include <random>

#include "kommunsok/schema/document.hpp"

namespace kommunsok::test {

/// Document `n` of a deterministic series ("doc-N").
schema::Document synthetic_document(int n);

/// Writes documents from..to-1 into the database at `dir` (created if missing) and commits.
/// `pick_dir`, when given, names the database of each document instead (for shards).
void write_synthetic_documents(const std::filesystem::path& dir, int from, int to,
                               const std::function<std::filesystem::path(int)>& pick_dir = {});

}  // namespace kommunsok::test
