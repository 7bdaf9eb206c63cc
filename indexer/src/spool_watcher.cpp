#include "kommunsok/indexer/spool_watcher.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <thread>
#include <vector>

#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/source_files.hpp"
#include "kommunsok/schema/upload_spool.hpp"

namespace kommunsok::indexer {

namespace fs = std::filesystem;

namespace {

constexpr auto kStaleStaging = std::chrono::hours(1);

struct Waiting {
  fs::path folder;
  std::optional<schema::SpoolRequest> request;  ///< nullopt: unreadable
  std::string problem;
};

schema::Spool spool_of(const WatchOptions& options) {
  return schema::Spool{options.spool.empty() ? options.index.db / "spool" : options.spool};
}

std::vector<Waiting> waiting_requests(const schema::Spool& spool, std::size_t limit) {
  std::vector<fs::path> folders;
  std::error_code ec;
  for (fs::directory_iterator it(spool.incoming(), ec), end; !ec && it != end; it.increment(ec))
    if (schema::is_upload_id(it->path().filename().string())) folders.push_back(it->path());
  std::sort(folders.begin(), folders.end());  // ids sort in arrival order
  if (folders.size() > limit) folders.resize(limit);
  std::vector<Waiting> waiting;
  for (const fs::path& folder : folders) {
    Waiting w{folder, std::nullopt, {}};
    try {
      const auto text = schema::read_whole_file(folder / "request.json");
      if (!text) throw std::runtime_error("request.json is missing");
      w.request = schema::parse_spool_request(*text);
      if (w.request->id != folder.filename().string()) throw std::runtime_error("request.json names another upload");
    } catch (const std::exception& e) {
      w.request.reset();
      w.problem = std::string("the spooled request cannot be read: ") + e.what();
    }
    waiting.push_back(std::move(w));
  }
  return waiting;
}

// Staging folders a server left behind when it was killed before it answered, and requests
// this indexer finished but was killed while removing.
void remove_stale_staging(const schema::Spool& spool) {
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  std::vector<fs::path> stale;
  for (fs::directory_iterator it(spool.tmp(), ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code age_ec;
    const auto modified = fs::last_write_time(it->path(), age_ec);
    if (it->path().extension() == ".done" || (!age_ec && now - modified > kStaleStaging)) stale.push_back(it->path());
  }
  for (const fs::path& path : stale) fs::remove_all(path, ec);
}

void add_to_stats(const schema::Spool& spool, const SpoolBatch& batch) {
  Poco::JSON::Object::Ptr stats = new Poco::JSON::Object;
  if (const auto text = schema::read_whole_file(spool.stats_file())) {
    try {
      stats = Poco::JSON::Parser().parse(*text).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception&) {
    }
  }
  auto add = [&](const char* name, std::size_t n) { stats->set(name, stats->optValue<double>(name, 0) + static_cast<double>(n)); };
  add("indexed", batch.indexed);
  add("failed", batch.failed);
  add("deleted", batch.deleted);
  stats->set("last_batch", static_cast<double>(std::chrono::duration_cast<std::chrono::seconds>(
                                                   std::chrono::system_clock::now().time_since_epoch())
                                                   .count()));
  std::ostringstream out;
  stats->stringify(out);
  schema::write_durably(spool.stats_file(), out.str());
}

// The outcome first (durably), then the request goes: a kill in between only repeats work.
void conclude(const schema::Spool& spool, const Waiting& w, const schema::SpoolStatus& status) {
  const std::string id = w.folder.filename().string();
  schema::write_durably(spool.status_file(id), schema::spool_status_json(status));
  // Out of incoming/ in one rename, then removed: a kill while removing must not leave half a
  // request behind, to be read next time as a damaged one (and its status overwritten).
  const fs::path done = spool.tmp() / (id + ".done");
  std::error_code ec;
  fs::remove_all(done, ec);
  fs::rename(w.folder, done, ec);
  fs::remove_all(ec ? w.folder : done, ec);
}

void run_deletions(const WatchOptions& options, const schema::Spool& spool, const std::vector<const Waiting*>& group,
                   SpoolBatch& batch) {
  {
    IndexWriter writer(options.index.db);
    for (const Waiting* w : group) writer.remove_with_paragraphs(w->request->document_id);
    writer.commit();
  }
  for (const Waiting* w : group) {
    conclude(spool, *w, schema::SpoolStatus{"deleted", "", w->request->document_id, ""});
    ++batch.deleted;
  }
}

void run_additions(const WatchOptions& options, const schema::Spool& spool, const std::vector<const Waiting*>& group,
                   SpoolBatch& batch) {
  IndexOptions index = options.index;
  index.roots.clear();
  index.prune = false;
  std::map<std::string, const Waiting*> by_path;
  for (const Waiting* w : group) {
    const schema::SpoolRequest& r = *w->request;
    SourceFile file{(w->folder / r.file_name).string(), r.document_id, "upload:" + r.id, r.metadata_json};
    by_path[file.path] = w;
    index.files.push_back(std::move(file));
  }
  const IndexReport report = run_indexing(index);
  std::map<std::string, std::string> failures;
  for (const FileNote& note : report.failed) failures[note.path] = note.reason;
  for (const auto& [path, w] : by_path) {
    const auto failure = failures.find(path);
    if (failure == failures.end()) {
      conclude(spool, *w, schema::SpoolStatus{"indexed", "", w->request->document_id, ""});
      ++batch.indexed;
    } else {
      conclude(spool, *w, schema::SpoolStatus{"failed", failure->second, w->request->document_id, ""});
      ++batch.failed;
    }
  }
}

}  // namespace

SpoolBatch process_spool_batch(const WatchOptions& options) {
  const schema::Spool spool = spool_of(options);
  remove_stale_staging(spool);
  SpoolBatch batch;
  const std::vector<Waiting> waiting = waiting_requests(spool, options.batch);
  // Runs of the same action, in arrival order: an upload and its later deletion stay in order.
  std::size_t i = 0;
  while (i < waiting.size()) {
    if (!waiting[i].request) {
      conclude(spool, waiting[i], schema::SpoolStatus{"failed", waiting[i].problem, "", ""});
      ++batch.failed;
      ++i;
      continue;
    }
    std::vector<const Waiting*> group;
    const std::string action = waiting[i].request->action;
    while (i < waiting.size() && waiting[i].request && waiting[i].request->action == action) group.push_back(&waiting[i++]);
    if (action == "delete") {
      run_deletions(options, spool, group, batch);
    } else {
      run_additions(options, spool, group, batch);
    }
  }
  if (batch.taken() > 0) add_to_stats(spool, batch);
  return batch;
}

void watch_spool(const WatchOptions& options, const std::atomic<bool>& stop,
                 const std::function<void(const std::string&)>& log) {
  const schema::Spool spool = spool_of(options);
  for (const fs::path& folder : {spool.tmp(), spool.incoming(), spool.status()}) fs::create_directories(folder);
  bool said_locked = false;
  while (!stop) {
    SpoolBatch batch;
    try {
      batch = process_spool_batch(options);
      said_locked = false;
    } catch (const IndexError& e) {
      // Another indexer holds the index: the requests wait for the next try.
      if (!said_locked) log(std::string("waiting: ") + e.what());
      said_locked = true;
    } catch (const std::exception& e) {
      // A full disk, a spool folder that cannot be written: said, and tried again later.
      log(std::string("spool: ") + e.what());
    }
    if (batch.taken() > 0) {
      log("spool: indexed " + std::to_string(batch.indexed) + ", deleted " + std::to_string(batch.deleted) + ", failed " +
          std::to_string(batch.failed));
      continue;  // more may be waiting
    }
    const auto until = std::chrono::steady_clock::now() + options.poll;
    while (!stop && std::chrono::steady_clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

}  // namespace kommunsok::indexer
