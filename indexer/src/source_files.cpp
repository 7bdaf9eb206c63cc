#include "kommunsok/indexer/source_files.hpp"

#include <algorithm>
#include <iterator>
#include <set>

#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"

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

bool is_within(const fs::path& path, const fs::path& root) {
  const auto [root_end, path_it] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end();
}

// Folder by folder, so one folder that cannot be listed (or vanishes while it is) is named
// in the listing's problems and the others are still listed; links are followed only where
// they stay inside the indexed folder.
void add_tree(const fs::path& root, SourceListing& listing) {
  std::vector<SourceFile> found;
  std::vector<fs::path> folders{root};
  std::set<fs::path> seen{root};
  while (!folders.empty()) {
    const fs::path folder = folders.back();
    folders.pop_back();
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) {
      listing.problems.push_back({folder.string(), "cannot list folder: " + ec.message()});
      continue;
    }
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& path = it->path();
      if (is_hidden(path)) continue;
      std::error_code status_ec;
      fs::path real = path;
      if (it->is_symlink(status_ec)) {
        real = fs::weakly_canonical(path, status_ec);
        if (status_ec || !is_within(real, root)) {
          listing.problems.push_back({path.string(), "a link to outside the indexed folder: not followed"});
          continue;
        }
      }
      const fs::file_status status = fs::status(path, status_ec);
      if (status_ec) {
        if (status_ec != std::errc::no_such_file_or_directory)
          listing.problems.push_back({path.string(), "cannot read: " + status_ec.message()});
        continue;  // vanished while listed: nothing to index
      }
      if (fs::is_directory(status)) {
        if (seen.insert(fs::weakly_canonical(real, status_ec)).second) folders.push_back(path);
      } else if (fs::is_regular_file(status) && is_supported_file(path)) {
        found.push_back({path.string(), escaped_id(path.lexically_relative(root).generic_string())});
      }
    }
    if (ec)
      listing.problems.push_back({folder.string(), "listing stopped (" + ec.message() + "): files in it may be missing; run again"});
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  if (listing.files.empty()) {
    listing.files = std::move(found);
  } else {
    listing.files.insert(listing.files.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
}

}  // namespace

std::string escaped_id(std::string_view name) { return schema::escape_unsafe_bytes(name, schema::ByteEscape::Percent); }

std::string printable(std::string_view text) { return schema::escape_unsafe_bytes(text, schema::ByteEscape::Backslash); }

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
      listing.files.push_back({root.string(), escaped_id(root.filename().generic_string())});
    }
  }
  return listing;
}

}  // namespace kommunsok::indexer
