#include "mamori/scoring/refusal.hpp"

#include <ostream>

namespace mamori::scoring {

std::string_view refusalCodeName(RefusalCode code)
{
    // These names are stable: the app's words are keyed by them and tools print them.
    switch (code) {
    case RefusalCode::NotSaved: return "not-saved";
    case RefusalCode::BadClock: return "bad-clock";
    case RefusalCode::BadName: return "bad-name";
    case RefusalCode::UnknownLesson: return "unknown-lesson";
    case RefusalCode::UnknownPage: return "unknown-page";
    case RefusalCode::UnknownQuiz: return "unknown-quiz";
    case RefusalCode::UnknownQuestion: return "unknown-question";
    case RefusalCode::UnknownScenario: return "unknown-scenario";
    case RefusalCode::UnknownOption: return "unknown-option";
    case RefusalCode::NoAttemptsLeft: return "no-attempts-left";
    case RefusalCode::NoOpenAttempt: return "no-open-attempt";
    case RefusalCode::AttemptFinished: return "attempt-finished";
    case RefusalCode::NotInAttempt: return "not-in-attempt";
    case RefusalCode::AnswerLocked: return "answer-locked";
    case RefusalCode::EmptyResponse: return "empty-response";
    case RefusalCode::BadResponse: return "bad-response";
    case RefusalCode::CertaintyNeeded: return "certainty-needed";
    case RefusalCode::BadPosition: return "bad-position";
    case RefusalCode::NotInDeck: return "not-in-deck";
    case RefusalCode::ReviewNotDue: return "review-not-due";
    case RefusalCode::NoOpenRun: return "no-open-run";
    case RefusalCode::RunFinished: return "run-finished";
    case RefusalCode::RunBroken: return "run-broken";
    case RefusalCode::UnknownInbox: return "unknown-inbox";
    case RefusalCode::UnknownMessage: return "unknown-message";
    case RefusalCode::UnknownMailPart: return "unknown-mail-part";
    case RefusalCode::MessageDecided: return "message-decided";
    case RefusalCode::IoError: return "io-error";
    case RefusalCode::DiskFull: return "disk-full";
    case RefusalCode::NoPermission: return "no-permission";
    case RefusalCode::NotRegular: return "not-regular";
    case RefusalCode::TooLarge: return "too-large";
    case RefusalCode::Locked: return "locked";
    case RefusalCode::BadLearnerId: return "bad-learner-id";
    case RefusalCode::WrongLearner: return "wrong-learner";
    case RefusalCode::ProgressCorrupt: return "progress-corrupt";
    case RefusalCode::ProgressNewer: return "progress-newer";
    case RefusalCode::ProgressUnusable: return "progress-unusable";
    case RefusalCode::NotReadableBack: return "not-readable-back";
    case RefusalCode::KeyMissing: return "key-missing";
    case RefusalCode::KeyMalformed: return "key-malformed";
    case RefusalCode::KeyUnreadable: return "key-unreadable";
    case RefusalCode::KeyUnwritable: return "key-unwritable";
    case RefusalCode::KeyExists: return "key-exists";
    case RefusalCode::KeyRandom: return "key-random";
    case RefusalCode::Outbox: return "outbox";
    case RefusalCode::SyncNeedsServer: return "sync-needs-server";
    case RefusalCode::BadRole: return "bad-role";
    case RefusalCode::IndexError: return "index-error";
    case RefusalCode::IndexJson: return "index-json";
    case RefusalCode::IndexNewer: return "index-newer";
    case RefusalCode::IndexOrder: return "index-order";
    case RefusalCode::IndexOnShare: return "index-on-share";
    case RefusalCode::NoProgressFolder: return "no-progress-folder";
    case RefusalCode::BadTimeZone: return "bad-time-zone";
    case RefusalCode::ReportTarget: return "report-target";
    case RefusalCode::ReportFolder: return "report-folder";
    case RefusalCode::NoHomePage: return "no-home-page";
    case RefusalCode::BadHomePage: return "bad-home-page";
    }
    return {};
}

std::ostream& operator<<(std::ostream& out, RefusalCode code)
{
    const std::string_view name = refusalCodeName(code);
    if (name.empty()) return out << "refusal code " << static_cast<int>(code);
    return out << name;
}

} // namespace mamori::scoring
