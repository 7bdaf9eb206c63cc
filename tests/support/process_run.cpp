#include "process_run.hpp"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <signal.h>

#include <condition_variable>
#include <iterator>
#include <mutex>

namespace kommunsok::test {

Outcome run(const std::string& program, const std::vector<std::string>& args) {
  Poco::Pipe out, err;
  Poco::ProcessHandle handle = Poco::Process::launch(program, args, nullptr, &out, &err);
  Poco::PipeInputStream out_stream(out), err_stream(err);
  Outcome outcome;
  std::thread err_reader([&] { outcome.err.assign(std::istreambuf_iterator<char>(err_stream), {}); });
  outcome.out.assign(std::istreambuf_iterator<char>(out_stream), {});
  err_reader.join();
  outcome.exit_code = handle.wait();
  return outcome;
}

struct Started::Streams {
  Poco::Pipe out, err;
  std::mutex mutex;
  std::condition_variable changed;
  std::string out_text, err_text;  // guarded by mutex
  bool out_ended = false;          // guarded by mutex
};

namespace {

// A ProcessHandle has no default constructor: the program is launched in Started's initialiser
// list, once the pipes exist.
Poco::ProcessHandle launch(const std::string& program, const std::vector<std::string>& args, Poco::Pipe& out,
                           Poco::Pipe& err) {
  return Poco::Process::launch(program, args, nullptr, &out, &err);
}

}  // namespace

Started::Started(const std::string& program, const std::vector<std::string>& args)
    : streams_(std::make_unique<Streams>()), handle_(launch(program, args, streams_->out, streams_->err)) {
  Streams& s = *streams_;
  out_reader_ = std::thread([&s] {
    Poco::PipeInputStream stream(s.out);
    std::string line;
    while (std::getline(stream, line)) {
      const std::lock_guard lock(s.mutex);
      s.out_text += line + "\n";
      s.changed.notify_all();
    }
    const std::lock_guard lock(s.mutex);
    s.out_ended = true;
    s.changed.notify_all();
  });
  err_reader_ = std::thread([&s] {
    Poco::PipeInputStream stream(s.err);
    std::string text(std::istreambuf_iterator<char>(stream), {});
    const std::lock_guard lock(s.mutex);
    s.err_text = std::move(text);
  });
}

Started::~Started() {
  if (waited_) return;
  signal(SIGKILL);
  wait();
}

bool Started::output_ended() const {
  const std::lock_guard lock(streams_->mutex);
  return streams_->out_ended;
}

std::optional<std::string> Started::wait_for_line(const std::regex& pattern, std::chrono::milliseconds timeout) {
  Streams& s = *streams_;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t searched = 0;  // lines before this offset did not match
  std::unique_lock lock(s.mutex);
  while (true) {
    for (std::size_t end; (end = s.out_text.find('\n', searched)) != std::string::npos; searched = end + 1) {
      const std::string line = s.out_text.substr(searched, end - searched);
      if (std::regex_search(line, pattern)) return line;
    }
    if (s.out_ended) return std::nullopt;
    if (s.changed.wait_until(lock, deadline) == std::cv_status::timeout) return std::nullopt;
  }
}

void Started::signal(int number) const {
  if (!waited_) ::kill(handle_.id(), number);
}

Outcome Started::wait() {
  if (!waited_) {
    out_reader_.join();
    err_reader_.join();
    exit_code_ = handle_.wait();
    waited_ = true;
  }
  Outcome outcome;
  outcome.exit_code = exit_code_;
  const std::lock_guard lock(streams_->mutex);
  outcome.out = streams_->out_text;
  outcome.err = streams_->err_text;
  return outcome;
}

unsigned short listening_port(Started& server, std::chrono::milliseconds timeout) {
  static const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+))");
  const std::optional<std::string> line = server.wait_for_line(listening, timeout);
  std::smatch m;
  if (!line || !std::regex_search(*line, m, listening)) return 0;
  return static_cast<unsigned short>(std::stoi(m[1]));
}

}  // namespace kommunsok::test
