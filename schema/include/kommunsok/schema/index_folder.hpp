// Why: an index folder holds its Xapian tables itself while it is first built. Compacting
// writes them anew into a generation folder, DIR/index-N, and the stub file DIR/XAPIANDB
// names the one in use — switched by one rename, so the folder always opens as a whole
// index. Xapian follows the stub by itself; what is given a folder of tables (xapian-check,
// Database::check) must be told where they are.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

namespace kommunsok::schema {

inline constexpr std::string_view kIndexStubName = "XAPIANDB";
inline constexpr std::string_view kGenerationPrefix = "index-";

/// The folder holding DIR's tables: the one DIR's stub names, else DIR itself.
std::filesystem::path index_tables_dir(const std::filesystem::path& dir);
/// N of the generation folder DIR's stub names (DIR/index-N); nullopt without a stub or for a
/// stub naming anything else (a replica's copy, say).
std::optional<unsigned long> index_generation(const std::filesystem::path& dir);
std::filesystem::path generation_dir(const std::filesystem::path& dir, unsigned long generation);
/// N of a folder named index-N, else nullopt.
std::optional<unsigned long> generation_of_name(std::string_view name);

}  // namespace kommunsok::schema
