#include "kommunsok/indexer/extract/isolated_extraction.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <stdexcept>
#include <thread>

#include "kommunsok/indexer/source_error.hpp"

namespace kommunsok::indexer {

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kCanLimitAddressSpace = false;
#else
constexpr bool kCanLimitAddressSpace = true;
#endif

// More than any extraction may send back: text limit plus room for the framing.
constexpr std::size_t kMaxResultBytes = kMaxExtractedTextBytes + 16 * 1024 * 1024;
constexpr char kOk = 'O', kFailed = 'E', kProgress = 'P';
constexpr std::size_t kFrameHeader = 8;

std::string megabytes(std::size_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

void put_size(std::string& out, std::uint64_t n) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((n >> (8 * i)) & 0xFF);
}

void put_string(std::string& out, std::string_view s) {
  put_size(out, s.size());
  out.append(s);
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::uint64_t size() {
    if (data_.size() < 8) throw std::runtime_error("truncated result");
    std::uint64_t n = 0;
    for (int i = 0; i < 8; ++i) n |= static_cast<std::uint64_t>(static_cast<unsigned char>(data_[i])) << (8 * i);
    data_.remove_prefix(8);
    return n;
  }
  std::string string() {
    const std::uint64_t n = size();
    if (n > data_.size()) throw std::runtime_error("truncated result");
    std::string s(data_.substr(0, n));
    data_.remove_prefix(n);
    return s;
  }

 private:
  std::string_view data_;
};

void write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
}

// Everything a child sends is a frame: its length, then its kind ('P' progress, 'O' or 'E'
// the result) and content.
void write_frame(int fd, std::string_view frame) {
  std::string header;
  for (int i = 0; i < 8; ++i) header += static_cast<char>((static_cast<std::uint64_t>(frame.size()) >> (8 * i)) & 0xFF);
  write_all(fd, header);
  write_all(fd, frame);
}

// The process's address space now, in bytes (first field of /proc/self/statm, in pages).
std::size_t inherited_address_space() {
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (!statm) return 0;
  unsigned long pages = 0;
  const int read = std::fscanf(statm, "%lu", &pages);
  std::fclose(statm);
  return read == 1 ? pages * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)) : 0;
}

// In the child: limits first, then the work, then the result down the pipe — and _exit, so
// nothing of the parent's state (an open index, buffered output) is flushed twice.
[[noreturn]] void run_child(int fd, const IsolatedJobs::Work& work, const ExtractionLimits& limits) {
  const int devnull = ::open("/dev/null", O_RDWR);
  if (devnull >= 0) {
    ::dup2(devnull, STDIN_FILENO);
    ::dup2(devnull, STDOUT_FILENO);
    ::dup2(devnull, STDERR_FILENO);  // libraries' warnings; the reason comes through the pipe
  }
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
  const auto seconds = static_cast<rlim_t>(std::chrono::duration_cast<std::chrono::seconds>(limits.time).count() + 2);
  const rlimit cpu{seconds, seconds + 1};
  ::setrlimit(RLIMIT_CPU, &cpu);
  if (kCanLimitAddressSpace) {
    // On top of what the child inherited from the parent (its index buffers, other files'
    // bytes): the limit is the extraction's own, whatever else the indexer holds.
    const rlim_t limit = static_cast<rlim_t>(inherited_address_space() + limits.memory_bytes);
    const rlimit memory{limit, limit};
    ::setrlimit(RLIMIT_AS, &memory);
  }
  set_extraction_progress([fd](const std::string& message) { write_frame(fd, std::string(1, kProgress) + message); });
  std::string result;
  try {
    result = encode_extraction(work());
  } catch (const std::bad_alloc&) {
    result = std::string(1, kFailed) + "out of memory (the limit is " + megabytes(limits.memory_bytes) + ")";
  } catch (const std::exception& e) {
    result = std::string(1, kFailed) + e.what();
  }
  write_frame(fd, result);
  ::_exit(0);
}

}  // namespace

std::string encode_extraction(const Extraction& extraction) {
  std::string out(1, kOk);
  put_string(out, extraction.title_hint);
  put_string(out, extraction.warning);
  put_size(out, extraction.paged ? 1 : 0);
  put_size(out, extraction.ocr_pages.size());
  for (int page : extraction.ocr_pages) put_size(out, static_cast<std::uint64_t>(page));
  put_size(out, extraction.pages.size());
  for (const auto& page : extraction.pages) put_string(out, page);
  return out;
}

Extraction decode_extraction(std::string_view data) {
  if (data.empty()) throw std::runtime_error("empty result");
  if (data.front() == kFailed) throw SourceError(std::string(data.substr(1)));
  if (data.front() != kOk) throw std::runtime_error("unknown result");
  Reader in(data.substr(1));
  Extraction extraction;
  extraction.title_hint = in.string();
  extraction.warning = in.string();
  extraction.paged = in.size() != 0;
  const std::uint64_t ocr = in.size();
  for (std::uint64_t i = 0; i < ocr && i < static_cast<std::uint64_t>(kMaxPdfPages) + 1; ++i)
    extraction.ocr_pages.push_back(static_cast<int>(in.size()));
  const std::uint64_t pages = in.size();
  for (std::uint64_t i = 0; i < pages; ++i) extraction.pages.push_back(in.string());
  return extraction;
}

IsolatedJobs::IsolatedJobs(std::size_t parallel, ExtractionLimits limits, Progress progress)
    : parallel_(std::max<std::size_t>(1, parallel)), limits_(limits), progress_(std::move(progress)) {}

void IsolatedJobs::take_frames(Child& child) {
  std::size_t at = 0;
  while (child.output.size() - at >= kFrameHeader) {
    std::uint64_t length = 0;
    for (std::size_t i = 0; i < kFrameHeader; ++i)
      length |= static_cast<std::uint64_t>(static_cast<unsigned char>(child.output[at + i])) << (8 * i);
    if (length > kMaxResultBytes) {
      child.too_large = true;
      break;
    }
    if (child.output.size() - at - kFrameHeader < length) break;
    std::string frame = child.output.substr(at + kFrameHeader, length);
    at += kFrameHeader + length;
    if (!frame.empty() && frame.front() == kProgress) {
      if (progress_) progress_(child.tag, frame.substr(1));
    } else {
      child.result = std::move(frame);
    }
  }
  child.output.erase(0, at);
}

IsolatedJobs::~IsolatedJobs() {
  for (Child& child : running_) {
    ::kill(child.pid, SIGKILL);
    ::waitpid(child.pid, nullptr, 0);
    ::close(child.fd);
  }
}

void IsolatedJobs::start(std::size_t tag, const Work& work) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw std::runtime_error(std::string("cannot start an extraction process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    // The child dies with the indexer, even by kill -9: it shares the indexer's open files,
    // the index's lock among them, and outliving it would keep a re-run "locked" until its
    // extraction (OCR: minutes) ended, working for no one. (The signal comes when the forking
    // thread ends; that thread reaps or kills its children before it leaves IsolatedJobs.)
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(1);  // the indexer died before the line above
    ::close(fds[0]);
    run_child(fds[1], work, limits_);
  }
  ::close(fds[1]);
  ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  running_.push_back(Child{tag, pid, fds[0], {}, {}, std::chrono::steady_clock::now() + limits_.time});
}

IsolatedJobs::Finished IsolatedJobs::reap(Child& child) {
  int status = 0;
  // The pipe closed: the child is exiting. Give it a moment, then make sure.
  for (int i = 0; i < 200; ++i) {
    const pid_t r = ::waitpid(child.pid, &status, WNOHANG);
    if (r == child.pid || (r < 0 && errno != EINTR)) break;
    if (i == 199) {
      ::kill(child.pid, SIGKILL);
      ::waitpid(child.pid, &status, 0);
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ::close(child.fd);
  Finished finished;
  finished.tag = child.tag;
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(limits_.time).count();
  const std::string limit = limits_.time < std::chrono::seconds(1)
                                ? std::to_string(limits_.time.count()) + " ms"
                                : std::to_string(seconds) + " s";
  if (child.timed_out) {
    finished.failure = "extraction did not finish within " + limit + " (stopped)";
  } else if (child.too_large) {
    finished.failure = "extraction produced more than " + megabytes(kMaxResultBytes) + " (stopped)";
  } else if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    if (sig == SIGXCPU)
      finished.failure = "extraction used more than " + std::to_string(seconds) + " s of CPU (stopped)";
    else if (sig == SIGKILL)
      finished.failure = "extraction was killed (out of memory?)";
    else
      finished.failure = "extraction crashed (signal " + std::to_string(sig) + ", " + strsignal(sig) + ")";
  } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    finished.failure = "extraction failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")";
  } else {
    try {
      finished.extraction = decode_extraction(child.result);
      finished.ok = true;
    } catch (const SourceError& e) {
      finished.failure = e.what();
    } catch (const std::exception& e) {
      finished.failure = std::string("extraction sent no usable result: ") + e.what();
    }
  }
  return finished;
}

std::vector<IsolatedJobs::Finished> IsolatedJobs::wait() {
  std::vector<Finished> finished;
  while (finished.empty() && !running_.empty()) {
    const auto now = std::chrono::steady_clock::now();
    auto soonest = running_.front().deadline;
    std::vector<pollfd> fds;
    for (const Child& c : running_) {
      soonest = std::min(soonest, c.deadline);
      fds.push_back(pollfd{c.fd, POLLIN, 0});
    }
    const auto wait_ms = std::max<long long>(
        0, std::chrono::duration_cast<std::chrono::milliseconds>(soonest - now).count() + 1);
    const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(std::min<long long>(wait_ms, 60'000)));
    if (ready < 0 && errno != EINTR) throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    char buffer[65536];
    for (std::size_t i = 0; i < running_.size(); ++i) {
      Child& c = running_[i];
      if (ready > 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
        for (;;) {
          const ssize_t n = ::read(c.fd, buffer, sizeof buffer);
          if (n > 0) {
            c.output.append(buffer, static_cast<std::size_t>(n));
            take_frames(c);
            if (c.too_large || c.output.size() > kMaxResultBytes + kFrameHeader) {
              c.too_large = true;
              ::kill(c.pid, SIGKILL);
              c.eof = true;
              break;
            }
            continue;
          }
          if (n == 0) c.eof = true;
          if (n < 0 && errno == EINTR) continue;
          break;  // EAGAIN: nothing more for now
        }
      }
      if (!c.eof && std::chrono::steady_clock::now() >= c.deadline) {
        c.timed_out = true;
        ::kill(c.pid, SIGKILL);
        c.eof = true;
      }
    }
    for (auto it = running_.begin(); it != running_.end();) {
      if (!it->eof) {
        ++it;
        continue;
      }
      finished.push_back(reap(*it));
      it = running_.erase(it);
    }
  }
  return finished;
}

Extraction extract_isolated(std::string_view bytes, Format format, const ExtractionLimits& limits) {
  IsolatedJobs jobs(1, limits);
  jobs.start(0, [&] { return extract(bytes, format); });
  auto finished = jobs.wait();
  if (finished.empty() || !finished.front().ok) throw SourceError(finished.empty() ? "extraction failed" : finished.front().failure);
  return std::move(finished.front().extraction);
}

}  // namespace kommunsok::indexer
