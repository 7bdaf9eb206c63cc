#include "kommunsok/admin/service_state.hpp"

#include <string>

#include "kommunsok/admin/admin_error.hpp"
#include "kommunsok/admin/file_ops.hpp"

namespace kommunsok::admin {

namespace fs = std::filesystem;

namespace {

// Copies a keys file, with its own mode (600), to `target`; false when there is none.
bool copy_keys_file(const fs::path& keys, const fs::path& target) {
  if (!fs::is_regular_file(keys)) return false;
  try {
    copy_new_file(keys, target);
  } catch (const SourceMissing&) {
    return false;  // removed meanwhile
  }
  return true;
}

}  // namespace

bool copy_keys(const fs::path& db, const fs::path& to) { return copy_keys_file(db / kKeysFile, to / kKeysFile); }

bool keep_current_keys(const fs::path& current_db, const fs::path& staged) {
  const fs::path partial = staged / (std::string(kKeysFile) + ".partial");
  if (!copy_keys_file(current_db / kKeysFile, partial)) return false;
  std::error_code ec;
  fs::rename(partial, staged / kKeysFile, ec);  // over the backup's keys, if it has any
  if (ec) throw AdminError("cannot put the current keys in " + (staged / kKeysFile).string() + ": " + ec.message());
  return true;
}

bool move_spool(const fs::path& replaced_db, const fs::path& db) {
  const fs::path spool = replaced_db / kSpoolDir;
  if (!fs::is_directory(spool) || fs::exists(fs::symlink_status(db / kSpoolDir))) return false;
  rename_no_replace(spool, db / kSpoolDir);
  return true;
}

}  // namespace kommunsok::admin
