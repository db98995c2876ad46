// libFuzzer target: any bytes as a progress file's content must parse or be refused, never crash.

#include "mamori/records/progress_file.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view content(reinterpret_cast<const char*>(data), size);
    auto parsed = mamori::records::parseProgress(content, "fuzz.xml");
    if (parsed) (void)mamori::records::serializeProgress(parsed.value().progress, parsed.value().history);
    return 0;
}
