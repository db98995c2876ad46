#include "mamori/scoring/inbox_run.hpp"

#include <algorithm>

namespace mamori::scoring {

using namespace mamori::lessons;

namespace {

/// Applies one recorded action to a message's state (checked already, or replayed from a file).
void applyStep(MessageState& state, const MailMessage& message, const InboxStep& step)
{
    switch (step.action) {
    case InboxAction::Open: state.opened = true; break;
    case InboxAction::OpenLink:
        if (message.link(step.target)) state.linksOpened.insert(step.target);
        break;
    case InboxAction::OpenAttachment:
        if (message.attachment(step.target)) state.attachmentsOpened.insert(step.target);
        break;
    case InboxAction::Reply: state.replied = true; break;
    case InboxAction::MarkClue:
        if (auto part = parseMailPart(step.target); part && message.hasPart(*part)) state.marked.insert(*part);
        break;
    case InboxAction::UnmarkClue:
        if (auto part = parseMailPart(step.target)) state.marked.erase(*part);
        break;
    case InboxAction::Report:
    case InboxAction::Delete:
    case InboxAction::MarkSafe:
        if (!state.decision) state.decision = step.action;
        break;
    }
}

std::string known(const std::vector<std::string>& ids)
{
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out.empty() ? "none" : out;
}

/// Checks that `target` names what `action` needs in `message`.
Result<Done> checkTarget(const MailMessage& message, const MessageState& state, InboxAction action, const std::string& target)
{
    const std::string where = "message '" + message.id + "'";
    switch (action) {
    case InboxAction::OpenLink: {
        if (message.link(target)) return Done{};
        std::vector<std::string> ids;
        for (const MailLink& l : message.links) ids.push_back(l.id);
        return refuse(RefusalCode::UnknownMailPart, where + " has no link '" + target + "' (links: " + known(ids) + ")");
    }
    case InboxAction::OpenAttachment: {
        if (message.attachment(target)) return Done{};
        std::vector<std::string> ids;
        for (const MailAttachment& a : message.attachments) ids.push_back(a.id);
        return refuse(RefusalCode::UnknownMailPart, where + " has no attachment '" + target + "' (attachments: " + known(ids) + ")");
    }
    case InboxAction::MarkClue:
    case InboxAction::UnmarkClue: {
        const std::optional<MailPart> part = parseMailPart(target);
        if (part && message.hasPart(*part)) {
            if (action == InboxAction::UnmarkClue && !state.marked.count(*part)) {
                return refuse(RefusalCode::UnknownMailPart, "'" + target + "' of " + where + " is not marked");
            }
            return Done{};
        }
        std::vector<std::string> parts;
        for (const MailPart& p : message.markableParts()) parts.push_back(mailPartName(p));
        return refuse(RefusalCode::UnknownMailPart, where + " has no part '" + target + "' (parts: " + known(parts) + ")");
    }
    case InboxAction::Open:
    case InboxAction::Reply:
    case InboxAction::Report:
    case InboxAction::Delete:
    case InboxAction::MarkSafe:
        if (target.empty()) return Done{};
        return refuse(RefusalCode::UnknownMailPart, std::string(inboxActionName(action)) + " takes no target");
    }
    return Done{};
}

} // namespace

double messageMaxScore(const MailMessage& message)
{
    return message.verdict == Verdict::Legitimate ? kHandledPoints : kReportPoints;
}

MessageGrade gradeMessage(const MailMessage& message, const MessageState& state)
{
    MessageGrade grade;
    grade.maxScore = messageMaxScore(message);
    grade.reported = state.decision == InboxAction::Report;
    if (message.verdict == Verdict::Legitimate) {
        grade.falseAlarm = grade.reported;
        if (grade.falseAlarm) grade.score = -kFalseAlarmPoints;
        else if (state.decided()) grade.score = kHandledPoints;
        for (const MailPart& part : state.marked) grade.wrongMarks.push_back(part);
        return grade;
    }
    const double openings = static_cast<double>(state.linksOpened.size() + state.attachmentsOpened.size()) + (state.replied ? 1.0 : 0.0);
    grade.compromised = openings > 0;
    for (const MailClue& clue : message.clues) {
        (state.marked.count(clue.part) ? grade.cluesFound : grade.cluesMissed).push_back(clue.part);
    }
    for (const MailPart& part : state.marked) {
        if (!message.clue(part)) grade.wrongMarks.push_back(part);
    }
    grade.clueBonus =
        std::max(0.0, kCluePoints * (static_cast<double>(grade.cluesFound.size()) - static_cast<double>(grade.wrongMarks.size())));
    grade.score = (grade.reported ? kReportPoints : 0.0) + grade.clueBonus - kCompromisePoints * openings;
    return grade;
}

MessageState InboxPosition::state(const std::string& messageId) const
{
    auto it = messages.find(messageId);
    return it == messages.end() ? MessageState{} : it->second;
}

InboxPosition inboxPosition(const Inbox& inbox, const InboxRunRecord& run)
{
    InboxPosition position;
    for (const InboxStep& step : run.steps) {
        const MailMessage* message = inbox.message(step.messageId);
        if (!message) continue;
        MessageState& state = position.messages[step.messageId];
        const bool wasDecided = state.decided();
        applyStep(state, *message, step);
        if (!wasDecided && state.decided()) ++position.decided;
    }
    return position;
}

InboxScore scoreInbox(const Inbox& inbox, const InboxPosition& position)
{
    InboxScore total;
    for (const MailMessage& message : inbox.messages) {
        const MessageGrade grade = gradeMessage(message, position.state(message.id));
        total.score += grade.score;
        total.maxScore += grade.maxScore;
    }
    total.score = std::max(0.0, total.score);
    total.percent = total.maxScore > 0 ? std::min(100.0, 100.0 * total.score / total.maxScore) : 0.0;
    return total;
}

InboxRunRecord startInboxRun(const Inbox& inbox, int number, Timestamp now, const std::string& packVersion)
{
    InboxRunRecord run;
    run.inboxId = inbox.id;
    run.number = number;
    run.packVersion = packVersion;
    run.started = now;
    return run;
}

Result<InboxOutcome> actOnMessage(InboxRunRecord& run, const Inbox& inbox, const std::string& messageId, InboxAction action,
                                  const std::string& target, Timestamp now)
{
    if (run.isFinished()) return refuse(RefusalCode::RunFinished, "this inbox run has already finished");
    const MailMessage* message = inbox.message(messageId);
    if (!message) {
        std::vector<std::string> ids;
        for (const MailMessage& m : inbox.messages) ids.push_back(m.id);
        return refuse(RefusalCode::UnknownMessage, "inbox '" + inbox.id + "' has no message '" + messageId + "' (messages: " + known(ids) + ")");
    }
    InboxPosition position = inboxPosition(inbox, run);
    MessageState& state = position.messages[messageId];
    InboxOutcome outcome;
    if (action == InboxAction::Open && state.opened) {
        outcome.recorded = false;
        outcome.grade = gradeMessage(*message, state);
        return outcome;
    }
    if (state.decided() && action != InboxAction::Open) {
        const std::string_view decided = state.decision == InboxAction::Report   ? "reported"
                                         : state.decision == InboxAction::Delete ? "deleted"
                                                                                 : "marked safe";
        return refuse(RefusalCode::MessageDecided, "message '" + messageId + "' was already " + std::string(decided));
    }
    if (auto checked = checkTarget(*message, state, action, target); !checked) return checked.refusal();

    const InboxStep step{messageId, action, target, now};
    run.steps.push_back(step);
    const bool harmful = message->verdict == Verdict::Malicious &&
                         (action == InboxAction::OpenLink || action == InboxAction::OpenAttachment || action == InboxAction::Reply);
    applyStep(state, *message, step);
    outcome.compromised = harmful;
    outcome.decided = decidesMessage(action);
    outcome.grade = gradeMessage(*message, state);
    if (outcome.decided) ++position.decided;
    if (position.decided == static_cast<int>(inbox.messages.size())) {
        const InboxScore total = scoreInbox(inbox, position);
        run.finished = now;
        run.score = total.score;
        run.maxScore = total.maxScore;
        run.percent = total.percent;
        run.passed = total.percent + 1e-9 >= inbox.passMark;
        outcome.finished = true;
    }
    return outcome;
}

bool inboxPassed(const std::vector<const InboxRunRecord*>& runs)
{
    return std::any_of(runs.begin(), runs.end(), [](const InboxRunRecord* r) { return r->isFinished() && r->passed; });
}

} // namespace mamori::scoring
