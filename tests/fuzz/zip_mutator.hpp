// Why: Word and OpenDocument files are zips whose parts are deflated and CRC-checked, so a byte
// changed in the container almost never reaches the XML the extractor walks. The docx and odt
// targets mutate through this instead: half of the time one part's own bytes, the zip then
// written anew, and half of the time the container's bytes as they are (for libzip's reading
// of broken zips).
#pragma once

#include <cstddef>
#include <cstdint>

namespace kommunsok::fuzz {

/// A libFuzzer custom mutation of the zip in data[0, size) within max_size bytes.
std::size_t mutate_zip(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned int seed);

}  // namespace kommunsok::fuzz
