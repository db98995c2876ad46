#pragma once
/// \file
/// Why an action was refused, as a closed set: code that reacts to a refusal switches over
/// RefusalCode, so the compiler points at every place a new code must be handled.

#include <array>
#include <iosfwd>
#include <string>
#include <string_view>

namespace mamori::scoring {

/// Every reason an action can be refused, by `scoring` (a learner's actions) or by `records`
/// and the tools (files, keys, the index). The values are contiguous from 0 (no explicit
/// values), so kAllRefusalCodes can list them; each has a name in refusal.cpp.
enum class RefusalCode {
    // ---- a learner's actions (scoring)
    NotSaved, ///< the save failed; nothing was changed
    BadClock, ///< the clock reads a time outside 2000–2199
    BadName,  ///< a display name that is not one short line
    UnknownLesson,
    UnknownPage,
    UnknownQuiz,
    UnknownQuestion,
    UnknownScenario,
    UnknownOption,
    NoAttemptsLeft,
    NoOpenAttempt,
    AttemptFinished,
    NotInAttempt, ///< the question was not drawn in this attempt
    AnswerLocked, ///< immediate feedback was shown: the answer can no longer change
    EmptyResponse,
    BadResponse, ///< the response does not fit the question (or is not one short line)
    CertaintyNeeded,
    BadPosition,
    NotInDeck,
    ReviewNotDue,
    NoOpenRun,
    RunFinished,
    RunBroken, ///< the pack changed under a scenario run
    UnknownInbox,
    UnknownMessage,
    UnknownMailPart, ///< a link, attachment or part the message does not have
    MessageDecided,  ///< the message was already reported, deleted or marked safe

    // ---- files and folders (records)
    IoError,
    DiskFull,
    NoPermission,
    NotRegular, ///< a link, a folder or a special file where a regular file belongs
    TooLarge,
    Locked, ///< the learner's records are open in another Mamori
    BadLearnerId,
    WrongLearner,
    ProgressCorrupt,
    ProgressNewer,
    ProgressUnusable, ///< damaged, and its backup too
    NotReadableBack,  ///< what would be saved could not be read back
    KeyMissing,
    KeyMalformed,
    KeyUnreadable,
    KeyUnwritable,
    KeyExists,
    KeyRandom, ///< no random bytes for a new key

    // ---- the organisation's index, sync and exports (records, mamori-tool)
    Outbox,
    SyncNeedsServer,
    BadRole,
    IndexError,
    IndexJson,
    IndexNewer,
    IndexOrder,
    IndexOnShare,
    NoProgressFolder,
    BadTimeZone,
    ReportTarget,
    ReportFolder,
    NoHomePage,
    BadHomePage,
};

/// How many codes there are: a code added after BadHomePage must move this along (a test
/// in tests/scoring fails otherwise).
inline constexpr int kRefusalCodeCount = static_cast<int>(RefusalCode::BadHomePage) + 1;

/// Every code, in order, for code and tests that must cover them all.
inline constexpr std::array<RefusalCode, kRefusalCodeCount> kAllRefusalCodes = [] {
    std::array<RefusalCode, kRefusalCodeCount> all{};
    for (int i = 0; i < kRefusalCodeCount; ++i) all[static_cast<std::size_t>(i)] = static_cast<RefusalCode>(i);
    return all;
}();

/// The code's stable name ("not-saved"): the app's words are keyed by it ("error.not-saved")
/// and tools print it. Empty for a value that is not a code.
std::string_view refusalCodeName(RefusalCode code);

/// Prints the code's name (for test failures and logs).
std::ostream& operator<<(std::ostream& out, RefusalCode code);

/// Why an action was refused. `code` is for code that reacts (the app shows its own translated
/// words); `message` is plain English for the command-line tool.
struct Refusal {
    RefusalCode code;
    std::string message;
};

} // namespace mamori::scoring
