#include "mamori/scoring/learner_progress.hpp"

#include <algorithm>

namespace mamori::scoring {

const AnswerStep* AttemptRecord::latestAnswer(const std::string& questionId) const
{
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        if (it->questionId == questionId) return &*it;
    }
    return nullptr;
}

namespace {

struct InboxActionName {
    InboxAction action;
    std::string_view name;
    bool decides;
    bool hasTarget;
};

constexpr InboxActionName kInboxActions[] = {
    {InboxAction::Open, "open", false, false},
    {InboxAction::OpenLink, "open-link", false, true},
    {InboxAction::OpenAttachment, "open-attachment", false, true},
    {InboxAction::Reply, "reply", false, false},
    {InboxAction::MarkClue, "mark", false, true},
    {InboxAction::UnmarkClue, "unmark", false, true},
    {InboxAction::Report, "report", true, false},
    {InboxAction::Delete, "delete", true, false},
    {InboxAction::MarkSafe, "mark-safe", true, false},
};

const InboxActionName* findAction(InboxAction action)
{
    for (const InboxActionName& a : kInboxActions) {
        if (a.action == action) return &a;
    }
    return nullptr;
}

} // namespace

std::string_view inboxActionName(InboxAction action)
{
    const InboxActionName* found = findAction(action);
    return found ? found->name : "?";
}

std::optional<InboxAction> inboxActionFromName(std::string_view name)
{
    for (const InboxActionName& a : kInboxActions) {
        if (a.name == name) return a.action;
    }
    return std::nullopt;
}

bool decidesMessage(InboxAction action)
{
    const InboxActionName* found = findAction(action);
    return found && found->decides;
}

bool inboxActionHasTarget(InboxAction action)
{
    const InboxActionName* found = findAction(action);
    return found && found->hasTarget;
}

std::string_view completionKindName(Completion::Kind kind)
{
    switch (kind) {
    case Completion::Kind::Lesson: return "lesson";
    case Completion::Kind::Quiz: return "quiz";
    case Completion::Kind::Scenario: return "scenario";
    case Completion::Kind::Pack: return "pack";
    case Completion::Kind::Inbox: return "inbox";
    }
    return "?";
}

bool PackProgress::hasViewed(const std::string& lessonId, const std::string& pageId) const
{
    return std::any_of(pageViews.begin(), pageViews.end(),
                       [&](const PageView& v) { return v.lessonId == lessonId && v.pageId == pageId; });
}

std::vector<const AttemptRecord*> PackProgress::attemptsFor(const std::string& quizId) const
{
    std::vector<const AttemptRecord*> found;
    for (const AttemptRecord& a : attempts) {
        if (a.quizId == quizId) found.push_back(&a);
    }
    return found;
}

std::vector<const ScenarioRunRecord*> PackProgress::runsFor(const std::string& scenarioId) const
{
    std::vector<const ScenarioRunRecord*> found;
    for (const ScenarioRunRecord& r : runs) {
        if (r.scenarioId == scenarioId) found.push_back(&r);
    }
    return found;
}

std::vector<const InboxRunRecord*> PackProgress::inboxRunsFor(const std::string& inboxId) const
{
    std::vector<const InboxRunRecord*> found;
    for (const InboxRunRecord& r : inboxRuns) {
        if (r.inboxId == inboxId) found.push_back(&r);
    }
    return found;
}

const Completion* PackProgress::completion(Completion::Kind kind, const std::string& id) const
{
    auto it = std::find_if(completions.begin(), completions.end(),
                           [&](const Completion& c) { return c.kind == kind && c.id == id; });
    return it == completions.end() ? nullptr : &*it;
}

const ReviewItem* PackProgress::review(const std::string& questionId) const
{
    auto it = std::find_if(reviews.begin(), reviews.end(), [&](const ReviewItem& r) { return r.questionId == questionId; });
    return it == reviews.end() ? nullptr : &*it;
}

PackProgress& LearnerProgress::pack(const std::string& packId)
{
    PackProgress& p = packs[packId];
    p.packId = packId;
    return p;
}

const PackProgress* LearnerProgress::findPack(const std::string& packId) const
{
    auto it = packs.find(packId);
    return it == packs.end() ? nullptr : &it->second;
}

} // namespace mamori::scoring
