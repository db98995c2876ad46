#include "kinds/kind_reader.hpp"

namespace mamori::lessons::detail {

// One bundle per kind, each in its own file (kinds/<kind>_reader.cpp).
const KindReader& singleChoiceReader();
const KindReader& multipleResponseReader();
const KindReader& trueFalseReader();
const KindReader& orderingReader();
const KindReader& matchingReader();
const KindReader& shortTextReader();
const KindReader& hotspotReader();

const KindReader& kindReader(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::SingleChoice: return singleChoiceReader();
    case QuestionKind::MultipleResponse: return multipleResponseReader();
    case QuestionKind::TrueFalse: return trueFalseReader();
    case QuestionKind::Ordering: return orderingReader();
    case QuestionKind::Matching: return matchingReader();
    case QuestionKind::ShortText: return shortTextReader();
    case QuestionKind::Hotspot: return hotspotReader();
    }
    // Not a kind (past the last one): no element, so no pack can name it. The kinds test asks
    // for the one past the last to check that kQuestionKindCount has kept up.
    static const KindReader none{};
    return none;
}

std::optional<QuestionKind> kindOfElement(std::string_view name)
{
    for (QuestionKind kind : kAllQuestionKinds) {
        if (kindReader(kind).element == name) return kind;
    }
    return std::nullopt;
}

int childLine(const XMLElement& parent, const char* name, const std::string& id)
{
    for (const XMLElement* e = parent.FirstChildElement(name); e; e = e->NextSiblingElement(name)) {
        const char* value = e->Attribute("id");
        if (value && id == value) return e->GetLineNum();
    }
    return parent.GetLineNum();
}

} // namespace mamori::lessons::detail
