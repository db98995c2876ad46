// Item analysis as Moodle's quiz statistics compute it, checked against figures worked out by
// hand: facility is the mean of score/max; discrimination is Pearson's r of the item's score
// with the rest of the attempt's score, r = Sxy / sqrt(Sxx * Syy), where Sxx, Syy and Sxy are
// the sums of squared deviations from the means and of their products.

#include "mamori/records/item_statistics.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace mamori::records;

namespace {

AskedItem asked(std::string questionId, double score, double maxScore, std::vector<std::string> chosen = {})
{
    return AskedItem{std::move(questionId), score, maxScore, std::move(chosen)};
}

/// The statistics of one question (a copy); fails the test when it is missing.
ItemStatistics statisticsOf(const std::vector<ItemStatistics>& all, const std::string& questionId)
{
    for (const ItemStatistics& item : all) {
        if (item.questionId == questionId) return item;
    }
    FAIL("no statistics for ", questionId);
    return {};
}

} // namespace

TEST_CASE("five attempts of three questions, worked out by hand")
{
    // q1 and q3 are worth 1 point, q2 2 points.
    //
    //   attempt   q1   q2   q3   total
    //   A         1    2    0.5   3.5
    //   B         0.5  1.5  1     3.0
    //   C         0    1    0     1.0
    //   D         1    0.5  0.5   2.0
    //   E         0.5  0    0     0.5
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("q1", 1.0, 1, {"a", "c"}), asked("q2", 2.0, 2, {"dog=犬", "cat=猫"}), asked("q3", 0.5, 1, {"phishing"})}},
        {{asked("q1", 0.5, 1, {"a"}), asked("q2", 1.5, 2, {"dog=犬", "cat=犬"}), asked("q3", 1.0, 1, {"フィッシング"})}},
        {{asked("q1", 0.0, 1, {"b"}), asked("q2", 1.0, 2, {"dog=猫", "cat=犬"}), asked("q3", 0.0, 1, {"spam"})}},
        {{asked("q1", 1.0, 1, {"a", "c"}), asked("q2", 0.5, 2, {"dog=猫", "cat=猫"}), asked("q3", 0.5, 1, {"phishing"})}},
        {{asked("q1", 0.5, 1, {"c"}), asked("q2", 0.0, 2, {}), asked("q3", 0.0, 1, {"spam"})}},
    };
    const auto statistics = analyseItems(attempts);
    REQUIRE(statistics.size() == 3);
    CHECK(statistics[0].questionId == "q1");
    CHECK(statistics[1].questionId == "q2");
    CHECK(statistics[2].questionId == "q3");

    // q1: x = 1, .5, 0, 1, .5                 mean .6     facility 3/5 = .6
    //     rest y = total - x = 2.5, 2.5, 1, 1, 0            mean 7/5 = 1.4
    //     dx = .4, -.1, -.6, .4, -.1          Sxx = .16+.01+.36+.16+.01 = .70
    //     dy = 1.1, 1.1, -.4, -.4, -1.4       Syy = 1.21+1.21+.16+.16+1.96 = 4.70
    //     Sxy = .44 - .11 + .24 - .16 + .14 = .55
    //     r = .55 / sqrt(.70 * 4.70) = .55 / 1.81384 = 0.30322
    const ItemStatistics& q1 = statistics[0];
    CHECK(q1.attempts == 5);
    CHECK(q1.facility == doctest::Approx(0.6).epsilon(1e-9));
    REQUIRE(q1.discrimination);
    CHECK(*q1.discrimination == doctest::Approx(0.55 / std::sqrt(0.70 * 4.70)).epsilon(1e-9));
    CHECK(*q1.discrimination == doctest::Approx(0.30322).epsilon(1e-4));
    CHECK(q1.options == std::map<std::string, int>{{"a", 3}, {"b", 1}, {"c", 3}});

    // q2: x = 2, 1.5, 1, .5, 0                mean 1      facility (1+.75+.5+.25+0)/5 = .5
    //     rest y = q1 + q3 = 1.5, 1.5, 0, 1.5, .5           mean 5/5 = 1
    //     dx = 1, .5, 0, -.5, -1              Sxx = 1+.25+0+.25+1 = 2.5
    //     dy = .5, .5, -1, .5, -.5            Syy = .25+.25+1+.25+.25 = 2
    //     Sxy = .5 + .25 + 0 - .25 + .5 = 1
    //     r = 1 / sqrt(2.5 * 2) = 1 / sqrt(5) = 0.44721
    const ItemStatistics& q2 = statistics[1];
    CHECK(q2.attempts == 5);
    CHECK(q2.facility == doctest::Approx(0.5).epsilon(1e-9));
    REQUIRE(q2.discrimination);
    CHECK(*q2.discrimination == doctest::Approx(1.0 / std::sqrt(5.0)).epsilon(1e-9));
    CHECK(q2.options ==
          std::map<std::string, int>{{"cat=犬", 2}, {"cat=猫", 2}, {"dog=犬", 2}, {"dog=猫", 2}});   // E chose none

    // q3: x = .5, 1, 0, .5, 0                 mean .4     facility 2/5 = .4
    //     rest y = q1 + q2 = 3, 2, 1, 1.5, .5               mean 8/5 = 1.6
    //     dx = .1, .6, -.4, .1, -.4           Sxx = .01+.36+.16+.01+.16 = .70
    //     dy = 1.4, .4, -.6, -.1, -1.1        Syy = 1.96+.16+.36+.01+1.21 = 3.70
    //     Sxy = .14 + .24 + .24 - .01 + .44 = 1.05
    //     r = 1.05 / sqrt(.70 * 3.70) = 1.05 / 1.60935 = 0.65244
    const ItemStatistics& q3 = statistics[2];
    CHECK(q3.attempts == 5);
    CHECK(q3.facility == doctest::Approx(0.4).epsilon(1e-9));
    REQUIRE(q3.discrimination);
    CHECK(*q3.discrimination == doctest::Approx(1.05 / std::sqrt(0.70 * 3.70)).epsilon(1e-9));
    CHECK(*q3.discrimination == doctest::Approx(0.65244).epsilon(1e-4));
    CHECK(q3.options == std::map<std::string, int>{{"phishing", 2}, {"spam", 2}, {"フィッシング", 1}});

    // None is too easy (> .95), too hard (< .20) or weak (< .1).
    for (const ItemStatistics& item : statistics) {
        INFO(item.questionId);
        CHECK_FALSE(item.tooEasy);
        CHECK_FALSE(item.tooHard);
        CHECK_FALSE(item.weakDiscrimination);
    }
}

TEST_CASE("an item everybody gets right is too easy and has no discrimination")
{
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("easy", 1, 1, {"yes"}), asked("other", 1, 1)}},
        {{asked("easy", 1, 1, {"yes"}), asked("other", 0, 1)}},
        {{asked("easy", 1, 1, {"yes"}), asked("other", 0.5, 1)}},
    };
    const auto easy = statisticsOf(analyseItems(attempts), "easy");
    CHECK(easy.facility == 1.0);
    CHECK(easy.tooEasy);
    CHECK_FALSE(easy.tooHard);
    CHECK_FALSE(easy.discrimination);       // the item's scores do not vary
    CHECK_FALSE(easy.weakDiscrimination);   // nothing to judge
}

TEST_CASE("an item nobody gets right is too hard")
{
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("hard", 0, 1), asked("other", 1, 1)}},
        {{asked("hard", 0.1, 1), asked("other", 0, 1)}},
    };
    const auto hard = statisticsOf(analyseItems(attempts), "hard");
    CHECK(hard.facility == doctest::Approx(0.05).epsilon(1e-9));
    CHECK(hard.tooHard);
    CHECK_FALSE(hard.tooEasy);
}

TEST_CASE("an item the good performers miss discriminates negatively and is flagged")
{
    //   attempt   core1  core2  trap   rest of trap
    //   A         1      1      0      2
    //   B         1      1      0      2
    //   C         0      0      1      0
    //   D         0      1      1      1
    // trap: x = 0, 0, 1, 1     mean .5     dx = -.5, -.5, .5, .5             Sxx = 1
    //       y = 2, 2, 0, 1     mean 1.25   dy = .75, .75, -1.25, -.25        Syy = .5625*2 + 1.5625 + .0625 = 2.75
    //       Sxy = -.375 - .375 - .625 - .125 = -1.5
    //       r = -1.5 / sqrt(1 * 2.75) = -0.90453
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("core1", 1, 1), asked("core2", 1, 1), asked("trap", 0, 1)}},
        {{asked("core1", 1, 1), asked("core2", 1, 1), asked("trap", 0, 1)}},
        {{asked("core1", 0, 1), asked("core2", 0, 1), asked("trap", 1, 1)}},
        {{asked("core1", 0, 1), asked("core2", 1, 1), asked("trap", 1, 1)}},
    };
    const auto trap = statisticsOf(analyseItems(attempts), "trap");
    CHECK(trap.facility == doctest::Approx(0.5).epsilon(1e-9));
    REQUIRE(trap.discrimination);
    CHECK(*trap.discrimination == doctest::Approx(-1.5 / std::sqrt(2.75)).epsilon(1e-9));
    CHECK(trap.weakDiscrimination);
    CHECK_FALSE(trap.tooEasy);
    CHECK_FALSE(trap.tooHard);
}

TEST_CASE("an item asked in only one attempt has a facility but no discrimination")
{
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("common", 1, 1), asked("rare", 0.5, 2)}},
        {{asked("common", 0, 1)}},
    };
    const auto rare = statisticsOf(analyseItems(attempts), "rare");
    CHECK(rare.attempts == 1);
    CHECK(rare.facility == doctest::Approx(0.25).epsilon(1e-9));
    CHECK_FALSE(rare.discrimination);
    CHECK_FALSE(rare.weakDiscrimination);
}

TEST_CASE("an attempt that asked a single item counts for its facility, not its discrimination")
{
    //   attempt   p   q   rest of q
    //   A         1   1   1
    //   B         0   0   0
    //   C         1   0   1
    //   D         -   1   (nothing else asked: no rest of the test)
    // q over A..C: x = 1, 0, 0    mean 1/3   dx = 2/3, -1/3, -1/3     Sxx = 6/9
    //              y = 1, 0, 1    mean 2/3   dy = 1/3, -2/3, 1/3      Syy = 6/9
    //              Sxy = 2/9 + 2/9 - 1/9 = 3/9;  r = (3/9) / (6/9) = .5
    // (Counting D's rest as 0 would give y = 1, 0, 1, 0 against x = 1, 0, 0, 1: r = 0.)
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("p", 1, 1), asked("q", 1, 1)}},
        {{asked("p", 0, 1), asked("q", 0, 1)}},
        {{asked("p", 1, 1), asked("q", 0, 1)}},
        {{asked("q", 1, 1)}},
    };
    const auto q = statisticsOf(analyseItems(attempts), "q");
    CHECK(q.attempts == 4);
    CHECK(q.facility == doctest::Approx(0.5).epsilon(1e-9));
    REQUIRE(q.discrimination);
    CHECK(*q.discrimination == doctest::Approx(0.5).epsilon(1e-9));

    // A quiz of one question never has a rest of the test.
    const std::vector<AnalysedAttempt> alone = {{{asked("only", 1, 1)}}, {{asked("only", 0, 1)}}};
    CHECK_FALSE(statisticsOf(analyseItems(alone), "only").discrimination);
}

TEST_CASE("each chosen option counts once per attempt")
{
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("multi", 1, 1, {"a", "b"})}},
        {{asked("multi", 0.5, 1, {"a", "a", "c"})}},                  // "a" listed twice: one choice
        {{asked("multi", 0, 1, {""})}},                               // nothing typed: no choice
        {{asked("multi", 0.5, 1, {"b"}), asked("multi", 0.5, 1, {"b", "d"})}},   // listed twice: one answer
    };
    const auto statistics = analyseItems(attempts);
    REQUIRE(statistics.size() == 1);
    const ItemStatistics& multi = statistics[0];
    CHECK(multi.attempts == 4);
    CHECK(multi.options == std::map<std::string, int>{{"a", 2}, {"b", 2}, {"c", 1}, {"d", 1}});
    // Facility: 1, .5, 0 and (.5 + .5) / (1 + 1) = .5; mean 2 / 4 = .5.
    CHECK(multi.facility == doctest::Approx(0.5).epsilon(1e-9));
}

TEST_CASE("an unanswered item scores 0 and chooses nothing")
{
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("q", 1, 1, {"right"}), asked("other", 1, 1)}},
        {{asked("q", 0, 1, {"wrong"}), asked("other", 0, 1)}},
        {{asked("q", 0, 1), asked("other", 0, 1)}},
        {{asked("q", 0, 1), asked("other", 1, 1)}},
    };
    const auto q = statisticsOf(analyseItems(attempts), "q");
    CHECK(q.attempts == 4);
    CHECK(q.facility == doctest::Approx(0.25).epsilon(1e-9));
    CHECK(q.options == std::map<std::string, int>{{"right", 1}, {"wrong", 1}});
    // x = 1, 0, 0, 0 (mean .25), y = 1, 0, 0, 1 (mean .5):
    // Sxy = .75*.5 + (-.25)(-.5)*2 + (-.25)(.5) = .375 + .25 - .125 = .5;
    // Sxx = .5625 + 3*.0625 = .75;  Syy = 4*.25 = 1;  r = .5 / sqrt(.75) = 0.57735
    REQUIRE(q.discrimination);
    CHECK(*q.discrimination == doctest::Approx(0.5 / std::sqrt(0.75)).epsilon(1e-9));
}

TEST_CASE("random draws: each attempt asks two questions of three, each 1 point")
{
    //   attempt   p    q    r     total
    //   A         1    1    -     2
    //   B         0    -    1     1
    //   C         -    0    0     0
    //   D         1    -    .5    1.5
    //   E         -    1    1     2
    // p (A, B, D): x = 1, 0, 1     mean 2/3   dx = 1/3, -2/3, 1/3       Sxx = 6/9 = 2/3
    //              y = 1, 1, .5    mean 5/6   dy = 1/6, 1/6, -1/3       Syy = 6/36 = 1/6
    //              Sxy = 1/18 - 2/18 - 2/18 = -1/6;  r = (-1/6) / sqrt(2/3 * 1/6) = (-1/6) / (1/3) = -.5
    // q (A, C, E): x = 1, 0, 1, y = 1, 0, 1: the same pattern, r = 1
    // r (B, C, D, E): x = 1, 0, .5, 1   mean .625   dx = .375, -.625, -.125, .375   Sxx = .6875
    //                 y = 0, 0, 1, 1    mean .5     dy = -.5, -.5, .5, .5          Syy = 1
    //                 Sxy = -.1875 + .3125 - .0625 + .1875 = .25;  r = .25 / sqrt(.6875) = 0.30151
    const std::vector<AnalysedAttempt> attempts = {
        {{asked("p", 1, 1), asked("q", 1, 1)}},
        {{asked("r", 1, 1), asked("p", 0, 1)}},   // in any order
        {{asked("q", 0, 1), asked("r", 0, 1)}},
        {{asked("p", 1, 1), asked("r", 0.5, 1)}},
        {{asked("q", 1, 1), asked("r", 1, 1)}},
    };
    const auto statistics = analyseItems(attempts);
    REQUIRE(statistics.size() == 3);

    const ItemStatistics& p = statistics[0];
    CHECK(p.questionId == "p");
    CHECK(p.attempts == 3);
    CHECK(p.facility == doctest::Approx(2.0 / 3.0).epsilon(1e-9));
    REQUIRE(p.discrimination);
    CHECK(*p.discrimination == doctest::Approx(-0.5).epsilon(1e-9));
    CHECK(p.weakDiscrimination);

    const ItemStatistics& q = statistics[1];
    CHECK(q.questionId == "q");
    CHECK(q.attempts == 3);
    CHECK(q.facility == doctest::Approx(2.0 / 3.0).epsilon(1e-9));
    REQUIRE(q.discrimination);
    CHECK(*q.discrimination == doctest::Approx(1.0).epsilon(1e-9));
    CHECK(*q.discrimination <= 1.0);

    const ItemStatistics& r = statistics[2];
    CHECK(r.questionId == "r");
    CHECK(r.attempts == 4);
    CHECK(r.facility == doctest::Approx(0.625).epsilon(1e-9));
    REQUIRE(r.discrimination);
    CHECK(*r.discrimination == doctest::Approx(0.25 / std::sqrt(0.6875)).epsilon(1e-9));
}

TEST_CASE("no attempts, no statistics")
{
    CHECK(analyseItems({}).empty());
    CHECK(analyseItems({AnalysedAttempt{}}).empty());
}

TEST_CASE("rounding is not variance, and no NaN escapes")
{
    SUBCASE("a rest of the test that differs only by rounding has no variance")
    {
        // The rest of x is .3 in every attempt, but 0.1 + 0.2 is 0.30000000000000004.
        const std::vector<AnalysedAttempt> attempts = {
            {{asked("a", 0.1, 1), asked("b", 0.2, 1), asked("x", 1, 1)}},
            {{asked("a", 0.3, 1), asked("b", 0.0, 1), asked("x", 0, 1)}},
            {{asked("a", 0.15, 1), asked("b", 0.15, 1), asked("x", 0.5, 1)}},
        };
        CHECK_FALSE(statisticsOf(analyseItems(attempts), "x").discrimination);
    }
    SUBCASE("large, nearly equal scores keep their precision (two passes, not one)")
    {
        // x = 1e9 + 0, 1, 2 and its rest 1e9 + 0, 2, 4: exactly linear, r = 1.
        const std::vector<AnalysedAttempt> attempts = {
            {{asked("x", 1e9, 2e9), asked("y", 1e9, 2e9)}},
            {{asked("x", 1e9 + 1, 2e9), asked("y", 1e9 + 2, 2e9)}},
            {{asked("x", 1e9 + 2, 2e9), asked("y", 1e9 + 4, 2e9)}},
        };
        const auto x = statisticsOf(analyseItems(attempts), "x");
        REQUIRE(x.discrimination);
        CHECK(*x.discrimination == doctest::Approx(1.0).epsilon(1e-9));
    }
    SUBCASE("scores that are not numbers, and maxima that are not positive")
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double infinity = std::numeric_limits<double>::infinity();
        const std::vector<AnalysedAttempt> attempts = {
            {{asked("x", nan, 1), asked("y", 1, 1)}},
            {{asked("x", infinity, 1), asked("y", 0, 1)}},
            {{asked("x", 1, 0), asked("y", 1, nan)}},
            {{asked("x", 2, 1), asked("y", -1, 1)}},   // outside 0..max: taken as 1 and 0
        };
        for (const ItemStatistics& item : analyseItems(attempts)) {
            INFO(item.questionId);
            CHECK(std::isfinite(item.facility));
            CHECK(item.facility >= 0.0);
            CHECK(item.facility <= 1.0);
            if (item.discrimination) CHECK(std::isfinite(*item.discrimination));
        }
        // x counts 0, 0, 0 (no points available), 1: facility .25.
        CHECK(statisticsOf(analyseItems(attempts), "x").facility == doctest::Approx(0.25).epsilon(1e-9));
    }
}
