#include "kommunsok/server/http/http_front_end.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kommunsok::server {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::uint64_t kListenTag = 0;
constexpr std::uint64_t kWakeTag = ~std::uint64_t{0};
constexpr std::size_t kReadChunk = 16 * 1024;
constexpr int kChunksPerWake = 64;
constexpr auto kExpiryInterval = std::chrono::milliseconds(100);
constexpr auto kLinger = std::chrono::seconds(2);

std::string peer_name(const sockaddr_storage& address) {
  char text[INET6_ADDRSTRLEN] = "?";
  if (address.ss_family == AF_INET) {
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in&>(address).sin_addr, text, sizeof text);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address).sin6_addr;
    if (IN6_IS_ADDR_V4MAPPED(&v6)) {
      inet_ntop(AF_INET, &v6.s6_addr[12], text, sizeof text);
    } else {
      inet_ntop(AF_INET6, &v6, text, sizeof text);
    }
  }
  return text;
}

}  // namespace

struct HttpFrontEnd::Connection {
  enum class Phase { reading, working, writing, lingering, closed };

  Connection(std::uint64_t id_, int fd_, std::string client_, FramingLimits framing)
      : id(id_), fd(fd_), client(std::move(client_)), framer(std::move(framing)) {}
  ~Connection() { ::close(fd); }

  std::uint64_t id;
  int fd;
  std::string client;
  RequestFramer framer;
  Phase phase = Phase::reading;
  Clock::time_point idle_since = Clock::now();
  Clock::time_point request_started{};
  bool request_seen = false;  ///< a byte of the current request has arrived
  std::string out;
  std::size_t out_sent = 0;
  std::optional<FilePart> file;
  std::uint64_t file_sent = 0;
  bool keep_alive = true;
  Clock::time_point last_progress{};
  Clock::time_point linger_until{};
  std::uint32_t events = 0;
  bool peer_closed = false;  ///< the client sent its last byte: no keep-alive
};

int listen_on(const std::string& host, unsigned short port, int backlog) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  const std::string service = std::to_string(port);
  const std::string where = host + ":" + service;
  if (const int rc = getaddrinfo(host.c_str(), service.c_str(), &hints, &found); rc != 0)
    throw std::runtime_error("cannot listen on " + where + ": " + gai_strerror(rc));
  std::string problem = "no address";
  int fd = -1;
  for (addrinfo* a = found; a != nullptr && fd < 0; a = a->ai_next) {
    fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) {
      problem = std::strerror(errno);
      continue;
    }
    const int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, backlog) != 0) {
      problem = std::strerror(errno);
      ::close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(found);
  if (fd < 0) throw std::runtime_error("cannot listen on " + where + ": " + problem);
  return fd;
}

HttpFrontEnd::HttpFrontEnd(int listen_fd, ConnectionLimits limits, FramingLimits framing, int threads, Handler handler,
                           Classifier classify, Logger log)
    : listen_fd_(listen_fd),
      limits_(limits),
      framing_(std::move(framing)),
      handler_(std::move(handler)),
      classify_(std::move(classify)),
      log_(std::move(log)),
      pool_(threads, std::max(1, threads / 2), limits.queue_limit) {
  epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
  wake_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  reserve_fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (epoll_fd_ < 0 || wake_fd_ < 0) throw std::runtime_error(std::string("cannot start the server: ") + std::strerror(errno));
  epoll_event listen_event{EPOLLIN, {.u64 = kListenTag}};
  epoll_event wake_event{EPOLLIN, {.u64 = kWakeTag}};
  epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, listen_fd_, &listen_event);
  epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, wake_fd_, &wake_event);
}

HttpFrontEnd::~HttpFrontEnd() {
  stop();
  connections_.clear();
  for (int fd : {listen_fd_, epoll_fd_, wake_fd_, reserve_fd_})
    if (fd >= 0) ::close(fd);
}

void HttpFrontEnd::start() { thread_ = std::thread([this] { run(); }); }

void HttpFrontEnd::stop() {
  if (!thread_.joinable()) {
    pool_.stop();
    return;
  }
  stopping_ = true;
  const std::uint64_t one = 1;
  [[maybe_unused]] const auto written = ::write(wake_fd_, &one, sizeof one);
  thread_.join();
  pool_.stop();
}

unsigned short HttpFrontEnd::port() const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0) return 0;
  if (address.ss_family == AF_INET6) return ntohs(reinterpret_cast<sockaddr_in6&>(address).sin6_port);
  return ntohs(reinterpret_cast<sockaddr_in&>(address).sin_port);
}

void HttpFrontEnd::watch(Connection& c, std::uint32_t events) {
  if (c.events == events) return;
  epoll_event event{events, {.u64 = c.id}};
  epoll_ctl(epoll_fd_, c.events == 0 && events != 0 ? EPOLL_CTL_ADD : (events == 0 ? EPOLL_CTL_DEL : EPOLL_CTL_MOD), c.fd,
            &event);
  c.events = events;
}

void HttpFrontEnd::run() {
  std::vector<epoll_event> events(256);
  Clock::time_point stop_deadline{};
  Clock::time_point last_expiry = Clock::now();
  bool listening = true;
  for (;;) {
    if (stopping_ && listening) {
      epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, listen_fd_, nullptr);
      listening = false;
      stop_deadline = Clock::now() + limits_.shutdown_grace;
      // Idle and half-read connections go now; replies being made or sent get the grace period.
      std::vector<std::uint64_t> idle;
      for (auto& [id, c] : connections_)
        if (c->phase == Connection::Phase::reading || c->phase == Connection::Phase::lingering) idle.push_back(id);
      for (auto id : idle) close_connection(id);
    }
    if (!listening && (connections_.empty() || Clock::now() >= stop_deadline)) break;
    if (listening && accept_paused_until_ != Clock::time_point{} && Clock::now() >= accept_paused_until_) {
      epoll_event listen_event{EPOLLIN, {.u64 = kListenTag}};
      epoll_ctl(epoll_fd_, EPOLL_CTL_ADD, listen_fd_, &listen_event);
      accept_paused_until_ = {};
    }

    const int n = epoll_wait(epoll_fd_, events.data(), static_cast<int>(events.size()), 100);
    for (int i = 0; i < n; ++i) {
      const std::uint64_t tag = events[static_cast<std::size_t>(i)].data.u64;
      if (tag == kListenTag) {
        if (listening) accept_all();
        continue;
      }
      if (tag == kWakeTag) {
        std::uint64_t count = 0;
        [[maybe_unused]] const auto got = ::read(wake_fd_, &count, sizeof count);
        take_completions();
        continue;
      }
      const auto found = connections_.find(tag);
      if (found == connections_.end()) continue;
      Connection& c = *found->second;
      const std::uint32_t what = events[static_cast<std::size_t>(i)].events;
      if (c.phase == Connection::Phase::writing && (what & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
        on_writable(c);
      } else if (what & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
        on_readable(c);
      }
    }
    graveyard_.clear();
    // Deadlines are checked ten times a second, not after every event.
    if (const auto now = Clock::now(); now - last_expiry >= kExpiryInterval) {
      expire(now);
      last_expiry = now;
      graveyard_.clear();
    }
  }
  std::vector<std::uint64_t> all;
  for (auto& [id, c] : connections_) all.push_back(id);
  for (auto id : all) close_connection(id);
  graveyard_.clear();
}

void HttpFrontEnd::accept_all() {
  for (;;) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    const int fd = accept4(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      if ((errno == EMFILE || errno == ENFILE) && reserve_fd_ < 0) {
        // Not even the reserve: stop listening for a moment rather than spin on a queue that
        // cannot be taken from (the loop listens again when the moment has passed).
        epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, listen_fd_, nullptr);
        accept_paused_until_ = Clock::now() + std::chrono::milliseconds(100);
        reserve_fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        return;
      }
      if (errno == EMFILE || errno == ENFILE) {
        // Out of descriptors: free the reserve to take the client off the queue and refuse it,
        // rather than leave it to time out (and the listener to spin).
        ::close(reserve_fd_);
        const int refused = accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (refused >= 0) reject(refused, 503, "the server is at its connection limit; try again shortly");
        reserve_fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        ++counters_.rejected_total_limit;
        continue;
      }
      return;  // EAGAIN: the queue is empty
    }
    const std::string client = peer_name(address);
    if (static_cast<int>(connections_.size()) >= limits_.max_connections) {
      ++counters_.rejected_total_limit;
      reject(fd, 503, "the server is at its connection limit; try again shortly");
      if (log_) log_(client, "connection refused (server limit)", 503);
      continue;
    }
    int& from_client = per_client_[client];
    if (from_client >= limits_.max_per_client) {
      ++counters_.rejected_client_limit;
      reject(fd, 503, "too many connections from your address; close some and try again");
      if (log_) log_(client, "connection refused (per-client limit)", 503);
      continue;
    }
    ++from_client;
    const int yes = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    const std::uint64_t id = next_id_++;
    auto connection = std::make_unique<Connection>(id, fd, client, framing_);
    Connection& c = *connection;
    connections_.emplace(id, std::move(connection));
    ++counters_.accepted;
    ++counters_.open;
    watch(c, EPOLLIN);
  }
}

void HttpFrontEnd::reject(int fd, int status, const std::string& message) {
  Reply reply = error_reply(status, message);
  reply.headers.emplace_back("Retry-After", "1");
  const std::string bytes = reply_head(reply, false) + reply.body;
  // Best effort: a fresh socket's send buffer takes this much without blocking.
  [[maybe_unused]] const auto sent = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  ::shutdown(fd, SHUT_WR);
  ::close(fd);
}

void HttpFrontEnd::on_readable(Connection& c) {
  char buffer[kReadChunk];
  // At most this much per wake-up, so one fast sender cannot hold the loop (epoll wakes us again).
  for (int chunk = 0; chunk < kChunksPerWake; ++chunk) {
    const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
    if (n > 0) {
      if (c.phase == Connection::Phase::lingering) continue;  // discarded
      if (!c.request_seen) {
        c.request_seen = true;
        c.request_started = Clock::now();
      }
      c.framer.append(std::string_view(buffer, static_cast<std::size_t>(n)));
      // Framed as bytes arrive, so a refused request is refused before more of it is buffered;
      // while a request is being answered its successor waits in the buffer.
      frame(c);
      if (c.phase != Connection::Phase::reading) return;
      continue;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (n < 0 && errno == EINTR) continue;
    // Closed by the client (or an error). A request that arrived whole before a half-close
    // is still answered; anything else ends here.
    if (n == 0 && c.phase == Connection::Phase::reading) {
      c.peer_closed = true;
      frame(c);
      if (c.phase != Connection::Phase::reading) return;
    }
    close_connection(c.id);
    return;
  }
}

void HttpFrontEnd::frame(Connection& c) {
  switch (c.framer.advance()) {
    case RequestFramer::State::need_more:
      return;
    case RequestFramer::State::refused: {
      ++counters_.refused_framing;
      Reply reply = c.framer.take_refusal();
      if (log_) log_(c.client, "request refused: " + reply.body, reply.status);
      start_reply(c, std::move(reply), false);
      return;
    }
    case RequestFramer::State::complete: {
      HttpRequest request = c.framer.take_request();
      request.client = c.client;
      dispatch(c, std::move(request));
      return;
    }
  }
}

void HttpFrontEnd::dispatch(Connection& c, HttpRequest request) {
  const bool keep_alive = !request.close && !c.peer_closed && !stopping_;
  const Lane lane = classify_ ? classify_(request) : Lane::cheap;
  c.phase = Connection::Phase::working;
  watch(c, 0);
  const std::uint64_t id = c.id;
  auto shared = std::make_shared<HttpRequest>(std::move(request));
  const bool queued = pool_.try_submit(lane, [this, id, keep_alive, shared] {
    Reply reply;
    try {
      reply = handler_(*shared);
    } catch (const std::exception&) {
      reply = error_reply(500, "internal error");
    }
    if (shared->head.getMethod() == "HEAD") reply.omit_body = true;
    {
      std::lock_guard lock(completions_mutex_);
      completions_.push_back(Completion{id, std::move(reply), keep_alive});
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(wake_fd_, &one, sizeof one);
  });
  if (!queued) {
    ++counters_.shed_busy;
    Reply busy = error_reply(503, "the server is busy; try again shortly");
    busy.headers.emplace_back("Retry-After", "1");
    if (log_) log_(c.client, "request shed (queue full): " + shared->head.getURI(), 503);
    start_reply(c, std::move(busy), false);
  }
}

void HttpFrontEnd::take_completions() {
  std::vector<Completion> done;
  {
    std::lock_guard lock(completions_mutex_);
    done.swap(completions_);
  }
  for (Completion& completion : done) {
    const auto found = connections_.find(completion.id);
    if (found == connections_.end()) continue;  // the client is gone
    start_reply(*found->second, std::move(completion.reply), completion.keep_alive && !stopping_);
  }
}

void HttpFrontEnd::start_reply(Connection& c, Reply reply, bool keep_alive) {
  c.keep_alive = keep_alive && !reply.close;
  const bool body = !reply.omit_body && reply.status != 304 && reply.status != 204;
  c.out = reply_head(reply, c.keep_alive);
  if (body && !reply.file) c.out += reply.body;
  c.out_sent = 0;
  c.file = body ? reply.file : std::nullopt;
  c.file_sent = 0;
  c.phase = Connection::Phase::writing;
  c.last_progress = Clock::now();
  on_writable(c);
}

void HttpFrontEnd::on_writable(Connection& c) {
  for (;;) {
    ssize_t n = 0;
    if (c.out_sent < c.out.size()) {
      n = ::send(c.fd, c.out.data() + c.out_sent, c.out.size() - c.out_sent, MSG_NOSIGNAL);
      if (n > 0) c.out_sent += static_cast<std::size_t>(n);
    } else if (c.file && c.file_sent < c.file->length) {
      off_t offset = static_cast<off_t>(c.file->offset + c.file_sent);
      const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(c.file->length - c.file_sent, 1 << 20));
      n = ::sendfile(c.fd, c.file->file->fd(), &offset, want);
      if (n == 0) {
        // The file is shorter than announced: the client must not wait for the rest.
        close_connection(c.id);
        return;
      }
      if (n > 0) c.file_sent += static_cast<std::uint64_t>(n);
    } else {
      finish_reply(c);
      return;
    }
    if (n > 0) {
      c.last_progress = Clock::now();
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      watch(c, EPOLLOUT);
      return;
    }
    close_connection(c.id);
    return;
  }
}

void HttpFrontEnd::finish_reply(Connection& c) {
  c.out.clear();
  c.out.shrink_to_fit();
  c.file.reset();
  if (!c.keep_alive) {
    // Lingering close: stop sending, read and drop what the client still sends, so closing
    // does not reset the connection under a reply it has not read yet.
    ::shutdown(c.fd, SHUT_WR);
    c.phase = Connection::Phase::lingering;
    c.linger_until = Clock::now() + kLinger;
    watch(c, EPOLLIN);
    return;
  }
  c.phase = Connection::Phase::reading;
  c.request_seen = c.framer.started();
  c.request_started = Clock::now();
  c.idle_since = Clock::now();
  watch(c, EPOLLIN);
  frame(c);  // a pipelined request may be waiting in the buffer
}

void HttpFrontEnd::close_connection(std::uint64_t id) {
  const auto found = connections_.find(id);
  if (found == connections_.end()) return;
  Connection& c = *found->second;
  if (c.events != 0) epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, c.fd, nullptr);
  if (auto count = per_client_.find(c.client); count != per_client_.end() && --count->second <= 0) per_client_.erase(count);
  // Kept until the loop's turn ends: a caller up the stack may still look at it.
  c.phase = Connection::Phase::closed;
  c.events = 0;
  graveyard_.push_back(std::move(found->second));
  connections_.erase(found);
  --counters_.open;
}

void HttpFrontEnd::expire(Clock::time_point now) {
  std::vector<std::uint64_t> closing;
  std::vector<std::uint64_t> timed_out;
  for (auto& [id, connection] : connections_) {
    Connection& c = *connection;
    switch (c.phase) {
      case Connection::Phase::reading:
        if (!c.request_seen) {
          if (now - c.idle_since > limits_.idle_timeout) closing.push_back(id);
        } else {
          // The whole head within the request timeout, and the body at a minimum average
          // rate: a client that trickles bytes cannot stretch either.
          auto allowed = limits_.request_timeout;
          if (c.framer.in_body() && limits_.min_body_rate > 0)
            allowed += std::chrono::milliseconds(c.framer.body_expected() * 1000 / limits_.min_body_rate);
          if (now - c.request_started > allowed) timed_out.push_back(id);
        }
        break;
      case Connection::Phase::writing:
        if (now - c.last_progress > limits_.write_stall) closing.push_back(id);
        break;
      case Connection::Phase::lingering:
        if (now > c.linger_until) closing.push_back(id);
        break;
      case Connection::Phase::working:
      case Connection::Phase::closed:
        break;
    }
  }
  for (auto id : closing) close_connection(id);
  for (auto id : timed_out) {
    const auto found = connections_.find(id);
    if (found == connections_.end()) continue;
    Connection& c = *found->second;
    ++counters_.timed_out;
    if (log_) log_(c.client, "request timed out", 408);
    start_reply(c, error_reply(408, "the request did not arrive in time"), false);
  }
}

}  // namespace kommunsok::server
