#include "kommunsok/indexer/index_compaction.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <xapian.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <vector>

#include "kommunsok/schema/index_folder.hpp"
#include "kommunsok/schema/upload_spool.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

namespace {

// Headroom beyond a second copy of the tables, so compacting never fills the disk.
constexpr std::uintmax_t kSpareBytes = std::uintmax_t{64} << 20;

// Files of Xapian tables that DIR held itself before its first compaction.
bool is_table_file(const std::string& name) {
  if (name == "iamglass" || name.ends_with(".glass") || name.ends_with(".glass.tmp")) return true;
  if (!name.starts_with("changes") || name.size() == 7) return false;  // replication changesets
  return name.find_first_not_of("0123456789", 7) == std::string::npos;
}

void sync_filesystem(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("cannot open " + folder.string() + ": " + std::strerror(errno));
  const int result = ::syncfs(fd);
  const int saved = errno;
  ::close(fd);
  if (result != 0) throw std::runtime_error("cannot sync " + folder.string() + ": " + std::strerror(saved));
}

}  // namespace

std::uintmax_t index_tables_bytes(const fs::path& dir) {
  std::uintmax_t bytes = 0;
  std::error_code ec;
  for (fs::directory_iterator it(schema::index_tables_dir(dir), ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) {
      const std::uintmax_t size = it->file_size(size_ec);
      if (!size_ec) bytes += size;
    }
  }
  return bytes;
}

void remove_stale_tables(const fs::path& dir) {
  const std::optional<unsigned long> current = schema::index_generation(dir);
  std::error_code ec;
  std::vector<fs::path> stale;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code type_ec;
    if (const auto generation = schema::generation_of_name(name)) {
      if (generation != current && it->is_directory(type_ec)) stale.push_back(it->path());
    } else if (current && is_table_file(name) && it->is_regular_file(type_ec)) {
      stale.push_back(it->path());
    }
  }
  for (const fs::path& path : stale) fs::remove_all(path, ec);  // what is left is removed next time
}

CompactionReport compact_index(const fs::path& dir) {
  const auto started = std::chrono::steady_clock::now();
  CompactionReport report;
  const fs::path from = schema::index_tables_dir(dir);
  const std::optional<unsigned long> current = schema::index_generation(dir);
  const unsigned long next = current ? *current + 1 : 1;
  const fs::path to = schema::generation_dir(dir, next);
  report.bytes_before = index_tables_bytes(dir);

  std::error_code ec;
  fs::remove_all(to, ec);  // an attempt cut short
  const fs::space_info space = fs::space(dir, ec);
  if (!ec && space.available < report.bytes_before + kSpareBytes) {
    report.skipped = "not compacted: " + std::to_string(space.available >> 20) + " MB free, a second copy needs " +
                     std::to_string((report.bytes_before + kSpareBytes) >> 20) + " MB";
    return report;
  }
  try {
    Xapian::Database source(from.string());
    source.compact(to.string(), Xapian::DBCOMPACT_NO_RENUMBER);
    sync_filesystem(to);
    const std::string stub = "glass " + to.filename().string() + "\n";
    schema::write_durably(dir / schema::kIndexStubName, stub, 0644);
  } catch (...) {
    fs::remove_all(to, ec);
    throw;
  }
  // From here DIR opens as the new generation; what it replaced goes.
  remove_stale_tables(dir);
  report.done = true;
  report.bytes_after = index_tables_bytes(dir);
  report.took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  return report;
}

}  // namespace kommunsok::indexer
