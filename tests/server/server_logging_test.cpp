// A flood of requests must not become a flood of log lines: the access log drops what
// exceeds its rate and says how much it dropped; log files rotate by size.
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <thread>

#include "kommunsok/server/server_logging.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

TEST_CASE("the access log passes a burst, drops the rest, and says how many it dropped", "[server][log]") {
  std::ostringstream out;
  auto target = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
  auto limited = std::make_shared<server::RateLimitedSink>(target, 10, 20);
  spdlog::logger logger("rate-test", limited);
  logger.set_pattern("%v");
  for (int i = 0; i < 1000; ++i) logger.info("request {}", i);
  const std::string first = out.str();
  CHECK(std::count(first.begin(), first.end(), '\n') == 20);
  CHECK(limited->dropped_total() == 980);

  std::this_thread::sleep_for(std::chrono::milliseconds(250));  // about two lines' worth
  logger.info("after the flood");
  const std::string after = out.str().substr(first.size());
  CHECK_THAT(after, Catch::StartsWith("980 log lines dropped (more than 10 a second)"));
  CHECK_THAT(after, Catch::Contains("after the flood"));
}

TEST_CASE("log files rotate at their size and keep a bounded number", "[server][log]") {
  test::TempDir dir;
  auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>((dir.path() / "access.log").string(), 4096, 3);
  spdlog::logger logger("rotate-test", sink);
  for (int i = 0; i < 2000; ++i) logger.info("GET /api/nothing 404 {}", i);
  logger.flush();
  std::size_t files = 0, bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++files;
    bytes += std::filesystem::file_size(entry.path());
  }
  CHECK(files == 4);  // access.log and three rotated
  CHECK(bytes <= 4 * 4096 + 200);
}
