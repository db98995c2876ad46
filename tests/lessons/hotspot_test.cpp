// Hotspot questions: where regions lie (hit-testing, the smallest region under a click, a point
// that chooses each region, mapping a picture drawn at another size back to its pixels), and
// reading the element.

#include "mamori/lessons/hotspot_geometry.hpp"
#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::lessons;
using mamori::test::text;

namespace {

HotspotRegion rect(const char* id, double x, double y, double w, double h)
{
    return {id, RegionShape::Rect, {{x, y}, {x + w, y + h}}, false, {}, {}};
}

HotspotRegion polygon(const char* id, std::vector<PicturePoint> corners)
{
    return {id, RegionShape::Polygon, std::move(corners), false, {}, {}};
}

} // namespace

TEST_CASE("a point is in a rectangle up to its edges, and in a polygon by the even-odd rule")
{
    const HotspotRegion box = rect("box", 10, 20, 30, 40);
    CHECK(regionContains(box, {10, 20}));
    CHECK(regionContains(box, {40, 60}));
    CHECK(regionContains(box, {25, 40}));
    CHECK_FALSE(regionContains(box, {9.9, 40}));
    CHECK_FALSE(regionContains(box, {25, 60.1}));

    // A concave "L": its notch is outside.
    const HotspotRegion ell = polygon("ell", {{0, 0}, {40, 0}, {40, 10}, {10, 10}, {10, 40}, {0, 40}});
    CHECK(regionContains(ell, {5, 5}));
    CHECK(regionContains(ell, {30, 5}));
    CHECK(regionContains(ell, {5, 30}));
    CHECK_FALSE(regionContains(ell, {30, 30}));
    CHECK_FALSE(regionContains(ell, {-1, 5}));
    CHECK(regionArea(ell) == doctest::Approx(40 * 10 + 10 * 30));
    CHECK(regionArea(box) == doctest::Approx(1200));
    CHECK(regionArea(polygon("tri", {{0, 0}, {10, 0}, {0, 10}})) == doctest::Approx(50));
}

TEST_CASE("a click chooses the smallest region under it, and none where there is none")
{
    // A monitor with a sticky note on it, and a mug beside it.
    const std::vector<HotspotRegion> regions{rect("monitor", 100, 100, 200, 150), rect("sticky", 250, 90, 60, 50),
                                             rect("mug", 350, 200, 40, 50)};
    CHECK(regionAt(regions, {150, 200}) == 0u);
    CHECK(regionAt(regions, {260, 120}) == 1u);  // inside both: the note is smaller
    CHECK(regionAt(regions, {305, 95}) == 1u);   // on the note, past the monitor
    CHECK(regionAt(regions, {370, 220}) == 2u);
    CHECK_FALSE(regionAt(regions, {50, 50}));
    CHECK_FALSE(regionAt(regions, {330, 220}));
    // Equal sizes: the first written.
    const std::vector<HotspotRegion> twins{rect("a", 0, 0, 10, 10), rect("b", 0, 0, 10, 10)};
    CHECK(regionAt(twins, {5, 5}) == 0u);
}

TEST_CASE("every region that can be clicked has a point that chooses it, and a covered one has none")
{
    const std::vector<HotspotRegion> regions{rect("monitor", 100, 100, 200, 150), rect("centre", 150, 125, 100, 100)};
    // The monitor's middle lies under the smaller region: another point of it is found.
    const auto monitor = clickPoint(regions, 0);
    REQUIRE(monitor);
    CHECK(regionAt(regions, *monitor) == 0u);
    const auto centre = clickPoint(regions, 1);
    REQUIRE(centre);
    CHECK(centre->x == doctest::Approx(200));
    CHECK(centre->y == doctest::Approx(175));

    const std::vector<HotspotRegion> covered{rect("big", 0, 0, 100, 100), rect("top", 0, 0, 100, 50), rect("bottom", 0, 50, 100, 50)};
    CHECK_FALSE(clickPoint(covered, 0));
    CHECK(clickPoint(covered, 1));
    CHECK_FALSE(clickPoint(covered, 3));

    // A concave polygon whose middle is outside it still gets a point inside.
    const std::vector<HotspotRegion> ell{polygon("ell", {{0, 0}, {40, 0}, {40, 4}, {4, 4}, {4, 40}, {0, 40}})};
    const auto inside = clickPoint(ell, 0);
    REQUIRE(inside);
    CHECK(regionContains(ell[0], *inside));
}

TEST_CASE("a polygon whose edges cross is found, and a simple one, concave or not, is not")
{
    CHECK(polygonCrossesItself({{0, 0}, {10, 0}, {0, 10}, {10, 10}}));
    CHECK_FALSE(polygonCrossesItself({{0, 0}, {10, 0}, {10, 10}, {0, 10}}));
    CHECK_FALSE(polygonCrossesItself({{0, 0}, {40, 0}, {40, 10}, {10, 10}, {10, 40}, {0, 40}}));
    CHECK_FALSE(polygonCrossesItself({{0, 0}, {10, 0}, {5, 8}}));
}

TEST_CASE("a picture drawn at another size maps back to its own pixels, and fits the width there is")
{
    // 760×480 drawn at 380×240: every shown pixel is two of the picture's.
    const PicturePoint picture = shownToPicture({100, 50}, 380, 240, 760, 480);
    CHECK(picture.x == doctest::Approx(200));
    CHECK(picture.y == doctest::Approx(100));
    const PicturePoint back = pictureToShown(picture, 380, 240, 760, 480);
    CHECK(back.x == doctest::Approx(100));
    CHECK(back.y == doctest::Approx(50));

    // Its own width times the text size, no wider than the room, proportions kept.
    PicturePoint size = fittedPictureSize(760, 480, 1.0, 1000);
    CHECK(size.x == doctest::Approx(760));
    CHECK(size.y == doctest::Approx(480));
    size = fittedPictureSize(760, 480, 1.6, 1000);
    CHECK(size.x == doctest::Approx(1000));
    CHECK(size.y == doctest::Approx(1000.0 * 480 / 760));
    size = fittedPictureSize(760, 480, 0.8, 1000);
    CHECK(size.x == doctest::Approx(608));
    CHECK(fittedPictureSize(0, 480, 1, 1000).x == doctest::Approx(0));
}

TEST_CASE("a hotspot is read with its picture's size, its regions' corners, labels, feedback and key")
{
    const std::string xml = mamori::test::packXml(
        "<quiz id=\"quiz\" pass-mark=\"80\">" + text("title", "クイズ", "Quiz") +
        "<hotspot id=\"desk\" points=\"2\" all-or-nothing=\"true\">" + text("prompt", "危険は", "Risks?") +
        "<picture src=\"assets/picture.png\">" + text("alt", "机", "A desk") + "</picture>" +
        "<region id=\"note\" shape=\"rect\" coords=\"412,88,60,44\" correct=\"true\">" + text("label", "付箋", "Sticky note") +
        text("feedback", "貼らない", "Never post one") + "</region>" +
        "<region id=\"plant\" shape=\"polygon\" coords=\"10,10 80,10 60,90\">" + text("label", "植物", "Plant") + "</region>" +
        text("explanation", "解説", "Because") + "</hotspot></quiz>");
    const auto result = mamori::test::loadXml(xml, mamori::test::sourceDir() / "tests" / "lessons" / "broken");
    for (const auto& line : mamori::test::describe(result.diagnostics)) MESSAGE(line);
    REQUIRE(result.ok());
    const Question& q = result.pack->quizzes.at(0).pool.at(0);
    CHECK(q.kind == QuestionKind::Hotspot);
    CHECK(q.points == 2);
    const HotspotAnswer* key = q.hotspot();
    REQUIRE(key);
    CHECK(key->allOrNothing);
    CHECK(key->picture.source == "assets/picture.png");
    CHECK(key->picture.width == 760);
    CHECK(key->picture.height == 170);
    CHECK(key->picture.alt.plain(Language::English) == "A desk");
    REQUIRE(key->regions.size() == 2);
    const HotspotRegion& note = key->regions[0];
    CHECK(note.id == "note");
    CHECK(note.correct);
    CHECK(note.shape == RegionShape::Rect);
    CHECK(note.points == std::vector<PicturePoint>{{412, 88}, {472, 132}});
    CHECK(note.label.plain(Language::Japanese) == "付箋");
    CHECK(note.feedback.plain(Language::English) == "Never post one");
    const HotspotRegion& plant = key->regions[1];
    CHECK_FALSE(plant.correct);
    CHECK(plant.shape == RegionShape::Polygon);
    CHECK(plant.points == std::vector<PicturePoint>{{10, 10}, {80, 10}, {60, 90}});
    CHECK(plant.feedback.empty());
    CHECK(key->region("plant") == &plant);
    CHECK_FALSE(key->region("nope"));
}
