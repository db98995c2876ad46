// Index schema 3: an attempt's answers move from a row each in `answers` into one JSON array in
// the attempt's row, and a pack's completions from `completions` into the pack's row in
// `learner_packs` (index_json.hpp), which a first ingest writes in a fraction of the time.
// What an older index holds is carried over, not dropped: its files may be gone from the folder.

#include "index_json.hpp"
#include "index_schema.hpp"
#include "org_index_impl.hpp"

#include <sstream>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::Result;

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string word; in >> word;) out.push_back(std::move(word));
    return out;
}

/// A schema-2 answer row (question_id … max_score from column 1) as the step it was made from.
scoring::AnswerStep stepOf(const sql::Statement& s)
{
    scoring::AnswerStep step;
    step.questionId = s.text(1);
    step.response.choices = words(s.text(2));
    for (const std::string& pair : words(s.text(3))) {
        const auto eq = pair.find('=');
        step.response.matches.emplace_back(pair.substr(0, eq), eq == std::string::npos ? "" : pair.substr(eq + 1));
    }
    step.response.text = s.text(4);
    if (!s.isNull(5)) step.certainty = static_cast<scoring::Certainty>(s.integer(5));
    step.at = fromEpochSeconds(s.integer(6));
    step.secondsTaken = s.integer(7);
    step.fraction = s.real(8);
    step.score = s.real(9);
    step.maxScore = s.real(10);
    return step;
}

/// A schema-2 completion row (kind … pack_version from column 2); nullopt for a kind this build does not know.
std::optional<scoring::Completion> completionOf(const sql::Statement& s)
{
    using Kind = scoring::Completion::Kind;
    for (Kind kind : {Kind::Lesson, Kind::Quiz, Kind::Scenario, Kind::Pack}) {
        if (scoring::completionKindName(kind) == s.text(2)) {
            return scoring::Completion{kind, s.text(3), fromEpochSeconds(s.integer(4)), s.text(5)};
        }
    }
    return std::nullopt;
}

/// Writes each attempt's rows of `answers` into the attempt's row.
Result<Done> copyAnswers(sql::Database& db)
{
    auto rows = db.prepare("SELECT attempt_id, question_id, choices, matches, typed, certainty, at, seconds, fraction, score, "
                           "max_score FROM answers ORDER BY attempt_id, step",
                           sql::Rows::Many);
    auto update = db.prepare("UPDATE attempts SET answers = ?2 WHERE id = ?1");
    if (!rows) return rows.refusal();
    if (!update) return update.refusal();
    std::optional<std::int64_t> attempt;
    std::vector<scoring::AnswerStep> steps;
    auto flush = [&]() -> Result<Done> {
        if (!attempt) return Done{};
        std::string json;
        appendAnswerStepsJson(json, steps);
        steps.clear();
        return update.value().bind(1, *attempt).bind(2, json).run();
    };
    for (;;) {
        auto row = rows.value().step();
        if (!row) return row.refusal();
        if (!row.value()) return flush();
        if (attempt != rows.value().integer(0)) {
            if (auto done = flush(); !done) return done;
            attempt = rows.value().integer(0);
        }
        steps.push_back(stepOf(rows.value()));
    }
}

/// Writes each learner's pack's rows of `completions` into the pack's row in `learner_packs`.
Result<Done> copyCompletions(sql::Database& db)
{
    auto rows = db.prepare("SELECT learner_id, pack_id, kind, item_id, at, pack_version FROM completions "
                           "ORDER BY learner_id, pack_id, at, kind, item_id",
                           sql::Rows::Many);
    auto update = db.prepare("UPDATE learner_packs SET completions = ?3 WHERE learner_id = ?1 AND pack_id = ?2");
    if (!rows) return rows.refusal();
    if (!update) return update.refusal();
    std::optional<std::pair<std::string, std::string>> pack;   // learner, pack
    std::vector<scoring::Completion> completions;
    auto flush = [&]() -> Result<Done> {
        if (!pack) return Done{};
        std::string json;
        appendCompletionsJson(json, completions);
        completions.clear();
        return update.value().bind(1, pack->first).bind(2, pack->second).bind(3, json).run();
    };
    for (;;) {
        auto row = rows.value().step();
        if (!row) return row.refusal();
        if (!row.value()) return flush();
        const sql::Statement& s = rows.value();
        if (!pack || pack->first != s.text(0) || pack->second != s.text(1)) {
            if (auto done = flush(); !done) return done;
            pack.emplace(s.text(0), s.text(1));
        }
        if (auto completion = completionOf(s)) completions.push_back(std::move(*completion));
    }
}

} // namespace

const char* const kSchema3Columns = "ALTER TABLE attempts ADD COLUMN answers TEXT NOT NULL DEFAULT '[]';"
                                    "ALTER TABLE learner_packs ADD COLUMN completions TEXT NOT NULL DEFAULT '[]';";

Result<Done> moveRecordsIntoJson(sql::Database& db)
{
    if (auto added = db.execute(kSchema3Columns); !added) return added;
    // Each copy's statements are closed before the drops: PostgreSQL drops no table a cursor still reads.
    if (auto copied = copyAnswers(db); !copied) return copied;
    if (auto copied = copyCompletions(db); !copied) return copied;
    return db.execute("DROP TABLE answers; DROP TABLE completions;");
}

} // namespace mamori::records
