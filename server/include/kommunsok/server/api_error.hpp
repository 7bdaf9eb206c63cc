// Why: handlers throw what went wrong with the HTTP status it means; the router maps it
// to a JSON body once, at the edge.
#pragma once

#include <stdexcept>
#include <string>

namespace kommunsok::server {

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  int status() const { return status_; }

 private:
  int status_;
};

/// 400 for a bad query parameter; the message names the parameter.
inline ApiError bad_parameter(const std::string& name, const std::string& problem) {
  return ApiError(400, "parameter '" + name + "': " + problem);
}

}  // namespace kommunsok::server
