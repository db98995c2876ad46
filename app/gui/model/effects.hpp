#pragma once
// What applying an action asks the outside world to do: sounds, settings to persist, fonts
// to rebuild. The main loop carries them out; tests check them.

#include "audio_output.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct Effects {
    enum class NarrationChange { None, Pause, Resume, Stop };

    std::vector<Cue> cues;
    std::optional<std::filesystem::path> playNarration;   ///< replaces any narration playing
    NarrationChange narration = NarrationChange::None;
    bool saveSettings = false;
    bool rebuildFonts = false;    ///< the text size changed
    bool libraryChanged = false;  ///< other packs are shown: their characters may need the fonts rebuilt
    bool applyAudioSettings = false;
    bool quit = false;
    std::optional<std::string> pushProgress;   ///< a learner who completed something: push their file (when sync is on)

    void stopNarration()
    {
        narration = NarrationChange::Stop;
        playNarration.reset();
    }
};

} // namespace mamori::app
