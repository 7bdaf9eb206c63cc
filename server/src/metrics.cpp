#include "kommunsok/server/metrics.hpp"

#include <charconv>

namespace kommunsok::server {

namespace {

// The shortest text that reads back as the same double: "0.005", not "0.0050000000000000001".
std::string number(double value) {
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : "0";
}

}  // namespace

void Metrics::record(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::requests_text() const {
  std::lock_guard lock(mutex_);
  std::string out =
      "# HELP kommunsok_http_requests_total Requests answered, by route and status.\n"
      "# TYPE kommunsok_http_requests_total counter\n";
  for (const auto& [key, count] : requests_)
    out += "kommunsok_http_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) + "\"} " +
           std::to_string(count) + "\n";
  out +=
      "# HELP kommunsok_http_request_duration_seconds Time from a whole request to its reply, by route.\n"
      "# TYPE kommunsok_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    const std::string labels = "route=\"" + route + "\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
      out += "kommunsok_http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(kBuckets[i]) + "\"} " +
             std::to_string(h.buckets[i]) + "\n";
    out += "kommunsok_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + std::to_string(h.count) + "\n";
    out += "kommunsok_http_request_duration_seconds_sum{" + labels + "} " + number(h.sum) + "\n";
    out += "kommunsok_http_request_duration_seconds_count{" + labels + "} " + std::to_string(h.count) + "\n";
  }
  return out;
}

std::string metric_text(const std::string& name, const std::string& type, const std::string& help, double value) {
  return "# HELP " + name + " " + help + "\n# TYPE " + name + " " + type + "\n" + name + " " + number(value) + "\n";
}

}  // namespace kommunsok::server
