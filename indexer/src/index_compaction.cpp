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

namespace {

// While DIR's own tables give way to its first generation: the stub being written, and the
// version file set aside (Xapian opens DIR's own tables whenever DIR/iamglass is there, so
// it goes before the stub comes).
constexpr std::string_view kNextStub = "XAPIANDB.next";
constexpr std::string_view kReplacedVersion = "iamglass.replaced";

bool present(const fs::path& path) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(path, ec));
}

void rename_durably(const fs::path& from, const fs::path& to, const fs::path& dir) {
  std::error_code ec;
  fs::rename(from, to, ec);
  if (ec) throw std::runtime_error("cannot rename " + from.string() + " to " + to.string() + ": " + ec.message());
  schema::sync_folder(dir);
}

}  // namespace

void prepare_index_folder(const fs::path& dir) {
  const fs::path stub = dir / schema::kIndexStubName, next = dir / kNextStub, version = dir / "iamglass";
  std::error_code ec;
  // A first switch cut short after the version file was set aside: the generation was whole
  // before its stub was written, so the switch is finished.
  if (!present(version) && !present(stub) && present(next)) {
    fs::rename(next, stub, ec);  // another writer may have finished it first
    if (!ec) schema::sync_folder(dir);
  }
  // DIR's own tables and a stub both (left by a version of this indexer that wrote the stub
  // first): Xapian opens the tables, so they hold the latest writes; the stub goes.
  if (present(version) && fs::is_regular_file(stub, ec)) {
    fs::remove(stub, ec);
    schema::sync_folder(dir);
  }
  if (!present(stub)) return;
  if (!fs::is_regular_file(stub, ec))
    throw std::runtime_error(stub.string() + " is not a file: remove it to index into " + dir.string());
  const std::optional<unsigned long> generation = schema::index_generation(dir);
  if (!generation)
    throw std::runtime_error(stub.string() + " names " + schema::index_tables_dir(dir).string() +
                             ", not a generation (index-N) this indexer wrote in " + dir.string() +
                             ": a replica or a folder arranged by hand; index into the folder it names, or remove the stub");
  if (!present(schema::generation_dir(dir, *generation) / "iamglass"))
    throw std::runtime_error(stub.string() + " names " + schema::generation_dir(dir, *generation).string() +
                             ", which holds no index: restore it from a backup, or remove the stub");
}

void remove_stale_tables(const fs::path& dir) {
  const bool stubbed = present(dir / schema::kIndexStubName);
  const std::optional<unsigned long> current = schema::index_generation(dir);
  if (stubbed && !current) return;  // a stub this indexer did not write: nothing here is known to be stale
  std::error_code ec;
  const bool own_tables = present(dir / "iamglass");
  std::vector<fs::path> stale;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code type_ec;
    if (const auto generation = schema::generation_of_name(name)) {
      if (generation != current && it->is_directory(type_ec)) stale.push_back(it->path());
    } else if (current && !own_tables && (is_table_file(name) || name == kReplacedVersion || name == kNextStub) &&
               it->is_regular_file(type_ec)) {
      stale.push_back(it->path());
    }
  }
  for (const fs::path& path : stale) fs::remove_all(path, ec);  // what is left is removed next time
}

CompactionReport compact_index(const fs::path& dir) {
  const auto started = std::chrono::steady_clock::now();
  CompactionReport report;
  const fs::path stub = dir / schema::kIndexStubName;
  const bool stubbed = present(stub);
  const std::optional<unsigned long> current = schema::index_generation(dir);
  if (stubbed && !current) {
    report.skipped = "not compacted: " + stub.string() + " names no generation this indexer wrote";
    return report;
  }
  const fs::path from = schema::index_tables_dir(dir);
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
  const std::string stub_text = "glass " + to.filename().string() + "\n";
  try {
    Xapian::Database source(from.string());
    source.compact(to.string(), Xapian::DBCOMPACT_NO_RENUMBER);
    sync_filesystem(to);
    if (current) {
      schema::write_durably(stub, stub_text, 0644);  // one generation for another, in one rename
    } else {
      // DIR's own tables give way: the stub ready, the version file aside, then the stub in
      // place. A kill in between is finished by the next writer (prepare_index_folder).
      schema::write_durably(dir / kNextStub, stub_text, 0644);
      rename_durably(dir / "iamglass", dir / kReplacedVersion, dir);
      try {
        rename_durably(dir / kNextStub, stub, dir);
      } catch (...) {
        // A writer opening DIR meanwhile may have finished the switch (prepare_index_folder).
        if (!present(stub)) rename_durably(dir / kReplacedVersion, dir / "iamglass", dir);
        if (schema::index_generation(dir) != next) throw;
      }
    }
  } catch (...) {
    fs::remove(dir / kNextStub, ec);
    if (!present(stub) || schema::index_generation(dir) != next) fs::remove_all(to, ec);
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
