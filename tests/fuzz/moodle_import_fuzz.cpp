// libFuzzer target: any bytes as a Moodle XML bank must end in a pack model or in diagnostics,
// never a crash or a hang, and what it converts must write out as pack XML.
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DMAMORI_FUZZ=ON && cmake --build build-fuzz --target moodle_import_fuzz
//   build-fuzz/tests/fuzz/moodle_import_fuzz -max_total_time=60 tests/tool/moodle

#include "moodle/moodle_pack_writer.hpp"
#include "moodle/moodle_reader.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    const auto result = mamori::tool::moodle::importMoodle(xml, {});
    const bool error = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                   [](const auto& d) { return d.severity == mamori::lessons::Severity::Error; });
    if (result.failed != error) __builtin_trap();   // an error exactly when nothing was converted
    if (!result.failed) (void)mamori::tool::moodle::writePack(result.pack);
    return 0;
}
