// Why: end-to-end tests run the programs as a user does and look at what they print.
#pragma once

#include <Poco/Process.h>

#include <chrono>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <thread>
#include <vector>

namespace kommunsok::test {

struct Outcome {
  int exit_code = 0;  ///< as Poco reports it: the exit status, or 256 + the signal that ended it
  std::string out;
  std::string err;
};

/// Runs the program with the arguments to its end; both output streams are read at once so
/// neither can fill up and block it.
Outcome run(const std::string& program, const std::vector<std::string>& args);

/// What Outcome::exit_code is for a program ended by `signal`.
constexpr int killed_by(int signal) { return 256 + signal; }

/// A program running beside the test. Both output streams are read all the time (so it never
/// blocks on a full pipe) and kept. If the test ends before wait() — a failed REQUIRE — the
/// destructor kills it with SIGKILL and reaps it, so no program outlives its test.
class Started {
 public:
  Started(const std::string& program, const std::vector<std::string>& args);
  ~Started();
  Started(const Started&) = delete;
  Started& operator=(const Started&) = delete;

  int pid() const { return static_cast<int>(handle_.id()); }
  /// True once the program closed its standard output (it has ended, or is about to).
  bool output_ended() const;
  /// Waits up to `timeout` for a line of standard output matching `pattern` and returns the
  /// line; nullopt when the program ended or the time ran out first.
  std::optional<std::string> wait_for_line(const std::regex& pattern, std::chrono::milliseconds timeout);
  /// Sends a signal (SIGTERM, SIGKILL, …) to the program.
  void signal(int number) const;
  /// Waits for the program's end (again: at once): its exit code and everything it printed.
  Outcome wait();

 private:
  struct Streams;
  std::unique_ptr<Streams> streams_;
  Poco::ProcessHandle handle_;
  std::thread out_reader_, err_reader_;
  bool waited_ = false;
  int exit_code_ = 0;
};

/// The port of a kommunsok-server started with --port 0, read from its `listening on` log
/// line; 0 when it ended (or took over `timeout`) without listening.
unsigned short listening_port(Started& server, std::chrono::milliseconds timeout = std::chrono::seconds(60));

}  // namespace kommunsok::test
