#pragma once
// A controller over the GUI tests' own packs (tests/gui/packs: a frozen copy of the tour, so
// that editing the shipped content never breaks them) with a fresh data folder and a fake
// clock, as the app would have after start-up, for driving the app's logic without a window.

#include "controller.hpp"
#include "test_support.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/organisation_key.hpp"
#include "mamori/records/storage.hpp"

#include <memory>

namespace mamori::test {

struct GuiFixture {
    TemporaryDirectory folder;
    std::shared_ptr<const lessons::PackLibrary> library;
    records::PosixStorage storage;
    scoring::FakeClock clock{std::chrono::sys_days(std::chrono::year(2026) / 4 / 1) + std::chrono::hours(9)};
    app::AppModel model;
    std::unique_ptr<app::AppController> controller;

    /// The packs of `packsDir`: the frozen tour, or the inbox drill (inboxPacksDir()).
    explicit GuiFixture(const std::filesystem::path& packsDir = sourceDir() / "tests" / "gui" / "packs")
        : library(std::make_shared<const lessons::PackLibrary>(lessons::loadPackLibrary(packsDir)))
    {
        REQUIRE(records::createOrganisationKey(keyFile()));
        controller = std::make_unique<app::AppController>(app::AppEnvironment{library, folder.path() / "data", key(), storage, clock},
                                                          model);
        controller->refreshLearners();
    }

    /// A frozen copy of the shipped inbox exercise, in pack `inbox-drill`.
    static std::filesystem::path inboxPacksDir() { return sourceDir() / "tests" / "gui" / "inbox-packs"; }

    std::filesystem::path keyFile() const { return folder.path() / "organisation.key"; }
    app::KeyLocation key() const { return {keyFile(), "set by --key-file", false}; }

    app::Effects apply(const app::Action& action) { return controller->apply(action); }

    /// A copy of pack `packId` to change, as a trainer's edit would.
    std::shared_ptr<lessons::Pack> editablePack(const std::string& packId) const
    {
        return std::make_shared<lessons::Pack>(*controller->library().find(packId));
    }

    /// Puts a library in which `changed` replaces the pack with its id (or, when `removedId` is
    /// set, that pack is gone) in place of the one shown, as reloading edited packs does.
    app::Effects replacePack(std::shared_ptr<const lessons::Pack> changed, const std::string& removedId = "")
    {
        auto next = std::make_shared<lessons::PackLibrary>(controller->library());
        std::erase_if(next->packs, [&](const auto& p) { return p->id == removedId; });
        for (auto& p : next->packs) {
            if (changed && p->id == changed->id) p = changed;
        }
        return controller->replaceLibrary(std::move(next));
    }

    /// Signs in a new learner through the sign-in form.
    void signInNew(const std::string& id = "E1", const std::string& name = "山田 花子")
    {
        apply(app::action::ShowCreateLearner{true});
        apply(app::action::EditSignInId{id});
        apply(app::action::EditSignInName{name});
        apply(app::action::CreateLearner{});
    }
};

} // namespace mamori::test
