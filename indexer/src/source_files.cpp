#include "kommunsok/indexer/source_files.hpp"

#include <algorithm>
#include <set>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

namespace {

// The kinds of file a folder of downloaded documents holds; which extractor reads one is
// decided by its content, not by this name.
bool is_supported_file(const fs::path& path) {
  static const std::set<std::string> kExtensions{".txt", ".text", ".pdf", ".html", ".htm", ".xhtml",
                                                 ".docx", ".odt", ".doc"};
  return kExtensions.contains(lower(path.extension().string()));
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name.front() == '.';
}

void add_tree(const fs::path& root, SourceListing& listing) {
  std::vector<SourceFile> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    listing.problems.push_back({root.string(), "cannot list folder: " + ec.message()});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      listing.problems.push_back({it->path().string(), "cannot list folder: " + ec.message()});
      ec.clear();
      continue;
    }
    const fs::path& path = it->path();
    if (is_hidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!is_supported_file(path) || it->is_directory(ec)) continue;
    found.push_back({path, path.lexically_relative(root).generic_string()});
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  listing.files.insert(listing.files.end(), found.begin(), found.end());
}

}  // namespace

SourceListing find_source_files(const std::vector<fs::path>& roots) {
  SourceListing listing;
  for (const fs::path& given : roots) {
    std::error_code ec;
    const fs::path root = fs::weakly_canonical(fs::absolute(given), ec);
    if (ec || !fs::exists(root, ec)) {
      listing.problems.push_back({given.string(), "no such file or folder"});
      continue;
    }
    if (fs::is_directory(root, ec)) {
      add_tree(root, listing);
    } else {
      listing.files.push_back({root, root.filename().generic_string()});
    }
  }
  return listing;
}

}  // namespace kommunsok::indexer
