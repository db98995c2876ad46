#include "index_rows.hpp"

#include "index_json.hpp"
#include "org_index_impl.hpp"

#include <algorithm>

namespace mamori::records {
namespace {

using namespace mamori::scoring;

/// Adds `word` to a space-separated list, as the schema keeps lists.
void appendWord(std::string& list, std::string_view word)
{
    if (!list.empty()) list += ' ';
    list += word;
}

std::optional<std::int64_t> epochOf(const std::optional<Timestamp>& time)
{
    return time ? std::optional<std::int64_t>(epochSeconds(*time)) : std::nullopt;
}

/// A completed pack is renewed by passing one of its quizzes again: the latest such pass
/// after the completion (with its pack version) is when the pack counts as completed.
LearnerPackRow packRow(const PackProgress& pack)
{
    LearnerPackRow row{pack.packId, pack.lastVersion, static_cast<std::int64_t>(pack.pageViews.size()), {}, {}, {}, {}, {}, {}};
    appendCompletionsJson(row.completions, pack.completions);
    std::optional<Timestamp> first, last;
    auto seen = [&](Timestamp t) {
        if (!first || t < *first) first = t;
        if (!last || t > *last) last = t;
    };
    for (const PageView& v : pack.pageViews) seen(v.at);
    for (const ScenarioRunRecord& r : pack.runs) seen(r.finished.value_or(r.started));
    // An inbox run's actions are saved one by one, so an unfinished run was last active at its last action.
    for (const InboxRunRecord& r : pack.inboxRuns) seen(r.finished.value_or(r.steps.empty() ? r.started : r.steps.back().at));
    for (const AttemptRecord& a : pack.attempts) {
        seen(a.finished.value_or(a.started));
        if (a.isFinished()) row.bestPercent = std::max(row.bestPercent.value_or(a.percent), a.percent);
    }
    row.firstActivity = epochOf(first);
    row.lastActivity = epochOf(last);
    if (const Completion* done = pack.completion(Completion::Kind::Pack, pack.packId)) {
        Timestamp completedAt = done->at;
        std::string version = done->packVersion;
        for (const AttemptRecord& a : pack.attempts) {
            if (a.isFinished() && a.passed && *a.finished > completedAt) {
                completedAt = *a.finished;
                version = a.packVersion;
            }
        }
        row.completedAt = epochSeconds(completedAt);
        row.completedVersion = std::move(version);
    }
    return row;
}

AttemptRow attemptRow(const std::string& packId, AttemptRecord&& a)
{
    AttemptRow row;
    row.packId = packId;
    row.packVersion = std::move(a.packVersion);
    row.quizId = std::move(a.quizId);
    row.seed = std::to_string(a.seed);
    for (const PlannedQuestion& q : a.questions) appendWord(row.questions, q.questionId);
    row.number = a.number;
    row.started = epochSeconds(a.started);
    row.finished = epochOf(a.finished);
    if (a.isFinished()) {
        row.ending = a.end == AttemptEnd::TimedOut ? "timed-out" : "submitted";
        row.score = a.score;
        row.maxScore = a.maxScore;
        row.percent = a.percent;
        row.passed = a.passed;
    }
    appendAnswerStepsJson(row.answers, a.steps);
    return row;
}

RunRow runRow(const std::string& packId, ScenarioRunRecord&& r)
{
    RunRow row;
    row.packId = packId;
    row.packVersion = std::move(r.packVersion);
    row.scenarioId = std::move(r.scenarioId);
    for (const ScenarioStep& step : r.path) appendWord(row.path, step.nodeId + ">" + step.optionId);
    row.number = r.number;
    row.started = epochSeconds(r.started);
    row.finished = epochOf(r.finished);
    if (r.isFinished()) {
        row.endingId = std::move(r.endingId);
        row.outcome = std::move(r.outcome);
        row.score = r.score;
        row.passed = r.passed;
    }
    return row;
}

InboxRunRow inboxRunRow(const std::string& packId, InboxRunRecord&& r)
{
    InboxRunRow row;
    row.packId = packId;
    row.packVersion = std::move(r.packVersion);
    row.inboxId = std::move(r.inboxId);
    row.number = r.number;
    row.started = epochSeconds(r.started);
    row.finished = epochOf(r.finished);
    if (r.isFinished()) {
        row.score = r.score;
        row.maxScore = r.maxScore;
        row.percent = r.percent;
        row.passed = r.passed;
    }
    appendInboxActionsJson(row.actions, r.steps);
    return row;
}

} // namespace

FileRows fileRows(FileStamp stamp, ProgressCheck check, const lessons::PackLibrary* packs, Timestamp now)
{
    FileRows rows;
    rows.stamp = std::move(stamp);
    rows.status = std::string(checkStatusName(check.status));
    rows.problem = check.problem;
    if (check.progress) {
        rows.holdsLearner = check.progress->learnerId;
        rows.displayName = check.progress->displayName;
        rows.writtenBy = std::move(check.writtenBy);
    }
    if (check.history.started()) rows.generation = static_cast<std::int64_t>(check.history.head.generation);
    rows.flags = fileFlags(check, packs, now);
    rows.verified = check.valid();
    if (!rows.verified) return rows;
    // The check is this function's own: what the rows keep of it is moved, not copied.
    for (auto& [packId, pack] : check.progress->packs) {
        rows.packs.push_back(packRow(pack));
        for (AttemptRecord& a : pack.attempts) rows.attempts.push_back(attemptRow(packId, std::move(a)));
        for (ScenarioRunRecord& r : pack.runs) rows.runs.push_back(runRow(packId, std::move(r)));
        for (InboxRunRecord& r : pack.inboxRuns) rows.inboxRuns.push_back(inboxRunRow(packId, std::move(r)));
    }
    rows.encodedHistory = encodeChains(check.history);
    rows.history = std::move(check.history);
    return rows;
}

} // namespace mamori::records
