#include "kommunsok/admin/consistency_check.hpp"

#include <sstream>

#include "kommunsok/admin/admin_error.hpp"
#include "kommunsok/admin/file_digest.hpp"
#include "kommunsok/admin/referenced_originals.hpp"
#include "kommunsok/schema/index_folder.hpp"
#include "kommunsok/schema/original_archive.hpp"

namespace kommunsok::admin {

namespace fs = std::filesystem;

namespace {

constexpr int kAttempts = 5;

Xapian::Database open_index(const fs::path& db) {
  try {
    Xapian::Database index(db.string());
    if (index.size() != 1) throw AdminError(db.string() + " is not an index folder");
    return index;
  } catch (const Xapian::Error& e) {
    throw AdminError("no index at " + db.string() + ": " + e.get_description());
  }
}

// Xapian's own check of every table and of how they agree with each other.
void check_tables(const fs::path& db, CheckReport& report) {
  std::ostringstream out;
  try {
    const std::size_t errors = Xapian::Database::check(schema::index_tables_dir(db).string(), 0, &out);
    if (errors == 0) return;
    std::string details = out.str();
    while (!details.empty() && details.back() == '\n') details.pop_back();
    report.problems.push_back("Xapian found " + std::to_string(errors) + " error(s) in the tables: " + details);
  } catch (const Xapian::Error& e) {
    report.problems.push_back("Xapian cannot check the tables: " + e.get_description());
  }
}

void check_originals(const fs::path& db, const Xapian::Database& index, CheckReport& report) {
  const ReferencedOriginals referenced = referenced_originals(index);
  for (const Xapian::docid docid : referenced.malformed) {
    report.problems.push_back("document " + document_name(index, docid) + " names an original that is not a SHA-256");
  }
  report.originals = referenced.by_sha256.size();
  for (const auto& [sha256, docid] : referenced.by_sha256) {
    const fs::path file = schema::original_path(db, sha256);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
      report.problems.push_back("missing original " + file.string() + " (document " + document_name(index, docid) + ")");
      continue;
    }
    try {
      const std::string actual = sha256_of_file(file);
      if (actual != sha256) {
        report.problems.push_back("original " + file.string() + " has other bytes (their SHA-256 is " + actual +
                                  ") (document " + document_name(index, docid) + ")");
      }
    } catch (const AdminError& e) {
      report.problems.push_back(std::string(e.what()) + " (document " + document_name(index, docid) + ")");
    }
  }
  // Files no document refers to are left by a run that was stopped; not an error.
  std::error_code ec;
  for (fs::recursive_directory_iterator it(schema::originals_dir(db), ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code entry_ec;
    if (it->is_regular_file(entry_ec) && !referenced.by_sha256.contains(it->path().filename().string())) {
      ++report.unreferenced;
    }
  }
}

bool revision_moved(const fs::path& db, Xapian::rev checked) {
  try {
    return Xapian::Database(db.string()).get_revision() != checked;
  } catch (const Xapian::Error&) {
    return false;
  }
}

}  // namespace

CheckReport check_consistency(const fs::path& db) {
  for (int attempt = 1;; ++attempt) {
    CheckReport report;
    try {
      const Xapian::Database index = open_index(db);
      report.revision = index.get_revision();
      report.documents = index.get_doccount();
      check_tables(db, report);
      check_originals(db, index, report);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) throw AdminError(db.string() + " kept changing while it was checked; try again");
      continue;
    } catch (const Xapian::Error& e) {
      throw AdminError("cannot read " + db.string() + ": " + e.get_description());
    }
    // A problem seen in a revision an indexer has since replaced (it removes originals the
    // new revision no longer needs) may not be one: look again at the new revision.
    if (report.consistent() || attempt == kAttempts || !revision_moved(db, report.revision)) return report;
  }
}

}  // namespace kommunsok::admin
