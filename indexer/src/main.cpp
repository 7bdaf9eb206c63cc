// kommunsok-indexer: the command line around run_indexing — arguments in, progress and a
// summary out, and an exit status scripts can trust (0 ok, 1 some files failed, 2 unusable).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "kommunsok/indexer/explanation.hpp"
#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/indexer/indexing_run.hpp"

namespace {

constexpr const char* kUsage =
    "usage: kommunsok-indexer --db DIR [--prune] [--batch-size N] PATH...\n"
    "       kommunsok-indexer --explain FILE\n"
    "  Indexes the .txt files under each PATH into the index in DIR (created if missing).\n"
    "  --explain FILE  prints the structure and fields recognised in FILE, and why; writes nothing\n"
    "  --prune         remove documents whose source file no longer exists\n"
    "  --batch-size N  documents per commit (default 100)\n";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

kommunsok::indexer::IndexOptions parse_arguments(int argc, char** argv) {
  kommunsok::indexer::IndexOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--db") {
      options.db = value();
    } else if (arg == "--prune") {
      options.prune = true;
    } else if (arg == "--batch-size") {
      const std::string text = value();
      std::size_t used = 0;
      long n = 0;
      try {
        n = std::stol(text, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used != text.size() || n < 1 || n > 1000000)
        throw UsageError("--batch-size must be a whole number from 1 to 1000000, not '" + text + "'");
      options.batch_size = static_cast<std::size_t>(n);
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
  if (options.roots.empty()) throw UsageError("give at least one PATH to index");
  return options;
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
    std::fprintf(stderr, "\rindexing %zu/%zu files", done, total);
    if (done == total) std::fputc('\n', stderr);
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point last_{};
};

}  // namespace

int explain(const char* file) {
  try {
    std::cout << kommunsok::indexer::explain_document(kommunsok::indexer::read_text_file(file).text);
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
  kommunsok::indexer::IndexOptions options;
  try {
    options = parse_arguments(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "kommunsok-indexer: " << e.what() << "\n" << kUsage;
    return 2;
  }
  try {
    ProgressLine progress;
    const auto report = kommunsok::indexer::run_indexing(
        options, [&](std::size_t done, std::size_t total) { progress(done, total); });
    for (const auto& warning : report.warnings)
      std::cerr << "warning: " << warning.path << ": " << warning.reason << "\n";
    for (const auto& failure : report.failed)
      std::cerr << "failed: " << failure.path << ": " << failure.reason << "\n";
    std::cout << "indexed " << report.indexed << ", unchanged " << report.unchanged << ", removed "
              << report.removed << ", failed " << report.failed.size() << " (" << report.documents
              << " documents in " << options.db.string() << ")\n";
    return report.ok() ? 0 : 1;
  } catch (const kommunsok::indexer::IndexError& e) {
    std::cerr << "kommunsok-indexer: " << e.what() << "\n";
    return 2;
  }
}
