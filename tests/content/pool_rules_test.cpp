// Final quizzes about behaviour, not trivia: each question says what it asks, at least 70 % of
// every pool puts the learner in a situation, at most two ask for a year, rank, figure or a
// document's name, and typed answers give no hint of their length or script.

#include "content_packs.hpp"
#include "mamori/lessons/text_visitor.hpp"

#include <doctest/doctest.h>

#include <regex>

using namespace mamori::lessons;
using mamori::test::finalQuiz;
using mamori::test::kTrainingPacks;
using mamori::test::shippedPack;

TEST_CASE("every question of every training pack says what it asks")
{
    for (const std::string& id : kTrainingPacks) {
        const Pack& pack = shippedPack(id);
        auto check = [&](const Quiz& quiz) {
            for (const Question& q : quiz.pool) {
                CAPTURE(id);
                CAPTURE(q.id);
                CHECK(q.asks != Asks::Unstated);
            }
        };
        for (const Quiz& quiz : pack.quizzes) check(quiz);
        for (const Lesson& lesson : pack.lessons) {
            for (const Quiz& quiz : lesson.quizzes) check(quiz);
        }
    }
}

TEST_CASE("each final pool is at least 70 % situations, with at most two recall questions")
{
    for (const std::string& id : kTrainingPacks) {
        const Quiz& quiz = finalQuiz(shippedPack(id));
        int situations = 0, recall = 0;
        for (const Question& q : quiz.pool) {
            situations += q.asks == Asks::Situation ? 1 : 0;
            recall += q.asks == Asks::Recall ? 1 : 0;
        }
        CAPTURE(id);
        CAPTURE(situations);
        CAPTURE(quiz.pool.size());
        CHECK(situations * 10 >= static_cast<int>(quiz.pool.size()) * 7);
        CHECK(recall <= 2);
    }
}

TEST_CASE("typed answers give no hint of their length or script")
{
    // 「カタカナ3文字」 or "three letters" gives the answer away.
    const std::regex japaneseHint("([0-9０-９一二三四五六七八九十]+文字|カタカナで|ひらがなで|漢字[0-9０-９一二三四五六七八九十]+)");
    const std::regex englishHint("\\b([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](letter|character|word)s?\\b",
                                 std::regex::icase);
    for (const auto& pack : mamori::test::shippedLibrary().packs) {
        auto check = [&](const Quiz& quiz) {
            for (const Question& q : quiz.pool) {
                if (!q.shortText()) continue;
                CAPTURE(pack->id);
                CAPTURE(q.id);
                const std::string ja = q.prompt.plain(Language::Japanese);
                const std::string en = q.prompt.plain(Language::English);
                CAPTURE(ja);
                CAPTURE(en);
                CHECK_FALSE(std::regex_search(ja, japaneseHint));
                CHECK_FALSE(std::regex_search(en, englishHint));
            }
        };
        for (const Quiz& quiz : pack->quizzes) check(quiz);
        for (const Lesson& lesson : pack->lessons) {
            for (const Quiz& quiz : lesson.quizzes) check(quiz);
        }
    }
}

TEST_CASE("every shipped pack leaves the organisation's contacts to its profile")
{
    for (const auto& pack : mamori::test::shippedLibrary().packs) {
        int slots = 0;
        visitTexts(*pack, [&](const LocalizedText& text) {
            for (Language language : pack->languages) {
                for (const Span& span : text.in(language).spans) slots += span.slot.empty() ? 0 : 1;
            }
        });
        CAPTURE(pack->id);
        CHECK(slots >= 2);
    }
}
