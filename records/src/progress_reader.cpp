// Reading progress files, of every schema this build knows (migrating older ones). The same
// reader checks the elements of tinyxml2's document and those of the scanner (progress_scan.hpp).

#include "mamori/records/progress_file.hpp"

#include "mamori/lessons/line_text.hpp"
#include "mamori/records/build_info.hpp"
#include "mamori/records/learner_id.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/scoring/review_deck.hpp"
#include "progress_migrations.hpp"
#include "progress_scan.hpp"

#include <tinyxml2.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace mamori::records {
namespace {

using namespace mamori::scoring;
using tinyxml2::XMLElement;

/// Reads attributes of one element, remembering the first problem with its line.
class Reader {
public:
    Reader(const std::string& file) : file_(file) {}

    bool failed() const { return !error_.empty(); }
    Refusal refusal() const { return refuse(RefusalCode::ProgressCorrupt, error_); }

    template <typename Element>
    void fail(const Element& e, const std::string& message)
    {
        if (error_.empty()) error_ = file_ + ":" + std::to_string(e.GetLineNum()) + ": error: " + message;
    }

    /// A text attribute, checked as one line of text; "" when it is absent.
    template <typename Element>
    std::string_view view(const Element& e, const char* name, bool required = true)
    {
        const char* value = raw(e, name, required);
        if (!value) return {};
        if (auto problem = lessons::lineTextProblem(value, kMaxRecordTextCharacters)) {
            fail(e, "'" + std::string(name) + "' " + *problem);
        }
        return value;
    }

    template <typename Element>
    std::string text(const Element& e, const char* name, bool required = true)
    {
        return std::string(view(e, name, required));
    }

    // Times, numbers and booleans are parsed from the attribute as it is: a parse that takes
    // every character leaves no room for a control character or an overlong value.
    template <typename Element>
    Timestamp time(const Element& e, const char* name)
    {
        const std::string_view value = orEmpty(raw(e, name, true));
        const auto parsed = parseTimestamp(value);
        if (!parsed && !value.empty()) fail(e, "'" + std::string(name) + "' is not a time: '" + shown(value) + "'");
        return parsed.value_or(Timestamp{});
    }

    template <typename Element>
    std::optional<Timestamp> optionalTime(const Element& e, const char* name)
    {
        if (!e.Attribute(name)) return std::nullopt;
        return time(e, name);
    }

    template <typename Integer, typename Element>
    Integer integer(const Element& e, const char* name)
    {
        const std::string_view value = orEmpty(raw(e, name, true));
        Integer parsed{};
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec != std::errc{} || end != value.data() + value.size()) fail(e, "'" + std::string(name) + "' is not a number");
        return parsed;
    }

    template <typename Element>
    double real(const Element& e, const char* name)
    {
        const std::string_view value = orEmpty(raw(e, name, true));
        double parsed = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec != std::errc{} || end != value.data() + value.size() || !std::isfinite(parsed)) {
            fail(e, "'" + std::string(name) + "' is not a number");
        }
        return parsed;
    }

    template <typename Element>
    bool boolean(const Element& e, const char* name)
    {
        const std::string_view value = orEmpty(raw(e, name, true));
        if (value != "true" && value != "false") fail(e, "'" + std::string(name) + "' must be true or false");
        return value == "true";
    }

    static std::vector<std::string> words(std::string_view value)
    {
        std::vector<std::string> out;
        std::size_t pos = 0;
        while (pos < value.size()) {
            const auto start = value.find_first_not_of(' ', pos);
            if (start == std::string_view::npos) break;
            auto end = value.find(' ', start);
            if (end == std::string_view::npos) end = value.size();
            out.emplace_back(value.substr(start, end - start));
            pos = end;
        }
        return out;
    }

private:
    template <typename Element>
    const char* raw(const Element& e, const char* name, bool required)
    {
        const char* value = e.Attribute(name);
        if (!value && required) fail(e, "<" + std::string(e.Name()) + "> is missing '" + name + "'");
        return value;
    }
    static std::string_view orEmpty(const char* value) { return value ? value : ""; }
    /// A value quoted in a message: printable, and short.
    static std::string shown(std::string_view value)
    {
        std::string out;
        for (char c : value.substr(0, 40)) out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
        return out;
    }

    std::string file_;
    std::string error_;
};

template <typename Element>
AnswerStep readAnswer(const Element& e, Reader& r)
{
    AnswerStep step;
    step.questionId = r.text(e, "question");
    step.at = r.time(e, "at");
    step.secondsTaken = r.integer<std::int64_t>(e, "seconds");
    if (step.secondsTaken < 0) r.fail(e, "'seconds' cannot be negative");
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
    step.response.choices = Reader::words(r.view(e, "choices", false));
    for (const std::string& pair : Reader::words(r.view(e, "matches", false))) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos) r.fail(e, "'matches' must list LEFT=RIGHT pairs");
        else step.response.matches.emplace_back(pair.substr(0, eq), pair.substr(eq + 1));
    }
    step.response.text = r.text(e, "text", false);
    return step;
}

template <typename Element>
AttemptRecord readAttempt(const Element& e, Reader& r)
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
        const std::string_view end = r.view(e, "end");
        if (end != "submitted" && end != "timed-out") r.fail(e, "'end' must be submitted or timed-out");
        a.end = end == "timed-out" ? AttemptEnd::TimedOut : AttemptEnd::Submitted;
        a.score = r.real(e, "score");
        a.maxScore = r.real(e, "max");
        a.percent = r.real(e, "percent");
        a.passed = r.boolean(e, "passed");
    }
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        const std::string_view name = c->Name();
        if (name == "question") a.questions.push_back({r.text(*c, "id"), Reader::words(r.view(*c, "order", false))});
        else if (name == "carried") a.carried.push_back({r.text(*c, "question"), r.real(*c, "score"), r.real(*c, "max")});
        else if (name == "answer") a.steps.push_back(readAnswer(*c, r));
        else r.fail(*c, "unexpected <" + std::string(name) + "> in <attempt>");
    }
    // The question a learner resumes at must be one of the attempt's: anything else would open
    // an empty quiz screen.
    if (!a.questions.empty() && (a.position < 0 || a.position >= static_cast<int>(a.questions.size()))) {
        r.fail(e, "'position' " + std::to_string(a.position) + " is outside the attempt's " + std::to_string(a.questions.size()) +
                      " questions");
    }
    return a;
}

template <typename Element>
ScenarioRunRecord readRun(const Element& e, Reader& r)
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
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (std::strcmp(c->Name(), "step") != 0) {
            r.fail(*c, "unexpected <" + std::string(c->Name()) + "> in <run>");
            continue;
        }
        run.path.push_back({r.text(*c, "node"), r.text(*c, "option"), r.time(*c, "at")});
    }
    return run;
}

template <typename Element>
InboxRunRecord readInboxRun(const Element& e, Reader& r)
{
    InboxRunRecord run;
    run.inboxId = r.text(e, "inbox");
    run.number = r.integer<int>(e, "number");
    run.packVersion = r.text(e, "pack-version");
    run.started = r.time(e, "started");
    run.finished = r.optionalTime(e, "finished");
    if (run.finished) {
        run.score = r.real(e, "score");
        run.maxScore = r.real(e, "max");
        run.percent = r.real(e, "percent");
        run.passed = r.boolean(e, "passed");
    }
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (std::strcmp(c->Name(), "act") != 0) {
            r.fail(*c, "unexpected <" + std::string(c->Name()) + "> in <inbox-run>");
            continue;
        }
        InboxStep step{r.text(*c, "message"), InboxAction::Open, r.text(*c, "target", false), r.time(*c, "at")};
        const auto action = inboxActionFromName(r.view(*c, "action"));
        if (!action) r.fail(*c, "'action' must be one of open, open-link, open-attachment, reply, mark, unmark, report, delete, mark-safe");
        else step.action = *action;
        if (action && inboxActionHasTarget(*action) == step.target.empty()) {
            r.fail(*c, std::string("'target' ") + (step.target.empty() ? "is needed by" : "is not taken by") + " action '" +
                           std::string(inboxActionName(*action)) + "'");
        }
        run.steps.push_back(std::move(step));
    }
    return run;
}

std::optional<Completion::Kind> completionKind(std::string_view name)
{
    for (auto kind : {Completion::Kind::Lesson, Completion::Kind::Quiz, Completion::Kind::Scenario, Completion::Kind::Pack,
                      Completion::Kind::Inbox}) {
        if (completionKindName(kind) == name) return kind;
    }
    return std::nullopt;
}

template <typename Element>
ReviewItem readReview(const Element& e, Reader& r)
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

template <typename Element>
PackProgress readPack(const Element& e, Reader& r)
{
    PackProgress p;
    p.packId = r.text(e, "id");
    p.lastVersion = r.text(e, "version");
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        const std::string_view name = c->Name();
        if (name == "resume") {
            p.resume = ResumePoint{r.text(*c, "activity"), r.text(*c, "page", false)};
        } else if (name == "view") {
            p.pageViews.push_back({r.text(*c, "lesson"), r.text(*c, "page"), r.time(*c, "at")});
        } else if (name == "attempt") {
            p.attempts.push_back(readAttempt(*c, r));
        } else if (name == "run") {
            p.runs.push_back(readRun(*c, r));
        } else if (name == "inbox-run") {
            p.inboxRuns.push_back(readInboxRun(*c, r));
        } else if (name == "completed") {
            const auto kind = completionKind(r.view(*c, "kind"));
            if (!kind) r.fail(*c, "'kind' must be lesson, quiz, scenario, inbox or pack");
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

template <typename Element>
ChainValue readChainValue(const Element& e, Reader& r)
{
    ChainValue v{r.integer<std::uint64_t>(e, "generation"), r.text(e, "chain")};
    const bool hex = v.value.size() == 64 && v.value.find_first_not_of("0123456789abcdef") == std::string::npos;
    if (!hex) r.fail(e, "'chain' must be 64 hex digits");
    if (v.generation == 0) r.fail(e, "'generation' must be 1 or more");
    return v;
}

template <typename Element>
SaveHistory readHistory(const Element& e, Reader& r)
{
    SaveHistory history;
    history.head = readChainValue(e, r);
    for (const auto* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        const std::string_view name = c->Name();
        if (name == "previous") {
            history.recent.push_back(readChainValue(*c, r));
            if (history.recent.size() > kRecentSaves) r.fail(*c, "more than " + std::to_string(kRecentSaves) + " <previous> saves");
        } else if (name == "checkpoint") {
            history.checkpoints.push_back({readChainValue(*c, r), r.time(*c, "at"), r.text(*c, "what")});
        } else if (name == "event") {
            const auto kind = eventKindFromName(r.view(*c, "kind"));
            if (!kind) r.fail(*c, "'kind' must be chain-started, restored or set-aside");
            history.events.push_back({kind.value_or(HistoryEvent::Kind::Restored), r.integer<std::uint64_t>(*c, "generation"),
                                      r.time(*c, "at"), r.text(*c, "detail")});
        } else {
            r.fail(*c, "unexpected <" + std::string(name) + "> in <history>");
        }
    }
    return history;
}

template <typename Element>
Result<ProgressDocument> readDocument(const Element& root, const std::string& displayName)
{
    Reader r(displayName);
    ProgressDocument document;
    LearnerProgress& progress = document.progress;
    progress.learnerId = r.text(root, "learner");
    if (auto problem = learnerIdProblem(progress.learnerId)) r.fail(root, "'learner' is not a learner id: " + *problem);
    progress.displayName = r.text(root, "name", false);
    progress.created = r.time(root, "created");
    // Only noted, never acted on; bounded all the same, since it is shown to HR and exported.
    if (const char* writtenBy = root.Attribute("written-by")) {
        if (auto problem = appIdentityProblem(writtenBy)) r.fail(root, "'written-by' " + *problem);
        document.writtenBy = writtenBy;
    }
    bool historyRead = false;
    for (const auto* e = root.FirstChildElement(); e; e = e->NextSiblingElement()) {
        const std::string_view name = e->Name();
        if (historyRead) {
            r.fail(*e, "<" + std::string(name) + "> after <history>, which must come last");
        } else if (name == "history") {
            document.history = readHistory(*e, r);
            historyRead = true;
        } else if (name == "pack") {
            PackProgress pack = readPack(*e, r);
            progress.packs[pack.packId] = std::move(pack);
        } else {
            r.fail(*e, "unexpected <" + std::string(name) + "> in <progress>");
        }
    }
    if (r.failed()) return r.refusal();
    return document;
}

} // namespace

Result<ProgressDocument> parseProgress(std::string_view content, const std::string& displayName)
{
    tinyxml2::XMLDocument xml;
    if (xml.Parse(content.data(), content.size()) != tinyxml2::XML_SUCCESS) {
        return refuse(RefusalCode::ProgressCorrupt, displayName + ":" + std::to_string(xml.ErrorLineNum()) +
                                              ": error: not well-formed XML (" + xml.ErrorName() + ")");
    }
    XMLElement* root = xml.RootElement();
    if (!root || std::strcmp(root->Name(), "progress") != 0) {
        return refuse(RefusalCode::ProgressCorrupt, displayName + ": error: not a Mamori progress file (no <progress> root)");
    }
    std::int64_t schema = 0;
    if (root->QueryInt64Attribute("schema", &schema) != tinyxml2::XML_SUCCESS || schema < 1) {
        return refuse(RefusalCode::ProgressCorrupt, displayName + ":" + std::to_string(root->GetLineNum()) +
                                              ": error: <progress> has no valid 'schema' version");
    }
    if (schema > kProgressSchemaVersion) {
        return refuse(RefusalCode::ProgressNewer, displayName + ": error: written by a newer Mamori (schema " + std::to_string(schema) +
                                            "; this version reads up to " + std::to_string(kProgressSchemaVersion) +
                                            "); update Mamori to open it");
    }
    if (auto migrated = migrateProgress(xml, static_cast<int>(schema), displayName); !migrated) return migrated.refusal();
    return readDocument(*root, displayName);
}

std::optional<ProgressDocument> parseWrittenProgress(std::string_view content, const std::string& displayName)
{
    const auto scanned = ProgressScan::scan(content);
    if (!scanned) return std::nullopt;
    const ScannedElement& root = scanned->root();
    // Only the current schema, written as Mamori writes it: the rest goes through migrations.
    const char* schema = root.Attribute("schema");
    if (std::strcmp(root.Name(), "progress") != 0 || !schema || schema != std::to_string(kProgressSchemaVersion)) {
        return std::nullopt;
    }
    auto document = readDocument(root, displayName);
    if (!document) return std::nullopt;   // parseProgress says why, with the line
    return std::move(document.value());
}

} // namespace mamori::records
