// libFuzzer target: any bytes as a progress file's content must parse or be refused, never crash.

#include "mamori/scoring/progress_file.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    auto parsed = mamori::scoring::parseProgress(content, "fuzz.xml");
    if (parsed) (void)mamori::scoring::serializeProgress(parsed.value());
    return 0;
}
