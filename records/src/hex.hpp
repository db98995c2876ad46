#pragma once
// Hexadecimal text for digests and keys.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mamori::records {

/// Lower-case hex digits of `size` bytes.
std::string toHex(const unsigned char* data, std::size_t size);

/// Reads `text.size() / 2` bytes from hex digits (either case); false on any other character.
bool fromHex(std::string_view text, std::uint8_t* out);

/// The SHA-256 of `data`, as 64 hex digits.
std::string sha256Hex(std::string_view data);

} // namespace mamori::records
