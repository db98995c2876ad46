#include "pack_watcher.hpp"

#include <inotifytools/inotify.h>
#include <inotifytools/inotifytools.h>

#include <cstring>

namespace mamori::app {
namespace {

// Saves (written, or renamed into place), creations and removals; a folder made later is
// watched as it appears.
constexpr int kEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF;

std::atomic<bool> running{false};   // libinotifytools' state is the process's

} // namespace

std::unique_ptr<PackWatcher> PackWatcher::start(const std::filesystem::path& folder, std::function<void()> changed, std::string& error,
                                                std::chrono::milliseconds settle)
{
    if (running.exchange(true)) {
        error = "another folder is already being watched";
        return nullptr;
    }
    if (!inotifytools_initialize() || !inotifytools_watch_recursively(folder.c_str(), kEvents)) {
        error = "cannot watch " + folder.string() + ": " + std::strerror(inotifytools_error());
        inotifytools_cleanup();
        running = false;
        return nullptr;
    }
    std::unique_ptr<PackWatcher> watcher(new PackWatcher(std::move(changed), settle));
    watcher->thread_ = std::thread([w = watcher.get()] { w->run(); });
    return watcher;
}

PackWatcher::PackWatcher(std::function<void()> changed, std::chrono::milliseconds settle) : changed_(std::move(changed)), settle_(settle) {}

PackWatcher::~PackWatcher()
{
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
    inotifytools_cleanup();
    running = false;
}

void PackWatcher::run()
{
    using Clock = std::chrono::steady_clock;
    bool pending = false;
    Clock::time_point last{};
    while (!stopping_) {
        // Idle, wait up to a second for the first change (and to see a stop); within a burst,
        // only take what is there and end the burst once it has been quiet for `settle_`.
        inotify_event* event = inotifytools_next_events(pending ? 0 : 1, 1);
        if (event) {
            if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) {
                const char* dir = inotifytools_filename_from_wd(event->wd);
                if (dir) inotifytools_watch_recursively((std::string(dir) + event->name).c_str(), kEvents);
            }
            pending = true;
            last = Clock::now();
            continue;
        }
        if (!pending) continue;
        if (Clock::now() - last >= settle_) {
            pending = false;
            ++changes_;
            changed_();
        } else {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
}

} // namespace mamori::app
