// libFuzzer target for one reader: RESPNET_FUZZ_NAME's extension picks it (fuzz.txt: the line
// reader and its dialects; fuzz.csv, fuzz.docx, fuzz.html; fuzz.toml: the configuration).
#include <cstddef>
#include <cstdint>

#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  respnet::fuzz::read_input(std::string_view(reinterpret_cast<const char*>(data), size), RESPNET_FUZZ_NAME);
  return 0;
}
