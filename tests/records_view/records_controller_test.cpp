// The records view without a window, over a generated organisation: what HR, a trainer and a
// manager see, the filters, the person detail, exports and certificates, and that the view
// never touches a learner's progress.

#include "records_org_fixture.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>

using namespace mamori;
using namespace mamori::test;
namespace ra = app::records_action;
namespace fs = std::filesystem;

namespace {

std::map<fs::path, fs::file_time_type> filesWithTimes(const fs::path& folder)
{
    std::map<fs::path, fs::file_time_type> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) files[entry.path()] = entry.last_write_time();
    return files;
}

std::string errorsOf(const app::RecordsModel& model)
{
    std::string errors;
    for (const app::RecordsNotice& n : model.notices) {
        if (n.error) errors += n.key + ": " + n.detail + "\n";
    }
    return errors;
}

} // namespace

TEST_CASE("HR opens the records view: everyone's assignments, a dashboard, and the files that fail verification")
{
    RecordsViewFixture view;
    INFO(errorsOf(view.model));
    REQUIRE(view.model.table);
    const auto& rows = view.model.table->report().rows;
    CHECK(view.shownRows() == rows.size());
    CHECK(rows.size() >= 80);   // every person has at least one assignment
    CHECK(view.model.today == records::Date(std::chrono::year(2026) / 6 / 30));
    CHECK(view.model.timeZone == "Asia/Tokyo");
    CHECK_FALSE(view.model.choices.departments.empty());
    CHECK_FALSE(view.model.choices.packs.empty());

    int completed = 0, unverifiedRows = 0;
    for (const auto& row : rows) {
        if (row.status.state == records::AssignmentState::Completed) ++completed;
        const bool verified = row.fileStatus == "valid" || row.fileStatus == "none";
        if (!verified) {
            ++unverifiedRows;
            // A record that fails verification is never counted as completed.
            CHECK(row.status.state != records::AssignmentState::Completed);
        }
        if (row.status.state == records::AssignmentState::Completed) CHECK(row.attempts > 0);
    }
    CHECK(completed > 0);
    CHECK(unverifiedRows > 0);   // the generator makes tampered, swapped and other-key files
    CHECK(view.model.dashboard.unverified > 0);
    int dashboardCompleted = 0;
    for (const auto& pack : view.model.dashboard.packs) dashboardCompleted += pack.states.count(records::AssignmentState::Completed) ? pack.states.at(records::AssignmentState::Completed) : 0;
    CHECK(dashboardCompleted == completed);
}

TEST_CASE("The filters narrow the people table and the dashboard together; the search folds full-width text")
{
    RecordsViewFixture view;
    REQUIRE(view.model.table);
    const std::size_t all = view.shownRows();
    const std::string department = view.model.choices.departments.front();
    view.apply(ra::SetDepartment{department});
    CHECK(view.shownRows() < all);
    for (std::uint32_t i : *view.model.shown) CHECK(view.model.table->report().rows[i].department.starts_with(department));
    CHECK(view.model.shownQuery.department == department);

    const std::string someone = view.model.table->report().rows[(*view.model.shown)[0]].personId;
    view.apply(ra::SetDepartment{});
    // Ｅ０００… typed full-width finds E000….
    std::string fullWidth;
    for (char c : someone) {
        // U+FF01…U+FF5E, the full-width forms of ASCII '!'…'~', in UTF-8.
        const unsigned code = 0xFF01u + static_cast<unsigned>(c - '!');
        fullWidth += static_cast<char>(0xE0 | (code >> 12));
        fullWidth += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        fullWidth += static_cast<char>(0x80 | (code & 0x3F));
    }
    view.apply(ra::SetSearch{fullWidth});
    REQUIRE(view.shownRows() >= 1);
    for (std::uint32_t i : *view.model.shown) CHECK(view.model.table->report().rows[i].personId == someone);

    view.apply(ra::SetSearch{});
    view.apply(ra::SortPeople{records::PeopleColumn::Score, true});
    REQUIRE(view.shownRows() == all);
    const auto& rows = view.model.table->report().rows;
    std::optional<double> previous = 101.0;
    for (std::uint32_t i : *view.model.shown) {
        const auto& score = rows[i].status.score;
        if (!score) break;   // people without a score come last
        CHECK(*score <= *previous);
        previous = score;
    }
}

TEST_CASE("A manager sees only their own people, starting with who is overdue")
{
    std::string manager;
    {
        RecordsViewFixture hr;
        REQUIRE_FALSE(hr.model.choices.managers.empty());
        manager = hr.model.choices.managers.front();
    }
    RecordsViewFixture view(app::RecordsAccess{app::RecordsRole::Manager, manager});
    CHECK(view.model.tab == app::RecordsTab::People);
    CHECK(view.model.shownQuery.state == records::AssignmentState::Overdue);
    view.apply(ra::SetState{});
    view.apply(ra::SetManager{});   // a manager cannot widen the view to another's people
    REQUIRE(view.shownRows() > 0);
    for (std::uint32_t i : *view.model.shown) CHECK(view.model.table->report().rows[i].manager == manager);
    CHECK(view.model.shownQuery.manager == manager);
}

TEST_CASE("A trainer sees figures and item statistics, never a person")
{
    RecordsViewFixture view(app::RecordsAccess{app::RecordsRole::Trainer, ""});
    view.apply(ra::ShowTab{app::RecordsTab::People});
    CHECK(view.model.tab == app::RecordsTab::Dashboard);
    view.apply(ra::OpenPerson{view.model.table->report().rows.front().personId});
    CHECK(view.model.tab == app::RecordsTab::Dashboard);
    CHECK_FALSE(view.model.person);
    view.apply(ra::ExportShown{app::ExportFormat::Csv});
    CHECK_FALSE(fs::exists(view.own.path() / "exports"));

    view.apply(ra::ShowTab{app::RecordsTab::Items});
    CHECK(view.model.tab == app::RecordsTab::Items);
    REQUIRE(view.model.items);
    CHECK_FALSE(view.model.items->rows.empty());
}

TEST_CASE("HR opens a person: their attempts, and whether their file verifies")
{
    RecordsViewFixture view;
    const auto& rows = view.model.table->report().rows;
    const auto completed = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.status.state == records::AssignmentState::Completed; });
    REQUIRE(completed != rows.end());
    view.apply(ra::OpenPerson{completed->personId});
    CHECK(view.model.tab == app::RecordsTab::Person);
    REQUIRE(view.model.person);
    CHECK(view.model.person->personId == completed->personId);
    CHECK(view.model.person->verified);
    CHECK_FALSE(view.model.person->attempts.empty());
    CHECK_FALSE(view.model.person->completions.empty());

    const auto unverified = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.fileStatus != "valid" && r.fileStatus != "none"; });
    REQUIRE(unverified != rows.end());
    view.apply(ra::OpenPerson{unverified->personId});
    REQUIRE(view.model.person);
    CHECK_FALSE(view.model.person->verified);
    CHECK(view.model.person->fileStatus == unverified->fileStatus);
    CHECK(view.model.person->attempts.empty());
}

TEST_CASE("What is shown exports to CSV and Excel, and a completed person's certificate saves; no progress file changes")
{
    const auto before = filesWithTimes(GeneratedOrganisation::shared().dataDir() / "progress");
    RecordsViewFixture view;
    const std::string department = view.model.choices.departments.front();
    view.apply(ra::SetDepartment{department});
    const std::size_t shown = view.shownRows();
    view.apply(ra::ExportShown{app::ExportFormat::Csv});
    view.apply(ra::ExportShown{app::ExportFormat::Xlsx});
    INFO(errorsOf(view.model));
    std::vector<fs::path> csv, xlsx;
    for (const auto& entry : fs::directory_iterator(view.own.path() / "exports")) {
        if (entry.path().extension() == ".csv") csv.push_back(entry.path());
        if (entry.path().extension() == ".xlsx") xlsx.push_back(entry.path());
    }
    REQUIRE(csv.size() == 1);
    CHECK(xlsx.size() == 1);
    // Another export in the same minute, of other rows, is a new file: the first one stays.
    view.apply(ra::SetDepartment{});
    view.apply(ra::ExportShown{app::ExportFormat::Csv});
    CHECK(fs::is_regular_file(csv[0]));
    CHECK(fs::is_regular_file(csv[0].parent_path() / (csv[0].stem().string() + "-2.csv")));
    view.apply(ra::SetDepartment{department});
    std::ifstream in(csv[0]);
    std::size_t lines = 0;
    for (std::string line; std::getline(in, line);) ++lines;
    CHECK(lines == shown + 1);   // the header, then each row shown

    const auto& rows = view.model.table->report().rows;
    const auto completed = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.status.state == records::AssignmentState::Completed; });
    REQUIRE(completed != rows.end());
    view.apply(ra::SaveCertificate{completed->personId, completed->packId});
    CHECK(fs::is_regular_file(view.own.path() / "exports" / "certificates" / (completed->personId + "-" + completed->packId + ".pdf")));
    CHECK(errorsOf(view.model).empty());

    CHECK(filesWithTimes(GeneratedOrganisation::shared().dataDir() / "progress") == before);
}

TEST_CASE("An index that cannot be opened is said, with where, and the view stays up")
{
    TemporaryDirectory folder;
    fs::create_directories(folder.path() / "a-folder.sqlite");
    scoring::FakeClock clock{organisationToday()};
    app::RecordsSource source;
    source.index = (folder.path() / "a-folder.sqlite").string();
    source.library = GeneratedOrganisation::shared().library;
    app::RecordsModel model;
    app::RecordsWorker worker(source, clock);
    app::RecordsController controller(model, worker, clock);
    controller.start();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (model.notices.empty() && std::chrono::steady_clock::now() < deadline) {
        (void)controller.tick();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE(model.notices.size() == 1);
    CHECK(model.notices[0].error);
    CHECK(model.notices[0].key == "records.notice.index");
    REQUIRE(model.notices[0].args.size() == 1);
    CHECK(model.notices[0].args[0].find("a-folder.sqlite") != std::string::npos);
    CHECK_FALSE(model.notices[0].detail.empty());
    CHECK_FALSE(model.table);
}
