#pragma once
// The small formats xAPI statements are made of: name-based UUIDs (so a re-export gives
// the same statement ids and an LRS deduplicates), ISO 8601 times and durations, and path
// segments of activity IRIs.

#include "mamori/scoring/clock.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace mamori::records::xapi {

using Uuid = std::array<unsigned char, 16>;

/// RFC 4122 version 5 (SHA-1) UUID of `name` in `nameSpace`.
Uuid uuidV5(const Uuid& nameSpace, std::string_view name);
/// The RFC 4122 namespace for URLs (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
Uuid urlNamespace();
/// 8-4-4-4-12 lowercase hex.
std::string formatUuid(const Uuid& uuid);

/// "2026-04-01T09:00:00Z".
std::string isoTime(scoring::Timestamp time);
/// "PT7M35S", "PT1H0M2S", "PT0S"; a negative span counts as none.
std::string isoDuration(std::int64_t seconds);

/// `text` with every byte other than RFC 3986's unreserved ones percent-encoded, for one
/// segment of an IRI: an id with "/" or "?" in it cannot change the IRI's shape.
std::string iriSegment(std::string_view text);

} // namespace mamori::records::xapi
