// The author mode's scenario map: the view built from the shipped packs' scenarios and from
// small scenarios made in memory (arrows, marks, layers, places), and the widget drawn headless
// with the real fonts (a click opens a box; no box lies over another at any text size).

#include "scenario_map.hpp"
#include "scenario_map_widget.hpp"
#include "fonts.hpp"
#include "shown_characters.hpp"
#include "test_support.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/lessons/scenario_graph.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <set>

using namespace mamori::app;
using namespace mamori::test;
using mamori::lessons::Language;
using mamori::lessons::Outcome;
namespace lessons = mamori::lessons;

namespace {

const lessons::PackLibrary& shippedLibrary()
{
    static const lessons::PackLibrary library = lessons::loadPackLibrary(sourceDir() / "lessons" / "packs");
    return library;
}

/// Every scenario of the shipped packs, in lessons and at pack level.
std::vector<const lessons::Scenario*> shippedScenarios()
{
    std::vector<const lessons::Scenario*> all;
    for (const auto& pack : shippedLibrary().packs) {
        for (const auto& lesson : pack->lessons) {
            for (const auto& scenario : lesson.scenarios) all.push_back(&scenario);
        }
        for (const auto& scenario : pack->scenarios) all.push_back(&scenario);
    }
    return all;
}

lessons::LocalizedText words(const std::string& ja, const std::string& en)
{
    lessons::LocalizedText text;
    text.set(Language::Japanese, lessons::RichText{{lessons::Span(ja)}});
    text.set(Language::English, lessons::RichText{{lessons::Span(en)}});
    return text;
}

lessons::ScenarioOption option(const std::string& id, const std::string& target, int score = 0,
                               std::vector<std::string> sets = {}, std::vector<lessons::ConditionalGoto> conditions = {})
{
    lessons::ScenarioOption o;
    o.id = id;
    o.text = words("選択肢 " + id, "option " + id);
    o.target = target;
    o.scoreChange = score;
    o.setsFlags = std::move(sets);
    o.conditions = std::move(conditions);
    return o;
}

lessons::ScenarioNode node(const std::string& id, std::vector<lessons::ScenarioOption> options)
{
    lessons::ScenarioNode n;
    n.id = id;
    n.situation = words("場面 " + id + " の説明がここに入ります。", "Situation " + id + ", described at some length here.");
    n.options = std::move(options);
    return n;
}

lessons::ScenarioEnding ending(const std::string& id, Outcome outcome)
{
    lessons::ScenarioEnding e;
    e.id = id;
    e.outcome = outcome;
    e.title = words("結末 " + id, "Ending " + id);
    return e;
}

/// start → (a: +2 sets "warned") → mid → good
///       → (b: −1; when warned → bad, when not "warned" → loop) → trap ⇄ trap2 (never finish)
///  mid → (c) → nowhere (an unknown place);  mid → (d) → good
///  lost (unreachable) → good;  ok (acceptable ending) reachable through mid's option e
lessons::Scenario smallScenario()
{
    lessons::Scenario s;
    s.id = "small";
    s.start = "start";
    s.passScore = 2;
    lessons::ConditionalGoto warned{{"warned"}, {}, "bad", 0};
    lessons::ConditionalGoto notWarned{{}, {"warned"}, "trap", 0};
    s.nodes.push_back(node("start", {option("a", "mid", 2, {"warned"}), option("b", "trap", -1, {}, {warned, notWarned})}));
    s.nodes.push_back(node("mid", {option("c", "nowhere"), option("d", "good", 1), option("e", "ok")}));
    s.nodes.push_back(node("trap", {option("f", "trap2")}));
    s.nodes.push_back(node("trap2", {option("g", "trap")}));
    s.nodes.push_back(node("lost", {option("h", "good")}));
    s.endings.push_back(ending("good", Outcome::Good));
    s.endings.push_back(ending("ok", Outcome::Acceptable));
    s.endings.push_back(ending("bad", Outcome::Bad));
    return s;
}

const MapBox& box(const ScenarioMapView& view, const std::string& id)
{
    const auto index = view.find(id);
    REQUIRE_MESSAGE(index.has_value(), id);
    return view.boxes[*index];
}

/// Checks that hold for every map: one arrow per goto, the graph's marks, BFS rows, distinct places.
void checkMap(const lessons::Scenario& scenario, const ScenarioMapView& view)
{
    CAPTURE(scenario.id);
    const lessons::ScenarioGraph graph(scenario);
    const auto reachable = graph.reachableFromStart();
    const auto finishing = graph.canReachEnding();

    // One box per place, then one per unknown destination.
    std::set<std::string> unknown;
    for (const auto& u : graph.unknownDestinations()) unknown.insert(std::string(u.target));
    REQUIRE(view.boxes.size() == graph.placeCount() + unknown.size());
    for (std::size_t place = 0; place < graph.placeCount(); ++place) {
        const MapBox& b = view.boxes[place];
        CAPTURE(b.id);
        CHECK(b.id == graph.idOf(place));
        CHECK(b.unreachable == !reachable[place]);
        CHECK(b.start == (b.id == scenario.start));
        if (graph.isNode(place)) {
            CHECK(b.kind == MapBoxKind::Node);
            CHECK(b.deadEnd == !finishing[place]);
            CHECK_FALSE(b.outcome.has_value());
        } else {
            CHECK(b.kind == MapBoxKind::Ending);
            REQUIRE(b.outcome.has_value());
            CHECK(*b.outcome == scenario.ending(b.id)->outcome);
        }
        CHECK_FALSE(b.excerpt.empty());
    }

    // Every option's goto and every <when>'s goto is an arrow, conditional ones with their flags.
    std::size_t expected = 0;
    std::size_t index = 0;
    for (const auto& n : scenario.nodes) {
        for (const auto& o : n.options) {
            auto expect = [&](const std::string& target, const lessons::ConditionalGoto* condition) {
                if (target.empty()) return;
                ++expected;
                REQUIRE(index < view.arrows.size());
                const MapArrow& a = view.arrows[index++];
                CHECK(view.boxes[a.from].id == n.id);
                CHECK(view.boxes[a.to].id == target);
                CHECK(a.optionId == o.id);
                CHECK(a.score == o.scoreChange);
                CHECK(a.flagsSet == o.setsFlags);
                CHECK(a.conditional == (condition != nullptr));
                CHECK(a.unknownTarget == (unknown.count(target) > 0));
                if (condition) {
                    CHECK(a.requiredSet == condition->requiredSet);
                    CHECK(a.requiredUnset == condition->requiredUnset);
                } else {
                    CHECK(a.requiredSet.empty());
                    CHECK(a.requiredUnset.empty());
                }
            };
            expect(o.target, nullptr);
            for (const auto& c : o.conditions) expect(c.target, &c);
        }
    }
    CHECK(view.arrows.size() == expected);

    // Rows follow the depth from the start: the start on top, every reachable place one row
    // below the shallowest place leading to it, the unreachable ones together in the last row.
    int lastReachableRow = -1;
    for (const MapBox& b : view.boxes) {
        if (!b.unreachable) lastReachableRow = std::max(lastReachableRow, b.row);
    }
    for (std::size_t i = 0; i < graph.placeCount(); ++i) {
        const MapBox& b = view.boxes[i];
        CAPTURE(b.id);
        if (b.unreachable) {
            CHECK(b.row == lastReachableRow + 1);
            continue;
        }
        if (b.start) {
            CHECK(b.row == 0);
            continue;
        }
        int shallowest = 1 << 20;
        for (const MapArrow& a : view.arrows) {
            if (a.to == i && !view.boxes[a.from].unreachable) shallowest = std::min(shallowest, view.boxes[a.from].row);
        }
        CHECK(b.row == shallowest + 1);
    }

    // No two boxes share a place; the rows list every box once, left to right.
    std::set<std::pair<int, float>> places;
    std::size_t listed = 0;
    for (std::size_t r = 0; r < view.rows.size(); ++r) {
        float previous = -1;
        for (std::size_t i : view.rows[r]) {
            CHECK(view.boxes[i].row == static_cast<int>(r));
            CHECK(view.boxes[i].column > previous);
            CHECK(view.boxes[i].column >= 0);
            CHECK(view.boxes[i].column <= view.columns - 1);
            previous = view.boxes[i].column;
            ++listed;
        }
    }
    CHECK(listed == view.boxes.size());
    for (const MapBox& b : view.boxes) CHECK(places.insert({b.row, b.column}).second);
}

/// Crossings between arrows joining neighbouring rows, as a reader of the map would count them.
int crossingsOf(const ScenarioMapView& view)
{
    int count = 0;
    for (std::size_t i = 0; i < view.arrows.size(); ++i) {
        for (std::size_t j = i + 1; j < view.arrows.size(); ++j) {
            const MapBox& a0 = view.boxes[view.arrows[i].from];
            const MapBox& a1 = view.boxes[view.arrows[i].to];
            const MapBox& b0 = view.boxes[view.arrows[j].from];
            const MapBox& b1 = view.boxes[view.arrows[j].to];
            if (a1.row != a0.row + 1 || b1.row != b0.row + 1 || a0.row != b0.row) continue;
            if ((a0.column - b0.column) * (a1.column - b1.column) < 0) ++count;
        }
    }
    return count;
}

// ---------------------------------------------------------------- drawing headless

class NoTextures final : public TextureSource {
public:
    std::optional<Texture> get(const std::filesystem::path&) override { return std::nullopt; }
};

/// An ImGui context with the real fonts for the shipped packs' words at `textPercent`, and a
/// window filling the display that holds the map.
class MapFrames {
public:
    MapFrames(int textPercent, Language language, ImVec2 display = ImVec2(1180, 800))
        : scale_(static_cast<float>(textPercent) / 100.0f)
    {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = display;
        io.IniFilename = nullptr;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
        std::vector<std::string> problems;
        strings_ = UiStrings::load(sourceDir() / "assets" / "lang", problems);
        FontReport report;
        fonts_ = buildFonts(charactersShown(shippedLibrary(), strings_), scale_, report);
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        palette_ = applyTheme(Theme::Light, scale_);
        model_.settings.language = language;
    }
    MapFrames(const MapFrames&) = delete;
    MapFrames& operator=(const MapFrames&) = delete;
    ~MapFrames() { ImGui::DestroyContext(); }

    /// One frame; returns what the map returned.
    std::optional<std::string> frame(const ScenarioMapView& view, const std::string& selected = "")
    {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60;
        ImGui::NewFrame();
        probe.beginFrame();
        std::vector<Action> actions;
        UiContext ui{model_, strings_, fonts_, palette_, textures_, probe, NarrationState::Stopped, "", scale_, {}, actions};
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("author", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        auto chosen = ui::drawScenarioMap(ui, view, selected);
        ImGui::End();
        ImGui::Render();
        return chosen;
    }

    /// Clicks the point: moves there, presses and releases the left button over three frames.
    std::optional<std::string> click(const ScenarioMapView& view, ImVec2 at)
    {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        auto first = frame(view);
        io.MouseDown[0] = true;
        auto second = frame(view);
        io.MouseDown[0] = false;
        auto third = frame(view);
        return first ? first : second ? second : third;
    }

    /// Presses and releases `key` over two frames; returns what either frame returned.
    std::optional<std::string> press(const ScenarioMapView& view, int key)
    {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[key] = true;
        auto first = frame(view);
        io.KeysDown[key] = false;
        auto second = frame(view);
        return first ? first : second;
    }

    /// The boxes the frame just drawn tracked.
    std::vector<TrackedWidget> boxes() const
    {
        std::vector<TrackedWidget> found;
        for (const TrackedWidget& w : probe.widgets()) {
            if (w.name.rfind("map:node:", 0) == 0) found.push_back(w);
        }
        return found;
    }

    WidgetProbe probe;

private:
    float scale_;
    AppModel model_;
    UiStrings strings_;
    Fonts fonts_;
    Palette palette_{};
    NoTextures textures_;
};

bool overlap(const WidgetRect& a, const WidgetRect& b)
{
    return a.min.x < b.max.x - 0.5f && b.min.x < a.max.x - 0.5f && a.min.y < b.max.y - 0.5f && b.min.y < a.max.y - 0.5f;
}

} // namespace

TEST_CASE("the scenario map of every shipped scenario has an arrow per goto, the graph's marks and distinct places")
{
    const auto scenarios = shippedScenarios();
    REQUIRE(scenarios.size() >= 5);
    for (const lessons::Scenario* scenario : scenarios) {
        const ScenarioMapView view = buildScenarioMap(*scenario);
        checkMap(*scenario, view);
        CHECK(view.scenarioId == scenario->id);
        CHECK(view.passScore == scenario->passScore);
        // The shipped scenarios are sound: the start reaches everything and everything finishes.
        for (const MapBox& b : view.boxes) {
            CAPTURE(b.id);
            CHECK_FALSE(b.unreachable);
            CHECK_FALSE(b.deadEnd);
            CHECK(b.kind != MapBoxKind::Missing);
        }
        // Some of them branch on flags: those arrows are dashed and say which flags.
        // The same scenario always gives the same map.
        const ScenarioMapView again = buildScenarioMap(*scenario);
        REQUIRE(again.boxes.size() == view.boxes.size());
        for (std::size_t i = 0; i < view.boxes.size(); ++i) {
            CHECK(again.boxes[i].row == view.boxes[i].row);
            CHECK(again.boxes[i].column == view.boxes[i].column);
        }
        CHECK(again.rows == view.rows);
    }
    int conditional = 0;
    for (const lessons::Scenario* scenario : scenarios) {
        for (const MapArrow& a : buildScenarioMap(*scenario).arrows) {
            if (a.conditional) {
                ++conditional;
                CHECK(a.requiredSet.size() + a.requiredUnset.size() > 0);
            }
        }
    }
    CHECK(conditional > 0);
}

TEST_CASE("a small scenario's map marks unreachable places, dead ends, unknown destinations and outcomes")
{
    const lessons::Scenario scenario = smallScenario();
    const ScenarioMapView view = buildScenarioMap(scenario);
    checkMap(scenario, view);

    CHECK(box(view, "start").start);
    CHECK(box(view, "start").row == 0);
    CHECK_FALSE(box(view, "start").deadEnd);
    CHECK(box(view, "lost").unreachable);
    CHECK_FALSE(box(view, "lost").deadEnd);   // it leads to an ending, but nothing leads to it
    CHECK(box(view, "trap").deadEnd);
    CHECK(box(view, "trap2").deadEnd);
    CHECK_FALSE(box(view, "trap").unreachable);
    CHECK(box(view, "good").outcome == Outcome::Good);
    CHECK(box(view, "ok").outcome == Outcome::Acceptable);
    CHECK(box(view, "bad").outcome == Outcome::Bad);
    CHECK(box(view, "bad").kind == MapBoxKind::Ending);

    // The unknown destination is a box of its own, and the arrow to it is marked.
    const MapBox& nowhere = box(view, "nowhere");
    CHECK(nowhere.kind == MapBoxKind::Missing);
    CHECK_FALSE(nowhere.unreachable);
    int toNowhere = 0;
    for (const MapArrow& a : view.arrows) {
        if (view.boxes[a.to].id == "nowhere") {
            ++toNowhere;
            CHECK(a.unknownTarget);
            CHECK(a.optionId == "c");
        }
    }
    CHECK(toNowhere == 1);

    // Option b: its own arrow and two conditional ones, dashed, with the flags they test.
    std::vector<const MapArrow*> fromB;
    for (const MapArrow& a : view.arrows) {
        if (a.optionId == "b") fromB.push_back(&a);
    }
    REQUIRE(fromB.size() == 3);
    CHECK_FALSE(fromB[0]->conditional);
    CHECK(fromB[0]->score == -1);
    CHECK(view.boxes[fromB[0]->to].id == "trap");
    CHECK(fromB[1]->conditional);
    CHECK(fromB[1]->requiredSet == std::vector<std::string>{"warned"});
    CHECK(view.boxes[fromB[1]->to].id == "bad");
    CHECK(fromB[2]->conditional);
    CHECK(fromB[2]->requiredUnset == std::vector<std::string>{"warned"});
    const MapArrow& a = view.arrows.front();
    CHECK(a.optionId == "a");
    CHECK(a.score == 2);
    CHECK(a.flagsSet == std::vector<std::string>{"warned"});

    // Depths: start 0; mid, trap, bad 1; trap2, good, ok, nowhere 2; lost in a last row.
    CHECK(box(view, "mid").row == 1);
    CHECK(box(view, "trap").row == 1);
    CHECK(box(view, "bad").row == 1);
    CHECK(box(view, "trap2").row == 2);
    CHECK(box(view, "good").row == 2);
    CHECK(box(view, "nowhere").row == 2);
    CHECK(box(view, "lost").row == 3);
    CHECK(view.rows.size() == 4);
    CHECK(view.flagsNeverSet.empty());
}

TEST_CASE("the scenario map's layers follow the depth from the start, not the longest path")
{
    lessons::Scenario s;
    s.id = "chain";
    s.start = "a";
    s.nodes.push_back(node("a", {option("long", "b"), option("short", "end")}));
    s.nodes.push_back(node("b", {option("on", "c")}));
    s.nodes.push_back(node("c", {option("back", "a"), option("done", "end")}));
    s.endings.push_back(ending("end", Outcome::Good));
    const ScenarioMapView view = buildScenarioMap(s);
    checkMap(s, view);
    CHECK(box(view, "a").row == 0);
    CHECK(box(view, "b").row == 1);
    CHECK(box(view, "end").row == 1);
    CHECK(box(view, "c").row == 2);
}

TEST_CASE("the scenario map orders a row to avoid crossings when the first order has them")
{
    // Found breadth first, row 2 is a, c (from x) then b (from y); y also leads to a, so y→a
    // crosses x→c. Moving a between c and b (the mean of x and y) removes the crossing.
    lessons::Scenario s;
    s.id = "cross";
    s.start = "root";
    s.nodes.push_back(node("root", {option("1", "x"), option("2", "y")}));
    s.nodes.push_back(node("x", {option("1", "a"), option("2", "c")}));
    s.nodes.push_back(node("y", {option("1", "b"), option("2", "a")}));
    for (const char* id : {"a", "b", "c"}) s.nodes.push_back(node(id, {option("1", "end")}));
    s.endings.push_back(ending("end", Outcome::Good));
    const ScenarioMapView view = buildScenarioMap(s);
    checkMap(s, view);
    CHECK(crossingsOf(view) == 0);
    CHECK(box(view, "c").column < box(view, "a").column);
    CHECK(box(view, "a").column < box(view, "b").column);
}

TEST_CASE("the map of a scenario whose start is missing puts every place in one row, all unreachable")
{
    lessons::Scenario s = smallScenario();
    s.start = "no-such-node";
    const ScenarioMapView view = buildScenarioMap(s);
    checkMap(s, view);
    for (const MapBox& b : view.boxes) {
        if (b.kind != MapBoxKind::Missing) {
            CHECK(b.unreachable);
            CHECK(b.row == 0);
        }
    }
}

TEST_CASE("the map widget opens the box clicked, and Tab then Enter opens a box from the keyboard")
{
    const lessons::Scenario* scenario = shippedScenarios().front();
    const ScenarioMapView view = buildScenarioMap(*scenario);
    MapFrames frames(100, Language::Japanese);
    frames.frame(view);
    frames.frame(view);
    CHECK(frames.boxes().size() == view.boxes.size());

    // The start, and an ending if one shows without scrolling.
    std::vector<std::string> targets{scenario->start};
    for (const auto& e : scenario->endings) {
        if (frames.probe.find("map:node:" + e.id)) {
            targets.push_back(e.id);
            break;
        }
    }
    for (const std::string& id : targets) {
        CAPTURE(id);
        frames.frame(view);
        const auto rect = frames.probe.find("map:node:" + id);
        REQUIRE(rect.has_value());
        CHECK(frames.click(view, rect->centre()) == id);
    }
    // Clicking between boxes opens nothing.
    const auto start = frames.probe.find("map:node:" + scenario->start);
    REQUIRE(start.has_value());
    CHECK_FALSE(frames.click(view, ImVec2(start->min.x - 4, start->min.y - 4)).has_value());

    // Dragging with the right button pans the map: the boxes follow the mouse.
    {
        ImGuiIO& io = ImGui::GetIO();
        const auto before = frames.probe.find("map:node:" + scenario->start);
        REQUIRE(before.has_value());
        ImVec2 at(before->max.x + 10, before->max.y + 10);
        io.MousePos = at;
        frames.frame(view);
        io.MouseDown[1] = true;
        for (int step = 0; step < 5; ++step) {
            frames.frame(view);
            at.x -= 20;
            at.y -= 4;
            io.MousePos = at;
        }
        frames.frame(view);
        io.MouseDown[1] = false;
        frames.frame(view);
        frames.frame(view);
        const auto after = frames.probe.find("map:node:" + scenario->start);
        REQUIRE(after.has_value());
        CHECK(after->min.x < before->min.x - 50);
        CHECK(after->min.x >= before->min.x - 101);
    }

    // The keyboard: Tab to the first box, Enter opens it.
    ImGui::GetIO().MousePos = ImVec2(-1, -1);
    std::optional<std::string> opened;
    for (int i = 0; i < 3 && !opened; ++i) {
        frames.press(view, ImGuiKey_Tab);
        opened = frames.press(view, ImGuiKey_Enter);
    }
    REQUIRE(opened.has_value());
    CHECK(view.find(*opened).has_value());
}

TEST_CASE("no box of the map lies over another at 80 % and 160 % text")
{
    struct Setting {
        int percent;
        Language language;
    };
    for (Setting setting : {Setting{80, Language::English}, Setting{160, Language::Japanese}}) {
        MapFrames frames(setting.percent, setting.language);
        std::vector<std::pair<std::string, ScenarioMapView>> maps;
        for (const lessons::Scenario* scenario : shippedScenarios()) maps.emplace_back(scenario->id, buildScenarioMap(*scenario));
        maps.emplace_back("small", buildScenarioMap(smallScenario()));
        maps.emplace_back("empty", buildScenarioMap(lessons::Scenario{}));
        for (const auto& [id, view] : maps) {
            CAPTURE(setting.percent);
            CAPTURE(id);
            const std::string selected = view.boxes.empty() ? "" : view.boxes.front().id;
            frames.frame(view, selected);
            frames.frame(view, selected);
            const auto boxes = frames.boxes();
            std::size_t openable = 0;
            for (const MapBox& b : view.boxes) openable += b.kind != MapBoxKind::Missing;
            CHECK(boxes.size() == openable);
            for (std::size_t i = 0; i < boxes.size(); ++i) {
                CHECK(boxes[i].rect.max.x - boxes[i].rect.min.x > 0);
                for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                    CAPTURE(boxes[i].name);
                    CAPTURE(boxes[j].name);
                    CHECK_FALSE(overlap(boxes[i].rect, boxes[j].rect));
                }
            }
        }
    }
}
