// kommunsok-indexer: the command line around run_indexing — arguments in, progress and a
// summary out, and an exit status scripts can trust (0 ok, 1 some files failed, 2 unusable).
#include <Poco/AutoPtr.h>
#include <Poco/Util/PropertyFileConfiguration.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "kommunsok/indexer/explanation.hpp"
#include "kommunsok/indexer/extract/isolated_extraction.hpp"
#include "kommunsok/indexer/source_bytes.hpp"
#include "kommunsok/indexer/source_files.hpp"
#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/indexer/sharded_run.hpp"
#include "kommunsok/indexer/spool_watcher.hpp"

namespace {

constexpr const char* kUsage =
    "usage: kommunsok-indexer [--config FILE] --db DIR [--prune] [--shards N] [--batch-size N] [--batch-mb N]\n"
    "                         [--threads N] [--jobs N] [--timeout S] [--compact WHEN] PATH...\n"
    "       kommunsok-indexer --db DIR --watch [--spool DIR] [--poll S] [--jobs N] [--timeout S]\n"
    "       kommunsok-indexer --explain FILE\n"
    "  Indexes the files under each PATH (folders or single files) into the index in DIR\n"
    "  (created if missing): text (.txt), PDF (scanned pages are read by OCR), HTML, Word\n"
    "  (.docx) and OpenDocument (.odt). Originals are archived in DIR/originals.\n"
    "  --watch         keep running: index the uploads and deletions the server spools (POST and\n"
    "                  DELETE /api/documents) as they arrive, until SIGTERM; --spool DIR if the\n"
    "                  server's ingest.spool is not DIR/spool, --poll S seconds between looks (default 1)\n"
    "  --explain FILE  prints the pages, structure and fields recognised in FILE, and why; writes nothing\n"
    "  --config FILE   settings from the file the server reads too (flags win): db, ingest.spool,\n"
    "                  indexer.batch_size, indexer.batch_mb, indexer.threads, indexer.jobs, indexer.timeout_s,\n"
    "                  indexer.poll_s, indexer.shards, indexer.compact\n"
    "  --prune         remove documents whose source file no longer exists\n"
    "  --shards N      split the index into N shards, DIR/shard-0 … DIR/shard-N-1, each file in one\n"
    "                  (by a digest of its path); the server's index.shards names them\n"
    "  --batch-size N  documents per commit at most (default 1000)\n"
    "  --batch-mb N    megabytes of text per commit at most (default 16): a commit comes after\n"
    "                  --batch-size documents or --batch-mb of text, whichever is first\n"
    "  --threads N     threads recognising files and building their index entries, beside the\n"
    "                  one writing the index (default: one per core)\n"
    "  --jobs N        files extracted at the same time, each in its own process (default 2)\n"
    "  --timeout S     seconds one file's extraction may take before it is stopped (default 600)\n"
    "  --compact WHEN  rewrite the index compacted at the end of the run (about a third smaller):\n"
    "                  auto (default: when the run changed at least half of its documents), always, never\n";

long whole_number(const std::string& option, const std::string& text, long low, long high);
kommunsok::indexer::CompactWhen compact_when(const std::string& option, const std::string& text);

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

long whole_number(const std::string& option, const std::string& text, long low, long high) {
  std::size_t used = 0;
  long n = 0;
  try {
    n = std::stol(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || n < low || n > high)
    throw UsageError(option + " must be a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                     ", not '" + text + "'");
  return n;
}

kommunsok::indexer::CompactWhen compact_when(const std::string& option, const std::string& text) {
  using kommunsok::indexer::CompactWhen;
  if (text == "auto") return CompactWhen::Auto;
  if (text == "always") return CompactWhen::Always;
  if (text == "never") return CompactWhen::Never;
  throw UsageError(option + " must be auto, always or never, not '" + text + "'");
}

struct Arguments {
  kommunsok::indexer::IndexOptions index;
  bool watch = false;
  std::filesystem::path spool;
  long poll_seconds = 1;
  std::size_t shards = 0;  ///< 0: one index, not shards
};

// The settings of a config file (the one the server reads): the indexer's own, and the two
// it shares with the server. Flags given on the command line override them.
void apply_config_file(const std::string& file, Arguments& parsed) {
  Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> config;
  try {
    config = new Poco::Util::PropertyFileConfiguration(file);
  } catch (const Poco::Exception& e) {
    throw UsageError("cannot read the config file " + file + ": " + e.displayText());
  }
  Poco::Util::AbstractConfiguration::Keys keys;
  config->keys("indexer", keys);
  for (const std::string& key : keys)
    if (key != "batch_size" && key != "batch_mb" && key != "threads" && key != "jobs" && key != "timeout_s" &&
        key != "poll_s" && key != "shards")
      throw UsageError("unknown setting 'indexer." + key + "' in " + file);
  auto number = [&](const std::string& key, long low, long high) {
    return whole_number(key + " (in " + file + ")", config->getString(key), low, high);
  };
  if (config->hasProperty("db")) parsed.index.db = config->getString("db");
  if (config->hasProperty("ingest.spool")) parsed.spool = config->getString("ingest.spool");
  if (config->hasProperty("indexer.batch_size"))
    parsed.index.batch_size = static_cast<std::size_t>(number("indexer.batch_size", 1, 1000000));
  if (config->hasProperty("indexer.batch_mb"))
    parsed.index.batch_bytes = static_cast<std::size_t>(number("indexer.batch_mb", 1, 65536)) << 20;
  if (config->hasProperty("indexer.threads"))
    parsed.index.threads = static_cast<std::size_t>(number("indexer.threads", 1, 64));
  if (config->hasProperty("indexer.jobs")) parsed.index.jobs = static_cast<std::size_t>(number("indexer.jobs", 1, 64));
  if (config->hasProperty("indexer.timeout_s"))
    parsed.index.limits.time = std::chrono::seconds(number("indexer.timeout_s", 1, 86400));
  if (config->hasProperty("indexer.poll_s")) parsed.poll_seconds = number("indexer.poll_s", 1, 3600);
  if (config->hasProperty("indexer.compact"))
    parsed.index.compact = compact_when("indexer.compact (in " + file + ")", config->getString("indexer.compact"));
  if (config->hasProperty("indexer.shards")) parsed.shards = static_cast<std::size_t>(number("indexer.shards", 1, 1024));
}

Arguments parse_arguments(int argc, char** argv) {
  Arguments parsed;
  kommunsok::indexer::IndexOptions& options = parsed.index;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string_view(argv[i]) == "--config") apply_config_file(argv[i + 1], parsed);
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--config") {
      value();  // read above, before the flags that override it
    } else if (arg == "--db") {
      options.db = value();
    } else if (arg == "--prune") {
      options.prune = true;
    } else if (arg == "--batch-size") {
      options.batch_size = static_cast<std::size_t>(whole_number("--batch-size", value(), 1, 1000000));
    } else if (arg == "--batch-mb") {
      options.batch_bytes = static_cast<std::size_t>(whole_number("--batch-mb", value(), 1, 65536)) << 20;
    } else if (arg == "--threads") {
      options.threads = static_cast<std::size_t>(whole_number("--threads", value(), 1, 64));
    } else if (arg == "--jobs") {
      options.jobs = static_cast<std::size_t>(whole_number("--jobs", value(), 1, 64));
    } else if (arg == "--timeout") {
      options.limits.time = std::chrono::seconds(whole_number("--timeout", value(), 1, 86400));
    } else if (arg == "--compact") {
      options.compact = compact_when("--compact", value());
    } else if (arg == "--shards") {
      parsed.shards = static_cast<std::size_t>(whole_number("--shards", value(), 1, 1024));
    } else if (arg == "--watch") {
      parsed.watch = true;
    } else if (arg == "--spool") {
      parsed.spool = value();
    } else if (arg == "--poll") {
      parsed.poll_seconds = whole_number("--poll", value(), 1, 3600);
    } else if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      std::exit(0);
    } else if (arg.starts_with("-")) {
      throw UsageError("unknown option " + std::string(arg));
    } else {
      options.roots.emplace_back(arg);
    }
  }
  if (options.db.empty()) throw UsageError("--db DIR is required");
  if (parsed.watch && !options.roots.empty()) throw UsageError("--watch takes no PATH: it indexes what the server spools");
  if (parsed.watch && parsed.shards > 0) throw UsageError("--watch writes one index, not shards");
  if (!parsed.watch && options.roots.empty()) throw UsageError("give at least one PATH to index");
  return parsed;
}

std::atomic<bool> stop_requested{false};

extern "C" void request_stop(int) { stop_requested = true; }

// The long-running service: until SIGTERM or SIGINT, which end it after the batch in hand.
int watch(const Arguments& arguments) {
  struct sigaction action {};
  action.sa_handler = request_stop;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
  kommunsok::indexer::WatchOptions options;
  options.index = arguments.index;
  options.spool = arguments.spool;
  options.poll = std::chrono::seconds(arguments.poll_seconds);
  try {
    { kommunsok::indexer::IndexWriter probe(options.index.db); }  // the index opens, or a clear error now
    std::cout << "watching " << (options.spool.empty() ? (options.index.db / "spool").string() : options.spool.string())
              << " for uploads (index " << options.index.db.string() << ")" << std::endl;
    kommunsok::indexer::watch_spool(options, stop_requested, [](const std::string& line) {
      std::cout << kommunsok::indexer::printable(line) << std::endl;
    });
    std::cout << "stopped" << std::endl;
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "kommunsok-indexer: " << e.what() << "\n";
    return 2;
  }
}

// Rewrites one terminal line at most ten times a second; silent when not on a terminal.
class ProgressLine {
 public:
  ProgressLine() : enabled_(isatty(STDERR_FILENO) == 1) {}
  void operator()(std::size_t done, std::size_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    std::fprintf(stderr, "\r\033[Kindexing %zu/%zu files", done, total);
    if (done == total) std::fputc('\n', stderr);
  }
  // "OCR page 3 of 12: arkiv/1987.pdf" on the same line, while a scanned file is read.
  void note(const std::string& path, const std::string& message) {
    if (!enabled_) return;
    std::fprintf(stderr, "\r\033[K%s: %s", kommunsok::indexer::printable(message).c_str(),
                 kommunsok::indexer::printable(path).c_str());
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

int explain(const char* file) {
  namespace ki = kommunsok::indexer;
  try {
    const ki::SourceBytes source = ki::read_source_bytes(file, ki::kMaxSourceFileBytes);
    const ki::Format format = ki::detect_format(source.bytes, file);
    const ki::Extraction extraction = format == ki::Format::Text ? ki::extract_text(source.bytes)
                                                                 : ki::extract_isolated(source.bytes, format);
    std::cout << "== file\nformat: " << ki::format_name(format) << "\n";
    if (extraction.paged) std::cout << "pages: " << extraction.pages.size() << "\n";
    if (!extraction.title_hint.empty()) std::cout << "title stated by the file: " << extraction.title_hint << "\n";
    if (!extraction.ocr_pages.empty()) {
      std::cout << "read by OCR: pages";
      for (int page : extraction.ocr_pages) std::cout << " " << page;
      std::cout << "\n";
    }
    if (!extraction.warning.empty()) std::cout << "warning: " << extraction.warning << "\n";
    std::string text;
    for (std::size_t i = 0; i < extraction.pages.size(); ++i) text += (i ? "\f" : "") + extraction.pages[i];
    if (extraction.paged) text += '\f';
    std::cout << "\n" << ki::explain_document(text);
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "kommunsok-indexer: " << file << ": " << e.what() << "\n";
    return 1;
  }
}

int main(int argc, char** argv) {
  if (argc >= 2 && std::string_view(argv[1]) == "--explain") {
    if (argc != 3) {
      std::cerr << "kommunsok-indexer: --explain takes exactly one FILE\n" << kUsage;
      return 2;
    }
    return explain(argv[2]);
  }
  Arguments arguments;
  try {
    arguments = parse_arguments(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "kommunsok-indexer: " << e.what() << "\n" << kUsage;
    return 2;
  }
  if (arguments.watch) return watch(arguments);
  const kommunsok::indexer::IndexOptions& options = arguments.index;
  try {
    ProgressLine progress;
    const kommunsok::indexer::ProgressFn on_progress = [&](std::size_t done, std::size_t total) { progress(done, total); };
    const kommunsok::indexer::ExtractionNoteFn on_note = [&](const std::string& path, const std::string& message) {
      progress.note(path, message);
    };
    const auto report = arguments.shards > 0
                            ? kommunsok::indexer::run_sharded_indexing(options, arguments.shards, on_progress, on_note)
                            : kommunsok::indexer::run_indexing(options, on_progress, on_note);
    // File names come from anyone: printable() keeps each report line one line.
    using kommunsok::indexer::printable;
    for (const auto& warning : report.warnings)
      std::cerr << "warning: " << printable(warning.path) << ": " << printable(warning.reason) << "\n";
    for (const auto& failure : report.failed)
      std::cerr << "failed: " << printable(failure.path) << ": " << printable(failure.reason) << "\n";
    for (const auto& ocr : report.ocr) std::cout << "OCR: " << printable(ocr.path) << ": " << printable(ocr.reason) << "\n";
    if (!report.formats.empty()) {
      std::cout << "indexed by format:";
      for (const auto& [format, count] : report.formats) std::cout << " " << format << " " << count;
      std::cout << "\n";
    }
    for (const auto& compaction : report.compactions) {
      if (!compaction.done) continue;
      std::cout << "compacted the index: " << (compaction.bytes_before >> 20) << " MB to "
                << (compaction.bytes_after >> 20) << " MB in " << compaction.took.count() << " ms\n";
    }
    std::cout << "indexed " << report.indexed << ", unchanged " << report.unchanged << ", removed "
              << report.removed << ", failed " << report.failed.size() << " (" << report.documents
              << " documents in " << options.db.string()
              << (arguments.shards > 0 ? ", " + std::to_string(arguments.shards) + " shards" : std::string()) << ")\n";
    return report.ok() ? 0 : 1;
  } catch (const kommunsok::indexer::IndexError& e) {
    std::cerr << "kommunsok-indexer: " << e.what() << "\n";
    return 2;
  }
}
