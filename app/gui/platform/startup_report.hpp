#pragma once
// Start-up figures, printed to stderr with MAMORI_REPORT=1: the time to the first frame and
// what it went to, the font atlas, and resident memory. MAMORI_QUIT_AFTER_FRAMES=N closes the
// app after N frames, so that a benchmark measures the same thing every run.

#include <chrono>
#include <string>
#include <vector>

namespace mamori::app {

struct FontReport;

class StartupReport {
public:
    /// Starts the clock; reads MAMORI_REPORT and MAMORI_QUIT_AFTER_FRAMES.
    StartupReport();

    /// Marks the end of a start-up phase (named for the report) that began at the previous mark.
    void phaseDone(const char* name);
    /// A duration measured elsewhere (on another thread), reported after the phases.
    void note(const char* name, double milliseconds) { notes_.emplace_back(name, milliseconds); }
    /// After each frame is shown; true once the app should close (MAMORI_QUIT_AFTER_FRAMES).
    bool frameShown(const FontReport& fonts);
    /// True while MAMORI_QUIT_AFTER_FRAMES asks for more frames: they are drawn without input.
    bool wantsFrames() const { return quitAfterFrames_ > framesShown_; }

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point started_, lastMark_;
    std::vector<std::pair<const char*, double>> phases_, notes_;
    bool enabled_ = false;
    int quitAfterFrames_ = 0;
    int framesShown_ = 0;
};

/// This process's resident memory (VmRSS) and its peak (VmHWM) in MB; 0 when unknown.
struct ResidentMemory {
    double currentMB = 0, peakMB = 0;
};
ResidentMemory residentMemory();

} // namespace mamori::app
