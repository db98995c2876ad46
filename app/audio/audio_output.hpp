#pragma once
// Sound for the app: short cues and page narration. No GUI headers here, so the GUI and its
// tests can use a fake, and a machine without a sound card simply plays nothing.

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace mamori::app {

enum class Cue { Correct, Incorrect, Complete };
enum class NarrationState { Stopped, Playing, Paused };

/// Sound as the app uses it. The app's loop calls it; tests use a fake.
/// Every member is called from the app's thread; none of them throws.
class AudioOutput {
public:
    virtual ~AudioOutput() = default;
    virtual void playCue(Cue cue) = 0;                                     ///< short, overlapping allowed
    virtual bool playNarration(const std::filesystem::path& file) = 0;     ///< replaces any narration playing; false if it cannot be played
    virtual void pauseNarration() = 0;
    virtual void resumeNarration() = 0;
    virtual void stopNarration() = 0;
    virtual NarrationState narrationState() const = 0;                     ///< Stopped again once the file has finished
    virtual void setVolume(int percent, bool muted) = 0;                   ///< 0..100, applies to cues and narration
    virtual std::string status() const = 0;                                ///< "" when a real device plays; otherwise a short English reason, e.g. "no sound device; playing silently"
};

/// Opens SDL_mixer. `wake` is called (from SDL's audio thread) when a narration finishes, so the app can
/// stop sleeping and redraw (the app passes glfwPostEmptyEvent). `soundsDir` holds the cue files.
/// Never fails: without a usable device it returns an output that plays silently and says why in
/// status(). Only one SDL output exists at a time; opening a second returns a silent one.
std::unique_ptr<AudioOutput> openAudio(const std::filesystem::path& soundsDir, std::function<void()> wake);

/// An output that plays nothing (for --mute-all, tests, or when even the dummy driver fails).
/// Its playNarration returns false and status() returns `reason`.
std::unique_ptr<AudioOutput> silentAudio(std::string reason);

} // namespace mamori::app
