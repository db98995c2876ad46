#include "mamori/records/inbox_statistics.hpp"

#include "mamori/scoring/inbox_run.hpp"

#include <algorithm>

namespace mamori::records {
namespace {

using scoring::InboxAction;
using scoring::MessageState;

} // namespace

std::map<std::string, MessageState> replayInboxRun(const scoring::InboxRunRecord& run)
{
    std::map<std::string, MessageState> states;
    for (const scoring::InboxStep& step : run.steps) {
        MessageState& m = states[step.messageId];
        switch (step.action) {
        case InboxAction::Open: m.opened = true; break;
        case InboxAction::OpenLink: m.linksOpened.insert(step.target); break;
        case InboxAction::OpenAttachment: m.attachmentsOpened.insert(step.target); break;
        case InboxAction::Reply: m.replied = true; break;
        case InboxAction::MarkClue:
            if (auto part = lessons::parseMailPart(step.target)) m.marked.insert(*part);
            break;
        case InboxAction::UnmarkClue:
            if (auto part = lessons::parseMailPart(step.target)) m.marked.erase(*part);
            break;
        case InboxAction::Report:
        case InboxAction::Delete:
        case InboxAction::MarkSafe:
            if (!m.decision) m.decision = step.action; // a decided message takes no other decision
            break;
        }
    }
    return states;
}

namespace {

/// What is added up for one message over the runs that decided it.
struct Tally {
    int runs = 0, reported = 0, deleted = 0, markedSafe = 0, opened = 0, compromised = 0, falseAlarms = 0, wrong = 0;
    double fractionSum = 0.0;
    std::map<std::string, int> marked;
};

void count(Tally& t, const MessageState& state)
{
    ++t.runs;
    t.reported += state.decision == InboxAction::Report;
    t.deleted += state.decision == InboxAction::Delete;
    t.markedSafe += state.decision == InboxAction::MarkSafe;
    t.opened += !state.linksOpened.empty() || !state.attachmentsOpened.empty() || state.replied;
}

double share(int part, int whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

MessageStatistics figures(const std::string& id, const Tally& t, const lessons::MailMessage* message)
{
    MessageStatistics s;
    s.messageId = id;
    s.runs = t.runs;
    s.reported = share(t.reported, t.runs);
    s.deleted = share(t.deleted, t.runs);
    s.markedSafe = share(t.markedSafe, t.runs);
    s.opened = share(t.opened, t.runs);
    for (const auto& [part, times] : t.marked) s.clues[part] = share(times, t.runs);
    if (!message) return s;
    s.verdict = message->verdict;
    if (message->verdict == lessons::Verdict::Malicious)
        s.compromised = share(t.compromised, t.runs);
    else
        s.falseAlarms = share(t.falseAlarms, t.runs);
    s.facility = std::clamp(t.fractionSum / double(std::max(t.runs, 1)), 0.0, 1.0);
    s.wrong = share(t.wrong, t.runs);
    s.mostlyWrong = *s.wrong > kMostlyWrong;
    return s;
}

} // namespace

std::vector<MessageStatistics> analyseInboxMessages(const std::vector<scoring::InboxRunRecord>& runs,
                                                    const lessons::Inbox* inbox)
{
    std::map<std::string, Tally> tallies;
    for (const scoring::InboxRunRecord& run : runs) {
        if (!inbox) {
            for (const auto& [id, state] : replayInboxRun(run)) {
                if (!state.decided()) continue;
                Tally& t = tallies[id];
                count(t, state);
                for (const lessons::MailPart& part : state.marked) ++t.marked[lessons::mailPartName(part)];
            }
            continue;
        }
        const scoring::InboxPosition position = scoring::inboxPosition(*inbox, run);
        for (const auto& [id, state] : position.messages) {
            const lessons::MailMessage* message = inbox->message(id);
            if (!message || !state.decided()) continue;
            Tally& t = tallies[id];
            count(t, state);
            const scoring::MessageGrade grade = scoring::gradeMessage(*message, state);
            t.compromised += grade.compromised;
            t.falseAlarms += grade.falseAlarm;
            const bool malicious = message->verdict == lessons::Verdict::Malicious;
            t.wrong += malicious ? (!grade.reported || grade.compromised) : grade.falseAlarm;
            // A false alarm scores below zero; as a share of the points it counts as none earned.
            t.fractionSum += grade.maxScore > 0.0 ? std::clamp(grade.score / grade.maxScore, 0.0, 1.0) : 0.0;
            for (const lessons::MailPart& found : grade.cluesFound) ++t.marked[lessons::mailPartName(found)];
        }
    }
    std::vector<MessageStatistics> statistics;
    if (!inbox) {
        for (const auto& [id, t] : tallies) statistics.push_back(figures(id, t, nullptr));
        return statistics;
    }
    for (const lessons::MailMessage& message : inbox->messages) {
        const auto found = tallies.find(message.id);
        if (found == tallies.end()) continue;
        MessageStatistics s = figures(message.id, found->second, &message);
        for (const lessons::MailClue& clue : message.clues) s.clues.try_emplace(lessons::mailPartName(clue.part), 0.0);
        statistics.push_back(std::move(s));
    }
    return statistics;
}

} // namespace mamori::records
