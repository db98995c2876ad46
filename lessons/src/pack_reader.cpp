#include "pack_reader.hpp"

#include "asset_check.hpp"
#include "did_you_mean.hpp"
#include "mamori/lessons/limits.hpp"
#include "quiz_reader.hpp"
#include "inbox_reader.hpp"
#include "scenario_reader.hpp"
#include "text_reader.hpp"
#include "words.hpp"

#include <algorithm>

namespace mamori::lessons::detail {
namespace {

/// The format version this build reads.
constexpr int kFormatVersion = 1;

std::vector<Narration> readNarration(const XMLElement& element, ReadContext& context, const std::string& pageId)
{
    context.checkStructure(element);
    std::vector<Narration> narration;
    bool any = false;
    for (Language language : kAllLanguages) {
        const std::string code(languageCode(language));
        if (!element.Attribute(code.c_str())) continue;
        any = true;
        if (std::find(context.languages.begin(), context.languages.end(), language) == context.languages.end()) {
            context.reportUndeclaredLanguage(element, language);
            continue;
        }
        if (auto file = checkAsset(element, code.c_str(), AssetKind::Audio, context)) {
            narration.push_back({language, element.Attribute(code.c_str()), *file});
        }
    }
    if (!any) {
        context.error(element, "missing-attribute", "<narration> needs an audio file for at least one language, e.g. ja=\"audio/" +
                                                        (pageId.empty() ? std::string("page") : pageId) + "-ja.ogg\"");
        return narration;
    }
    for (Language language : context.languages) {
        if (!element.Attribute(std::string(languageCode(language)).c_str())) {
            context.warning(element, "missing-narration",
                            "page '" + pageId + "' has no " + std::string(languageEnglishName(language)) + " (" +
                                std::string(languageCode(language)) + ") narration");
        }
    }
    return narration;
}

Image readImage(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    Image image;
    image.source = context.text(element, "src").value_or("");
    if (auto file = checkAsset(element, "src", AssetKind::Image, context)) image.file = *file;
    image.width = context.integer(element, "width", 16, 4096).value_or(0);
    image.alt = readOptionalText(element, "alt", context);
    image.caption = readOptionalText(element, "caption", context);
    return image;
}

std::optional<Block> readBlock(const XMLElement& element, ReadContext& context)
{
    const std::string_view name = element.Name();
    if (name == "heading") return Heading{readText(element, context)};
    if (name == "p") return Paragraph{readText(element, context)};
    if (name == "callout") {
        const auto kind = context.choice<CalloutKind>(
            element, "type", {{"tip", CalloutKind::Tip}, {"warning", CalloutKind::Warning}, {"rule", CalloutKind::Rule}});
        return Callout{kind.value_or(CalloutKind::Tip), readText(element, context)};
    }
    if (name == "list") {
        context.checkStructure(element);
        List list;
        list.style = context.choice<ListStyle>(element, "type", {{"bullet", ListStyle::Bullet}, {"numbered", ListStyle::Numbered}})
                         .value_or(ListStyle::Bullet);
        ReadContext::forEach(element, "item", [&](const XMLElement& item) { list.items.push_back(readText(item, context)); });
        return list;
    }
    if (name == "image") return readImage(element, context);
    return std::nullopt;  // not a block; checkStructure of the page reported it
}

Page readPage(const XMLElement& element, ReadContext& context)
{
    context.checkStructure(element);
    Page page;
    page.line = element.GetLineNum();
    page.id = context.id(element);
    page.title = readOptionalText(element, "title", context);
    if (const XMLElement* narration = ReadContext::child(element, "narration")) {
        page.narration = readNarration(*narration, context, page.id);
    }
    ReadContext::forEachElement(element, [&](const XMLElement& e) {
        if (auto block = readBlock(e, context)) page.blocks.push_back(std::move(*block));
    });
    return page;
}

/// Ids shared by everything a learner can open from the catalog, and counts per kind.
struct PackScope {
    IdRegistry activityIds{"lesson, quiz, scenario or inbox"};
    IdRegistry questionIds{"question"};
    int lessons = 0;
    int quizzes = 0;
    int scenarios = 0;
    int inboxes = 0;

    /// Registered before the element's content is read, so "first used on line" points up the file.
    void registerId(const XMLElement& e, ReadContext& context)
    {
        const char* id = e.Attribute("id");
        if (id) activityIds.add(id, e.GetLineNum(), context.diagnostics);
    }

    void countAndCheck(const XMLElement& e, ReadContext& context)
    {
        const std::string_view name = e.Name();
        auto over = [&](int& count, int max, const char* what) {
            if (++count == max + 1) {
                context.error(e, "too-many", "a pack may hold at most " + std::to_string(max) + " " + what);
            }
        };
        if (name == "lesson") over(lessons, limits::kMaxLessons, "lessons");
        if (name == "quiz") over(quizzes, limits::kMaxQuizzes, "quizzes");
        if (name == "scenario") over(scenarios, limits::kMaxScenarios, "scenarios");
        if (name == "inbox") over(inboxes, limits::kMaxInboxes, "inbox exercises");
    }
};

/// Reads the quizzes, scenarios and inbox exercises among `parent`'s children into the given lists.
void readChecks(const XMLElement& parent, ReadContext& context, PackScope& scope, std::vector<Quiz>& quizzes,
                std::vector<Scenario>& scenarios, std::vector<Inbox>& inboxes)
{
    ReadContext::forEachElement(parent, [&](const XMLElement& e) {
        const std::string_view name = e.Name();
        if (name != "quiz" && name != "scenario" && name != "inbox") return;
        scope.countAndCheck(e, context);
        scope.registerId(e, context);
        if (name == "quiz") quizzes.push_back(readQuiz(e, context, scope.questionIds));
        else if (name == "scenario") scenarios.push_back(readScenario(e, context));
        else inboxes.push_back(readInbox(e, context));
    });
}

Lesson readLesson(const XMLElement& element, ReadContext& context, PackScope& scope)
{
    context.checkStructure(element);
    Lesson lesson;
    lesson.line = element.GetLineNum();
    lesson.id = context.id(element);
    lesson.minutes = context.integer(element, "minutes", 1, limits::kMaxMinutes);
    lesson.title = readOptionalText(element, "title", context);
    lesson.description = readOptionalText(element, "description", context);
    IdRegistry pageIds("page");
    ReadContext::forEach(element, "page", [&](const XMLElement& e) {
        lesson.pages.push_back(readPage(e, context));
        pageIds.add(lesson.pages.back().id, e.GetLineNum(), context.diagnostics);
    });
    readChecks(element, context, scope, lesson.quizzes, lesson.scenarios, lesson.inboxes);
    return lesson;
}

} // namespace

std::vector<Language> readLanguages(const XMLElement& root, ReadContext& context)
{
    std::vector<Language> languages;
    const char* raw = root.Attribute("languages");
    if (!raw) {
        context.languagesUncertain = true;
        return languages;
    }
    const int line = attributeLine(root, "languages");
    std::vector<std::string_view> known;
    for (Language l : kAllLanguages) known.push_back(languageCode(l));
    for (const std::string_view code : Words(raw)) {
        const auto language = languageFromCode(code);
        if (!language) {
            std::string message = "unknown language '" + std::string(code.substr(0, 32)) + "' in 'languages'; Mamori knows 'ja' and 'en'";
            if (auto suggestion = closestName(code, known)) message += "; did you mean '" + std::string(*suggestion) + "'?";
            context.diagnostics.error(line, "unknown-language", std::move(message));
            context.languagesUncertain = true;
        } else if (std::find(languages.begin(), languages.end(), *language) != languages.end()) {
            context.diagnostics.error(line, "duplicate-language", "language '" + std::string(code) + "' is listed twice in 'languages'");
        } else {
            languages.push_back(*language);
        }
    }
    if (languages.empty() && context.diagnostics.errorCount() == 0) {
        context.diagnostics.error(line, "unknown-language", "'languages' must list at least one language, such as \"ja en\"");
    }
    return languages;
}

Pack readPack(const XMLElement& root, ReadContext& context)
{
    Pack pack;
    context.languages = readLanguages(root, context);
    pack.languages = context.languages;
    context.checkStructure(root);
    pack.id = context.id(root);
    pack.version = context.text(root, "version").value_or("");
    if (root.Attribute("version") && (pack.version.empty() || pack.version.size() > 32 || hasXmlSpace(pack.version))) {
        context.diagnostics.error(attributeLine(root, "version"), "bad-version",
                                  "'version' must be 1 to 32 characters without spaces, such as \"1.2.0\"");
    }
    if (const auto format = context.integer(root, "format", 1, 1000)) {
        pack.format = *format;
        if (*format > kFormatVersion) {
            context.diagnostics.error(attributeLine(root, "format"), "unsupported-format",
                                      "the pack uses format " + std::to_string(*format) +
                                          ", but this version of Mamori reads format " + std::to_string(kFormatVersion) +
                                          "; update Mamori to open it");
        }
    }
    pack.minutes = context.integer(root, "minutes", 1, limits::kMaxMinutes);
    pack.title = readOptionalText(root, "title", context);
    pack.description = readOptionalText(root, "description", context);

    PackScope scope;
    ReadContext::forEach(root, "lesson", [&](const XMLElement& e) {
        scope.countAndCheck(e, context);
        scope.registerId(e, context);
        pack.lessons.push_back(readLesson(e, context, scope));
    });
    readChecks(root, context, scope, pack.quizzes, pack.scenarios, pack.inboxes);
    return pack;
}

} // namespace mamori::lessons::detail
