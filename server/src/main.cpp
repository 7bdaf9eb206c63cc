// kommunsok-server: reads its settings, starts the HTTP server and waits for SIGINT/SIGTERM
// to shut it down within seconds (replies in progress get a short grace period).
#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <iostream>
#include <string>
#include <vector>

#include "kommunsok/server/search_server.hpp"
#include "kommunsok/server/server_config.hpp"

int main(int argc, char** argv) {
  kommunsok::server::ServerOptions options;
  try {
    bool help = false;
    options = kommunsok::server::server_options_from_command_line(std::vector<std::string>(argv + 1, argv + argc), help);
    if (help) {
      std::cout << kommunsok::server::kServerHelp;
      return 0;
    }
  } catch (const kommunsok::server::ConfigError& e) {
    std::cerr << "kommunsok-server: " << e.what() << "\n" << kommunsok::server::kServerHelp;
    return 2;
  }

  // Block the shutdown signals in every thread the server starts; main waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  try {
    {
      kommunsok::server::SearchServer server(options);
      server.start();
      spdlog::info("listening on http://{}:{} (index {})", options.bind, server.port(), options.db.string());
      int received = 0;
      sigwait(&signals, &received);
      spdlog::info("received {}, shutting down", received == SIGINT ? "SIGINT" : "SIGTERM");
      server.stop();
    }  // the server's own threads (workers, the views' builder) have ended: they may log until then
    spdlog::info("stopped");
    spdlog::shutdown();
    return 0;
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
}
