#pragma once
// What the records view shows: the latest snapshot of the index (the people table, shared with
// the worker that built it), the filters and sort chosen, the rows they select and the
// dashboard over them, the person or pack opened, and the background work in progress.
// Screens read it; only RecordsController changes it.

#include "item_analysis_view.hpp"
#include "person_detail.hpp"
#include "records_actions.hpp"

#include "mamori/records/people_table.hpp"
#include "mamori/records/roster.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

/// Who is looking: HR sees people; a trainer sees figures and item statistics, never a name; a
/// manager sees only their own people.
enum class RecordsRole { Hr, Trainer, Manager };

std::string_view recordsRoleName(RecordsRole role);   ///< "hr", "trainer", "manager"

struct RecordsAccess {
    RecordsRole role = RecordsRole::Hr;
    std::string manager;   ///< for a manager: their name as the roster's manager column has it

    bool seesNames() const { return role != RecordsRole::Trainer; }
    bool seesItems() const { return role != RecordsRole::Manager; }
};

/// Work the records worker is doing, for the progress bar.
struct RecordsProgress {
    bool busy = false;
    std::string phase;      ///< a UiStrings key: "records.phase.ingest", "records.phase.status"…
    int done = 0;
    int total = 0;          ///< 0: not known yet (the bar moves without a fraction)
};

/// The choices the filters offer, from the whole table.
struct FilterChoices {
    std::vector<std::string> departments;   ///< top-level departments and their sections, sorted
    std::vector<std::string> managers;
    std::vector<std::string> packs;
};

/// A message for the user: a headline in their language (a UiStrings key and its arguments)
/// and, for a problem, the technical detail as the library words it (a file, a line, a code).
struct RecordsNotice {
    std::string key;
    std::vector<std::string> args;
    std::string detail;
    bool error = false;
};

struct RecordsModel {
    RecordsAccess access;
    RecordsTab tab = RecordsTab::Dashboard;
    lessons::Language language = lessons::Language::Japanese;

    records::PeopleQuery query;                                ///< as the filters and sort say now
    std::shared_ptr<const records::PeopleTable> table;         ///< nullptr until the first load
    std::shared_ptr<const std::vector<std::uint32_t>> shown;   ///< rows of `table` for `shownQuery`
    records::PeopleQuery shownQuery;                           ///< the query `shown` and `dashboard` answer
    records::DashboardFigures dashboard;
    FilterChoices choices;
    records::Date today{};
    std::string timeZone;
    std::string refreshedAt;                                   ///< local time of the last load

    std::optional<PersonDetail> person;                        ///< the person opened
    std::optional<ItemAnalysisView> items;                     ///< the pack analysed
    std::string selectedQuiz, selectedQuestion;               ///< the item selected in it

    RecordsProgress progress;
    std::vector<RecordsNotice> notices;

    /// The rows shown are not yet those of the filters (a query is being answered).
    bool queryPending() const;
};

} // namespace mamori::app
