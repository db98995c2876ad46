#pragma once
// Helpers for the audio tests: choosing SDL's driver, temporary folders, bounded waits and
// reading what the disk driver wrote.

#include "audio_output.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace mamori::test::audio {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

inline const fs::path soundsDir{MAMORI_SOUNDS_DIR};
inline fs::path fixture(const char* name) { return fs::path(MAMORI_AUDIO_FIXTURES_DIR) / name; }

/// SDL reads these when audio is initialised, so set them before openAudio.
inline void useDriver(const char* driver, const fs::path& diskFile = {})
{
    setenv("SDL_AUDIODRIVER", driver, 1);
    if (diskFile.empty()) unsetenv("SDL_DISKAUDIOFILE");
    else setenv("SDL_DISKAUDIOFILE", diskFile.c_str(), 1);
}

/// A fresh folder under the temporary directory, removed with its contents.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "mamori-audio-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempDir()
    {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

/// Polls `done` every few milliseconds for at most `limit`; true as soon as it holds.
template <typename Predicate>
bool waitUntil(Predicate done, std::chrono::milliseconds limit = 3s)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

/// The bytes the disk driver has written so far (it writes 16-bit samples; silence is all zero bytes).
inline std::vector<char> readBytes(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::uintmax_t sizeOf(const fs::path& file)
{
    std::error_code error;
    const auto size = fs::file_size(file, error);
    return error ? 0 : size;
}

/// True if any 16-bit sample from byte `from` on is non-zero, i.e. something was heard there.
inline bool soundAfter(const fs::path& file, std::size_t from = 0)
{
    const auto bytes = readBytes(file);
    for (std::size_t i = from & ~std::size_t{1}; i + 1 < bytes.size(); i += 2) {
        if (bytes[i] != 0 || bytes[i + 1] != 0) return true;
    }
    return false;
}

} // namespace mamori::test::audio

namespace doctest {
template <>
struct StringMaker<mamori::app::NarrationState> {
    static String convert(mamori::app::NarrationState state)
    {
        switch (state) {
        case mamori::app::NarrationState::Stopped: return "Stopped";
        case mamori::app::NarrationState::Playing: return "Playing";
        case mamori::app::NarrationState::Paused: return "Paused";
        }
        return "?";
    }
};
} // namespace doctest
