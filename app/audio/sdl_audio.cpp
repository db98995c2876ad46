// AudioOutput on SDL_mixer: cues as preloaded chunks, narration streamed as music.
// Opening never fails: without a usable device SDL's dummy driver plays silently, and if even that
// cannot start, a silent output takes over. status() tells the user which case they are in.

#include "audio_output.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <system_error>
#include <utility>
#include <vector>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNoDevice = "no sound device; playing silently";
constexpr std::array<const char*, 3> kCueFiles{"correct.ogg", "incorrect.ogg", "complete.ogg"};

bool present(const fs::path& path)
{
    std::error_code error;
    return fs::exists(path, error);
}

// Trying SDL's default drivers on a machine without sound makes ALSA print errors to the terminal.
// Only skip them when no sound system can be there; when in doubt, try (sound beats a quiet terminal).
bool defaultDriverPlausible()
{
    if (std::getenv("SDL_AUDIODRIVER") || std::getenv("PULSE_SERVER") || std::getenv("PIPEWIRE_REMOTE")) return true;
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR")) {
        if (present(fs::path(runtime) / "pulse/native") || present(fs::path(runtime) / "pipewire-0")) return true;
    }
    if (present("/run/pulse/native") || present("/etc/asound.conf") || present("/dev/dsp")) return true;
    if (const char* home = std::getenv("HOME"); home && present(fs::path(home) / ".asoundrc")) return true;
    std::error_code error;
    for (fs::directory_iterator it("/dev/snd", error), end; !error && it != end; it.increment(error)) {
        if (it->path().filename().string().starts_with("pcm")) return true;
    }
    return false;
}

// SDL's audio subsystem plus an opened mixer, or nothing.
bool openDevice()
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return false;
    // 1024 frames (23 ms) keeps cues immediate without underruns on ordinary hardware.
    if (Mix_OpenAudio(MIX_DEFAULT_FREQUENCY, MIX_DEFAULT_FORMAT, 2, 1024) != 0) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    return true;
}

// Mix_LoadWAV leaks its file handle when the file is not audio (SDL_mixer 2.6.2), so the handle
// is opened and closed here rather than handed over.
Mix_Chunk* loadChunk(const fs::path& file)
{
    SDL_RWops* source = SDL_RWFromFile(file.string().c_str(), "rb");
    if (!source) return nullptr;
    Mix_Chunk* chunk = Mix_LoadWAV_RW(source, 0);
    SDL_RWclose(source);
    return chunk;
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

class SdlAudio final : public AudioOutput {
public:
    SdlAudio(const fs::path& soundsDir, std::function<void()> wake) : wake_(std::move(wake))
    {
        Mix_Init(MIX_INIT_OGG); // failure shows up below as cues that cannot be read

        const std::string driver = SDL_GetCurrentAudioDriver() ? SDL_GetCurrentAudioDriver() : "";
        std::vector<std::string> notes;
        if (driver == "dummy") notes.emplace_back(kNoDevice);
        if (driver == "disk") notes.emplace_back("sound goes to a file (SDL disk driver)");

        std::vector<std::string> missing, unreadable;
        for (std::size_t i = 0; i < kCueFiles.size(); ++i) {
            const fs::path file = soundsDir / kCueFiles[i];
            cues_[i] = loadChunk(file);
            if (!cues_[i]) (present(file) ? unreadable : missing).emplace_back(kCueFiles[i]);
        }
        if (!missing.empty()) notes.push_back("missing cue sounds: " + joined(missing, ", "));
        if (!unreadable.empty()) notes.push_back("unreadable cue sounds: " + joined(unreadable, ", "));
        status_ = joined(notes, "; ");

        active_.store(this);
        Mix_HookMusicFinished(&SdlAudio::onMusicFinished);
    }

    ~SdlAudio() override
    {
        // Unhook first: Mix_HookMusicFinished takes the audio lock, so no hook runs after it returns.
        Mix_HookMusicFinished(nullptr);
        active_.store(nullptr);
        Mix_HaltChannel(-1);
        Mix_HaltMusic();
        if (music_) Mix_FreeMusic(music_);
        for (Mix_Chunk* chunk : cues_) {
            if (chunk) Mix_FreeChunk(chunk);
        }
        Mix_CloseAudio();
        Mix_Quit();
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        if (SDL_WasInit(0) == 0) SDL_Quit(); // nothing else uses SDL: release its hints and globals too
    }

    SdlAudio(const SdlAudio&) = delete;
    SdlAudio& operator=(const SdlAudio&) = delete;

    static bool anyOpen() { return active_.load() != nullptr; }

    void playCue(Cue cue) override
    {
        if (Mix_Chunk* chunk = cues_[static_cast<std::size_t>(cue)]) Mix_PlayChannel(-1, chunk, 0); // -1: any free channel
    }

    bool playNarration(const fs::path& file) override
    {
        Mix_Music* next = Mix_LoadMUS(file.string().c_str());
        if (!next || Mix_PlayMusic(next, 1) != 0) {
            if (next) Mix_FreeMusic(next);
            stopNarration(); // the old page's narration must not carry on
            return false;
        }
        // Mix_PlayMusic halted the previous narration without calling the hook; free it now.
        if (music_) Mix_FreeMusic(music_);
        music_ = next;
        state_.store(NarrationState::Playing);
        return true;
    }

    void pauseNarration() override
    {
        auto expected = NarrationState::Playing;
        if (state_.compare_exchange_strong(expected, NarrationState::Paused)) Mix_PauseMusic();
    }

    void resumeNarration() override
    {
        auto expected = NarrationState::Paused;
        if (state_.compare_exchange_strong(expected, NarrationState::Playing)) Mix_ResumeMusic();
    }

    void stopNarration() override
    {
        Mix_HaltMusic();
        state_.store(NarrationState::Stopped);
        if (music_) Mix_FreeMusic(music_);
        music_ = nullptr;
    }

    NarrationState narrationState() const override
    {
        const NarrationState state = state_.load();
        // A file shorter than one audio buffer can end before playNarration stored Playing.
        if (state != NarrationState::Stopped && !Mix_PlayingMusic()) return NarrationState::Stopped;
        return state;
    }

    void setVolume(int percent, bool muted) override
    {
        const int volume = muted ? 0 : std::clamp(percent, 0, 100) * MIX_MAX_VOLUME / 100;
        Mix_Volume(-1, volume); // every channel, including cues already sounding
        Mix_VolumeMusic(volume);
    }

    std::string status() const override { return status_; }

private:
    // Runs on SDL's audio thread (or inside Mix_HaltMusic) with the mixer locked:
    // no SDL_mixer calls here, only the atomic state and the app's wake-up.
    static void SDLCALL onMusicFinished()
    {
        SdlAudio* self = active_.load();
        if (!self) return;
        self->state_.store(NarrationState::Stopped);
        if (self->wake_) self->wake_();
    }

    static inline std::atomic<SdlAudio*> active_{nullptr}; // the hook is a plain function pointer

    const std::function<void()> wake_;
    std::array<Mix_Chunk*, kCueFiles.size()> cues_{};
    Mix_Music* music_ = nullptr;
    std::atomic<NarrationState> state_{NarrationState::Stopped};
    std::string status_;
};

} // namespace

std::unique_ptr<AudioOutput> openAudio(const std::filesystem::path& soundsDir, std::function<void()> wake)
{
    // SDL owns one audio device per process; a second output would fight the first for it.
    if (SdlAudio::anyOpen()) return silentAudio("sound is already in use; playing silently");

    // Without this SDL swallows SIGTERM, and kill or timeout could no longer stop the app.
    SDL_SetHintWithPriority(SDL_HINT_NO_SIGNAL_HANDLERS, "1", SDL_HINT_OVERRIDE);

    if (!(defaultDriverPlausible() && openDevice())) {
        // Override priority: a plain hint loses to SDL_AUDIODRIVER from the environment.
        SDL_SetHintWithPriority(SDL_HINT_AUDIODRIVER, "dummy", SDL_HINT_OVERRIDE);
        const bool opened = openDevice();
        SDL_ResetHint(SDL_HINT_AUDIODRIVER); // so that a later open tries real devices again
        if (!opened) return silentAudio(std::string("sound could not start (") + SDL_GetError() + "); playing silently");
    }
    return std::make_unique<SdlAudio>(soundsDir, std::move(wake));
}

} // namespace mamori::app
