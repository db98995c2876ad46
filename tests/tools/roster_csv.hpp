#pragma once
// Writes the organisation's roster as HR exports it for Excel: UTF-8 with a BOM, CRLF line
// ends, header `社員番号,氏名,部署,上長,入社日,割当` (the format read by
// mamori/records/roster.hpp).

#include "learner_states.hpp"

#include <cstdint>
#include <filesystem>

namespace mamori::test {

/// Writes every learner, started or not, one row each, to `file`; returns the bytes written.
/// Throws std::runtime_error when the file cannot be written.
std::uintmax_t writeRoster(const std::filesystem::path& file, std::uint64_t seed, int learners,
                           const StateAssignment& states);

} // namespace mamori::test
