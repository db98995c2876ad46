// libFuzzer target: any bytes as a learner script must parse or be refused with its lines,
// never crash, hang or print the raw bytes back.

#include "learner_script.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)mamori::app::parseLearnerScript(text, "fuzz.play");
    return 0;
}
