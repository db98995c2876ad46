// The training's own promises, checked on every shipped training pack so that later edits
// cannot quietly break them: enough lessons and pages, pictures and narration, a final quiz
// of at least 20 questions of at least five kinds with feedback and sources, branching
// scenarios whose every ending can really be reached, and both languages complete.

#include "content_packs.hpp"
#include "mamori/lessons/text_visitor.hpp"
#include "mamori/scoring/scenario_run.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>

using namespace mamori::lessons;

namespace {

using mamori::test::finalQuiz;
using mamori::test::kTrainingPacks;

const Pack& pack(const std::string& id)
{
    return mamori::test::shippedPack(id);
}

template <typename Block>
int countBlocks(const Lesson& lesson)
{
    int count = 0;
    for (const Page& page : lesson.pages) {
        for (const auto& block : page.blocks) count += std::holds_alternative<Block>(block) ? 1 : 0;
    }
    return count;
}

bool complete(const LocalizedText& text)
{
    return text.has(Language::Japanese) && text.has(Language::English) && !text.in(Language::Japanese).empty() &&
           !text.in(Language::English).empty();
}

/// Every ending a learner can actually reach, following flags as the engine does.
std::set<std::string> reachableEndings(const Scenario& scenario)
{
    std::set<std::string> endings;
    std::set<std::pair<std::string, std::set<std::string>>> seen;
    std::vector<std::pair<std::string, std::set<std::string>>> work{{scenario.start, {}}};
    while (!work.empty()) {
        auto [nodeId, flags] = work.back();
        work.pop_back();
        if (!seen.insert({nodeId, flags}).second) continue;
        const ScenarioNode* node = scenario.node(nodeId);
        if (!node) continue;
        for (const ScenarioOption& option : node->options) {
            std::set<std::string> next = flags;
            next.insert(option.setsFlags.begin(), option.setsFlags.end());
            const std::string target = mamori::scoring::destinationOf(option, next);
            if (scenario.ending(target)) endings.insert(target);
            else work.emplace_back(target, next);
        }
    }
    return endings;
}

} // namespace

TEST_CASE("every training pack loads without errors or warnings, in Japanese first and English")
{
    for (const std::string& id : kTrainingPacks) {
        CAPTURE(id);
        const Pack& p = pack(id);
        CHECK(p.languages == std::vector<Language>{Language::Japanese, Language::English});
        CHECK(p.minutes.has_value());
    }
}

TEST_CASE("each pack has at least two lessons of at least six pages, with headings, lists, callouts and a picture")
{
    for (const std::string& id : kTrainingPacks) {
        CAPTURE(id);
        const Pack& p = pack(id);
        CHECK(p.lessons.size() >= 2);
        int images = 0, headings = 0, lists = 0, callouts = 0;
        for (const Lesson& lesson : p.lessons) {
            CAPTURE(lesson.id);
            CHECK(lesson.pages.size() >= 6);
            headings += countBlocks<Heading>(lesson);
            lists += countBlocks<List>(lesson);
            callouts += countBlocks<Callout>(lesson);
            CHECK(countBlocks<Callout>(lesson) >= 1);  // every lesson states at least one tip, warning or rule
            images += countBlocks<Image>(lesson);
            // The first page of each lesson can be listened to, in both languages.
            CHECK(lesson.pages.front().narrationFor(Language::Japanese));
            CHECK(lesson.pages.front().narrationFor(Language::English));
        }
        CHECK(images >= 1);
        CHECK(headings >= 1);
        CHECK(lists >= 2);
        CHECK(callouts >= 2);
    }
}

TEST_CASE("each final quiz: 20+ questions of 5+ kinds, 10 drawn, 80 % to pass")
{
    for (const std::string& id : kTrainingPacks) {
        CAPTURE(id);
        const Quiz& quiz = finalQuiz(pack(id));
        CHECK(quiz.pool.size() >= 20);
        CHECK(quiz.draw == 10);
        CHECK(quiz.passMark == 80);
        std::set<QuestionKind> kinds;
        for (const Question& q : quiz.pool) kinds.insert(q.kind);
        CHECK(kinds.size() >= 5);
    }
}

TEST_CASE("every question explains its answer, names its source, and teaches on every wrong choice")
{
    for (const std::string& id : kTrainingPacks) {
        for (const Question& q : finalQuiz(pack(id)).pool) {
            CAPTURE(id);
            CAPTURE(q.id);
            CHECK(complete(q.explanation));
            REQUIRE(q.source.has_value());
            CHECK(complete(q.source->text));
            if (const auto* key = q.choices()) {
                for (const Choice& c : key->choices) {
                    CAPTURE(c.id);
                    if (!c.correct) CHECK(complete(c.feedback));
                }
            }
            if (const auto* key = q.trueFalse()) CHECK(complete(key->answer ? key->feedbackFalse : key->feedbackTrue));
            if (const auto* key = q.shortText()) CHECK(complete(key->feedback));
            if (const auto* key = q.hotspot()) {
                CHECK(complete(key->picture.alt));
                for (const HotspotRegion& r : key->regions) {
                    CAPTURE(r.id);
                    CHECK(complete(r.feedback));
                }
            }
        }
    }
}

TEST_CASE("the telework and departing pools each have a hotspot, whose labels do not say which parts are the risk")
{
    for (const std::string& id : {std::string("telework"), std::string("departing")}) {
        CAPTURE(id);
        int hotspots = 0;
        for (const Question& q : finalQuiz(pack(id)).pool) {
            const auto* key = q.hotspot();
            if (!key) continue;
            ++hotspots;
            CAPTURE(q.id);
            for (const HotspotRegion& r : key->regions) {
                CAPTURE(r.id);
                CHECK(complete(r.label));
                for (const char* telling : {"危険", "リスク", "安全", "問題", "risk", "Risk", "safe", "Safe", "danger", "harmless"}) {
                    for (Language language : kAllLanguages) CHECK(r.label.plain(language).find(telling) == std::string::npos);
                }
            }
        }
        CHECK(hotspots >= 1);
    }
}

TEST_CASE("the right answer is not given away by being the longest choice")
{
    for (const std::string& id : kTrainingPacks) {
        for (Language language : kAllLanguages) {
            int questions = 0, longest = 0;
            for (const Question& q : finalQuiz(pack(id)).pool) {
                const auto* key = q.choices();
                if (!key || q.kind != QuestionKind::SingleChoice) continue;
                std::size_t longestWrong = 0, right = 0;
                for (const Choice& c : key->choices) {
                    const std::size_t length = c.text.plain(language).size();
                    if (c.correct) right = length;
                    else longestWrong = std::max(longestWrong, length);
                }
                ++questions;
                longest += right > longestWrong ? 1 : 0;
            }
            CAPTURE(id);
            CAPTURE(languageCode(language));
            CAPTURE(longest);
            CAPTURE(questions);
            CHECK(longest * 2 <= questions);  // at most half
        }
    }
}

TEST_CASE("each pack has a branching scenario of 10+ nodes whose good, acceptable and bad endings can all be reached")
{
    for (const std::string& id : kTrainingPacks) {
        CAPTURE(id);
        const Pack& p = pack(id);
        REQUIRE_FALSE(p.scenarios.empty());
        for (const Scenario& s : p.scenarios) {
            CAPTURE(s.id);
            CHECK(s.nodes.size() >= 10);
            CHECK(s.endings.size() >= 3);
            std::set<Outcome> outcomes;
            for (const ScenarioEnding& e : s.endings) outcomes.insert(e.outcome);
            CHECK(outcomes == std::set<Outcome>{Outcome::Good, Outcome::Acceptable, Outcome::Bad});
            const std::set<std::string> reached = reachableEndings(s);
            for (const ScenarioEnding& e : s.endings) {
                CAPTURE(e.id);
                CHECK(reached.count(e.id) == 1);
            }
            bool usesFlags = false;
            for (const ScenarioNode& n : s.nodes) {
                for (const ScenarioOption& o : n.options) usesFlags = usesFlags || !o.conditions.empty();
            }
            CHECK(usesFlags);  // a later consequence depends on an earlier choice
        }
    }
}

TEST_CASE("every text of every training pack exists in both languages")
{
    for (const std::string& id : kTrainingPacks) {
        int texts = 0, incomplete = 0;
        visitTexts(pack(id), [&](const LocalizedText& t) {
            if (t.empty()) return;  // optional texts left out
            ++texts;
            incomplete += complete(t) ? 0 : 1;
        });
        CAPTURE(id);
        CHECK(texts > 200);
        CHECK(incomplete == 0);
    }
}

TEST_CASE("current legal terms: the old word for the prison sentence appears only to explain the change")
{
    for (const std::string& id : kTrainingPacks) {
        visitTexts(pack(id), [&](const LocalizedText& t) {
            const std::string ja = t.plain(Language::Japanese);
            if (ja.find("懲役") == std::string::npos) return;
            CAPTURE(ja);
            // 懲役 only beside its successor 拘禁刑, or where the 2025 change itself is the point.
            CHECK((ja.find("拘禁刑") != std::string::npos || ja.find("2025") != std::string::npos));
        });
    }
}
