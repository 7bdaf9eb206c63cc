// Why: request lines come from anyone; written raw into a log they can forge lines or send
// escape sequences to the terminal of whoever reads it.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::server {

/// At most max_bytes of the text, with control characters and bytes that are not UTF-8 as \xNN.
std::string log_text(std::string_view text, std::size_t max_bytes = 300);

}  // namespace kommunsok::server
