// The generated packs that load_bench measures are valid, realistic and of the size asked for.

#include "pack_generator.hpp"

#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace mamori::lessons;
using mamori::test::PackGenerator;

namespace {

/// Every question kind and block kind the pack uses, to show it exercises the whole format.
struct Coverage {
    std::set<QuestionKind> questionKinds;
    std::set<std::size_t> blockKinds; // the variant's index
    std::size_t scenarios = 0;
    std::size_t conditions = 0;
    std::size_t slots = 0;
    std::size_t emphasis = 0;
};

void countTexts(const LocalizedText& text, Coverage& coverage)
{
    for (const Span& span : text.in(Language::English).spans) {
        coverage.slots += !span.slot.empty();
        coverage.emphasis += span.emphasis != Emphasis::None;
    }
}

void cover(const Quiz& quiz, Coverage& coverage)
{
    for (const Question& q : quiz.pool) {
        coverage.questionKinds.insert(q.kind);
        countTexts(q.explanation, coverage);
    }
}

void cover(const Scenario& scenario, Coverage& coverage)
{
    ++coverage.scenarios;
    for (const ScenarioNode& node : scenario.nodes) {
        for (const ScenarioOption& option : node.options) coverage.conditions += option.conditions.size();
    }
}

Coverage coverageOf(const Pack& pack)
{
    Coverage coverage;
    for (const Lesson& lesson : pack.lessons) {
        for (const Page& page : lesson.pages) {
            for (const Block& block : page.blocks) {
                coverage.blockKinds.insert(block.index());
                if (const auto* paragraph = std::get_if<Paragraph>(&block)) countTexts(paragraph->text, coverage);
            }
        }
        for (const Quiz& quiz : lesson.quizzes) cover(quiz, coverage);
        for (const Scenario& scenario : lesson.scenarios) cover(scenario, coverage);
    }
    for (const Quiz& quiz : pack.quizzes) cover(quiz, coverage);
    for (const Scenario& scenario : pack.scenarios) cover(scenario, coverage);
    return coverage;
}

} // namespace

TEST_CASE("generated packs load with no diagnostics at all")
{
    for (const std::size_t size : {std::size_t{1}, std::size_t{200'000}, std::size_t{1'000'000}}) {
        CAPTURE(size);
        const std::string xml = PackGenerator::generate(size);
        const auto result = loadPackFromMemory(xml, "generated.xml", {});
        for (const auto& line : mamori::test::describe(result.diagnostics)) MESSAGE(line);
        REQUIRE(result.ok());
        CHECK(result.diagnostics.empty());
        CHECK_FALSE(result.pack->lessons.empty());
    }
}

TEST_CASE("a generated pack uses every question kind but hotspots, every block but pictures, scenarios, slots and emphasis")
{
    const auto result = loadPackFromMemory(PackGenerator::generate(300'000), "generated.xml", {});
    REQUIRE(result.ok());
    const Coverage coverage = coverageOf(*result.pack);
    // A hotspot needs its picture beside the pack, as a picture block does.
    CHECK(coverage.questionKinds.size() == static_cast<std::size_t>(kQuestionKindCount) - 1);
    CHECK_FALSE(coverage.questionKinds.count(QuestionKind::Hotspot));
    CHECK(coverage.blockKinds == std::set<std::size_t>{0, 1, 2, 3}); // heading, paragraph, list, callout
    CHECK(coverage.scenarios >= 2);
    CHECK(coverage.conditions > 0);
    CHECK(coverage.slots > 0);
    CHECK(coverage.emphasis > 0);
}

TEST_CASE("a generated pack is as large as asked, and never larger than a pack may be")
{
    const std::string small = PackGenerator::generate(1'000'000);
    CHECK(small.size() <= 1'000'000);
    CHECK(small.size() > 900'000);
    // The largest, as load_bench makes it: near the limit, within every count limit, still valid.
    const std::string largest = PackGenerator::generate(limits::kMaxPackFileBytes);
    CHECK(largest.size() <= limits::kMaxPackFileBytes);
    CHECK(largest.size() > limits::kMaxPackFileBytes * 9 / 10);
    const auto result = loadPackFromMemory(largest, "largest.xml", {});
    for (const auto& line : mamori::test::describe(result.diagnostics)) MESSAGE(line);
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
}

TEST_CASE("the generator is deterministic")
{
    CHECK(PackGenerator::generate(100'000) == PackGenerator::generate(100'000));
}
