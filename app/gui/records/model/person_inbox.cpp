#include "person_inbox.hpp"

#include "mamori/records/inbox_statistics.hpp"
#include "mamori/scoring/inbox_run.hpp"

#include <algorithm>
#include <map>

namespace mamori::app {
namespace {

using scoring::InboxAction;

lessons::LocalizedText sameInEvery(const std::string& text)
{
    lessons::LocalizedText localized;
    for (lessons::Language language : lessons::kAllLanguages)
        localized.set(language, lessons::RichText{{lessons::Span{text}}});
    return localized;
}

std::vector<std::string> partNames(const std::vector<lessons::MailPart>& parts)
{
    std::vector<std::string> names;
    for (const lessons::MailPart& part : parts) names.push_back(lessons::mailPartName(part));
    return names;
}

/// What the actions alone say of one message: the openings in order and its times.
struct Timeline {
    std::vector<std::string> openings;
    std::optional<scoring::Timestamp> first, decided, last;
};

std::map<std::string, Timeline> timelines(const records::IndexedInboxRun& run, std::vector<std::string>& order)
{
    std::map<std::string, Timeline> byMessage;
    for (const records::IndexedInboxAction& a : run.actions) {
        auto [it, added] = byMessage.try_emplace(a.messageId);
        if (added) order.push_back(a.messageId);
        Timeline& t = it->second;
        if (!t.first) t.first = a.at;
        t.last = a.at;
        std::string opening;
        if (a.action == InboxAction::OpenLink) opening = "link:" + a.target;
        if (a.action == InboxAction::OpenAttachment) opening = "attachment:" + a.target;
        if (a.action == InboxAction::Reply) opening = "reply";
        if (!opening.empty() && std::find(t.openings.begin(), t.openings.end(), opening) == t.openings.end())
            t.openings.push_back(opening);
        if (scoring::decidesMessage(a.action) && !t.decided) t.decided = a.at;
    }
    return byMessage;
}

} // namespace

PersonInboxRun personInboxRun(const std::string& packId, const records::IndexedInboxRun& run, const lessons::Pack* pack,
                              const records::TimeZone& zone)
{
    PersonInboxRun shown;
    shown.packId = packId;
    shown.inboxId = run.inboxId;
    const lessons::Inbox* inbox = pack ? pack->inbox(run.inboxId) : nullptr;
    shown.inboxTitle = inbox ? inbox->title : sameInEvery(run.inboxId);
    shown.packVersion = run.packVersion;
    shown.number = run.number;
    shown.started = zone.localDateTime(run.started);
    if (run.finished) shown.finished = zone.localDateTime(*run.finished);
    shown.score = run.score;
    shown.maxScore = run.maxScore;
    shown.percent = run.percent;
    shown.passed = run.passed;

    std::vector<std::string> order;
    const std::map<std::string, Timeline> times = timelines(run, order);
    const scoring::InboxRunRecord record = run.record();
    std::map<std::string, scoring::MessageState> states;
    if (inbox) {
        states = scoring::inboxPosition(*inbox, record).messages;
        // The exercise's order; messages it no longer has are left out, as its rules leave them out.
        std::vector<std::string> inInbox;
        for (const lessons::MailMessage& m : inbox->messages) {
            if (times.count(m.id)) inInbox.push_back(m.id);
        }
        order = std::move(inInbox);
    } else {
        states = records::replayInboxRun(record);
    }
    for (const std::string& id : order) {
        PersonInboxMessage m;
        m.messageId = id;
        const lessons::MailMessage* message = inbox ? inbox->message(id) : nullptr;
        m.subject = message ? message->subject : sameInEvery(id);
        const scoring::MessageState state = states.count(id) ? states.at(id) : scoring::MessageState{};
        if (state.decision) m.decision = std::string(scoring::inboxActionName(*state.decision));
        for (const lessons::MailPart& part : state.marked) m.marked.push_back(lessons::mailPartName(part));
        const Timeline& t = times.at(id);
        m.openings = t.openings;
        const std::optional<scoring::Timestamp> end = t.decided ? t.decided : t.last;
        if (t.first && end) m.seconds = std::chrono::duration_cast<std::chrono::seconds>(*end - *t.first).count();
        if (t.decided) m.decidedAt = zone.localDateTime(*t.decided);
        if (message) {
            m.verdict = std::string(lessons::verdictName(message->verdict));
            const scoring::MessageGrade grade = scoring::gradeMessage(*message, state);
            m.cluesMissed = partNames(grade.cluesMissed);
            m.compromised = grade.compromised;
            m.falseAlarm = grade.falseAlarm;
            m.points = grade.score;
            m.maxPoints = grade.maxScore;
        }
        shown.messages.push_back(std::move(m));
    }
    return shown;
}

} // namespace mamori::app
