// Records → xAPI 1.0.3 statements. The learner is an account on the organisation's home page;
// activities are IRIs under it (HOME/xapi/packs/PACK/quizzes/QUIZ/questions/Q); verbs are
// ADL's, and for an inbox exercise's actions those of the xAPI registry where one says the
// action, else Mamori's own under HOME/xapi/verbs/ (inboxActionVerb). Statement ids are UUID v5 of what the statement is about (learner, pack, attempt
// number, step), so exporting again gives the same ids and an LRS keeps one copy.

#include "xapi_statements.hpp"

#include <algorithm>

namespace mamori::records::xapi {
namespace {

using nlohmann::json;

constexpr const char* kVerbs = "http://adlnet.gov/expapi/verbs/";
constexpr const char* kActivityTypes = "http://adlnet.gov/expapi/activities/";

json verb(const std::string& name)
{
    return {{"id", kVerbs + name}, {"display", {{"en-US", name}}}};
}

json verbAt(const std::string& iri, const std::string& name)
{
    return {{"id", iri}, {"display", {{"en-US", name}}}};
}

json activity(const std::string& iri, const std::string& type)
{
    return {{"objectType", "Activity"}, {"id", iri}, {"definition", {{"type", kActivityTypes + type}}}};
}

/// The IRIs and statement ids of one learner's pack.
struct PackScope {
    const Site& site;
    const IndexedLearner& learner;
    const IndexedPack& pack;

    std::string packIri() const { return site.homePage + "/xapi/packs/" + iriSegment(pack.packId); }
    std::string itemIri(const std::string& collection, const std::string& id) const
    {
        return packIri() + "/" + collection + "/" + iriSegment(id);
    }
    std::string extension(const std::string& name) const { return site.homePage + "/xapi/extensions/" + name; }
    std::string ownVerb(const std::string& name) const { return site.homePage + "/xapi/verbs/" + name; }

    /// A UUID from the parts that make a statement unique.
    std::string uuid(std::initializer_list<std::string> parts) const
    {
        std::string name = learner.learnerId + '\x1f' + pack.packId;
        for (const std::string& part : parts) name += '\x1f' + part;
        return formatUuid(uuidV5(site.idSpace, name));
    }

    json actor() const
    {
        json agent = {{"objectType", "Agent"}, {"account", {{"homePage", site.homePage}, {"name", learner.learnerId}}}};
        if (learner.displayName && !learner.displayName->empty()) agent["name"] = *learner.displayName;
        return agent;
    }

    /// Context under `parent` (the pack itself when null), with the pack version.
    json context(const std::string& version, const json* parent, const std::string& registration = "") const
    {
        json context = {{"platform", "Mamori"}};
        const json packActivity = activity(packIri(), "course");
        if (parent) {
            context["contextActivities"] = {{"parent", json::array({*parent})},
                                            {"grouping", json::array({packActivity})}};
        } else {
            context["contextActivities"] = {{"parent", json::array({packActivity})}};
        }
        if (!version.empty()) context["extensions"] = {{extension("pack-version"), version}};
        if (!registration.empty()) context["registration"] = registration;
        return context;
    }

    json statement(const std::string& id, const std::string& verbName, json object, scoring::Timestamp at,
                   json context) const
    {
        return {{"id", id},
                {"actor", actor()},
                {"verb", verb(verbName)},
                {"object", std::move(object)},
                {"timestamp", isoTime(at)},
                {"context", std::move(context)}};
    }
};

/// score.scaled in [-1, 1]; raw, min and max only when raw lies between them (certainty
/// marking can take a score below zero, which xAPI's min cannot say without inventing one).
json score(double raw, double max)
{
    json score = {{"scaled", std::clamp(max > 0 ? raw / max : 0.0, -1.0, 1.0)}};
    if (max > 0 && raw >= 0 && raw <= max) {
        score["raw"] = raw;
        score["min"] = 0;
        score["max"] = max;
    }
    return score;
}

/// The answer in xAPI's response forms: "a[,]b" for choices and steps, "L[.]R[,]…" for matches.
std::string response(const IndexedAnswer& answer)
{
    if (!answer.typed.empty()) return answer.typed;
    std::string out;
    if (!answer.matches.empty()) {
        for (const std::string& pair : answer.matches) {
            std::string item = pair;
            if (const auto equals = item.find('='); equals != std::string::npos) item.replace(equals, 1, "[.]");
            out += (out.empty() ? "" : "[,]") + item;
        }
        return out;
    }
    for (const std::string& choice : answer.choices) out += (out.empty() ? "" : "[,]") + choice;
    return out;
}

void addAttempt(const PackScope& scope, const IndexedAttempt& attempt, std::vector<json>& out)
{
    const std::string number = std::to_string(attempt.number);
    const json quiz = activity(scope.itemIri("quizzes", attempt.quizId), "assessment");
    const std::string registration = scope.uuid({"quiz", attempt.quizId, number});
    out.push_back(scope.statement(scope.uuid({"quiz", attempt.quizId, number, "attempted"}), "attempted", quiz,
                                  attempt.started, scope.context(attempt.packVersion, nullptr, registration)));
    for (const IndexedAnswer& answer : attempt.answers) {
        json question =
            activity(quiz["id"].get<std::string>() + "/questions/" + iriSegment(answer.questionId), "cmi.interaction");
        json result = {{"response", response(answer)},
                       {"success", answer.fraction >= 1.0 - 1e-9},
                       {"duration", isoDuration(answer.seconds)}};
        if (answer.maxScore > 0) result["score"] = score(answer.score, answer.maxScore);
        json statement = scope.statement(
            scope.uuid({"quiz", attempt.quizId, number, "answered", std::to_string(answer.step)}), "answered",
            std::move(question), answer.at, scope.context(attempt.packVersion, &quiz, registration));
        statement["result"] = std::move(result);
        out.push_back(std::move(statement));
    }
    if (!attempt.finished || !attempt.passed) return;
    const bool passed = *attempt.passed;
    json result = {{"success", passed},
                   {"completion", true},
                   {"duration", isoDuration((*attempt.finished - attempt.started).count())}};
    if (attempt.score && attempt.maxScore && *attempt.maxScore > 0)
        result["score"] = score(*attempt.score, *attempt.maxScore);
    if (attempt.ending) result["extensions"] = {{scope.extension("ending"), *attempt.ending}};
    const std::string verbName = passed ? "passed" : "failed";
    json statement = scope.statement(scope.uuid({"quiz", attempt.quizId, number, verbName}), verbName, quiz,
                                     *attempt.finished, scope.context(attempt.packVersion, nullptr, registration));
    statement["result"] = std::move(result);
    out.push_back(std::move(statement));
}

void addRun(const PackScope& scope, const IndexedRun& run, std::vector<json>& out)
{
    const std::string number = std::to_string(run.number);
    const json scenario = activity(scope.itemIri("scenarios", run.scenarioId), "simulation");
    const std::string registration = scope.uuid({"scenario", run.scenarioId, number});
    out.push_back(scope.statement(scope.uuid({"scenario", run.scenarioId, number, "attempted"}), "attempted", scenario,
                                  run.started, scope.context(run.packVersion, nullptr, registration)));
    // An abandoned run (the pack changed under it) reached no ending: it has no result to report.
    if (!run.finished || !run.passed || run.isAbandoned()) return;
    const bool passed = *run.passed;
    json result = {
        {"success", passed}, {"completion", true}, {"duration", isoDuration((*run.finished - run.started).count())}};
    if (run.score) result["score"] = {{"raw", *run.score}};
    json extensions = json::object();
    if (run.outcome) extensions[scope.extension("outcome")] = *run.outcome;
    if (run.endingId) extensions[scope.extension("ending")] = *run.endingId;
    if (!extensions.empty()) result["extensions"] = std::move(extensions);
    const std::string verbName = passed ? "passed" : "failed";
    json statement = scope.statement(scope.uuid({"scenario", run.scenarioId, number, verbName}), verbName, scenario,
                                     *run.finished, scope.context(run.packVersion, nullptr, registration));
    statement["result"] = std::move(result);
    out.push_back(std::move(statement));
}

/// The verb of an inbox action: the registry's where it has one that says the action
/// (Activity Streams' open and delete, Tin Can's replied), else Mamori's own.
json inboxActionVerb(const PackScope& scope, scoring::InboxAction action)
{
    using A = scoring::InboxAction;
    switch (action) {
    case A::Open: return verbAt("http://activitystrea.ms/schema/1.0/open", "opened");
    case A::OpenLink: return verbAt(scope.ownVerb("opened-link"), "opened link");
    case A::OpenAttachment: return verbAt(scope.ownVerb("opened-attachment"), "opened attachment");
    case A::Reply: return verbAt("http://id.tincanapi.com/verb/replied", "replied");
    case A::MarkClue: return verbAt(scope.ownVerb("marked-clue"), "marked clue");
    case A::UnmarkClue: return verbAt(scope.ownVerb("unmarked-clue"), "unmarked clue");
    case A::Report: return verbAt(scope.ownVerb("reported"), "reported");
    case A::Delete: return verbAt("http://activitystrea.ms/schema/1.0/delete", "deleted");
    case A::MarkSafe: return verbAt(scope.ownVerb("marked-safe"), "marked safe");
    }
    return verbAt(scope.ownVerb(std::string(scoring::inboxActionName(action))), std::string(scoring::inboxActionName(action)));
}

void addInboxRun(const PackScope& scope, const IndexedInboxRun& run, std::vector<json>& out)
{
    const std::string number = std::to_string(run.number);
    const json inbox = activity(scope.itemIri("inboxes", run.inboxId), "simulation");
    const std::string registration = scope.uuid({"inbox", run.inboxId, number});
    out.push_back(scope.statement(scope.uuid({"inbox", run.inboxId, number, "attempted"}), "attempted", inbox, run.started,
                                  scope.context(run.packVersion, nullptr, registration)));
    for (std::size_t i = 0; i < run.actions.size(); ++i) {
        const IndexedInboxAction& a = run.actions[i];
        const std::string name(scoring::inboxActionName(a.action));
        json message = activity(inbox["id"].get<std::string>() + "/messages/" + iriSegment(a.messageId), "interaction");
        json statement = scope.statement(scope.uuid({"inbox", run.inboxId, number, "act", std::to_string(i)}), name, std::move(message),
                                         a.at, scope.context(run.packVersion, &inbox, registration));
        statement["verb"] = inboxActionVerb(scope, a.action);
        json extensions = {{scope.extension("inbox-action"), name}};
        if (!a.target.empty()) extensions[scope.extension("target")] = a.target;
        statement["result"] = {{"extensions", std::move(extensions)}};
        if (!a.target.empty()) statement["result"]["response"] = a.target;
        out.push_back(std::move(statement));
    }
    if (!run.finished || !run.passed) return;
    const bool passed = *run.passed;
    json result = {
        {"success", passed}, {"completion", true}, {"duration", isoDuration((*run.finished - run.started).count())}};
    if (run.score && run.maxScore && *run.maxScore > 0) result["score"] = score(*run.score, *run.maxScore);
    const std::string verbName = passed ? "passed" : "failed";
    json statement = scope.statement(scope.uuid({"inbox", run.inboxId, number, verbName}), verbName, inbox, *run.finished,
                                     scope.context(run.packVersion, nullptr, registration));
    statement["result"] = std::move(result);
    out.push_back(std::move(statement));
}

void addCompletion(const PackScope& scope, const IndexedCompletion& completion, std::vector<json>& out)
{
    using Kind = scoring::Completion::Kind;
    json object;
    std::string kind;
    switch (completion.kind) {
    case Kind::Pack: object = activity(scope.packIri(), "course"), kind = "pack"; break;
    case Kind::Lesson: object = activity(scope.itemIri("lessons", completion.itemId), "lesson"), kind = "lesson"; break;
    case Kind::Quiz: object = activity(scope.itemIri("quizzes", completion.itemId), "assessment"), kind = "quiz"; break;
    case Kind::Scenario:
        object = activity(scope.itemIri("scenarios", completion.itemId), "simulation"), kind = "scenario";
        break;
    case Kind::Inbox: object = activity(scope.itemIri("inboxes", completion.itemId), "simulation"), kind = "inbox"; break;
    }
    json context =
        completion.kind == Kind::Pack ? json{{"platform", "Mamori"}} : scope.context(completion.packVersion, nullptr);
    if (completion.kind == Kind::Pack && !completion.packVersion.empty()) {
        context["extensions"] = {{scope.extension("pack-version"), completion.packVersion}};
    }
    json statement = scope.statement(
        scope.uuid({"completed", kind, completion.itemId, completion.packVersion, isoTime(completion.at)}), "completed",
        std::move(object), completion.at, std::move(context));
    statement["result"] = {{"completion", true}};
    out.push_back(std::move(statement));
}

std::string withoutTrailingSlashes(std::string home)
{
    while (!home.empty() && home.back() == '/') home.pop_back();
    return home;
}

} // namespace

Site::Site(std::string home)
    : homePage(withoutTrailingSlashes(std::move(home))), idSpace(uuidV5(urlNamespace(), homePage))
{
}

std::vector<json> learnerStatements(const IndexedLearner& learner, const Site& site)
{
    std::vector<json> out;
    for (const IndexedPack& pack : learner.packs) {
        const PackScope scope{site, learner, pack};
        for (const IndexedAttempt& attempt : pack.attempts) addAttempt(scope, attempt, out);
        for (const IndexedRun& run : pack.runs) addRun(scope, run, out);
        for (const IndexedInboxRun& run : pack.inboxRuns) addInboxRun(scope, run, out);
        for (const IndexedCompletion& completion : pack.completions) addCompletion(scope, completion, out);
    }
    return out;
}

} // namespace mamori::records::xapi
