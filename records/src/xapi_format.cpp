#include "xapi_format.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace mamori::records::xapi {

Uuid uuidV5(const Uuid& nameSpace, std::string_view name)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    // SHA-1 cannot fail on memory input short of an allocation failure, which leaves the digest zero.
    std::fill(std::begin(digest), std::end(digest), 0);
    if (context && EVP_DigestInit_ex(context, EVP_sha1(), nullptr) == 1 &&
        EVP_DigestUpdate(context, nameSpace.data(), nameSpace.size()) == 1 &&
        EVP_DigestUpdate(context, name.data(), name.size()) == 1) {
        EVP_DigestFinal_ex(context, digest, &length);
    }
    EVP_MD_CTX_free(context);
    Uuid uuid;
    std::copy_n(digest, uuid.size(), uuid.begin());
    uuid[6] = static_cast<unsigned char>((uuid[6] & 0x0F) | 0x50); // version 5
    uuid[8] = static_cast<unsigned char>((uuid[8] & 0x3F) | 0x80); // RFC 4122 variant
    return uuid;
}

Uuid urlNamespace()
{
    return {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
}

std::string formatUuid(const Uuid& uuid)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < uuid.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[uuid[i] >> 4];
        out += kHex[uuid[i] & 0x0F];
    }
    return out;
}

std::string isoTime(scoring::Timestamp time)
{
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date(day);
    const std::chrono::hh_mm_ss clock(time - day);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()));
    return buffer;
}

std::string isoDuration(std::int64_t seconds)
{
    seconds = std::max<std::int64_t>(seconds, 0);
    const std::int64_t hours = seconds / 3600, minutes = seconds % 3600 / 60, rest = seconds % 60;
    std::string out = "PT";
    if (hours) out += std::to_string(hours) + "H";
    if (hours || minutes) out += std::to_string(minutes) + "M";
    return out + std::to_string(rest) + "S";
}

std::string iriSegment(std::string_view text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                                (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
                                byte == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0x0F];
        }
    }
    return out;
}

} // namespace mamori::records::xapi
