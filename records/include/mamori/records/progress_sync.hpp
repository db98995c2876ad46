#pragma once
/// \file
/// Learners' PCs pushing their signed progress files to the organisation's PostgreSQL server
/// straight after each completion, off by default (the `sync-url` setting). The file goes
/// into the index's append-only `inbox` table through a role that may only insert there
/// (inboxOnlyGrants): a learner's PC never holds credentials that read others' records or
/// change the index; HR's ingest verifies what arrives.
///
/// Pushes are queued first (an outbox of markers on this computer, one per learner), so that
/// work done offline is pushed later, and a failed push never blocks or loses local progress:
/// the progress file stays the source of truth, and the marker stays until a push succeeds.

#include "mamori/scoring/result.hpp"

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace mamori::records {

struct SyncReport {
    int pushed = 0;
    int waiting = 0;        ///< still queued after this try
    std::string problem;    ///< why the last push failed ("" when none did)
};

class SyncOutbox {
public:
    /// Markers in `outboxDir` (this user's, on this computer); files in `progressDir`.
    SyncOutbox(std::filesystem::path outboxDir, std::filesystem::path progressDir);

    /// Queues learner `learnerId`'s file for the next push.
    scoring::Result<scoring::Done> enqueue(const std::string& learnerId);
    /// The learners queued, in order.
    std::vector<std::string> pending() const;
    /// Pushes each queued learner's current file to the database at `uri`; a pushed learner
    /// leaves the queue. Gives up on the first failure (the rest wait for the next try).
    SyncReport pushPending(const std::string& uri);

private:
    std::filesystem::path outboxDir_, progressDir_;
};

/// Pushes in the background: request() returns at once; a thread pushes what is queued, then
/// tries again now and then while anything waits (offline, a server down).
class SyncWorker {
public:
    SyncWorker(SyncOutbox outbox, std::string uri);
    ~SyncWorker();
    SyncWorker(const SyncWorker&) = delete;
    SyncWorker& operator=(const SyncWorker&) = delete;

    /// Queues `learnerId`'s file and wakes the thread.
    void request(const std::string& learnerId);
    /// What the last try did.
    SyncReport lastReport() const;

private:
    void run();

    SyncOutbox outbox_;
    std::string uri_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool woken_ = true;   // push what an earlier session left queued
    bool stopping_ = false;
    SyncReport last_;
    std::thread thread_;
};

/// The SQL that lets `role` insert into the inbox of the index and do nothing else there
/// (run by an administrator on the index's database, after its first ingest made the tables);
/// nullopt for a role name that is not a plain lower-case identifier.
std::optional<std::string> inboxOnlyGrants(const std::string& role);

} // namespace mamori::records
