// records_bench: HR's records view at the scale of a large company (100,000 people × 4 packs by
// default), drawn headless with the real fonts: the CPU time per frame of the people table while
// scrolling through it, and of the dashboard; and the time from the status report to a full
// dashboard (building the table, selecting everyone, the dashboard's figures). Reading the status
// from the index comes before that: records_in_window.sh and `MAMORI_REPORT=1 mamori --records`
// report the whole. Prints figures; asserts nothing.
// usage: records_bench [PEOPLE] [FRAMES]

#include "bench_figure.hpp"
#include "records_frames.hpp"
#include "synthetic_people.hpp"

#include "records_controller.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace mamori;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct FrameTimes {
    double median = 0, p95 = 0, worst = 0;
};

FrameTimes summarise(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[times.size() * 95 / 100], times.back()};
}

/// Draws `frames` frames of the view; with `scroll`, the mouse wheel turns over the table each
/// frame, as HR scrolling through everyone would.
FrameTimes drawFrames(test::RecordsFrames& frames, const app::RecordsModel& model, int count, bool scroll)
{
    std::vector<double> times;
    for (int i = 0; i < count; ++i) {
        const auto start = Clock::now();
        frames.draw(model, 1, app::ui::drawRecords, [&](int) {
            ImGuiIO& io = ImGui::GetIO();
            io.MousePos = ImVec2(500, 500);
            io.MouseWheel = scroll ? -2.0f : 0.0f;
        });
        times.push_back(msSince(start));
    }
    return summarise(std::move(times));
}

} // namespace

int main(int argc, char** argv)
{
    const int people = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100'000;
    const int count = argc > 2 ? std::max(10, std::atoi(argv[2])) : 300;
    const auto report = bench::syntheticPeople(people);
    std::printf("%d people, %zu rows (people × assignments), %d frames each\n", people, report->rows.size(), count);

    // From the status report to a full dashboard: what the worker does after reading the index.
    auto start = Clock::now();
    app::RecordsModel model;
    model.table = std::make_shared<const records::PeopleTable>(report);
    model.shown = std::make_shared<const std::vector<std::uint32_t>>(model.table->select(model.query));
    model.dashboard = records::dashboardFigures(*model.table, model.query);
    const double toDashboard = msSince(start);
    model.refreshedAt = "2026-06-30 09:00";
    model.timeZone = "Asia/Tokyo";

    const lessons::PackLibrary library = lessons::loadPackLibrary(MAMORI_PACKS_DIR);
    test::RecordsFrames frames(app::charactersOfPeople(*model.table), library, {ImVec2(1280, 800), 100, app::Theme::Light});

    model.tab = app::RecordsTab::People;
    drawFrames(frames, model, 10, false);   // warm up: the first frames lay out the table
    const FrameTimes table = drawFrames(frames, model, count, true);
    model.tab = app::RecordsTab::Dashboard;
    drawFrames(frames, model, 10, false);
    const FrameTimes dashboard = drawFrames(frames, model, count, false);

    std::printf("%-52s %8s %8s %8s\n", "CPU per frame, headless (ms)", "median", "p95", "worst");
    std::printf("%-52s %8.2f %8.2f %8.2f\n", "people table, scrolling all the time", table.median, table.p95, table.worst);
    std::printf("%-52s %8.2f %8.2f %8.2f\n", "dashboard", dashboard.median, dashboard.p95, dashboard.worst);
    std::printf("%-52s %8.1f ms\n", "status report to full dashboard (table, rows, figures)", toDashboard);
    bench::figure("records view: people table frame while scrolling (median)", table.median, "ms");
    bench::figure("records view: people table frame while scrolling (p95)", table.p95, "ms");
    bench::figure("records view: dashboard frame (median)", dashboard.median, "ms");
    bench::figure("records view: status report to full dashboard", toDashboard, "ms");
    return 0;
}
