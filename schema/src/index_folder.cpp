#include "kommunsok/schema/index_folder.hpp"

#include <charconv>
#include <fstream>
#include <string>

namespace kommunsok::schema {

namespace fs = std::filesystem;

namespace {

// The folder a local stub names ("glass index-3", "auto replica_1") as written: relative to
// DIR, as Xapian reads it, or absolute; nullopt when there is no stub or it names no local folder.
std::optional<fs::path> stub_target(const fs::path& dir) {
  std::ifstream in(dir / kIndexStubName);
  if (!in) return std::nullopt;
  std::string line;
  for (int lines = 0; lines < 64 && std::getline(in, line); ++lines) {
    if (line.empty() || line.front() == '#') continue;
    const std::size_t space = line.find(' ');
    if (space == std::string::npos) return std::nullopt;
    const std::string type = line.substr(0, space);
    if (type != "auto" && type != "glass" && type != "chert") return std::nullopt;
    const fs::path target = line.substr(space + 1);
    if (target.empty()) return std::nullopt;
    return target;
  }
  return std::nullopt;
}

}  // namespace

std::optional<unsigned long> generation_of_name(std::string_view name) {
  if (!name.starts_with(kGenerationPrefix)) return std::nullopt;
  const std::string_view digits = name.substr(kGenerationPrefix.size());
  if (digits.empty() || digits.size() > 18 || digits.front() == '0') return std::nullopt;
  unsigned long n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return n;
}

fs::path index_tables_dir(const fs::path& dir) {
  const std::optional<fs::path> target = stub_target(dir);
  if (!target) return dir;
  return target->is_absolute() ? *target : dir / *target;
}

std::optional<unsigned long> index_generation(const fs::path& dir) {
  const std::optional<fs::path> target = stub_target(dir);
  if (!target || target->has_parent_path()) return std::nullopt;
  return generation_of_name(target->filename().string());
}

fs::path generation_dir(const fs::path& dir, unsigned long generation) {
  return dir / (std::string(kGenerationPrefix) + std::to_string(generation));
}

}  // namespace kommunsok::schema
