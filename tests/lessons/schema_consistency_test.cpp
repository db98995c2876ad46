// The loader's element table and lessons/schema/lessonpack.xsd describe the same format.

#include "element_rules.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <tinyxml2.h>

#include <set>
#include <string>

using namespace mamori::lessons::detail;

namespace {

struct SchemaNames {
    std::set<std::string> elements;
    std::set<std::string> attributes;
};

void collect(const tinyxml2::XMLElement& element, SchemaNames& names)
{
    const std::string tag = element.Name();
    if (const char* name = element.Attribute("name")) {
        if (tag == "xs:element") names.elements.insert(name);
        if (tag == "xs:attribute") names.attributes.insert(name);
    }
    for (const auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement()) collect(*child, names);
}

SchemaNames schemaNames()
{
    tinyxml2::XMLDocument schema;
    const auto path = mamori::test::sourceDir() / "lessons" / "schema" / "lessonpack.xsd";
    REQUIRE(schema.LoadFile(path.string().c_str()) == tinyxml2::XML_SUCCESS);
    SchemaNames names;
    collect(*schema.RootElement(), names);
    return names;
}

} // namespace

TEST_CASE("every element the loader knows is declared in the schema, and no other")
{
    const SchemaNames schema = schemaNames();
    std::set<std::string> loader{"ja", "en", "em", "strong", "slot", "phrase"};  // texts' parts, which have no rule of their own
    for (const ElementRule& rule : allElementRules()) loader.insert(std::string(rule.name));
    for (const std::string& name : loader) {
        CAPTURE(name);
        CHECK(schema.elements.count(name) == 1);
    }
    for (const std::string& name : schema.elements) {
        CAPTURE(name);
        CHECK(loader.count(name) == 1);
    }
}

TEST_CASE("every attribute the loader knows is declared in the schema, and no other")
{
    const SchemaNames schema = schemaNames();
    std::set<std::string> loader;
    for (const ElementRule& rule : allElementRules()) {
        for (const AttributeRule& attribute : rule.attributes) loader.insert(std::string(attribute.name));
    }
    loader.insert("key");  // of the inline <slot>, read with the texts
    CHECK(loader == schema.attributes);
}
