#include "progress_migrations.hpp"

#include "mamori/records/progress_file.hpp"
#include "mamori/scoring/review_deck.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace mamori::records {
namespace {

using namespace mamori::scoring;
using tinyxml2::XMLElement;

using Migration = std::function<Result<Done>(tinyxml2::XMLDocument&)>;

/// What the review deck needs of a schema-1 `<attempt>`: its finish time, the questions it
/// asked and the fractions of its answers. Nullopt for an unfinished attempt; values that do
/// not parse are left for the reader, which reports them with their line.
std::optional<AttemptRecord> finishedAttemptV1(const XMLElement& e)
{
    const char* finished = e.Attribute("finished");
    const auto at = finished ? parseTimestamp(finished) : std::nullopt;
    if (!at) return std::nullopt;
    AttemptRecord attempt;
    attempt.finished = at;
    for (const XMLElement* c = e.FirstChildElement(); c; c = c->NextSiblingElement()) {
        const std::string_view name = c->Name();
        if (name == "question") {
            if (const char* id = c->Attribute("id")) attempt.questions.push_back({id, {}});
        } else if (name == "answer") {
            const char* question = c->Attribute("question");
            const char* fraction = c->Attribute("fraction");
            if (!question) continue;
            AnswerStep step;
            step.questionId = question;
            if (fraction) std::from_chars(fraction, fraction + std::strlen(fraction), step.fraction);
            attempt.steps.push_back(std::move(step));
        }
    }
    return attempt;
}

/// Schema 1 → 2: the review deck. Each pack gets the deck its finished attempts would have
/// built, taken in the order they finished, by the same rule the session applies live
/// (enterMissed): missed questions enter at stage 1, added when the attempt finished and
/// due one interval later. The `<review>` elements go after the pack's completions.
Result<Done> addReviewDeck(tinyxml2::XMLDocument& document)
{
    for (XMLElement* pack = document.RootElement()->FirstChildElement("pack"); pack;
         pack = pack->NextSiblingElement("pack")) {
        std::vector<AttemptRecord> finished;
        for (const XMLElement* e = pack->FirstChildElement("attempt"); e; e = e->NextSiblingElement("attempt")) {
            if (auto attempt = finishedAttemptV1(*e)) finished.push_back(std::move(*attempt));
        }
        std::stable_sort(finished.begin(), finished.end(),
                         [](const AttemptRecord& a, const AttemptRecord& b) { return *a.finished < *b.finished; });
        PackProgress deck;
        for (const AttemptRecord& attempt : finished) enterMissed(deck, attempt);
        for (const ReviewItem& item : deck.reviews) {
            XMLElement* review = document.NewElement("review");
            review->SetAttribute("question", item.questionId.c_str());
            review->SetAttribute("stage", item.stage);
            review->SetAttribute("due", formatTimestamp(item.due).c_str());
            review->SetAttribute("added", formatTimestamp(item.added).c_str());
            review->SetAttribute("reviews", item.reviews);
            review->SetAttribute("lapses", item.lapses);
            pack->InsertEndChild(review);
        }
    }
    return Done{};
}

/// Schema 2 → 3: nothing to change. The file has no save history; the store starts one at
/// its next save and records that it started late (save_history.hpp).
Result<Done> historyStartsAtNextSave(tinyxml2::XMLDocument&)
{
    return Done{};
}

/// Schema 3 → 4: nothing to change. Schema 4 adds inbox exercise runs (`<inbox-run>`), which an
/// older file cannot hold; the number moves so that an older Mamori refuses a file that has them.
Result<Done> inboxRunsMayFollow(tinyxml2::XMLDocument&)
{
    return Done{};
}

/// steps[i] upgrades schema i + 1 to i + 2.
const std::vector<Migration>& steps()
{
    static const std::vector<Migration> all{addReviewDeck, historyStartsAtNextSave, inboxRunsMayFollow};
    return all;
}

} // namespace

Result<Done> migrateProgress(tinyxml2::XMLDocument& document, int schema, const std::string& displayName)
{
    static_assert(kProgressSchemaVersion >= 1);
    for (int from = schema; from < kProgressSchemaVersion; ++from) {
        const auto index = static_cast<std::size_t>(from - 1);
        if (index >= steps().size()) {
            return refuse(RefusalCode::ProgressCorrupt, displayName + ": error: no migration from schema " + std::to_string(from));
        }
        if (auto done = steps()[index](document); !done) return done;
        document.RootElement()->SetAttribute("schema", from + 1);
    }
    return Done{};
}

} // namespace mamori::records
