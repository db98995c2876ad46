#include "refusal_notice.hpp"

namespace mamori::app {

using scoring::RefusalCode;

RefusalNotice refusalNotice(RefusalCode code)
{
    const std::string ownWords = "error." + std::string(scoring::refusalCodeName(code));
    // No default: a new code is a compiler warning here until someone decides what a learner sees.
    switch (code) {
    // A hint about the answer being given, not a failure.
    case RefusalCode::CertaintyNeeded:
    case RefusalCode::EmptyResponse: return {Notice::Level::Warning, ownWords};

    // What a learner can meet, in their own words.
    case RefusalCode::NotSaved:
    case RefusalCode::BadClock:
    case RefusalCode::BadName:
    case RefusalCode::NoAttemptsLeft:
    case RefusalCode::AnswerLocked:
    case RefusalCode::BadResponse:
    case RefusalCode::IoError:
    case RefusalCode::NotRegular:
    case RefusalCode::Locked:
    case RefusalCode::BadLearnerId:
    case RefusalCode::ProgressNewer:
    case RefusalCode::ProgressUnusable:
    case RefusalCode::KeyMissing:
    case RefusalCode::KeyMalformed:
    case RefusalCode::KeyUnreadable:
    case RefusalCode::KeyUnwritable: return {Notice::Level::Error, ownWords};

    // The app never asks for these (its screens offer only what exists and is allowed), or they
    // come from the HR tools: a general message, with the English detail below it.
    case RefusalCode::UnknownLesson:
    case RefusalCode::UnknownPage:
    case RefusalCode::UnknownQuiz:
    case RefusalCode::UnknownQuestion:
    case RefusalCode::UnknownScenario:
    case RefusalCode::UnknownOption:
    case RefusalCode::NoOpenAttempt:
    case RefusalCode::AttemptFinished:
    case RefusalCode::NotInAttempt:
    case RefusalCode::BadPosition:
    case RefusalCode::NotInDeck:
    case RefusalCode::ReviewNotDue:
    case RefusalCode::NoOpenRun:
    case RefusalCode::RunFinished:
    case RefusalCode::RunBroken:
    case RefusalCode::UnknownInbox:
    case RefusalCode::UnknownMessage:
    case RefusalCode::UnknownMailPart:
    case RefusalCode::MessageDecided:
    case RefusalCode::DiskFull:
    case RefusalCode::NoPermission:
    case RefusalCode::TooLarge:
    case RefusalCode::WrongLearner:
    case RefusalCode::ProgressCorrupt:
    case RefusalCode::NotReadableBack:
    case RefusalCode::KeyExists:
    case RefusalCode::KeyRandom:
    case RefusalCode::Outbox:
    case RefusalCode::SyncNeedsServer:
    case RefusalCode::BadRole:
    case RefusalCode::IndexError:
    case RefusalCode::IndexJson:
    case RefusalCode::IndexNewer:
    case RefusalCode::IndexOrder:
    case RefusalCode::IndexOnShare:
    case RefusalCode::NoProgressFolder:
    case RefusalCode::BadTimeZone:
    case RefusalCode::ReportTarget:
    case RefusalCode::ReportFolder:
    case RefusalCode::NoHomePage:
    case RefusalCode::BadHomePage: return {Notice::Level::Error, "error.other"};
    }
    return {Notice::Level::Error, "error.other"};
}

} // namespace mamori::app
