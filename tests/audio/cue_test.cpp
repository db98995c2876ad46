// Cues on SDL's dummy driver: what a machine without a sound card gets.

#include "audio_test_support.hpp"

using namespace mamori::app;
using namespace mamori::test::audio;

TEST_CASE("dummy driver: the app opens sound and plays cues silently and says so")
{
    useDriver("dummy");
    auto audio = openAudio(soundsDir, {});
    REQUIRE(audio);
    CHECK(audio->status() == "no sound device; playing silently");

    // Quick answers overlap their cues; extreme volumes are clamped.
    for (int round = 0; round < 2; ++round) {
        audio->playCue(Cue::Correct);
        audio->playCue(Cue::Incorrect);
        audio->playCue(Cue::Complete);
    }
    audio->setVolume(150, false);
    audio->setVolume(-20, false);
    audio->setVolume(100, true);
    audio->playCue(Cue::Complete);
    // Closing while cues still sound must be clean (the app can quit at any moment).
}

TEST_CASE("a missing cue file is reported and the other cues still play")
{
    useDriver("dummy");
    TempDir sounds;
    fs::copy_file(soundsDir / "correct.ogg", sounds.path() / "correct.ogg");

    auto audio = openAudio(sounds.path(), {});
    REQUIRE(audio);
    CHECK(audio->status() == "no sound device; playing silently; missing cue sounds: incorrect.ogg, complete.ogg");
    audio->playCue(Cue::Correct);
    audio->playCue(Cue::Incorrect);
    audio->playCue(Cue::Complete);
}

TEST_CASE("a damaged cue file is reported as unreadable")
{
    useDriver("dummy");
    TempDir sounds;
    for (const char* name : {"correct.ogg", "incorrect.ogg"}) fs::copy_file(soundsDir / name, sounds.path() / name);
    std::ofstream(sounds.path() / "complete.ogg") << "not a sound";

    auto audio = openAudio(sounds.path(), {});
    REQUIRE(audio);
    CHECK(audio->status() == "no sound device; playing silently; unreadable cue sounds: complete.ogg");
    audio->playCue(Cue::Complete);
}
