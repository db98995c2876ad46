// Narration on SDL's dummy driver, which consumes sound in real time without a sound card.

#include "audio_test_support.hpp"

#include <atomic>

using namespace mamori::app;
using namespace mamori::test::audio;

namespace {
struct Opened {
    std::atomic<int> wakes{0};
    std::unique_ptr<AudioOutput> audio;
    Opened()
    {
        useDriver("dummy");
        audio = openAudio(soundsDir, [this] { ++wakes; });
        REQUIRE(audio);
    }
    NarrationState state() const { return audio->narrationState(); }
};
} // namespace

TEST_CASE("narration plays pauses resumes and stops on the learner's buttons")
{
    Opened opened;
    auto& audio = *opened.audio;
    CHECK(opened.state() == NarrationState::Stopped);

    REQUIRE(audio.playNarration(fixture("narration-long.ogg")));
    CHECK(opened.state() == NarrationState::Playing);
    audio.pauseNarration();
    CHECK(opened.state() == NarrationState::Paused);
    audio.pauseNarration(); // a second press changes nothing
    CHECK(opened.state() == NarrationState::Paused);
    audio.resumeNarration();
    CHECK(opened.state() == NarrationState::Playing);
    audio.resumeNarration();
    CHECK(opened.state() == NarrationState::Playing);
    audio.stopNarration();
    CHECK(opened.state() == NarrationState::Stopped);
    audio.resumeNarration(); // nothing to resume
    CHECK(opened.state() == NarrationState::Stopped);
}

TEST_CASE("a narration that reaches its end stops by itself and wakes the app")
{
    Opened opened;
    REQUIRE(opened.audio->playNarration(fixture("narration-short.ogg"))); // 0.3 s
    CHECK(waitUntil([&] { return opened.state() == NarrationState::Stopped; }));
    CHECK(waitUntil([&] { return opened.wakes > 0; }));
}

TEST_CASE("a new narration replaces the one playing")
{
    Opened opened;
    REQUIRE(opened.audio->playNarration(fixture("narration-long.ogg")));   // 3 s
    REQUIRE(opened.audio->playNarration(fixture("narration-short.ogg")));  // 0.3 s
    // Only the short one is left, so it is over well before the long one would be.
    CHECK(waitUntil([&] { return opened.state() == NarrationState::Stopped; }, 2s));
}

TEST_CASE("a narration that cannot be played is refused and nothing plays")
{
    Opened opened;
    TempDir dir;
    CHECK_FALSE(opened.audio->playNarration(dir.path() / "missing.ogg"));
    CHECK(opened.state() == NarrationState::Stopped);

    std::ofstream(dir.path() / "broken.ogg") << "not a sound";
    CHECK_FALSE(opened.audio->playNarration(dir.path() / "broken.ogg"));
    CHECK(opened.state() == NarrationState::Stopped);

    // Going to a page whose narration is missing also silences the previous page's narration.
    REQUIRE(opened.audio->playNarration(fixture("narration-long.ogg")));
    CHECK_FALSE(opened.audio->playNarration(dir.path() / "missing.ogg"));
    CHECK(opened.state() == NarrationState::Stopped);
}
