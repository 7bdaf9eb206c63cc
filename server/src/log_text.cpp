#include "kommunsok/server/log_text.hpp"

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::server {

std::string log_text(std::string_view text, std::size_t max_bytes) {
  return schema::escape_unsafe_bytes(text, schema::ByteEscape::Backslash, max_bytes);
}

}  // namespace kommunsok::server
