// libFuzzer target: any bytes as a pack.xml must end in a pack or in diagnostics, never a crash.
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DMAMORI_FUZZ=ON && cmake --build build-fuzz --target pack_loader_fuzz
//   build-fuzz/tests/fuzz/pack_loader_fuzz -max_total_time=60 lessons/packs/*/pack.xml tests/lessons/broken

#include "mamori/lessons/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    const auto result = mamori::lessons::loadPackFromMemory(xml, "fuzz.xml", MAMORI_PACKS_DIR "/tour");
    if (result.ok() == (result.errors > 0)) __builtin_trap();  // a pack exactly when there are no errors
    return 0;
}
