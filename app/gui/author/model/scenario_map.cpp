#include "scenario_map.hpp"

#include "mamori/lessons/scenario_graph.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <map>

namespace mamori::app {
namespace {

constexpr std::size_t kExcerptCharacters = 60;

lessons::LocalizedText excerptText(const lessons::LocalizedText& text)
{
    lessons::LocalizedText excerpt;
    for (lessons::Language language : lessons::kAllLanguages) {
        if (!text.has(language)) continue;
        lessons::RichText rich;
        rich.spans.emplace_back(excerptOf(text.plain(language), kExcerptCharacters));
        excerpt.set(language, std::move(rich));
    }
    return excerpt;
}

/// Where each box sits in its row, as a centred column: the widest row spans 0…width-1.
std::vector<float> columnsOf(const std::vector<std::vector<std::size_t>>& rows, std::size_t boxCount, float width)
{
    std::vector<float> column(boxCount, 0.0f);
    for (const auto& row : rows) {
        const float offset = (width - static_cast<float>(row.size())) / 2.0f;
        for (std::size_t i = 0; i < row.size(); ++i) column[row[i]] = offset + static_cast<float>(i);
    }
    return column;
}

/// Crossings between arrows joining the same two neighbouring rows.
int crossings(const std::vector<MapArrow>& arrows, const std::vector<int>& rowOf, const std::vector<float>& column)
{
    struct Segment {
        int top;
        float a, b;   // columns in the upper and the lower row
    };
    std::vector<Segment> segments;
    for (const MapArrow& arrow : arrows) {
        const int r0 = rowOf[arrow.from], r1 = rowOf[arrow.to];
        if (r1 == r0 + 1) segments.push_back({r0, column[arrow.from], column[arrow.to]});
        else if (r0 == r1 + 1) segments.push_back({r1, column[arrow.to], column[arrow.from]});
    }
    int count = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        for (std::size_t j = i + 1; j < segments.size(); ++j) {
            const Segment& s = segments[i];
            const Segment& t = segments[j];
            if (s.top == t.top && (s.a - t.a) * (s.b - t.b) < 0) ++count;
        }
    }
    return count;
}

/// Reorders each row by the mean column of its boxes' neighbours in the rows above (downward)
/// or below (upward); a box with no such neighbour keeps its column. Stable, so deterministic.
void barycentreSweep(std::vector<std::vector<std::size_t>>& rows, const std::vector<std::vector<std::size_t>>& neighbours,
                     const std::vector<int>& rowOf, std::size_t boxCount, float width, bool downward)
{
    const int count = static_cast<int>(rows.size());
    for (int step = 1; step < count; ++step) {
        const int r = downward ? step : count - 1 - step;
        const std::vector<float> column = columnsOf(rows, boxCount, width);
        std::vector<std::pair<float, std::size_t>> keyed;
        for (std::size_t box : rows[static_cast<std::size_t>(r)]) {
            float sum = 0;
            int n = 0;
            for (std::size_t other : neighbours[box]) {
                if (downward ? rowOf[other] < r : rowOf[other] > r) {
                    sum += column[other];
                    ++n;
                }
            }
            keyed.emplace_back(n > 0 ? sum / static_cast<float>(n) : column[box], box);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        auto& row = rows[static_cast<std::size_t>(r)];
        for (std::size_t i = 0; i < keyed.size(); ++i) row[i] = keyed[i].second;
    }
}

} // namespace

std::string excerptOf(const std::string& text, std::size_t characters)
{
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;   // inside a character
        if (seen == characters) {
            std::string cut = text.substr(0, i);
            while (!cut.empty() && cut.back() == ' ') cut.pop_back();
            return cut + "…";
        }
        ++seen;
    }
    return text;
}

std::optional<std::size_t> ScenarioMapView::find(std::string_view id) const
{
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        if (boxes[i].id == id) return i;
    }
    return std::nullopt;
}

ScenarioMapView buildScenarioMap(const lessons::Scenario& scenario)
{
    const lessons::ScenarioGraph graph(scenario);
    ScenarioMapView view;
    view.scenarioId = scenario.id;
    view.title = scenario.title;
    view.passScore = scenario.passScore;

    // Boxes: one per place (the graph's order: nodes, then endings), then the missing places.
    const std::vector<bool> reachable = graph.reachableFromStart();
    const std::vector<bool> finishing = graph.canReachEnding();
    const std::size_t placeCount = graph.placeCount();
    for (std::size_t place = 0; place < placeCount; ++place) {
        MapBox box;
        box.id = std::string(graph.idOf(place));
        if (graph.isNode(place)) {
            const lessons::ScenarioNode* node = scenario.node(box.id);
            box.kind = MapBoxKind::Node;
            box.line = node->line;
            box.excerpt = excerptText(node->situation);
            box.deadEnd = !finishing[place];
        } else {
            const lessons::ScenarioEnding* ending = scenario.ending(box.id);
            box.kind = MapBoxKind::Ending;
            box.line = ending->line;
            box.excerpt = excerptText(ending->title.empty() ? ending->debrief : ending->title);
            box.outcome = ending->outcome;
            box.fixedScore = ending->fixedScore;
        }
        box.start = box.id == scenario.start;
        box.unreachable = !reachable[place];
        view.boxes.push_back(std::move(box));
    }
    std::map<std::string_view, std::size_t> missing;
    for (const auto& unknown : graph.unknownDestinations()) {
        if (missing.count(unknown.target)) continue;
        MapBox box;
        box.id = std::string(unknown.target);
        box.kind = MapBoxKind::Missing;
        box.start = box.id == scenario.start;
        box.unreachable = true;   // refined below: reachable when a reachable place names it
        box.deadEnd = true;
        missing.emplace(unknown.target, view.boxes.size());
        view.boxes.push_back(std::move(box));
    }

    // Arrows, in document order; the same walk as the graph's (an empty goto makes none).
    for (const lessons::ScenarioNode& node : scenario.nodes) {
        const std::size_t from = *graph.placeOf(node.id);
        for (const lessons::ScenarioOption& option : node.options) {
            auto add = [&](const std::string& target, const lessons::ConditionalGoto* condition) {
                if (target.empty()) return;
                MapArrow arrow;
                arrow.from = from;
                if (const auto to = graph.placeOf(target)) {
                    arrow.to = *to;
                } else {
                    arrow.to = missing.at(target);
                    arrow.unknownTarget = true;
                    if (!view.boxes[from].unreachable) view.boxes[arrow.to].unreachable = false;
                }
                arrow.optionId = option.id;
                arrow.optionText = option.text;
                arrow.line = condition ? condition->line : option.line;
                arrow.score = option.scoreChange;
                arrow.flagsSet = option.setsFlags;
                if (condition) {
                    arrow.conditional = true;
                    arrow.requiredSet = condition->requiredSet;
                    arrow.requiredUnset = condition->requiredUnset;
                }
                view.arrows.push_back(std::move(arrow));
            };
            add(option.target, nullptr);
            for (const lessons::ConditionalGoto& condition : option.conditions) add(condition.target, &condition);
        }
    }
    for (const auto& never : graph.flagsNeverSet()) {
        const std::string flag(never.flag);
        if (std::find(view.flagsNeverSet.begin(), view.flagsNeverSet.end(), flag) == view.flagsNeverSet.end()) {
            view.flagsNeverSet.push_back(flag);
        }
    }

    // Rows: depth from the start, breadth first, in the order the search finds the places.
    // This is layout, not reachability: which places are reachable is the graph's answer above.
    const std::size_t boxCount = view.boxes.size();
    std::vector<int> rowOf(boxCount, -1);
    std::vector<std::size_t> found;
    if (const auto start = graph.startNode()) {
        std::deque<std::size_t> queue{*start};
        rowOf[*start] = 0;
        while (!queue.empty()) {
            const std::size_t place = queue.front();
            queue.pop_front();
            found.push_back(place);
            for (std::size_t next : graph.destinations(place)) {
                if (rowOf[next] < 0) {
                    rowOf[next] = rowOf[place] + 1;
                    queue.push_back(next);
                }
            }
        }
    }
    int deepest = -1;
    for (std::size_t place : found) deepest = std::max(deepest, rowOf[place]);
    // Unreachable places share the last row.
    const int lastRow = deepest + 1;
    bool anyUnreachable = false;
    for (std::size_t place = 0; place < placeCount; ++place) {
        if (rowOf[place] < 0) {
            rowOf[place] = lastRow;
            found.push_back(place);
            anyUnreachable = true;
        }
    }
    // A missing place goes one row below the first place that names it.
    for (std::size_t box = placeCount; box < boxCount; ++box) {
        int row = std::numeric_limits<int>::max();
        for (const MapArrow& arrow : view.arrows) {
            if (arrow.to == box) row = std::min(row, rowOf[arrow.from] + 1);
        }
        rowOf[box] = row;
        found.push_back(box);
    }
    int rowCount = anyUnreachable ? lastRow + 1 : deepest + 1;
    for (std::size_t box = 0; box < boxCount; ++box) rowCount = std::max(rowCount, rowOf[box] + 1);
    view.rows.assign(static_cast<std::size_t>(std::max(0, rowCount)), {});
    for (std::size_t box : found) view.rows[static_cast<std::size_t>(rowOf[box])].push_back(box);
    std::erase_if(view.rows, [](const auto& row) { return row.empty(); });
    for (std::size_t r = 0; r < view.rows.size(); ++r) {
        for (std::size_t box : view.rows[r]) rowOf[box] = static_cast<int>(r);
    }
    for (const auto& row : view.rows) view.columns = std::max(view.columns, static_cast<float>(row.size()));

    // Fewer crossings: two rounds of barycentre sweeps, keeping the best order seen.
    std::vector<std::vector<std::size_t>> neighbours(boxCount);
    for (const MapArrow& arrow : view.arrows) {
        if (arrow.from == arrow.to) continue;
        neighbours[arrow.from].push_back(arrow.to);
        neighbours[arrow.to].push_back(arrow.from);
    }
    auto rows = view.rows;
    int best = crossings(view.arrows, rowOf, columnsOf(rows, boxCount, view.columns));
    for (int round = 0; round < 2 && best > 0; ++round) {
        for (bool downward : {true, false}) {
            barycentreSweep(rows, neighbours, rowOf, boxCount, view.columns, downward);
            const int now = crossings(view.arrows, rowOf, columnsOf(rows, boxCount, view.columns));
            if (now < best) {
                best = now;
                view.rows = rows;
            }
        }
    }

    const std::vector<float> column = columnsOf(view.rows, boxCount, view.columns);
    for (std::size_t box = 0; box < boxCount; ++box) {
        view.boxes[box].row = rowOf[box];
        view.boxes[box].column = column[box];
    }
    return view;
}

} // namespace mamori::app
