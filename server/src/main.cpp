// kommunsok-server: parses options, starts the HTTP server and waits for SIGINT/SIGTERM
// to shut it down cleanly (requests in flight finish first).
#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <iostream>
#include <string>
#include <string_view>

#include "kommunsok/server/search_server.hpp"

namespace {

constexpr const char* kUsage =
    "usage: kommunsok-server --db DIR [--bind 127.0.0.1] [--port 8080] [--threads 8]\n"
    "  Serves the index in DIR: GET /, /api/search, /api/documents/{id}, /api/health.\n"
    "  --port 0 picks a free port; the log line 'listening on' tells which.\n";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

int parse_number(std::string_view option, const std::string& text, int min, int max) {
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < min || n > max)
    throw UsageError(std::string(option) + " must be a number from " + std::to_string(min) + " to " +
                     std::to_string(max) + ", not '" + text + "'");
  return n;
}

kommunsok::server::ServerOptions parse_arguments(int argc, char** argv) {
  kommunsok::server::ServerOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError(std::string(arg) + " needs a value");
      return argv[++i];
    };
    if (arg == "--db") {
      options.db = value();
    } else if (arg == "--bind") {
      options.bind = value();
    } else if (arg == "--port") {
      options.port = static_cast<unsigned short>(parse_number(arg, value(), 0, 65535));
    } else if (arg == "--threads") {
      options.threads = parse_number(arg, value(), 1, 256);
    } else if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      std::exit(0);
    } else {
      throw UsageError("unknown argument " + std::string(arg));
    }
  }
  if (options.db.empty()) throw UsageError("--db DIR is required");
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  kommunsok::server::ServerOptions options;
  try {
    options = parse_arguments(argc, argv);
  } catch (const UsageError& e) {
    std::cerr << "kommunsok-server: " << e.what() << "\n" << kUsage;
    return 2;
  }

  // Block the shutdown signals in every thread the server starts; main waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  try {
    kommunsok::server::SearchServer server(options);
    server.start();
    spdlog::info("listening on http://{}:{} (index {})", options.bind, server.port(), options.db.string());
    int received = 0;
    sigwait(&signals, &received);
    spdlog::info("received {}, shutting down", received == SIGINT ? "SIGINT" : "SIGTERM");
    server.stop();
    spdlog::info("stopped");
    return 0;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
}
