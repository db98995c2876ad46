// Hotspot: the learner chooses regions of a picture by id.
//  max(0, (c − w) / C) with c of the C correct regions and w wrong regions chosen: each right
//  region earns its share, each wrong one takes a share away (a learner who clicks everything
//  gains nothing); all-or-nothing: 1 only for exactly the correct set.

#include "kinds/kind_rules.hpp"

#include "mamori/lessons/hotspot_geometry.hpp"

#include <algorithm>
#include <set>

namespace mamori::scoring::detail {
namespace {

using namespace mamori::lessons;

Grade gradeHotspot(const Question& question, const Response& response)
{
    const HotspotAnswer* key = question.hotspot();
    if (!key) return gradeOf(0.0);
    const std::set<std::string> chosen(response.choices.begin(), response.choices.end());
    std::set<std::string> correct;
    for (const HotspotRegion& r : key->regions) {
        if (r.correct) correct.insert(r.id);
    }
    if (key->allOrNothing) return gradeOf(chosen == correct ? 1.0 : 0.0);
    int right = 0, mistaken = 0;
    for (const std::string& id : chosen) {
        const HotspotRegion* region = key->region(id);
        if (!region) continue;
        (region->correct ? right : mistaken) += 1;
    }
    if (correct.empty()) return gradeOf(0.0);
    return gradeOf(static_cast<double>(right - mistaken) / static_cast<double>(correct.size()));
}

Response correctRegions(const Question& question)
{
    Response response;
    if (const HotspotAnswer* key = question.hotspot()) {
        for (const HotspotRegion& r : key->regions) {
            if (r.correct) response.choices.push_back(r.id);
        }
    }
    return response;
}

std::optional<std::string> regionsProblem(const Question& question, const Response& response)
{
    const HotspotAnswer* key = question.hotspot();
    for (const std::string& id : response.choices) {
        if (!key || !key->region(id)) return "names a region the question does not have";
    }
    const std::set<std::string> distinct(response.choices.begin(), response.choices.end());
    if (distinct.size() != response.choices.size()) return "chooses a region twice";
    if (!response.matches.empty() || !response.text.empty()) return "is not a choice of regions";
    return std::nullopt;
}

/// The keyboard list's order: the regions as the eye reads the picture, top to bottom and left
/// to right (by their middles), the same every attempt; never the written order, which often
/// puts the risks first.
std::vector<std::string> readingOrder(const Quiz&, const Question& question, DeterministicRandom&)
{
    std::vector<std::string> order;
    const HotspotAnswer* key = question.hotspot();
    if (!key) return order;
    std::vector<const HotspotRegion*> regions;
    for (const HotspotRegion& r : key->regions) regions.push_back(&r);
    auto middle = [](const HotspotRegion* r) {
        const PictureBox box = regionBounds(*r);
        return PicturePoint{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
    };
    std::stable_sort(regions.begin(), regions.end(), [&](const HotspotRegion* a, const HotspotRegion* b) {
        const PicturePoint ma = middle(a), mb = middle(b);
        return ma.y != mb.y ? ma.y < mb.y : ma.x < mb.x;
    });
    for (const HotspotRegion* r : regions) order.push_back(r->id);
    return order;
}

} // namespace

extern const KindRules kHotspotRules{
    .grade = &gradeHotspot,
    .correctResponse = &correctRegions,
    .shapeProblem = &regionsProblem,
    .partOrder = &readingOrder,
};

} // namespace mamori::scoring::detail
