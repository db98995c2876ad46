#pragma once
// Everything HR, a trainer or a manager can do in the records view, as data. The records
// screens emit actions; RecordsController applies them; the records script and the tests emit
// the same actions.

#include "mamori/lessons/language.hpp"
#include "mamori/records/people_table.hpp"

#include <optional>
#include <string>
#include <variant>

namespace mamori::app {

enum class RecordsTab { Dashboard, People, Person, Items, Unverified };

/// "dashboard", "people", "person", "items", "unverified".
std::string_view recordsTabName(RecordsTab tab);
std::optional<RecordsTab> recordsTabNamed(std::string_view name);

/// The item analysis table's columns.
enum class ItemColumn { Flagged, Quiz, Question, Attempts, Facility, Discrimination };

enum class ExportFormat { Csv, Xlsx };

namespace records_action {
struct ShowTab { RecordsTab tab = RecordsTab::Dashboard; };
// Filters: they apply to the dashboard and the people table alike. nullopt: any.
struct SetDepartment { std::optional<std::string> department; };
struct SetManager { std::optional<std::string> manager; };
struct SetPack { std::optional<std::string> packId; };
struct SetState { std::optional<records::AssignmentState> state; };
struct SetUnverifiedOnly { bool only = false; };
struct SetSearch { std::string text; };
/// Sort the people table by `column`, in that direction.
struct SortPeople { records::PeopleColumn column = records::PeopleColumn::Department; bool descending = false; };
struct OpenPerson { std::string personId; };
struct OpenItems { std::string packId; std::optional<std::string> version; };   ///< no version: every version
struct SortItems { ItemColumn column = ItemColumn::Flagged; bool descending = false; };
struct SelectQuestion { std::string quizId; std::string questionId; };
struct ExportShown { ExportFormat format = ExportFormat::Csv; };   ///< the people table as filtered and sorted
struct SaveCertificate { std::string personId; std::string packId; };
struct Refresh {};                                                 ///< read the index again (ingest first with --data-dir)
struct SetLanguage { lessons::Language language = lessons::Language::Japanese; };
struct DismissNotice { int index = 0; };
struct Quit {};
} // namespace records_action

using RecordsAction = std::variant<records_action::ShowTab, records_action::SetDepartment, records_action::SetManager,
                                   records_action::SetPack, records_action::SetState, records_action::SetUnverifiedOnly,
                                   records_action::SetSearch, records_action::SortPeople, records_action::OpenPerson,
                                   records_action::OpenItems, records_action::SortItems, records_action::SelectQuestion,
                                   records_action::ExportShown, records_action::SaveCertificate, records_action::Refresh,
                                   records_action::SetLanguage, records_action::DismissNotice, records_action::Quit>;

} // namespace mamori::app
