#pragma once
/// \file
/// The organisation's index of learners' records, for HR: every progress file of a data
/// folder read into a database (SQLite by default, PostgreSQL when one machine is not enough) (learners, attempts, answers, scenario runs, inbox runs,
/// completions, each with its pack version, and each file's integrity), with the roster of
/// who was assigned what, so that HR can ask in seconds who completed which training, who is
/// overdue, and which records need a person's look.
///
/// Progress files stay the source of truth: the index is derived, rebuilt by ingesting again.
/// It belongs on a local disk (SQLite's locking is unsafe on network shares); the progress
/// files it reads may be on a share.

#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/assignment_status.hpp"
#include "mamori/records/inbox_statistics.hpp"
#include "mamori/records/indexed_records.hpp"
#include "mamori/records/item_statistics.hpp"
#include "mamori/records/organisation_key.hpp"
#include "mamori/records/roster.hpp"
#include "mamori/records/time_zone.hpp"
#include "mamori/records/trust_flags.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/result.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

struct IngestOptions {
    std::filesystem::path dataDir;               ///< the progress files are in dataDir/progress
    const lessons::PackLibrary* packs = nullptr; ///< to flag unknown pack versions; nullptr: do not
    int threads = 0;                             ///< readers in parallel; 0: one per core
    std::function<void(int done, int total)> progress;   ///< called now and then while parsing; `total`: the files to read found so far
};

struct IngestReport {
    int files = 0;          ///< progress files in the folder
    int parsed = 0;         ///< read, verified and parsed: new or changed since the last ingest
    int unchanged = 0;      ///< same size, modification time and signature: not parsed again
    int gone = 0;           ///< files of the last ingest that are no longer there
    int fromInbox = 0;      ///< files pushed by learners' PCs (progress_sync.hpp) read from the inbox
    std::map<std::string, int> statuses;   ///< of the files parsed now: "valid", "tampered"…
    int newFlags = 0;       ///< flags raised by this ingest
    double seconds = 0.0;
};

/// One person's standing on one assignment.
struct StatusRow {
    std::string personId;
    std::string name;
    std::string department;
    std::string manager;
    bool left = false;                ///< no longer on the roster (their records are kept)
    std::string packId;
    AssignmentStatus status;
    std::string fileStatus;           ///< "valid", "none" (no file yet), or why the file is not counted
    int flags = 0;                    ///< trust flags on the person's file
    int attempts = 0;                 ///< quiz attempts of the pack, in a file that verifies
    std::int64_t secondsSpent = 0;    ///< in the pack's finished quiz attempts, scenario runs and inbox runs
};

struct StatusFilter {
    std::optional<std::string> packId;
    std::optional<std::string> department;   ///< the department or any of its sections ("営業部" matches "営業部 第一課")
    std::optional<std::string> manager;
    bool overdueOnly = false;
    bool includeLeft = false;
};

struct StatusReport {
    std::vector<StatusRow> rows;                  ///< by department, person, pack
    std::vector<std::string> notOnRoster;         ///< learners with files who are not on the roster
    std::map<std::string, std::map<AssignmentState, int>> totals;   ///< pack → state → people
    std::map<std::string, int> expiringSoon;      ///< pack → completions that expire within 30 days
};

struct RosterImportReport {
    int people = 0;        ///< on the roster imported
    int added = 0;
    int updated = 0;
    int left = 0;          ///< newly marked as left: missing from this roster
    int assignments = 0;
};

struct FlaggedRecord {
    std::string learnerId;
    TrustFlag flag;
};

/// Used by one thread at a time (an ingest runs its own threads inside).
class OrgIndex {
public:
    /// Opens the index at `databaseFile` (created when missing; a link there is refused).
    static scoring::Result<OrgIndex> open(const std::filesystem::path& databaseFile);
    /// Connects to an index on a PostgreSQL server (a libpq URI: postgresql://USER@HOST/DB…),
    /// creating its tables when the database has none.
    static scoring::Result<OrgIndex> connect(const std::string& uri);
    /// connect() for a postgresql:// URI, open() for anything else.
    static scoring::Result<OrgIndex> openTarget(const std::string& target);

    OrgIndex(OrgIndex&&) noexcept;
    OrgIndex& operator=(OrgIndex&&) noexcept;
    ~OrgIndex();

    /// Reads the progress files of `options.dataDir` into the index. Idempotent and
    /// incremental: a file whose size, modification time and signature did not change is not
    /// parsed again. Files are read in parallel; memory does not grow with their number.
    scoring::Result<IngestReport> ingest(const IngestOptions& options, const OrganisationKey& key, const scoring::Clock& clock);

    /// Replaces the roster with `roster`'s people and assignments (its rows with errors are
    /// not in it). A person of an earlier roster who is missing from this one is marked as
    /// left on `today`, and their records are kept; one who comes back is no longer left.
    scoring::Result<RosterImportReport> importRoster(const Roster& roster, Date today);

    /// Every person × assignment with their status on `today`, dates in `zone`.
    scoring::Result<StatusReport> status(const StatusFilter& filter, const TimeZone& zone, Date today);

    /// Item analysis of a pack's quizzes: by default each learner's first attempt of each quiz
    /// of `version` (all versions when none), from files that verify. No names.
    scoring::Result<std::map<std::string, std::vector<ItemStatistics>>> items(const std::string& packId,
                                                                               const std::optional<std::string>& version,
                                                                               bool allAttempts = false);

    /// Item analysis of a pack's inbox exercises, per message (inbox_statistics.hpp), by inbox id:
    /// by default each learner's first run of each exercise of `version` (all versions when
    /// none), from files that verify; graded over `pack` when given. No names.
    scoring::Result<std::map<std::string, std::vector<MessageStatistics>>> inboxMessages(
        const std::string& packId, const std::optional<std::string>& version, const lessons::Pack* pack, bool allRuns = false);

    /// The pack versions with quiz attempts or inbox runs in the index, for `packId`.
    scoring::Result<std::vector<std::string>> versionsOf(const std::string& packId);

    /// Lets the database role `role` push learners' files into the inbox and do nothing else
    /// (PostgreSQL only; inboxOnlyGrants in progress_sync.hpp).
    scoring::Result<scoring::Done> allowSyncRole(const std::string& role);

    /// Learner `learnerId`'s records as forEachLearner gives them (narrowed to `packId` when
    /// given), or nullopt inside when their file does not verify or the index has none.
    scoring::Result<std::optional<IndexedLearner>> learner(const std::string& learnerId,
                                                           const std::optional<std::string>& packId = std::nullopt);

    /// Every completion (of a lesson, quiz, scenario or pack) in files that verify, without the
    /// rest of the records: what a search over everyone's completions needs.
    scoring::Result<scoring::Done> forEachCompletion(const std::function<scoring::Result<scoring::Done>(const IndexedCompletionOf&)>& visit);

    /// The roster's name of person `personId`; nullopt inside when they are not on the roster.
    scoring::Result<std::optional<std::string>> personName(const std::string& personId);

    /// Every trust flag, by learner.
    scoring::Result<std::vector<FlaggedRecord>> flags();

    /// Each learner whose file verifies, with their records as the index holds them, one at a
    /// time in learner order (memory holds one learner); `packId` narrows to one pack.
    scoring::Result<scoring::Done> forEachLearner(const std::optional<std::string>& packId,
                                                  const std::function<scoring::Result<scoring::Done>(const IndexedLearner&)>& visit);

private:
    struct Impl;
    explicit OrgIndex(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// Whether `target` names an index on a database server (postgresql://…) rather than a file.
bool isDatabaseUri(std::string_view target);

/// The network file system a path lies on ("nfs", "cifs", "smb2", "fuse"…), or nullopt
/// for a local one: SQLite's locking is unsafe there, so the index must not live on one.
std::optional<std::string> networkFileSystem(const std::filesystem::path& path);

} // namespace mamori::records
