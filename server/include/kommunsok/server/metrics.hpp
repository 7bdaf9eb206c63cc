// Why: operators watch the service with Prometheus: what was asked, how it was answered and
// how fast, what the edge turned away, and how the index and its queue are doing.
#pragma once

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace kommunsok::server {

class Metrics {
 public:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                      0.25,  0.5,   1.0,  2.5,   5.0,  10.0};

  /// One answered request: its route (a pattern, not the path), status and duration.
  void record(const std::string& route, int status, double seconds);
  /// requests and latency histograms in Prometheus text format.
  std::string requests_text() const;

 private:
  struct Histogram {
    std::array<long, kBuckets.size()> buckets{};
    long count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, long> requests_;
  std::map<std::string, Histogram> latency_;
};

/// "name{labels} value\n" with the HELP and TYPE lines before it.
std::string metric_text(const std::string& name, const std::string& type, const std::string& help, double value);

}  // namespace kommunsok::server
