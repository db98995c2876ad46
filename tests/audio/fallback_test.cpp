// When no driver works, or sound is switched off, the app still starts: silently, and it says so.

#include "audio_test_support.hpp"

#include <csignal>

using namespace mamori::app;
using namespace mamori::test::audio;

TEST_CASE("no usable driver: sound opens quickly plays silently and says why")
{
    useDriver("nonexistent");
    const auto start = std::chrono::steady_clock::now();
    auto audio = openAudio(soundsDir, {});
    CHECK(std::chrono::steady_clock::now() - start < 2s);
    REQUIRE(audio);
    CHECK(audio->status() == "no sound device; playing silently");
    audio->playCue(Cue::Correct);
    CHECK(audio->playNarration(fixture("narration-short.ogg")));
    CHECK(waitUntil([&] { return audio->narrationState() == NarrationState::Stopped; }));

    // The fallback is not remembered: a later open uses the driver asked for again.
    audio.reset();
    TempDir dir;
    useDriver("disk", dir.path() / "mixed.raw");
    audio = openAudio(soundsDir, {});
    CHECK(audio->status() == "sound goes to a file (SDL disk driver)");
}

TEST_CASE("silent output: accepts everything plays nothing and gives its reason")
{
    auto audio = silentAudio("sound is off (--mute-all)");
    audio->playCue(Cue::Complete);
    CHECK_FALSE(audio->playNarration(fixture("narration-short.ogg")));
    audio->pauseNarration();
    audio->resumeNarration();
    CHECK(audio->narrationState() == NarrationState::Stopped);
    audio->setVolume(50, false);
    CHECK(audio->status() == "sound is off (--mute-all)");

    CHECK_FALSE(silentAudio("")->status().empty()); // "" would claim a device is playing
}

TEST_CASE("only one output holds the device and it can be reopened after closing")
{
    useDriver("dummy");
    auto first = openAudio(soundsDir, {});
    auto second = openAudio(soundsDir, {});
    CHECK(second->status() == "sound is already in use; playing silently");
    CHECK(first->playNarration(fixture("narration-long.ogg")));
    CHECK(first->narrationState() == NarrationState::Playing);

    first.reset();
    second.reset();
    auto again = openAudio(soundsDir, {});
    CHECK(again->status() == "no sound device; playing silently");
    CHECK(again->playNarration(fixture("narration-short.ogg")));
}

TEST_CASE("after opening sound SIGTERM still ends the app")
{
    useDriver("dummy");
    // SDL only installs its handler over the default one, and doctest has its own: start from the default.
    struct sigaction defaultAction {}, previous {}, after {};
    defaultAction.sa_handler = SIG_DFL;
    sigaction(SIGTERM, &defaultAction, &previous);
    {
        auto audio = openAudio(soundsDir, {});
        sigaction(SIGTERM, nullptr, &after);
    }
    sigaction(SIGTERM, &previous, nullptr);
    const bool stillDefault = after.sa_handler == SIG_DFL; // SDL would have put its own handler here
    CHECK(stillDefault);
}
