#include "xapi_validator.hpp"

#include <regex>
#include <set>

namespace mamori::test {
namespace {

using nlohmann::json;

bool matches(const json& value, const std::regex& pattern)
{
    return value.is_string() && std::regex_match(value.get<std::string>(), pattern);
}

const std::regex kUuid("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
// An absolute IRI: a scheme, then no spaces or characters IRIs exclude.
const std::regex kIri(R"([A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`]+)");
const std::regex kLanguageTag("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
// ISO 8601 durations as xAPI allows them (with at least one part).
const std::regex kDuration(R"(P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?)");
// ISO 8601 date-times with a zone: xAPI requires one and forbids -00:00.
const std::regex kTimestamp(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))");

struct Checker {
    std::vector<std::string> problems;

    void fail(const std::string& where, const std::string& what) { problems.push_back(where + ": " + what); }

    void noNulls(const json& value, const std::string& where)
    {
        if (value.is_null()) fail(where, "null is not allowed");
        if (value.is_object()) {
            for (const auto& [key, child] : value.items()) noNulls(child, where + "." + key);
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) noNulls(value[i], where + "[" + std::to_string(i) + "]");
        }
    }
    void onlyKeys(const json& value, const std::string& where, const std::set<std::string>& allowed)
    {
        for (const auto& [key, child] : value.items()) {
            if (!allowed.count(key)) fail(where, "unknown property '" + key + "'");
        }
    }
    void iri(const json& value, const std::string& where)
    {
        if (!matches(value, kIri)) fail(where, "not an absolute IRI: " + value.dump());
    }
    void languageMap(const json& value, const std::string& where)
    {
        if (!value.is_object() || value.empty())
            return fail(where, "a language map must be an object with at least one entry");
        for (const auto& [tag, text] : value.items()) {
            if (!std::regex_match(tag, kLanguageTag)) fail(where, "not a language tag: " + tag);
            if (!text.is_string()) fail(where + "." + tag, "not a string");
        }
    }
    void extensions(const json& value, const std::string& where)
    {
        if (!value.is_object()) return fail(where, "not an object");
        for (const auto& [key, child] : value.items()) {
            if (!matches(json(key), kIri)) fail(where, "key is not an IRI: " + key);
        }
    }

    void actor(const json& a)
    {
        if (!a.is_object()) return fail("actor", "not an object");
        if (a.contains("objectType") && a["objectType"] != "Agent") fail("actor.objectType", "an Agent is expected");
        int identifiers = 0;
        for (const char* key : {"mbox", "mbox_sha1sum", "openid", "account"}) identifiers += a.contains(key);
        if (identifiers != 1) fail("actor", "an Agent has exactly one identifier, not " + std::to_string(identifiers));
        if (!a.contains("account")) return;
        const json& account = a["account"];
        if (!account.is_object()) return fail("actor.account", "not an object");
        onlyKeys(account, "actor.account", {"homePage", "name"});
        if (!account.contains("homePage"))
            fail("actor.account", "homePage is required");
        else
            iri(account["homePage"], "actor.account.homePage");
        if (!account.contains("name") || !account["name"].is_string() || account["name"].get<std::string>().empty()) {
            fail("actor.account.name", "a non-empty string is required");
        }
        if (a.contains("name") && !a["name"].is_string()) fail("actor.name", "not a string");
    }

    void activity(const json& o, const std::string& where)
    {
        if (!o.is_object()) return fail(where, "not an object");
        onlyKeys(o, where, {"objectType", "id", "definition"});
        if (o.value("objectType", "Activity") != "Activity") fail(where + ".objectType", "Activity expected");
        if (!o.contains("id"))
            fail(where, "id is required");
        else
            iri(o["id"], where + ".id");
        if (!o.contains("definition")) return;
        const json& d = o["definition"];
        if (!d.is_object()) return fail(where + ".definition", "not an object");
        if (d.contains("type")) iri(d["type"], where + ".definition.type");
        for (const char* map : {"name", "description"}) {
            if (d.contains(map)) languageMap(d[map], where + ".definition." + map);
        }
        if (d.contains("extensions")) extensions(d["extensions"], where + ".definition.extensions");
    }

    void result(const json& r)
    {
        if (!r.is_object()) return fail("result", "not an object");
        onlyKeys(r, "result", {"score", "success", "completion", "response", "duration", "extensions"});
        if (r.contains("success") && !r["success"].is_boolean()) fail("result.success", "not a boolean");
        if (r.contains("completion") && !r["completion"].is_boolean()) fail("result.completion", "not a boolean");
        if (r.contains("response") && !r["response"].is_string()) fail("result.response", "not a string");
        if (r.contains("duration") && !matches(r["duration"], kDuration))
            fail("result.duration", "not an ISO 8601 duration");
        if (r.contains("extensions")) extensions(r["extensions"], "result.extensions");
        if (!r.contains("score")) return;
        const json& s = r["score"];
        if (!s.is_object() || s.empty()) return fail("result.score", "an object with at least one entry is expected");
        onlyKeys(s, "result.score", {"scaled", "raw", "min", "max"});
        for (const auto& [key, value] : s.items()) {
            if (!value.is_number()) fail("result.score." + key, "not a number");
        }
        if (s.contains("scaled") && s["scaled"].is_number() && (s["scaled"] < -1.0 || s["scaled"] > 1.0)) {
            fail("result.score.scaled", "outside -1..1");
        }
        if (s.contains("min") && s.contains("max") && s["min"] > s["max"]) fail("result.score", "min above max");
        if (s.contains("raw") && s.contains("min") && s["raw"] < s["min"]) fail("result.score.raw", "below min");
        if (s.contains("raw") && s.contains("max") && s["raw"] > s["max"]) fail("result.score.raw", "above max");
    }

    void context(const json& c)
    {
        if (!c.is_object()) return fail("context", "not an object");
        onlyKeys(c, "context",
                 {"registration", "instructor", "team", "contextActivities", "revision", "platform", "language",
                  "statement", "extensions"});
        if (c.contains("registration") && !matches(c["registration"], kUuid))
            fail("context.registration", "not a UUID");
        if (c.contains("extensions")) extensions(c["extensions"], "context.extensions");
        if (c.contains("platform") && !c["platform"].is_string()) fail("context.platform", "not a string");
        if (!c.contains("contextActivities")) return;
        const json& activities = c["contextActivities"];
        if (!activities.is_object()) return fail("context.contextActivities", "not an object");
        onlyKeys(activities, "context.contextActivities", {"parent", "grouping", "category", "other"});
        for (const auto& [key, list] : activities.items()) {
            const std::string where = "context.contextActivities." + key;
            if (list.is_array()) {
                for (const json& a : list) activity(a, where + "[]");
            } else {
                activity(list, where);
            }
        }
    }
};

} // namespace

std::vector<std::string> xapiProblems(const json& statement)
{
    Checker check;
    if (!statement.is_object()) {
        check.fail("statement", "not an object");
        return check.problems;
    }
    check.noNulls(statement, "statement");
    check.onlyKeys(statement, "statement",
                   {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
                    "attachments"});
    for (const char* required : {"id", "actor", "verb", "object"}) {
        if (!statement.contains(required)) check.fail("statement", std::string(required) + " is required");
    }
    if (statement.contains("id") && !matches(statement["id"], kUuid)) check.fail("id", "not a UUID");
    if (statement.contains("actor")) check.actor(statement["actor"]);
    if (statement.contains("verb")) {
        const json& verb = statement["verb"];
        check.onlyKeys(verb, "verb", {"id", "display"});
        check.iri(verb.value("id", json()), "verb.id");
        if (verb.contains("display")) check.languageMap(verb["display"], "verb.display");
    }
    if (statement.contains("object")) {
        if (!statement["object"].is_object() || statement["object"].value("objectType", "") != "Activity") {
            check.fail("object.objectType", "Activity expected");
        }
        check.activity(statement["object"], "object");
    }
    if (statement.contains("result")) check.result(statement["result"]);
    if (statement.contains("context")) check.context(statement["context"]);
    if (statement.contains("timestamp")) {
        const json& t = statement["timestamp"];
        if (!matches(t, kTimestamp))
            check.fail("timestamp", "not an ISO 8601 time with a zone");
        else if (t.get<std::string>().ends_with("-00:00"))
            check.fail("timestamp", "-00:00 is not allowed");
    }
    return check.problems;
}

} // namespace mamori::test
