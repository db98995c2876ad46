#pragma once
// A generated organisation (signed progress files, a roster, the organisation key) and a
// records view over it — its worker and controller, no window — as `mamori --records
// --data-dir … --roster …` would run it, for tests of what HR, trainers and managers see.

#include "org_generator.hpp"
#include "records_controller.hpp"
#include "test_support.hpp"

#include "mamori/records/organisation_key.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <thread>

namespace mamori::test {

/// One organisation for every test of the run: generating it is the slow part.
struct GeneratedOrganisation {
    TemporaryDirectory folder;
    std::shared_ptr<const lessons::PackLibrary> library =
        std::make_shared<const lessons::PackLibrary>(lessons::loadPackLibrary(MAMORI_PACKS_DIR));

    explicit GeneratedOrganisation(int learners)
    {
        REQUIRE(records::createOrganisationKey(keyFile()));
        auto key = records::loadOrganisationKey(keyFile());
        REQUIRE(key);
        OrgOptions options;
        options.learners = learners;
        options.packsDir = MAMORI_PACKS_DIR;
        options.dataDir = dataDir();
        options.key = key.value().key;
        options.rosterFile = rosterFile();
        generateOrganisation(options);
    }

    static GeneratedOrganisation& shared()
    {
        static GeneratedOrganisation organisation(80);
        return organisation;
    }

    std::filesystem::path dataDir() const { return folder.path() / "data"; }
    std::filesystem::path keyFile() const { return folder.path() / "organisation.key"; }
    std::filesystem::path rosterFile() const { return folder.path() / "roster.csv"; }
};

/// The organisation's "today" (tests/tools/org_calendar.hpp), in the morning.
inline scoring::Timestamp organisationToday()
{
    return std::chrono::sys_days(std::chrono::year(2026) / 6 / 30) + std::chrono::hours(1);
}

struct RecordsViewFixture {
    GeneratedOrganisation& organisation = GeneratedOrganisation::shared();
    TemporaryDirectory own;   // this test's index and exports
    scoring::FakeClock clock{organisationToday()};
    app::RecordsModel model;
    std::unique_ptr<app::RecordsWorker> worker;
    std::unique_ptr<app::RecordsController> controller;

    explicit RecordsViewFixture(app::RecordsAccess access = {})
    {
        app::RecordsSource source;
        source.index = (own.path() / "index.sqlite").string();
        source.ingestFrom = organisation.dataDir();
        source.roster = organisation.rosterFile();
        source.key = app::KeyLocation{organisation.keyFile(), "set by the test", false};
        source.library = organisation.library;
        source.timeZone = "Asia/Tokyo";
        source.exportDir = own.path() / "exports";
        model.access = access;
        worker = std::make_unique<app::RecordsWorker>(std::move(source), clock);
        controller = std::make_unique<app::RecordsController>(model, *worker, clock);
        controller->start();
        settle();
    }

    /// Ticks until the worker has nothing left to do and the rows shown answer the filters.
    void settle()
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
        for (;;) {
            (void)controller->tick();
            if (worker->idle()) {
                // Results are posted before the worker goes idle: this tick takes the last of them.
                (void)controller->tick();
                if (worker->idle() && (model.table || !model.notices.empty()) && !model.queryPending()) return;
            }
            REQUIRE(std::chrono::steady_clock::now() < deadline);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    void apply(const app::RecordsAction& action)
    {
        (void)controller->apply(action);
        settle();
    }

    std::size_t shownRows() const { return model.shown ? model.shown->size() : 0; }
};

} // namespace mamori::test
