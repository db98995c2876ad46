// Grading rules, table by table: what each response to each kind of question is worth.

#include "mamori/scoring/grading.hpp"
#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

using namespace mamori::scoring;
using namespace mamori::test;

namespace {

struct Row {
    Response response;
    double fraction;
    Correctness correctness;
};

void checkRows(const mamori::lessons::Question& question, const std::vector<Row>& rows)
{
    for (const Row& row : rows) {
        CAPTURE(describeResponse(row.response));
        const Grade graded = grade(question, row.response);
        CHECK(graded.fraction == doctest::Approx(row.fraction));
        CHECK(graded.correctness == row.correctness);
    }
}

} // namespace

TEST_CASE("single choice: the one correct choice earns everything, anything else nothing")
{
    const QuizFixture fixture;
    checkRows(fixture.question("single"), {
                                              {picks({"b"}), 1.0, Correctness::Right},
                                              {picks({"a"}), 0.0, Correctness::Wrong},
                                              {picks({"c"}), 0.0, Correctness::Wrong},
                                              {picks({"a", "b"}), 0.0, Correctness::Wrong},
                                              {Response{}, 0.0, Correctness::Unanswered},
                                          });
}

TEST_CASE("true/false: full points or none")
{
    const QuizFixture fixture;
    checkRows(fixture.question("truefalse"), {
                                                 {picks({"false"}), 1.0, Correctness::Right},
                                                 {picks({"true"}), 0.0, Correctness::Wrong},
                                             });
}

TEST_CASE("multiple response: each correct pick adds 1/C, each wrong pick takes 1/W, floored at 0")
{
    // Correct: a, b (C = 2). Wrong: c, d (W = 2).
    const QuizFixture fixture;
    checkRows(fixture.question("multiple"), {
                                                {picks({"a", "b"}), 1.0, Correctness::Right},
                                                {picks({"a"}), 0.5, Correctness::PartlyRight},
                                                {picks({"a", "b", "c"}), 0.5, Correctness::PartlyRight},
                                                {picks({"a", "c"}), 0.0, Correctness::Wrong},
                                                {picks({"a", "b", "c", "d"}), 0.0, Correctness::Wrong},
                                                {picks({"c", "d"}), 0.0, Correctness::Wrong},
                                                {picks({"c"}), 0.0, Correctness::Wrong},
                                            });
}

TEST_CASE("multiple response, all-or-nothing: only the exact set earns anything")
{
    const QuizFixture fixture;
    checkRows(fixture.question("multiple-strict"), {
                                                       {picks({"a", "b"}), 1.0, Correctness::Right},
                                                       {picks({"b", "a"}), 1.0, Correctness::Right},
                                                       {picks({"a"}), 0.0, Correctness::Wrong},
                                                       {picks({"a", "b", "c"}), 0.0, Correctness::Wrong},
                                                   });
}

TEST_CASE("ordering: (longest run in the right relative order − 1) / (steps − 1)")
{
    // Correct order: s1 s2 s3 s4.
    const QuizFixture fixture;
    checkRows(fixture.question("ordering"), {
                                                {picks({"s1", "s2", "s3", "s4"}), 1.0, Correctness::Right},
                                                {picks({"s2", "s1", "s3", "s4"}), 2.0 / 3, Correctness::PartlyRight},
                                                {picks({"s1", "s3", "s2", "s4"}), 2.0 / 3, Correctness::PartlyRight},
                                                {picks({"s4", "s1", "s2", "s3"}), 2.0 / 3, Correctness::PartlyRight},
                                                {picks({"s2", "s1", "s4", "s3"}), 1.0 / 3, Correctness::PartlyRight},
                                                {picks({"s4", "s3", "s2", "s1"}), 0.0, Correctness::Wrong},
                                                {picks({"s1", "s2", "s3"}), 0.0, Correctness::Wrong},        // incomplete
                                                {picks({"s1", "s1", "s2", "s3"}), 0.0, Correctness::Wrong},  // repeated
                                            });
}

TEST_CASE("ordering, all-or-nothing: only the exact order earns anything")
{
    const QuizFixture fixture;
    checkRows(fixture.question("ordering-strict"), {
                                                       {picks({"s1", "s2", "s3"}), 1.0, Correctness::Right},
                                                       {picks({"s1", "s3", "s2"}), 0.0, Correctness::Wrong},
                                                   });
}

TEST_CASE("matching: the share of left items given their partner — distractors earn nothing")
{
    // Pairs p1, p2, p3 (each matched by its own id); distractor d.
    const QuizFixture fixture;
    auto matches = [](std::vector<std::pair<std::string, std::string>> m) { return Response{{}, std::move(m), {}}; };
    checkRows(fixture.question("matching"), {
                                                {matches({{"p1", "p1"}, {"p2", "p2"}, {"p3", "p3"}}), 1.0, Correctness::Right},
                                                {matches({{"p1", "p1"}, {"p2", "p3"}, {"p3", "p2"}}), 1.0 / 3, Correctness::PartlyRight},
                                                {matches({{"p1", "p1"}, {"p2", "p2"}, {"p3", "d"}}), 2.0 / 3, Correctness::PartlyRight},
                                                {matches({{"p1", "p1"}}), 1.0 / 3, Correctness::PartlyRight},
                                                {matches({{"p1", "d"}, {"p2", "d"}, {"p3", "d"}}), 0.0, Correctness::Wrong},
                                            });
}

TEST_CASE("short text: case, width and surrounding spaces are ignored")
{
    // Accepted: "USB", "USBメモリ".
    const QuizFixture fixture;
    auto typed = [](std::string text) { return Response{{}, {}, std::move(text)}; };
    checkRows(fixture.question("shorttext"), {
                                                 {typed("USB"), 1.0, Correctness::Right},
                                                 {typed("usb"), 1.0, Correctness::Right},
                                                 {typed("ＵＳＢ"), 1.0, Correctness::Right},
                                                 {typed("  Usb "), 1.0, Correctness::Right},
                                                 {typed("ｕｓｂメモリ"), 1.0, Correctness::Right},
                                                 {typed("USBﾒﾓﾘ"), 1.0, Correctness::Right},
                                                 {typed("USB stick"), 0.0, Correctness::Wrong},
                                                 {typed("   "), 0.0, Correctness::Wrong},
                                             });
}

TEST_CASE("hotspot: (right regions chosen − wrong ones) / right regions, floored at 0")
{
    // Correct: r1, r2; not: r3, r4.
    const QuizFixture fixture;
    checkRows(fixture.question("hotspot"), {
                                               {picks({"r1", "r2"}), 1.0, Correctness::Right},
                                               {picks({"r2", "r1"}), 1.0, Correctness::Right},
                                               {picks({"r1"}), 0.5, Correctness::PartlyRight},
                                               {picks({"r1", "r2", "r3"}), 0.5, Correctness::PartlyRight},
                                               {picks({"r1", "r3"}), 0.0, Correctness::Wrong},
                                               {picks({"r1", "r3", "r4"}), 0.0, Correctness::Wrong},
                                               {picks({"r1", "r2", "r3", "r4"}), 0.0, Correctness::Wrong},
                                               {picks({"r4"}), 0.0, Correctness::Wrong},
                                               {picks({"elsewhere"}), 0.0, Correctness::Wrong},
                                               {Response{}, 0.0, Correctness::Unanswered},
                                           });
}

TEST_CASE("hotspot, all-or-nothing: only exactly the right regions earn anything")
{
    const QuizFixture fixture;
    mamori::lessons::Question strict = fixture.question("hotspot");
    std::get<mamori::lessons::HotspotAnswer>(strict.key).allOrNothing = true;
    checkRows(strict, {
                          {picks({"r2", "r1"}), 1.0, Correctness::Right},
                          {picks({"r1"}), 0.0, Correctness::Wrong},
                          {picks({"r1", "r2", "r4"}), 0.0, Correctness::Wrong},
                      });
}

TEST_CASE("certainty-based marks follow Moodle's published scale")
{
    struct CbmRow {
        double fraction;
        Certainty certainty;
        double marks;
    };
    const CbmRow rows[] = {
        {1.0, Certainty::Low, 1},  {1.0, Certainty::Medium, 2},  {1.0, Certainty::High, 3},
        {0.0, Certainty::Low, 0},  {0.0, Certainty::Medium, -2}, {0.0, Certainty::High, -6},
        {0.5, Certainty::Low, 0.5}, {0.5, Certainty::Medium, 1}, {0.5, Certainty::High, 1.5},
    };
    for (const CbmRow& row : rows) {
        CAPTURE(row.fraction);
        CAPTURE(static_cast<int>(row.certainty));
        CHECK(certaintyMarks(row.fraction, row.certainty) == doctest::Approx(row.marks));
    }
}

TEST_CASE("the correct response of every kind earns full marks")
{
    const QuizFixture fixture;
    for (const auto& question : fixture.quiz().pool) {
        CAPTURE(question.id);
        CHECK(grade(question, correctResponse(question)).fraction == doctest::Approx(1.0));
    }
}
