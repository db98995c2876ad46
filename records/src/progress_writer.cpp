// Writing progress files (schema 4); progress_reader.cpp reads them.

#include "mamori/records/progress_file.hpp"

#include "mamori/records/build_info.hpp"

#include "hex.hpp"

#include <tinyxml2.h>

#include <charconv>

namespace mamori::records {
namespace {

using namespace mamori::scoring;
using tinyxml2::XMLPrinter;

std::string number(double value)
{
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : "0";
}

std::string joined(const std::vector<std::string>& ids)
{
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "" : " ") + id;
    return out;
}

std::string_view certaintyName(Certainty c)
{
    return c == Certainty::Low ? "low" : c == Certainty::Medium ? "medium" : "high";
}

void attribute(XMLPrinter& out, const char* name, const std::string& value)
{
    out.PushAttribute(name, value.c_str());
}

void writeAnswer(XMLPrinter& out, const AnswerStep& step)
{
    out.OpenElement("answer");
    attribute(out, "question", step.questionId);
    attribute(out, "at", formatTimestamp(step.at));
    attribute(out, "seconds", std::to_string(step.secondsTaken));
    attribute(out, "fraction", number(step.fraction));
    attribute(out, "score", number(step.score));
    attribute(out, "max", number(step.maxScore));
    if (step.certainty) attribute(out, "certainty", std::string(certaintyName(*step.certainty)));
    if (!step.response.choices.empty()) attribute(out, "choices", joined(step.response.choices));
    if (!step.response.matches.empty()) {
        std::vector<std::string> pairs;
        for (const auto& [left, right] : step.response.matches) pairs.push_back(left + "=" + right);
        attribute(out, "matches", joined(pairs));
    }
    if (!step.response.text.empty()) attribute(out, "text", step.response.text);
    out.CloseElement();
}

void writeAttempt(XMLPrinter& out, const AttemptRecord& a)
{
    out.OpenElement("attempt");
    attribute(out, "quiz", a.quizId);
    attribute(out, "number", std::to_string(a.number));
    attribute(out, "pack-version", a.packVersion);
    attribute(out, "seed", std::to_string(a.seed));
    attribute(out, "started", formatTimestamp(a.started));
    attribute(out, "position", std::to_string(a.position));
    if (a.finished) {
        attribute(out, "finished", formatTimestamp(*a.finished));
        attribute(out, "end", a.end == AttemptEnd::Submitted ? "submitted" : "timed-out");
        attribute(out, "score", number(a.score));
        attribute(out, "max", number(a.maxScore));
        attribute(out, "percent", number(a.percent));
        attribute(out, "passed", a.passed ? "true" : "false");
    }
    for (const PlannedQuestion& q : a.questions) {
        out.OpenElement("question");
        attribute(out, "id", q.questionId);
        if (!q.order.empty()) attribute(out, "order", joined(q.order));
        out.CloseElement();
    }
    for (const CarriedGrade& c : a.carried) {
        out.OpenElement("carried");
        attribute(out, "question", c.questionId);
        attribute(out, "score", number(c.score));
        attribute(out, "max", number(c.maxScore));
        out.CloseElement();
    }
    for (const AnswerStep& step : a.steps) writeAnswer(out, step);
    out.CloseElement();
}

void writeRun(XMLPrinter& out, const ScenarioRunRecord& r)
{
    out.OpenElement("run");
    attribute(out, "scenario", r.scenarioId);
    attribute(out, "number", std::to_string(r.number));
    attribute(out, "pack-version", r.packVersion);
    attribute(out, "started", formatTimestamp(r.started));
    if (r.finished) {
        attribute(out, "finished", formatTimestamp(*r.finished));
        attribute(out, "ending", r.endingId);
        attribute(out, "outcome", r.outcome);
        attribute(out, "score", std::to_string(r.score));
        attribute(out, "passed", r.passed ? "true" : "false");
    }
    for (const ScenarioStep& s : r.path) {
        out.OpenElement("step");
        attribute(out, "node", s.nodeId);
        attribute(out, "option", s.optionId);
        attribute(out, "at", formatTimestamp(s.at));
        out.CloseElement();
    }
    out.CloseElement();
}

void writeInboxRun(XMLPrinter& out, const InboxRunRecord& r)
{
    out.OpenElement("inbox-run");
    attribute(out, "inbox", r.inboxId);
    attribute(out, "number", std::to_string(r.number));
    attribute(out, "pack-version", r.packVersion);
    attribute(out, "started", formatTimestamp(r.started));
    if (r.finished) {
        attribute(out, "finished", formatTimestamp(*r.finished));
        attribute(out, "score", number(r.score));
        attribute(out, "max", number(r.maxScore));
        attribute(out, "percent", number(r.percent));
        attribute(out, "passed", r.passed ? "true" : "false");
    }
    for (const InboxStep& s : r.steps) {
        out.OpenElement("act");
        attribute(out, "message", s.messageId);
        attribute(out, "action", std::string(inboxActionName(s.action)));
        if (!s.target.empty()) attribute(out, "target", s.target);
        attribute(out, "at", formatTimestamp(s.at));
        out.CloseElement();
    }
    out.CloseElement();
}

void writePack(XMLPrinter& out, const PackProgress& p)
{
    out.OpenElement("pack");
    attribute(out, "id", p.packId);
    attribute(out, "version", p.lastVersion);
    if (p.resume) {
        out.OpenElement("resume");
        attribute(out, "activity", p.resume->activityId);
        if (!p.resume->pageId.empty()) attribute(out, "page", p.resume->pageId);
        out.CloseElement();
    }
    for (const PageView& v : p.pageViews) {
        out.OpenElement("view");
        attribute(out, "lesson", v.lessonId);
        attribute(out, "page", v.pageId);
        attribute(out, "at", formatTimestamp(v.at));
        out.CloseElement();
    }
    for (const AttemptRecord& a : p.attempts) writeAttempt(out, a);
    for (const ScenarioRunRecord& r : p.runs) writeRun(out, r);
    for (const InboxRunRecord& r : p.inboxRuns) writeInboxRun(out, r);
    for (const Completion& c : p.completions) {
        out.OpenElement("completed");
        attribute(out, "kind", std::string(completionKindName(c.kind)));
        attribute(out, "id", c.id);
        attribute(out, "at", formatTimestamp(c.at));
        attribute(out, "pack-version", c.packVersion);
        out.CloseElement();
    }
    for (const ReviewItem& item : p.reviews) {
        out.OpenElement("review");
        attribute(out, "question", item.questionId);
        attribute(out, "stage", std::to_string(item.stage));
        attribute(out, "due", formatTimestamp(item.due));
        attribute(out, "added", formatTimestamp(item.added));
        attribute(out, "reviews", std::to_string(item.reviews));
        attribute(out, "lapses", std::to_string(item.lapses));
        out.CloseElement();
    }
    out.CloseElement();
}

void writeHistory(XMLPrinter& out, const SaveHistory& history)
{
    if (!history.started() && history.events.empty()) return;
    out.OpenElement("history");
    attribute(out, "generation", std::to_string(history.head.generation));
    attribute(out, "chain", history.head.value);
    for (const ChainValue& v : history.recent) {
        out.OpenElement("previous");
        attribute(out, "generation", std::to_string(v.generation));
        attribute(out, "chain", v.value);
        out.CloseElement();
    }
    for (const Checkpoint& c : history.checkpoints) {
        out.OpenElement("checkpoint");
        attribute(out, "generation", std::to_string(c.save.generation));
        attribute(out, "chain", c.save.value);
        attribute(out, "at", formatTimestamp(c.at));
        attribute(out, "what", c.what);
        out.CloseElement();
    }
    for (const HistoryEvent& e : history.events) {
        out.OpenElement("event");
        attribute(out, "kind", std::string(eventKindName(e.kind)));
        attribute(out, "generation", std::to_string(e.generation));
        attribute(out, "at", formatTimestamp(e.at));
        attribute(out, "detail", e.detail);
        out.CloseElement();
    }
    out.CloseElement();
}

/// Writes the records; the caller adds the history and closes <progress>.
void writeRecords(XMLPrinter& out, const LearnerProgress& progress)
{
    out.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    out.OpenElement("progress");
    attribute(out, "schema", std::to_string(kProgressSchemaVersion));
    attribute(out, "learner", progress.learnerId);
    attribute(out, "name", progress.displayName);
    attribute(out, "created", formatTimestamp(progress.created));
    // Inside the records: the chain value and the signature cover it.
    attribute(out, "written-by", appIdentity());
    for (const auto& [id, pack] : progress.packs) writePack(out, pack);
}

} // namespace

std::string serializeProgress(const LearnerProgress& progress, const SaveHistory& history)
{
    return serializeSave(progress, [&](std::string_view) { return history; });
}

std::string serializeSave(const LearnerProgress& progress, const std::function<SaveHistory(std::string_view)>& advance)
{
    XMLPrinter out;
    writeRecords(out, progress);
    // The printer's text so far is exactly the records as written: the chain value covers it.
    writeHistory(out, advance(sha256Hex(std::string_view(out.CStr(), static_cast<std::size_t>(out.CStrSize() - 1)))));
    out.CloseElement();
    return out.CStr();
}

} // namespace mamori::records
