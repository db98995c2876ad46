// Item analysis for trainers: the view built from item statistics and the shipped tour pack
// (options worded as the pack words them, right ones marked, shares, flagged questions first),
// and its screen drawn headless (sorting, selecting, the question selected, the manager's
// refusal, and the layout at small and large text in both languages).

#include "item_analysis_view.hpp"
#include "layout_check.hpp"
#include "records_frames.hpp"

#include "mamori/lessons/pack_library.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

using namespace mamori;
using namespace mamori::app;
using namespace mamori::test;
using lessons::Language;
using records::ItemStatistics;

namespace {

const lessons::PackLibrary& shippedPacks()
{
    static const lessons::PackLibrary library = lessons::loadPackLibrary(sourceDir() / "lessons" / "packs");
    return library;
}

ItemStatistics item(std::string id, int attempts, double facility, std::optional<double> discrimination,
                    std::map<std::string, int> options)
{
    ItemStatistics s;
    s.questionId = std::move(id);
    s.attempts = attempts;
    s.facility = facility;
    s.discrimination = discrimination;
    s.options = std::move(options);
    s.tooEasy = facility > records::kTooEasyFacility;
    s.tooHard = facility < records::kTooHardFacility;
    s.weakDiscrimination = discrimination && *discrimination < records::kWeakDiscrimination;
    return s;
}

/// The tour quiz's six questions, one the pack no longer has, and a quiz it no longer has.
std::map<std::string, std::vector<ItemStatistics>> tourStatistics()
{
    return {
        {"tour-quiz",
         {
             item("tour-q-confirm", 10, 0.4, -0.05, {{"enter", 4}, {"escape", 5}, {"space", 1}}), // weak
             item("tour-q-kinds", 10, 0.8, 0.45, {{"tip", 9}, {"warning", 8}, {"rule", 7}, {"advert", 2}}),
             item("tour-q-resume", 10, 1.0, std::nullopt, {{"true", 10}}), // too easy
             item("tour-q-steps", 10, 0.6, 0.3, {{"learn", 10}, {"decide", 10}, {"check", 10}}),
             item(
                 "tour-q-boxes", 12, 0.5, 0.2,
                 {{"tip=tip", 8}, {"warning=rule", 3}, {"rule=rule", 5}, {"warning=warning", 6}, {"rule=optional", 1}}),
             item("tour-q-usb", 10, 0.8, std::nullopt, {{"USBメモリ", 6}, {"usb", 2}, {"フラッシュ", 2}}),
             item("tour-q-gone", 1, 0.1, std::nullopt, {{"x", 1}}), // too hard
         }},
        {"old-quiz", {item("old-q", 12, 0.7, 0.5, {{"a", 12}})}},
    };
}

ItemAnalysisView tourView()
{
    return buildItemAnalysis("tour", std::string("1.1.0"), {"1.0.0", "1.1.0"}, tourStatistics(), shippedPacks());
}

const ItemRow& rowOf(const ItemAnalysisView& view, const std::string& questionId)
{
    const auto found =
        std::find_if(view.rows.begin(), view.rows.end(), [&](const ItemRow& r) { return r.questionId == questionId; });
    REQUIRE(found != view.rows.end());
    return *found;
}

const ItemOptionShare& optionOf(const ItemRow& row, const std::string& optionId)
{
    const auto found = std::find_if(row.options.begin(), row.options.end(),
                                    [&](const ItemOptionShare& o) { return o.optionId == optionId; });
    REQUIRE(found != row.options.end());
    return *found;
}

std::vector<std::string> optionIds(const ItemRow& row)
{
    std::vector<std::string> ids;
    for (const ItemOptionShare& o : row.options) ids.push_back(o.optionId);
    return ids;
}

bool flaggedFirst(const ItemAnalysisView& view)
{
    return std::is_partitioned(view.rows.begin(), view.rows.end(), [](const ItemRow& r) { return r.flagged; });
}

std::vector<std::string> questionOrder(const ItemAnalysisView& view, bool flagged)
{
    std::vector<std::string> ids;
    for (const ItemRow& r : view.rows) {
        if (r.flagged == flagged) ids.push_back(r.questionId);
    }
    return ids;
}

constexpr ItemColumn kAllColumns[] = {ItemColumn::Flagged,  ItemColumn::Quiz,     ItemColumn::Question,
                                      ItemColumn::Attempts, ItemColumn::Facility, ItemColumn::Discrimination};

// ---------------------------------------------------------------- the screen

RecordsModel trainerModel(Language language)
{
    RecordsModel model;
    model.access.role = RecordsRole::Trainer;
    model.tab = RecordsTab::Items;
    model.language = language;
    model.choices.packs = {"basics", "tour"};
    model.items = tourView();
    model.selectedQuiz = "tour-quiz";
    model.selectedQuestion = "tour-q-boxes";
    return model;
}

/// The items screen in a window filling the display, as the records view gives it.
void itemsScreen(RecordsUi& r)
{
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("##records", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushFont(r.ui.fonts.body);
    ui::drawRecordsItems(r);
    ImGui::PopFont();
    ImGui::End();
}

/// Frames that click at the centre of `rect`: move there, press, release.
std::function<void(int)> clickAt(WidgetRect rect)
{
    return [rect](int frame) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = rect.centre();
        io.MouseDown[0] = frame == 1;
    };
}

template <typename T> std::vector<T> actionsOf(const std::vector<RecordsAction>& actions)
{
    std::vector<T> out;
    for (const RecordsAction& a : actions) {
        if (const T* found = std::get_if<T>(&a)) out.push_back(*found);
    }
    return out;
}

std::string rowName(const ItemRow& row)
{
    return "items:row:" + row.quizId + "/" + row.questionId;
}

} // namespace

TEST_CASE("item analysis: each option as the pack words it, with the right ones marked and their shares")
{
    const ItemAnalysisView view = tourView();
    CHECK(view.packId == "tour");
    CHECK(view.packTitle.plain(Language::English) == "Getting started with Mamori");
    CHECK(view.version == std::optional<std::string>("1.1.0"));
    CHECK(view.versions == std::vector<std::string>{"1.0.0", "1.1.0"});
    REQUIRE(view.rows.size() == 8);

    const ItemRow& confirm = rowOf(view, "tour-q-confirm");
    CHECK(confirm.quizTitle.plain(Language::Japanese) == "操作の確認クイズ");
    CHECK(confirm.prompt.plain(Language::English) == "Which key confirms your answer?");
    CHECK(confirm.explanation.plain(Language::English) == "Pick with a number key, then confirm with Enter.");
    CHECK(confirm.flagged); // weak discrimination
    CHECK(optionIds(confirm) == std::vector<std::string>{"enter", "escape", "space"});
    CHECK(optionOf(confirm, "enter").text.plain(Language::Japanese) == "Enter キー");
    CHECK(optionOf(confirm, "enter").right);
    CHECK_FALSE(optionOf(confirm, "escape").right);
    CHECK(optionOf(confirm, "escape").chosen == 5);
    CHECK(optionOf(confirm, "escape").share == doctest::Approx(0.5));

    const ItemRow& kinds = rowOf(view, "tour-q-kinds");
    CHECK_FALSE(kinds.flagged);
    CHECK(optionOf(kinds, "rule").right);
    CHECK_FALSE(optionOf(kinds, "advert").right);
    CHECK(optionOf(kinds, "tip").share == doctest::Approx(0.9));

    // True/false: the app's words, from the language-neutral ids; nobody answered "false".
    const ItemRow& resume = rowOf(view, "tour-q-resume");
    CHECK(resume.flagged); // too easy
    CHECK(optionIds(resume) == std::vector<std::string>{"true", "false"});
    CHECK(optionOf(resume, "true").wordKey == "quiz.true");
    CHECK(optionOf(resume, "true").right);
    CHECK(optionOf(resume, "false").wordKey == "quiz.false");
    CHECK_FALSE(optionOf(resume, "false").right);
    CHECK(optionOf(resume, "false").chosen == 0);
    CHECK(optionOf(resume, "false").share == 0.0);

    // Ordering: each step in the right order.
    const ItemRow& steps = rowOf(view, "tour-q-steps");
    CHECK(optionIds(steps) == std::vector<std::string>{"learn", "decide", "check"});
    CHECK(optionOf(steps, "decide").text.plain(Language::English) == "Practise decisions in the scenario");
    CHECK(optionOf(steps, "decide").share == doctest::Approx(1.0));

    // Matching: every right pair, then the other pairings made, the most made first.
    const ItemRow& boxes = rowOf(view, "tour-q-boxes");
    CHECK(optionIds(boxes) ==
          std::vector<std::string>{"tip=tip", "warning=warning", "rule=rule", "warning=rule", "rule=optional"});
    CHECK(optionOf(boxes, "tip=tip").text.plain(Language::Japanese) == "ヒント → 知っておくと役に立つこと");
    CHECK(optionOf(boxes, "tip=tip").right);
    CHECK(optionOf(boxes, "warning=rule").text.plain(Language::English) == "Warning → Something the company requires");
    CHECK_FALSE(optionOf(boxes, "warning=rule").right);
    CHECK(optionOf(boxes, "warning=rule").share == doctest::Approx(0.25));
    CHECK(optionOf(boxes, "rule=optional").text.plain(Language::English) == "Rule → Something you may skip");

    // Short text: the pack's first accepted answer, then what was typed, right when accepted.
    const ItemRow& usb = rowOf(view, "tour-q-usb");
    CHECK(optionIds(usb) == std::vector<std::string>{"USB", "USBメモリ", "usb", "フラッシュ"});
    CHECK(optionOf(usb, "USB").right);
    CHECK(optionOf(usb, "USB").chosen == 0);
    CHECK(optionOf(usb, "USBメモリ").right);
    CHECK(optionOf(usb, "USBメモリ").share == doctest::Approx(0.6));
    CHECK(optionOf(usb, "usb").right); // the grading ignores case
    CHECK_FALSE(optionOf(usb, "フラッシュ").right);
    CHECK(optionOf(usb, "フラッシュ").text.plain(Language::English) == "フラッシュ");

    // A question and a quiz the pack no longer has keep their ids, and their answers by text.
    const ItemRow& gone = rowOf(view, "tour-q-gone");
    CHECK(gone.prompt.plain(Language::Japanese) == "tour-q-gone");
    CHECK(gone.prompt.plain(Language::English) == "tour-q-gone");
    CHECK(gone.explanation.empty());
    CHECK(gone.flagged); // too hard
    REQUIRE(gone.options.size() == 1);
    CHECK(gone.options[0].text.plain(Language::English) == "x");
    CHECK_FALSE(gone.options[0].right);
    CHECK(gone.options[0].share == doctest::Approx(1.0));
    const ItemRow& old = rowOf(view, "old-q");
    CHECK(old.quizTitle.plain(Language::English) == "old-quiz");
    CHECK(old.prompt.plain(Language::English) == "old-q");
}

TEST_CASE("item analysis: flagged questions come first whatever the column and direction")
{
    ItemAnalysisView view = tourView();
    CHECK(view.sortBy == ItemColumn::Flagged);
    CHECK(flaggedFirst(view));
    for (ItemColumn column : kAllColumns) {
        for (bool descending : {false, true}) {
            CAPTURE(static_cast<int>(column));
            CAPTURE(descending);
            sortItemRows(view, column, descending);
            CHECK(flaggedFirst(view));
            CHECK(view.sortBy == column);
            CHECK(view.descending == descending);
        }
    }

    // Then the column; ties by quiz, then question id.
    sortItemRows(view, ItemColumn::Facility, false);
    CHECK(questionOrder(view, true) == std::vector<std::string>{"tour-q-gone", "tour-q-confirm", "tour-q-resume"});
    CHECK(questionOrder(view, false) ==
          std::vector<std::string>{"tour-q-boxes", "tour-q-steps", "old-q", "tour-q-kinds", "tour-q-usb"});
    sortItemRows(view, ItemColumn::Facility, true);
    CHECK(questionOrder(view, false) ==
          std::vector<std::string>{"tour-q-kinds", "tour-q-usb", "old-q", "tour-q-steps", "tour-q-boxes"});

    // No discrimination to judge comes last in both directions.
    sortItemRows(view, ItemColumn::Discrimination, false);
    CHECK(questionOrder(view, false) ==
          std::vector<std::string>{"tour-q-boxes", "tour-q-steps", "tour-q-kinds", "old-q", "tour-q-usb"});
    CHECK(questionOrder(view, true) == std::vector<std::string>{"tour-q-confirm", "tour-q-gone", "tour-q-resume"});
    sortItemRows(view, ItemColumn::Discrimination, true);
    CHECK(questionOrder(view, false) ==
          std::vector<std::string>{"old-q", "tour-q-kinds", "tour-q-steps", "tour-q-boxes", "tour-q-usb"});

    sortItemRows(view, ItemColumn::Attempts, true);
    CHECK(questionOrder(view, false) ==
          std::vector<std::string>{"old-q", "tour-q-boxes", "tour-q-kinds", "tour-q-steps", "tour-q-usb"});

    // Quiz and question follow the pack's order; what it no longer has comes last.
    sortItemRows(view, ItemColumn::Question, false);
    CHECK(questionOrder(view, false) ==
          std::vector<std::string>{"tour-q-kinds", "tour-q-steps", "tour-q-boxes", "tour-q-usb", "old-q"});
    CHECK(questionOrder(view, true) == std::vector<std::string>{"tour-q-confirm", "tour-q-resume", "tour-q-gone"});
    sortItemRows(view, ItemColumn::Quiz, true);
    CHECK(questionOrder(view, false) ==
          std::vector<std::string>{"old-q", "tour-q-boxes", "tour-q-kinds", "tour-q-steps", "tour-q-usb"});
}

TEST_CASE("item analysis screen: flagged rows first, a click selects, the question selected shows its options")
{
    RecordsModel model = trainerModel(Language::Japanese);
    RecordsFrames frames("", shippedPacks(), FrameSetting{ImVec2(1280, 800), 100});
    const auto drawn = frames.draw(model, 2, itemsScreen);
    CHECK(actionsOf<records_action::SortItems>(drawn).empty()); // nothing changed: nothing asked

    // The rows in the view's order, flagged ones at the top.
    const ItemAnalysisView& view = *model.items;
    std::map<std::string, float> tops;
    for (const TrackedWidget& w : frames.probe.widgets()) tops[w.name] = w.rect.min.y;
    float lastTop = -1;
    for (const ItemRow& row : view.rows) {
        CAPTURE(row.questionId);
        REQUIRE(frames.probe.exists(rowName(row)));
        CHECK(tops[rowName(row)] > lastTop);
        lastTop = tops[rowName(row)];
    }
    CHECK(view.rows.front().flagged);

    // The question selected: its figures and prompt, each option with its bar, the explanation.
    CHECK(frames.probe.find("items:selected"));
    for (const char* option : {"tip=tip", "warning=warning", "rule=rule", "warning=rule", "rule=optional"})
        CHECK(frames.probe.exists(std::string("items:option:") + option));
    CHECK(frames.probe.exists("items:explanation"));
    CHECK(frames.probe.find("items:pack"));
    CHECK(frames.probe.find("items:version"));

    // Clicking the first row selects it.
    const ItemRow& first = view.rows.front();
    const auto rect = frames.probe.find(rowName(first));
    REQUIRE(rect);
    const auto clicked = frames.draw(model, 3, itemsScreen, clickAt(*rect));
    const auto selections = actionsOf<records_action::SelectQuestion>(clicked);
    REQUIRE(selections.size() == 1);
    CHECK(selections[0].quizId == first.quizId);
    CHECK(selections[0].questionId == first.questionId);

    // With nothing selected, a hint instead of a question.
    model.selectedQuestion.clear();
    frames.draw(model, 2, itemsScreen);
    CHECK_FALSE(frames.probe.exists("items:selected"));
    CHECK_FALSE(frames.probe.exists("items:explanation"));
}

TEST_CASE("item analysis screen: sorting is asked for only when the trainer clicks a header")
{
    RecordsModel model = trainerModel(Language::English);
    RecordsFrames frames("", shippedPacks(), FrameSetting{ImVec2(1280, 800), 100});
    CHECK(actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen)).empty());

    // Sorted elsewhere (the records script): the table follows without asking again.
    sortItemRows(*model.items, ItemColumn::Attempts, true);
    CHECK(actionsOf<records_action::SortItems>(frames.draw(model, 4, itemsScreen)).empty());

    // A click on the facility header asks once, even while the view has not caught up.
    const auto header = frames.probe.find("items:header:" + std::to_string(static_cast<int>(ItemColumn::Facility)));
    REQUIRE(header);
    auto asked = actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen, clickAt(*header)));
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].column == ItemColumn::Facility);
    CHECK_FALSE(asked[0].descending);
    CHECK(actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen)).empty());

    // The controller applies it; the same header again flips the direction.
    sortItemRows(*model.items, ItemColumn::Facility, false);
    CHECK(actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen)).empty());
    asked = actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen, clickAt(*header)));
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].column == ItemColumn::Facility);
    CHECK(asked[0].descending);
}

TEST_CASE(
    "item analysis screen: at large text in a small window the quiz goes under the question, unless sorted by quiz")
{
    RecordsModel model = trainerModel(Language::English);
    RecordsFrames frames("", shippedPacks(), FrameSetting{ImVec2(1024, 768), 160});
    CHECK(actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen)).empty());
    CHECK_FALSE(frames.probe.exists("items:header:1"));
    CHECK(frames.probe.exists("items:header:2"));

    sortItemRows(*model.items, ItemColumn::Quiz, false);
    CHECK(actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen)).empty());
    CHECK(frames.probe.exists("items:header:1"));
    CHECK(findLayoutProblems(frames.probe).empty());

    sortItemRows(*model.items, ItemColumn::Facility, true);
    CHECK(actionsOf<records_action::SortItems>(frames.draw(model, 3, itemsScreen)).empty());
    CHECK_FALSE(frames.probe.exists("items:header:1"));
}

TEST_CASE("item analysis screen: pack and version choosers, the waiting hint, and the manager's refusal")
{
    RecordsModel model = trainerModel(Language::Japanese);
    model.items.reset();
    RecordsFrames frames("", shippedPacks(), FrameSetting{ImVec2(1280, 800), 100});
    frames.draw(model, 2, itemsScreen);
    CHECK(frames.probe.find("items:pack"));
    CHECK_FALSE(frames.probe.exists("items:version"));
    CHECK_FALSE(frames.probe.exists("items:header:0"));

    // Opening the pack chooser and picking the tour emits OpenItems for every version.
    const auto pack = frames.probe.find("items:pack");
    REQUIRE(pack);
    frames.draw(model, 3, itemsScreen, clickAt(*pack));
    // The list opens under the combo: the tour is its second entry.
    const float entry = ImGui::GetFrameHeight();
    const WidgetRect tour{ImVec2(pack->min.x, pack->max.y + entry * 1.2f),
                          ImVec2(pack->max.x, pack->max.y + entry * 1.8f)};
    const auto opened = actionsOf<records_action::OpenItems>(frames.draw(model, 3, itemsScreen, clickAt(tour)));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].packId == "tour");
    CHECK_FALSE(opened[0].version);

    RecordsModel manager = trainerModel(Language::Japanese);
    manager.access.role = RecordsRole::Manager;
    manager.access.manager = "佐藤";
    frames.draw(manager, 2, itemsScreen);
    CHECK(frames.probe.widgets().empty()); // no chooser, no table, no question
}

TEST_CASE("item analysis screen: nothing overlaps or is cut off at 80 % and 160 %, in Japanese and English")
{
    // 1024 and 1280 at 160 %: the table above the question; 1600 at 80 %: side by side.
    for (const ImVec2 window : {ImVec2(1024, 768), ImVec2(1280, 800), ImVec2(1600, 1000)}) {
        for (const int percent : {80, 160}) {
            for (const Language language : {Language::Japanese, Language::English}) {
                CAPTURE(window.x);
                CAPTURE(percent);
                CAPTURE(static_cast<int>(language));
                RecordsFrames frames("", shippedPacks(), FrameSetting{window, percent});
                for (const char* selected : {"tour-q-boxes", "tour-q-usb", "tour-q-resume", "tour-q-gone"}) {
                    CAPTURE(selected);
                    RecordsModel model = trainerModel(language);
                    model.selectedQuestion = selected;
                    frames.draw(model, 2, itemsScreen);
                    std::ostringstream problems;
                    for (const std::string& problem : findLayoutProblems(frames.probe)) problems << problem << '\n';
                    CHECK_MESSAGE(problems.str().empty(), problems.str());
                    CHECK(frames.probe.exists("items:explanation"));
                    // The rows scroll inside the table: the window itself never needs to.
                    for (const TrackedWidget& w : frames.probe.widgets()) CHECK(w.rect.max.x <= window.x);
                }
            }
        }
    }
}
