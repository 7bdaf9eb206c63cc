#include "zip_mutator.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace kommunsok::fuzz {

namespace {

using Parts = std::vector<std::pair<std::string, std::string>>;

// A part larger than this is not worth mutating (the target's max_len is far below it).
constexpr zip_uint64_t kMaxPartBytes = 1 << 20;

std::optional<Parts> read_parts(const std::uint8_t* data, std::size_t size) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(data, size, 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  zip_error_fini(&error);
  if (!archive) {
    if (source) zip_source_free(source);
    return std::nullopt;
  }
  Parts parts;
  bool ok = true;
  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; ok && i < entries; ++i) {
    zip_stat_t stat;
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    ok = name && zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) == 0 &&
         (stat.valid & ZIP_STAT_SIZE) && stat.size <= kMaxPartBytes;
    if (!ok) break;
    std::string bytes(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    ok = file && zip_fread(file, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size());
    if (file) zip_fclose(file);
    parts.emplace_back(name, std::move(bytes));
  }
  zip_discard(archive);  // frees the source too
  if (!ok) return std::nullopt;
  return parts;
}

// The parts as a new zip, stored rather than deflated so that plain byte mutations of its
// bytes reach the XML too.
std::optional<std::string> write_parts(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
  zip_error_fini(&error);
  if (!archive) {
    if (buffer) zip_source_free(buffer);
    return std::nullopt;
  }
  zip_source_keep(buffer);
  bool ok = true;
  for (const auto& [name, bytes] : parts) {
    zip_source_t* part = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    const zip_int64_t index = part ? zip_file_add(archive, name.c_str(), part, ZIP_FL_OVERWRITE) : -1;
    if (index < 0) {
      if (part) zip_source_free(part);
      ok = false;
      break;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (!ok || zip_close(archive) != 0) {
    zip_discard(archive);
    zip_source_free(buffer);
    return std::nullopt;
  }
  std::optional<std::string> out;
  if (zip_source_open(buffer) == 0) {
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    std::string bytes(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    if (size >= 0 && zip_source_read(buffer, bytes.data(), bytes.size()) == size) out = std::move(bytes);
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return out;
}

}  // namespace

std::size_t mutate_zip(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned int seed) {
  std::minstd_rand random(seed);
  std::optional<Parts> parts;
  if (random() % 2 == 0) parts = read_parts(data, size);
  if (!parts || parts->empty()) return LLVMFuzzerMutate(data, size, max_size);
  std::string& part = (*parts)[random() % parts->size()].second;
  const std::size_t used = part.size();
  part.resize(std::max<std::size_t>(used + 64, 2 * used) + 1);  // room to grow
  part.resize(LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(part.data()), used, part.size()));
  const std::optional<std::string> zip = write_parts(*parts);
  if (!zip || zip->size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, zip->data(), zip->size());
  return zip->size();
}

}  // namespace kommunsok::fuzz
