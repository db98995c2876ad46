// Each question kind has one reader bundle (lessons/src/kinds), found by kind: its element is
// its own, the format's tables know it and its parts, and the list of kinds holds them all.

#include "element_rules.hpp"
#include "kinds/kind_reader.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace mamori::lessons;
using namespace mamori::lessons::detail;

TEST_CASE("every kind has a reader with an element of its own, found back by its name")
{
    std::set<std::string_view> elements;
    for (QuestionKind kind : kAllQuestionKinds) {
        const KindReader& reader = kindReader(kind);
        CAPTURE(std::string(reader.element));
        CHECK_FALSE(reader.element.empty());
        const bool hasFunctions = reader.readKey && reader.visitTexts;
        CHECK(hasFunctions);
        CHECK(elements.insert(reader.element).second);
        CHECK(questionKindName(kind) == reader.element);
        CHECK(kindOfElement(reader.element) == kind);
    }
    CHECK_FALSE(kindOfElement("quiz"));
    CHECK_FALSE(kindOfElement(""));
}

TEST_CASE("kAllQuestionKinds reaches the last kind: one past it has no reader")
{
    // A kind added after the last one without moving kQuestionKindCount would have one here.
    CHECK(kindReader(static_cast<QuestionKind>(kQuestionKindCount)).element.empty());
}

TEST_CASE("the format's tables hold every kind's element and the elements of its answers")
{
    const ElementRule* quiz = findElementRule("quiz");
    REQUIRE(quiz);
    for (QuestionKind kind : kAllQuestionKinds) {
        const KindReader& reader = kindReader(kind);
        CAPTURE(std::string(reader.element));
        CHECK(childSlotOf(*quiz, reader.element) >= 0);
        const ElementRule* rule = findElementRule(reader.element);
        REQUIRE(rule);
        for (const ChildSlot& slot : reader.answerSlots) {
            for (std::string_view child : slot.names) CHECK(childSlotOf(*rule, child) >= 0);
        }
        for (const ElementRule& part : reader.partRules) CHECK(findElementRule(part.name));
    }
}
