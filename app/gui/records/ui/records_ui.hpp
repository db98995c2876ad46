#pragma once
// What a records screen needs to draw one frame: the app's words, fonts, colours and widget
// probe (through UiContext), the records state to read, the packs for their titles, and a place
// to put the actions taken. Screens never change the state.

#include "records_actions.hpp"
#include "records_model.hpp"
#include "ui_context.hpp"

#include "mamori/lessons/pack_library.hpp"

#include <vector>

namespace mamori::app {

struct RecordsUi {
    UiContext& ui;
    const RecordsModel& model;
    const lessons::PackLibrary& library;
    std::vector<RecordsAction>& actions;

    lessons::Language language() const { return model.language; }
    const char* t(std::string_view key) const { return ui.strings.get(key, model.language).c_str(); }
    std::string f(std::string_view key, const std::vector<std::string>& args) const
    {
        return ui.strings.format(key, model.language, args);
    }
    void emit(RecordsAction action) { actions.push_back(std::move(action)); }
    /// The pack's title in the current language, or its id when the library does not have it.
    std::string packTitle(const std::string& packId) const;
};

namespace ui {

/// The whole records view: header with tabs, filters and progress, then the tab's screen.
void drawRecords(RecordsUi& ui);

void drawRecordsDashboard(RecordsUi& ui);
void drawRecordsPeople(RecordsUi& ui);
void drawRecordsPerson(RecordsUi& ui);
void drawRecordsItems(RecordsUi& ui);
/// The item analysis tab's inbox exercises, message by message (nothing when the pack has none).
void drawInboxMessageStatistics(RecordsUi& ui, const ItemAnalysisView& view);
void drawRecordsUnverified(RecordsUi& ui);

} // namespace ui
} // namespace mamori::app
