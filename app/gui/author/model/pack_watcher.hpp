#pragma once
// Watches a folder of packs for saves, with inotify (through libinotifytools), and says when
// something changed: a file written, or renamed into place as editors save, created or
// removed, in the folder or any folder under it. Changes are gathered for a short moment, so
// one save that touches several files reloads once.
//
// inotify sees changes made on this computer only: an edit made from another machine to a
// folder on a network share (NFS, SMB) is not reported, and needs the author mode's reload.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace mamori::app {

class PackWatcher {
public:
    /// Starts watching `folder` on a thread of its own; `changed` is called from that thread
    /// after each burst of changes has been quiet for `settle`. libinotifytools keeps one state
    /// per process: only one watcher may run at a time (a second one fails to start).
    static std::unique_ptr<PackWatcher> start(const std::filesystem::path& folder, std::function<void()> changed, std::string& error,
                                              std::chrono::milliseconds settle = std::chrono::milliseconds(150));
    ~PackWatcher();
    PackWatcher(const PackWatcher&) = delete;
    PackWatcher& operator=(const PackWatcher&) = delete;

    /// How many bursts of changes were reported so far.
    int changes() const { return changes_.load(); }

private:
    PackWatcher(std::function<void()> changed, std::chrono::milliseconds settle);
    void run();

    std::function<void()> changed_;
    std::chrono::milliseconds settle_;
    std::atomic<bool> stopping_{false};
    std::atomic<int> changes_{0};
    std::thread thread_;
};

} // namespace mamori::app
