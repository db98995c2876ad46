// `<hotspot>`: a picture and regions of it, some of them the risk the learner must find.

#include "kinds/kind_reader.hpp"

#include "asset_check.hpp"
#include "mamori/lessons/hotspot_geometry.hpp"
#include "mamori/lessons/limits.hpp"

#include <stb_image.h>

#include <algorithm>
#include <charconv>

namespace mamori::lessons::detail {
namespace {

/// Whole non-negative pixel numbers separated by commas and spaces ("412,88,60,44",
/// "10,10 80,10 60,90"); nullopt when anything else is there.
std::optional<std::vector<double>> readNumbers(std::string_view text)
{
    std::vector<double> numbers;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == ',' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
            ++i;
            continue;
        }
        int value = 0;
        const auto [end, error] = std::from_chars(text.data() + i, text.data() + text.size(), value);
        if (error != std::errc() || value < 0) return std::nullopt;
        const std::size_t next = static_cast<std::size_t>(end - text.data());
        if (next < text.size() && text[next] != ' ' && text[next] != ',' && text[next] != '\t' && text[next] != '\n' &&
            text[next] != '\r')
            return std::nullopt;
        numbers.push_back(value);
        i = next;
    }
    return numbers;
}

/// The region's corners from `coords`, reporting a form that does not fit its shape.
std::vector<PicturePoint> readCorners(const XMLElement& e, ReadContext& context, RegionShape shape, const std::string& id)
{
    const char* raw = e.Attribute("coords");
    if (!raw) return {};
    const int line = attributeLine(e, "coords");
    const auto numbers = readNumbers(raw);
    if (shape == RegionShape::Rect) {
        if (!numbers || numbers->size() != 4) {
            context.diagnostics.error(line, "bad-coords",
                                      "region " + quote(id) + ": a rect's coords are X,Y,WIDTH,HEIGHT in the picture's pixels, found '" +
                                          std::string(raw).substr(0, 64) + "'");
            return {};
        }
        const auto& n = *numbers;
        return {{n[0], n[1]}, {n[0] + n[2], n[1] + n[3]}};
    }
    if (!numbers || numbers->size() % 2 != 0 || numbers->size() < 6 ||
        numbers->size() > 2 * static_cast<std::size_t>(limits::kMaxPolygonCorners)) {
        context.diagnostics.error(line, "bad-coords",
                                  "region " + quote(id) + ": a polygon's coords are 3 to " + std::to_string(limits::kMaxPolygonCorners) +
                                      " corners X,Y separated by spaces, found '" + std::string(raw).substr(0, 64) + "'");
        return {};
    }
    std::vector<PicturePoint> corners;
    for (std::size_t i = 0; i + 1 < numbers->size(); i += 2) corners.push_back({(*numbers)[i], (*numbers)[i + 1]});
    return corners;
}

/// Reports a region that lies partly outside the picture, has no area, or crosses itself.
bool checkRegionShape(const XMLElement& e, ReadContext& context, const HotspotRegion& region, const HotspotPicture& picture)
{
    const int line = attributeLine(e, "coords");
    const PictureBox box = regionBounds(region);
    if (picture.width > 0 && (box.maxX > picture.width || box.maxY > picture.height)) {
        context.diagnostics.error(line, "region-outside-picture",
                                  "region " + quote(region.id) + " reaches " + std::to_string(static_cast<int>(box.maxX)) + "," +
                                      std::to_string(static_cast<int>(box.maxY)) + ", outside the picture of " +
                                      std::to_string(picture.width) + "×" + std::to_string(picture.height) + " pixels");
        return false;
    }
    if (regionArea(region) < 1.0) {
        context.diagnostics.error(line, "degenerate-region",
                                  "region " + quote(region.id) + " has no area (its corners lie on one line or one point)");
        return false;
    }
    if (region.shape == RegionShape::Polygon && polygonCrossesItself(region.points)) {
        context.diagnostics.error(line, "degenerate-region",
                                  "region " + quote(region.id) + ": the polygon's edges cross; list its corners in order around it");
        return false;
    }
    return true;
}

HotspotPicture readPicture(const XMLElement& element, ReadContext& context)
{
    HotspotPicture picture;
    const XMLElement* e = ReadContext::child(element, "picture");
    if (!e) return picture; // the structure check reports it
    context.checkStructure(*e);
    picture.source = context.text(*e, "src").value_or("");
    if (auto file = checkAsset(*e, "src", AssetKind::Image, context)) {
        picture.file = *file;
        int channels = 0;
        if (!stbi_info(file->c_str(), &picture.width, &picture.height, &channels)) picture.width = picture.height = 0;
    }
    picture.alt = readOptionalText(*e, "alt", context);
    return picture;
}

AnswerKey readHotspot(const XMLElement& element, ReadContext& context, const std::string& questionId)
{
    HotspotAnswer answer;
    answer.allOrNothing = context.boolean(element, "all-or-nothing").value_or(false);
    answer.picture = readPicture(element, context);
    IdRegistry ids("region");
    bool keyUnreadable = false; // a malformed correct="…" was reported; judging the key would mislead
    bool shapesUsable = true;   // every region's corners were read and are sound
    std::vector<int> lines;
    ReadContext::forEach(element, "region", [&](const XMLElement& e) {
        context.checkStructure(e);
        HotspotRegion region;
        region.id = context.id(e);
        ids.add(region.id, e.GetLineNum(), context.diagnostics);
        const auto correct = context.boolean(e, "correct");
        keyUnreadable = keyUnreadable || (e.Attribute("correct") && !correct);
        region.correct = correct.value_or(false);
        const auto shape = context.choice<RegionShape>(e, "shape", {{"rect", RegionShape::Rect}, {"polygon", RegionShape::Polygon}});
        if (shape) {
            region.shape = *shape;
            region.points = readCorners(e, context, *shape, region.id);
        }
        const bool sound = !region.points.empty() && checkRegionShape(e, context, region, answer.picture);
        shapesUsable = shapesUsable && sound;
        region.label = readOptionalText(e, "label", context);
        region.feedback = readOptionalText(e, "feedback", context);
        lines.push_back(e.GetLineNum());
        answer.regions.push_back(std::move(region));
    });
    if (answer.regions.size() < 2 || keyUnreadable) return answer; // already reported

    const std::string name = "<hotspot> " + quote(questionId);
    const auto correct =
        std::count_if(answer.regions.begin(), answer.regions.end(), [](const HotspotRegion& r) { return r.correct; });
    if (correct == 0) {
        context.error(element, "no-correct-answer", name + " has no correct region; mark one with correct=\"true\"");
    } else if (correct == static_cast<long>(answer.regions.size())) {
        context.error(element, "no-wrong-region",
                      name + ": every region is correct, so the list of regions gives the answer away; add a region that is not a risk");
    }
    // Every region must be reachable by a click: one inside a smaller region everywhere never is.
    for (std::size_t i = 0; shapesUsable && i < answer.regions.size(); ++i) {
        if (!clickPoint(answer.regions, i)) {
            context.diagnostics.error(lines[i], "hidden-region",
                                      "region " + quote(answer.regions[i].id) +
                                          " cannot be clicked: smaller regions cover all of it (a click chooses the smallest region there)");
        }
    }
    forEachSameText(
        answer.regions, context.languages, [](const HotspotRegion& r) -> const LocalizedText& { return r.label; },
        [&](const HotspotRegion& a, const HotspotRegion& b) {
            const int line = childLine(element, "region", b.id);
            if (a.correct != b.correct) {
                context.diagnostics.error(line, "contradictory-answers",
                                          "regions " + quote(a.id) + " and " + quote(b.id) +
                                              " have the same label, but only one is correct");
            } else {
                context.diagnostics.warning(line, "duplicate-text",
                                            "regions " + quote(a.id) + " and " + quote(b.id) + " have the same label");
            }
        });
    return answer;
}

void visitRegions(const Question& question, const std::function<void(const LocalizedText&)>& visit)
{
    if (const HotspotAnswer* key = question.hotspot()) {
        visit(key->picture.alt);
        for (const HotspotRegion& r : key->regions) visit(r.label), visit(r.feedback);
    }
}

} // namespace

const KindReader& hotspotReader()
{
    static const KindReader reader{
        .element = "hotspot",
        .attributes = {{"all-or-nothing"}},
        .answerSlots = {{{"picture"}, 1, 1}, {{"region"}, 2, limits::kMaxRegions}},
        .partRules =
            {
                {"picture", {{"src", true}}, {{{"alt"}, 1, 1}}},
                {"region",
                 {{"id", true}, {"shape", true}, {"coords", true}, {"correct"}},
                 {{{"label"}, 1, 1}, {{"feedback"}, 0, 1}}},
                {"label", {}, {}, TextContent::Localized},
                {"feedback", {}, {}, TextContent::Localized},
            },
        .readKey = &readHotspot,
        .visitTexts = &visitRegions,
    };
    return reader;
}

} // namespace mamori::lessons::detail
