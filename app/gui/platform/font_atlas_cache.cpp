#include "font_atlas_cache.hpp"

#include "font_atlas_codec.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

// File layout: magic, format, key size, payload size, checksum of key and payload; then the
// key (what the atlas was built from) and the encoded atlas. Bump kFormat when either changes.
constexpr char kMagic[8] = {'M', 'M', 'R', 'A', 'T', 'L', 'A', 'S'};
constexpr std::uint32_t kFormat = 1;
struct Header {
    char magic[8];
    std::uint32_t format;
    std::uint32_t keySize;
    std::uint64_t payloadSize;
    std::uint64_t checksum;
};
constexpr std::uint64_t kMaxFileSize = 80u << 20;  // an 8192x8192 atlas and its glyphs
constexpr std::size_t kAtlasesKept = 4;
constexpr std::string_view kFilePrefix = "font-atlas-", kFileSuffix = ".bin";

/// Catches a damaged or half-written file; not a defence against tampering (whoever can write
/// the user's cache can already run code as that user). FNV-1a over 8-byte words in four lanes:
/// byte by byte, one multiplication a byte, it would cost milliseconds for a 4 MB atlas.
std::uint64_t checksum(std::string_view a, std::string_view b)
{
    constexpr std::uint64_t kPrime = 0x100000001b3ull;
    std::uint64_t lanes[4] = {0xcbf29ce484222325ull, 0x84222325cbf29ce4ull, 0x9ce484222325cbf2ull, 0x2325cbf29ce48422ull};
    for (std::string_view part : {a, b}) {
        std::size_t i = 0;
        for (; i + 32 <= part.size(); i += 32) {
            for (int lane = 0; lane < 4; ++lane) {
                std::uint64_t word;
                std::memcpy(&word, part.data() + i + 8 * lane, sizeof word);
                lanes[lane] = (lanes[lane] ^ word) * kPrime;
            }
        }
        for (; i < part.size(); ++i) lanes[0] = (lanes[0] ^ static_cast<unsigned char>(part[i])) * kPrime;
        lanes[1] = (lanes[1] ^ part.size()) * kPrime;  // where one part ends and the next begins
    }
    std::uint64_t hash = 0;
    for (std::uint64_t lane : lanes) hash = (hash ^ lane) * kPrime;
    return hash;
}

/// The whole file, when it is a regular file (never through a symbolic link) of sensible size.
bool readBounded(const fs::path& file, std::string& bytes)
{
    // O_NONBLOCK: a FIFO put in the cache's place must not hang the start; fstat then refuses it.
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return false;
    struct stat info {};
    bool ok = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= static_cast<off_t>(sizeof(Header)) &&
              static_cast<std::uint64_t>(info.st_size) <= kMaxFileSize;
    if (ok) {
        bytes.resize(static_cast<std::size_t>(info.st_size));
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        ok = done == bytes.size();
    }
    ::close(fd);
    return ok;
}

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n <= 0) return false;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace

fs::path FontAtlasCache::defaultFolder()
{
    fs::path base;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg && fs::path(xdg).is_absolute()) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = fs::path(home) / ".cache";
    else return {};
    return base / "mamori";
}

fs::path FontAtlasCache::fileFor(const std::string& key) const
{
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(checksum(key, {})));
    return folder_ / (std::string(kFilePrefix) + hex + std::string(kFileSuffix));
}

bool FontAtlasCache::load(const std::string& key, ImFontAtlas& atlas) const
{
    std::string bytes;
    if (folder_.empty() || !readBounded(fileFor(key), bytes)) return false;
    Header header;
    std::memcpy(&header, bytes.data(), sizeof header);
    const std::uint64_t rest = bytes.size() - sizeof header;
    if (std::memcmp(header.magic, kMagic, sizeof kMagic) != 0 || header.format != kFormat || header.keySize != key.size() ||
        header.keySize > rest || header.payloadSize != rest - header.keySize)
        return false;
    const std::string_view storedKey(bytes.data() + sizeof header, header.keySize);
    const std::string_view payload(storedKey.data() + storedKey.size(), header.payloadSize);
    if (storedKey != key || checksum(storedKey, payload) != header.checksum || !decodeFontAtlas(payload, atlas)) return false;
    // Used now: the last to be forgotten.
    ::utimensat(AT_FDCWD, fileFor(key).c_str(), nullptr, AT_SYMLINK_NOFOLLOW);
    return true;
}

bool FontAtlasCache::save(const std::string& key, ImFontAtlas& atlas) const
{
    if (folder_.empty()) return false;
    const std::string payload = encodeFontAtlas(atlas);
    if (payload.empty()) return false;
    std::error_code ec;
    fs::create_directories(folder_, ec);
    if (ec) return false;
    Header header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.format = kFormat;
    header.keySize = static_cast<std::uint32_t>(key.size());
    header.payloadSize = payload.size();
    header.checksum = checksum(key, payload);

    const fs::path file = fileFor(key);
    std::string temporary = file.string() + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return false;
    const bool written = writeAll(fd, {reinterpret_cast<const char*>(&header), sizeof header}) && writeAll(fd, key) &&
                         writeAll(fd, payload);
    const bool closed = ::close(fd) == 0;
    // Another instance may have saved meanwhile: the rename replaces whole files, never mixes them.
    if (written && closed && ::rename(temporary.c_str(), file.c_str()) == 0) {
        forgetOldest();
        return true;
    }
    ::unlink(temporary.c_str());
    return false;
}

void FontAtlasCache::forgetOldest() const
{
    std::vector<std::pair<fs::file_time_type, fs::path>> atlases;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder_, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > kFilePrefix.size() + kFileSuffix.size() && name.starts_with(kFilePrefix) && name.ends_with(kFileSuffix) &&
            entry.is_regular_file(ec))
            atlases.emplace_back(entry.last_write_time(ec), entry.path());
    }
    if (atlases.size() <= kAtlasesKept) return;
    std::sort(atlases.begin(), atlases.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = kAtlasesKept; i < atlases.size(); ++i) fs::remove(atlases[i].second, ec);
}

std::string fontFileIdentity(const fs::path& file)
{
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) return {};
    return file.string() + "|" + std::to_string(info.st_size) + "|" + std::to_string(info.st_mtim.tv_sec) + "." +
           std::to_string(info.st_mtim.tv_nsec);
}

} // namespace mamori::app
