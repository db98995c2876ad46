// The format tables and their index.

#include "element_rules.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

using namespace mamori::lessons::detail;

TEST_CASE("every rule of both formats is found by its name, and nothing else is")
{
    for (const ElementRules* rules : {&allElementRules(), &organisationElementRules()}) {
        for (const ElementRule& rule : *rules) {
            CAPTURE(std::string(rule.name));
            CHECK(rules->find(rule.name) == &rule);
            CHECK(&*(rules->begin() + static_cast<long>(rules->indexOf(rule))) == &rule);
        }
        for (const char* name : {"", "ja", "en", "em", "strong", "b", "pagee", "Page", "quiz "}) {
            CAPTURE(name);
            CHECK(rules->find(name) == nullptr);
        }
    }
    CHECK(findElementRule("quiz") == allElementRules().find("quiz"));
    CHECK(organisationElementRules().find("quiz") == nullptr);
}

TEST_CASE("a child's slot is the one of its rule that names it")
{
    const ElementRule& page = *findElementRule("page");
    CHECK(childSlotOf(page, "title") == 0);
    CHECK(childSlotOf(page, "narration") == 1);
    CHECK(childSlotOf(page, "callout") == 2);
    CHECK(childSlotOf(page, "lesson") == -1);
}

TEST_CASE("a table that breaks the index's assumptions is refused when it is built")
{
    CHECK_THROWS_AS(ElementRules({{"a", {}, {}}, {"a", {}, {}}}), std::logic_error);
    std::vector<ChildSlot> slots(kMaxChildSlots + 1, ChildSlot{{"x"}, 0, 1});
    CHECK_THROWS_AS(ElementRules({{"wide", {}, slots}}), std::logic_error);
}
