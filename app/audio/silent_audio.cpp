// The output used when there is no sound at all: every call is accepted and nothing plays.

#include "audio_output.hpp"

#include <utility>

namespace mamori::app {
namespace {

class SilentAudio final : public AudioOutput {
public:
    explicit SilentAudio(std::string reason)
        : reason_(reason.empty() ? std::string("sound is off") : std::move(reason)) // never "" (that means a device plays)
    {
    }

    void playCue(Cue) override {}
    // Nothing can be heard, so say so rather than pretend a narration is running.
    bool playNarration(const std::filesystem::path&) override { return false; }
    void pauseNarration() override {}
    void resumeNarration() override {}
    void stopNarration() override {}
    NarrationState narrationState() const override { return NarrationState::Stopped; }
    void setVolume(int, bool) override {}
    std::string status() const override { return reason_; }

private:
    std::string reason_;
};

} // namespace

std::unique_ptr<AudioOutput> silentAudio(std::string reason)
{
    return std::make_unique<SilentAudio>(std::move(reason));
}

} // namespace mamori::app
