#include "kommunsok/admin/file_digest.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <array>
#include <fstream>

#include "kommunsok/admin/admin_error.hpp"

namespace kommunsok::admin {

std::string sha256_of_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw AdminError("cannot read " + file.string());
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  std::array<char, 1 << 16> buffer;
  while (in) {
    in.read(buffer.data(), buffer.size());
    engine.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw AdminError("cannot read " + file.string());
  return Poco::DigestEngine::digestToHex(engine.digest());
}

}  // namespace kommunsok::admin
