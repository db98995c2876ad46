#include "mamori/scoring/progress_file.hpp"

#include "mamori/scoring/review_deck.hpp"
#include "progress_migrations.hpp"

#include <tinyxml2.h>

#include <charconv>
#include <cstring>

namespace mamori::scoring {
namespace {

using tinyxml2::XMLElement;
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

// ---------------------------------------------------------------- reading

/// Reads attributes of one element, remembering the first problem with its line.
class Reader {
public:
    Reader(const std::string& file) : file_(file) {}

    bool failed() const { return !error_.empty(); }
    Refusal refusal() const { return refuse("progress-corrupt", error_); }

    void fail(const XMLElement& e, const std::string& message)
    {
        if (error_.empty()) error_ = file_ + ":" + std::to_string(e.GetLineNum()) + ": error: " + message;
    }

    std::string text(const XMLElement& e, const char* name, bool required = true)
    {
        const char* value = e.Attribute(name);
        if (!value && required) fail(e, "<" + std::string(e.Name()) + "> is missing '" + name + "'");
        return value ? value : "";
    }

    Timestamp time(const XMLElement& e, const char* name)
    {
        const std::string value = text(e, name);
        const auto parsed = parseTimestamp(value);
        if (!parsed && !value.empty()) fail(e, "'" + std::string(name) + "' is not a time: '" + value + "'");
        return parsed.value_or(Timestamp{});
    }

    std::optional<Timestamp> optionalTime(const XMLElement& e, const char* name)
    {
        if (!e.Attribute(name)) return std::nullopt;
        return time(e, name);
    }

    template <typename Integer>
    Integer integer(const XMLElement& e, const char* name)
    {
        const std::string value = text(e, name);
        Integer parsed{};
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec != std::errc{} || end != value.data() + value.size()) fail(e, "'" + std::string(name) + "' is not a number");
        return parsed;
    }

    double real(const XMLElement& e, const char* name)
    {
        const std::string value = text(e, name);
        double parsed = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec != std::errc{} || end != value.data() + value.size()) fail(e, "'" + std::string(name) + "' is not a number");
        return parsed;
    }

    bool boolean(const XMLElement& e, const char* name)
    {
        const std::string value = text(e, name);
        if (value != "true" && value != "false") fail(e, "'" + std::string(name) + "' must be true or false");
        return value == "true";
    }

    static std::vector<std::string> words(const std::string& value)
    {
        std::vector<std::string> out;
        std::size_t pos = 0;
        while (pos < value.size()) {
            const auto start = value.find_first_not_of(' ', pos);
            if (start == std::string::npos) break;
            auto end = value.find(' ', start);
            if (end == std::string::npos) end = value.size();
            out.push_back(value.substr(start, end - start));
            pos = end;
        }
        return out;
    }

private:
    std::string file_;
    std::string error_;
};

AnswerStep readAnswer(const XMLElement& e, Reader& r)
{
    AnswerStep step;
    step.questionId = r.text(e, "question");
    step.at = r.time(e, "at");
    step.secondsTaken = r.integer<int>(e, "seconds");
    step.fraction = r.real(e, "fraction");
    step.score = r.real(e, "score");
    step.maxScore = r.real(e, "max");
    if (const char* c = e.Attribute("certainty")) {
        const std::string_view name = c;
        if (name == "low") step.certainty = Certainty::Low;
        else if (name == "medium") step.certainty = Certainty::Medium;
        else if (name == "high") step.certainty = Certainty::High;
        else r.fail(e, "'certainty' must be low, medium or high");
    }
    step.response.choices = Reader::words(r.text(e, "choices", false));
    for (const std::string& pair : Reader::words(r.text(e, "matches", false))) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos) r.fail(e, "'matches' must list LEFT=RIGHT pairs");
        else step.response.matches.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
    }
    step.response.text = r.text(e, "text", false);
    return step;
}

AttemptRecord readAttempt(const XMLElement& e, Reader& r)
{
    AttemptRecord a;
    a.quizId = r.text(e, "quiz");
    a.number = r.integer<int>(e, "number");
    a.packVersion = r.text(e, "pack-version");
    a.seed = r.integer<std::uint64_t>(e, "seed");
    a.started = r.time(e, "started");
    a.position = r.integer<int>(e, "position");
    a.finished = r.optionalTime(e, "finished");
    if (a.finished) {
        const std::string end = r.text(e, "end");
        if (end != "submitted" && end != "timed-out") r.fail(e, "'end' must be submitted or timed-out");
        a.end = end == "timed-out" ? AttemptEnd::TimedOut : AttemptEnd::Submitted;
        a.score = r.real(e, "score");
        a.maxScore = r.real(e, "max");
        a.percent = r.real(e, "percent");
        a.passed = r.boolean(e, "passed");
    }
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        const std::string_view name = c->Name();
        if (name == "question") a.questions.push_back({r.text(*c, "id"), Reader::words(r.text(*c, "order", false))});
        else if (name == "carried") a.carried.push_back({r.text(*c, "question"), r.real(*c, "score"), r.real(*c, "max")});
        else if (name == "answer") a.steps.push_back(readAnswer(*c, r));
        else r.fail(*c, "unexpected <" + std::string(name) + "> in <attempt>");
    }
    return a;
}

ScenarioRunRecord readRun(const XMLElement& e, Reader& r)
{
    ScenarioRunRecord run;
    run.scenarioId = r.text(e, "scenario");
    run.number = r.integer<int>(e, "number");
    run.packVersion = r.text(e, "pack-version");
    run.started = r.time(e, "started");
    run.finished = r.optionalTime(e, "finished");
    if (run.finished) {
        run.endingId = r.text(e, "ending");
        run.outcome = r.text(e, "outcome");
        run.score = r.integer<int>(e, "score");
        run.passed = r.boolean(e, "passed");
    }
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (std::strcmp(c->Name(), "step") != 0) {
            r.fail(*c, "unexpected <" + std::string(c->Name()) + "> in <run>");
            continue;
        }
        run.path.push_back({r.text(*c, "node"), r.text(*c, "option"), r.time(*c, "at")});
    }
    return run;
}

std::optional<Completion::Kind> completionKind(std::string_view name)
{
    for (auto kind : {Completion::Kind::Lesson, Completion::Kind::Quiz, Completion::Kind::Scenario, Completion::Kind::Pack}) {
        if (completionKindName(kind) == name) return kind;
    }
    return std::nullopt;
}

ReviewItem readReview(const XMLElement& e, Reader& r)
{
    ReviewItem item;
    item.questionId = r.text(e, "question");
    item.stage = r.integer<int>(e, "stage");
    if (item.stage < 1 || item.stage > kReviewStages) r.fail(e, "'stage' must be 1 to " + std::to_string(kReviewStages));
    item.due = r.time(e, "due");
    item.added = r.time(e, "added");
    item.reviews = r.integer<int>(e, "reviews");
    item.lapses = r.integer<int>(e, "lapses");
    if (item.reviews < 0 || item.lapses < 0 || item.lapses > item.reviews) {
        r.fail(e, "'reviews' and 'lapses' must be counts, with no more lapses than reviews");
    }
    return item;
}

PackProgress readPack(const XMLElement& e, Reader& r)
{
    PackProgress p;
    p.packId = r.text(e, "id");
    p.lastVersion = r.text(e, "version");
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        const std::string_view name = c->Name();
        if (name == "resume") {
            p.resume = ResumePoint{r.text(*c, "activity"), r.text(*c, "page", false)};
        } else if (name == "view") {
            p.pageViews.push_back({r.text(*c, "lesson"), r.text(*c, "page"), r.time(*c, "at")});
        } else if (name == "attempt") {
            p.attempts.push_back(readAttempt(*c, r));
        } else if (name == "run") {
            p.runs.push_back(readRun(*c, r));
        } else if (name == "completed") {
            const auto kind = completionKind(r.text(*c, "kind"));
            if (!kind) r.fail(*c, "'kind' must be lesson, quiz, scenario or pack");
            p.completions.push_back({kind.value_or(Completion::Kind::Lesson), r.text(*c, "id"), r.time(*c, "at"),
                                     r.text(*c, "pack-version")});
        } else if (name == "review") {
            ReviewItem item = readReview(*c, r);
            if (p.review(item.questionId)) r.fail(*c, "question '" + item.questionId + "' is in the review deck twice");
            p.reviews.push_back(std::move(item));
        } else {
            r.fail(*c, "unexpected <" + std::string(name) + "> in <pack>");
        }
    }
    return p;
}

} // namespace

std::string serializeProgress(const LearnerProgress& progress)
{
    XMLPrinter out;
    out.PushDeclaration("xml version=\"1.0\" encoding=\"UTF-8\"");
    out.OpenElement("progress");
    attribute(out, "schema", std::to_string(kProgressSchemaVersion));
    attribute(out, "learner", progress.learnerId);
    attribute(out, "name", progress.displayName);
    attribute(out, "created", formatTimestamp(progress.created));
    for (const auto& [id, pack] : progress.packs) writePack(out, pack);
    out.CloseElement();
    return out.CStr();
}

Result<LearnerProgress> parseProgress(std::string_view content, const std::string& displayName)
{
    tinyxml2::XMLDocument document;
    if (document.Parse(content.data(), content.size()) != tinyxml2::XML_SUCCESS) {
        return refuse("progress-corrupt", displayName + ":" + std::to_string(document.ErrorLineNum()) +
                                              ": error: not well-formed XML (" + document.ErrorName() + ")");
    }
    XMLElement* root = document.RootElement();
    if (!root || std::strcmp(root->Name(), "progress") != 0) {
        return refuse("progress-corrupt", displayName + ": error: not a Mamori progress file (no <progress> root)");
    }
    int schema = 0;
    if (root->QueryIntAttribute("schema", &schema) != tinyxml2::XML_SUCCESS || schema < 1) {
        return refuse("progress-corrupt", displayName + ":" + std::to_string(root->GetLineNum()) +
                                              ": error: <progress> has no valid 'schema' version");
    }
    if (schema > kProgressSchemaVersion) {
        return refuse("progress-newer", displayName + ": error: written by a newer Mamori (schema " + std::to_string(schema) +
                                            "; this version reads up to " + std::to_string(kProgressSchemaVersion) +
                                            "); update Mamori to open it");
    }
    if (auto migrated = migrateProgress(document, schema, displayName); !migrated) return migrated.refusal();

    Reader r(displayName);
    LearnerProgress progress;
    progress.learnerId = r.text(*root, "learner");
    progress.displayName = r.text(*root, "name", false);
    progress.created = r.time(*root, "created");
    for (const XMLElement* e = root->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (std::strcmp(e->Name(), "pack") != 0) {
            r.fail(*e, "unexpected <" + std::string(e->Name()) + "> in <progress>");
            continue;
        }
        PackProgress pack = readPack(*e, r);
        progress.packs[pack.packId] = std::move(pack);
    }
    if (r.failed()) return r.refusal();
    return progress;
}

} // namespace mamori::scoring
