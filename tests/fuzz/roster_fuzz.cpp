// libFuzzer target: any bytes as a roster (UTF-8, Shift_JIS, quoted fields, relative dates) must
// be read or reported row by row, never crash or hang.

#include "mamori/records/roster.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)mamori::records::readRoster(bytes, "fuzz.csv", {"basics", "telework", "departing", "targeted-attacks"});
    return 0;
}
