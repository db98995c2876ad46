#include "startup_report.hpp"

#include "fonts.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

namespace mamori::app {
namespace {

double millisecondsBetween(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

} // namespace

StartupReport::StartupReport() : started_(Clock::now()), lastMark_(started_)
{
    enabled_ = std::getenv("MAMORI_REPORT") != nullptr;
    if (const char* frames = std::getenv("MAMORI_QUIT_AFTER_FRAMES"); frames && *frames)
        quitAfterFrames_ = std::max(0, std::atoi(frames));
}

void StartupReport::phaseDone(const char* name)
{
    const Clock::time_point now = Clock::now();
    phases_.emplace_back(name, millisecondsBetween(lastMark_, now));
    lastMark_ = now;
}

bool StartupReport::frameShown(const FontReport& fonts)
{
    ++framesShown_;
    if (enabled_ && framesShown_ == 1) {
        phaseDone("first frame");
        std::cerr << "mamori: first frame after " << millisecondsBetween(started_, lastMark_) << " ms (";
        for (std::size_t i = 0; i < phases_.size(); ++i)
            std::cerr << (i ? ", " : "") << phases_[i].first << " " << phases_[i].second;
        for (const auto& [name, milliseconds] : notes_) std::cerr << "; " << name << " " << milliseconds;
        std::cerr << "); font " << fonts.file << ", " << fonts.glyphs << " glyphs, atlas " << fonts.atlasWidth << "x"
                  << fonts.atlasHeight << (fonts.fromCache ? " from the cache in " : ", built in ") << fonts.buildMilliseconds
                  << " ms\n";
    }
    const bool quit = quitAfterFrames_ > 0 && framesShown_ == quitAfterFrames_;
    if (enabled_ && quit) {
        const ResidentMemory memory = residentMemory();
        std::cerr << "mamori: resident memory after " << framesShown_ << " frames: " << memory.currentMB << " MB (peak "
                  << memory.peakMB << " MB)\n";
    }
    return quit;
}

ResidentMemory residentMemory()
{
    ResidentMemory memory;
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status) return memory;
    char line[256];
    while (std::fgets(line, sizeof line, status)) {
        long kilobytes = 0;
        if (std::sscanf(line, "VmRSS: %ld kB", &kilobytes) == 1) memory.currentMB = static_cast<double>(kilobytes) / 1024;
        else if (std::sscanf(line, "VmHWM: %ld kB", &kilobytes) == 1) memory.peakMB = static_cast<double>(kilobytes) / 1024;
    }
    std::fclose(status);
    return memory;
}

} // namespace mamori::app
