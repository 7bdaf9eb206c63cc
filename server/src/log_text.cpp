#include "kommunsok/server/log_text.hpp"

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::server {

std::string log_text(std::string_view text, std::size_t max_bytes) {
  std::string out;
  for (std::size_t i = 0; i < text.size() && out.size() < max_bytes;) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = schema::utf8_sequence_length(text, i);
    if (length == 0 || c < 0x20 || c == 0x7F) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += {'\\', 'x', kHex[c >> 4], kHex[c & 15]};
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace kommunsok::server
