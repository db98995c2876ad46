// SDL's disk driver writes everything mixed to a file: proof that a sound really played, or not.

#include "audio_test_support.hpp"

using namespace mamori::app;
using namespace mamori::test::audio;

namespace {

// Bytes that may already be mixed or buffered when something changes: SDL's device buffer
// (1024 frames of 16-bit stereo = 4 KiB) plus stdio's write buffer, with a wide margin.
constexpr std::uintmax_t kInFlight = 32 * 1024;

/// After `change`, the output holds nothing but zeros (checked over about 0.4 s of it).
template <typename Change>
bool silentAfter(const fs::path& out, Change change)
{
    change();
    const auto from = sizeOf(out) + kInFlight;
    REQUIRE(waitUntil([&] { return sizeOf(out) >= from + 64 * 1024; }));
    return !soundAfter(out, from);
}

/// After `change`, something is heard.
template <typename Change>
bool audibleAfter(const fs::path& out, Change change)
{
    const auto from = sizeOf(out);
    change();
    return waitUntil([&] { return soundAfter(out, from); });
}

struct DiskOutput {
    TempDir dir;
    fs::path out = dir.path() / "mixed.raw";
    std::unique_ptr<AudioOutput> audio;
    DiskOutput()
    {
        useDriver("disk", out);
        audio = openAudio(soundsDir, {});
        REQUIRE(audio);
    }
};

} // namespace

TEST_CASE("disk driver: the complete cue really sounds")
{
    DiskOutput disk;
    CHECK(disk.audio->status() == "sound goes to a file (SDL disk driver)"); // and no cue is missing

    // Before any cue, the device runs and writes silence.
    REQUIRE(waitUntil([&] { return sizeOf(disk.out) >= kInFlight; }));
    CHECK_FALSE(soundAfter(disk.out));

    CHECK(audibleAfter(disk.out, [&] { disk.audio->playCue(Cue::Complete); }));
}

TEST_CASE("disk driver: muting silences the narration and cues at once and unmuting brings them back")
{
    DiskOutput disk;
    auto& audio = *disk.audio;
    REQUIRE(audibleAfter(disk.out, [&] { REQUIRE(audio.playNarration(fixture("narration-long.ogg"))); })); // 3 s

    // The mute button keeps the volume for later.
    CHECK(silentAfter(disk.out, [&] { audio.setVolume(80, true); audio.playCue(Cue::Complete); }));
    CHECK(audio.narrationState() == NarrationState::Playing); // muted, not stopped
    CHECK(audibleAfter(disk.out, [&] { audio.setVolume(80, false); audio.playCue(Cue::Correct); }));
    CHECK(silentAfter(disk.out, [&] { audio.setVolume(0, true); audio.playCue(Cue::Complete); }));
    CHECK(audibleAfter(disk.out, [&] { audio.setVolume(5, false); audio.playCue(Cue::Correct); }));
}

TEST_CASE("disk driver: a paused narration is silent and resuming brings it back")
{
    DiskOutput disk;
    auto& audio = *disk.audio;
    REQUIRE(audibleAfter(disk.out, [&] { REQUIRE(audio.playNarration(fixture("narration-long.ogg"))); }));

    CHECK(silentAfter(disk.out, [&] { audio.pauseNarration(); }));
    CHECK(audio.narrationState() == NarrationState::Paused);
    CHECK(audibleAfter(disk.out, [&] { audio.resumeNarration(); }));
    CHECK(audio.narrationState() == NarrationState::Playing);
}
