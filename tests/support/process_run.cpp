#include "process_run.hpp"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>

#include <iterator>
#include <thread>

namespace kommunsok::test {

Outcome run(const std::string& program, const std::vector<std::string>& args) {
  Poco::Pipe out, err;
  Poco::ProcessHandle handle = Poco::Process::launch(program, args, nullptr, &out, &err);
  Poco::PipeInputStream out_stream(out), err_stream(err);
  Outcome outcome;
  std::thread err_reader([&] { outcome.err.assign(std::istreambuf_iterator<char>(err_stream), {}); });
  outcome.out.assign(std::istreambuf_iterator<char>(out_stream), {});
  err_reader.join();
  outcome.exit_code = handle.wait();
  return outcome;
}

}  // namespace kommunsok::test
