#include "records_controller.hpp"

#include "overloaded.hpp"

#include <set>

namespace mamori::app {

namespace ra = records_action;

namespace {

/// Appends each code point of `text` not yet in `seen` to `out`.
void addNewCharacters(std::string_view text, std::set<std::string_view>& seen, std::string& out)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        const std::string_view character = text.substr(i, length);
        if (seen.insert(character).second) out += character;
        i += length;
    }
}

} // namespace

std::string charactersOfPeople(const records::PeopleTable& table)
{
    std::set<std::string_view> seen;
    std::string characters;
    for (const records::StatusRow& row : table.report().rows) {
        addNewCharacters(row.name, seen, characters);
        addNewCharacters(row.department, seen, characters);
        addNewCharacters(row.manager, seen, characters);
    }
    return characters;
}

RecordsController::RecordsController(RecordsModel& model, RecordsWorker& worker, const scoring::Clock& clock)
    : model_(model), worker_(worker), clock_(clock)
{
    // A manager sees their own people only, and starts on who of them is overdue.
    if (model_.access.role == RecordsRole::Manager) {
        model_.query.manager = model_.access.manager;
        model_.query.state = records::AssignmentState::Overdue;
        model_.tab = RecordsTab::People;
    }
}

void RecordsController::start()
{
    lastRefresh_ = clock_.now();
    worker_.refresh();
    model_.progress = {true, "records.phase.open", 0, 0};
}

bool RecordsController::allowed(RecordsTab tab) const
{
    switch (tab) {
    case RecordsTab::Dashboard: return true;
    case RecordsTab::Items: return model_.access.seesItems();
    case RecordsTab::People:
    case RecordsTab::Person:
    case RecordsTab::Unverified: return model_.access.seesNames();
    }
    return false;
}

void RecordsController::changeQuery(const std::function<void(records::PeopleQuery&)>& change)
{
    change(model_.query);
    if (model_.access.role == RecordsRole::Manager) model_.query.manager = model_.access.manager;
    if (model_.table) worker_.select(model_.query);
}

RecordsEffects RecordsController::apply(const RecordsAction& action)
{
    RecordsEffects effects;
    effects.changed = true;
    std::visit(Overloaded{
                   [&](const ra::ShowTab& a) {
                       if (!allowed(a.tab)) return;
                       model_.tab = a.tab;
                       if (a.tab == RecordsTab::Items && !model_.items) {
                           const std::optional<std::string> pack =
                               model_.query.packId ? model_.query.packId
                               : model_.choices.packs.empty() ? std::nullopt
                                                              : std::optional(model_.choices.packs.front());
                           if (pack) worker_.openItems(*pack, std::nullopt, itemSort_, itemDescending_);
                       }
                   },
                   [&](const ra::SetDepartment& a) { changeQuery([&](auto& q) { q.department = a.department; }); },
                   [&](const ra::SetManager& a) { changeQuery([&](auto& q) { q.manager = a.manager; }); },
                   [&](const ra::SetPack& a) { changeQuery([&](auto& q) { q.packId = a.packId; }); },
                   [&](const ra::SetState& a) { changeQuery([&](auto& q) { q.state = a.state; }); },
                   [&](const ra::SetUnverifiedOnly& a) { changeQuery([&](auto& q) { q.unverifiedOnly = a.only; }); },
                   [&](const ra::SetSearch& a) { changeQuery([&](auto& q) { q.search = a.text; }); },
                   [&](const ra::SortPeople& a) {
                       changeQuery([&](auto& q) {
                           q.sortBy = a.column;
                           q.descending = a.descending;
                       });
                   },
                   [&](const ra::OpenPerson& a) {
                       if (!model_.access.seesNames() || a.personId.empty()) return;
                       if (!model_.person || model_.person->personId != a.personId) model_.person.reset();
                       model_.tab = RecordsTab::Person;
                       worker_.openPerson(a.personId);
                   },
                   [&](const ra::OpenItems& a) {
                       if (!model_.access.seesItems()) return;
                       model_.tab = RecordsTab::Items;
                       worker_.openItems(a.packId, a.version, itemSort_, itemDescending_);
                   },
                   [&](const ra::SortItems& a) {
                       itemSort_ = a.column;
                       itemDescending_ = a.descending;
                       if (model_.items) sortItemRows(*model_.items, a.column, a.descending);
                   },
                   [&](const ra::SelectQuestion& a) {
                       model_.selectedQuiz = a.quizId;
                       model_.selectedQuestion = a.questionId;
                   },
                   [&](const ra::ExportShown& a) {
                       if (!model_.access.seesNames() || !model_.table || !model_.shown) return;
                       worker_.exportRows(model_.table, model_.shown, a.format);
                   },
                   [&](const ra::SaveCertificate& a) {
                       if (model_.access.seesNames()) worker_.saveCertificate(a.personId, a.packId);
                   },
                   [&](const ra::Refresh&) {
                       lastRefresh_ = clock_.now();
                       worker_.refresh();
                   },
                   [&](const ra::SetLanguage& a) {
                       model_.language = a.language;
                       effects.saveSettings = true;
                   },
                   [&](const ra::DismissNotice& a) {
                       if (a.index >= 0 && a.index < static_cast<int>(model_.notices.size())) {
                           model_.notices.erase(model_.notices.begin() + a.index);
                       }
                   },
                   [&](const ra::Quit&) { effects.quit = true; },
               },
               action);
    return effects;
}

void RecordsController::take(RecordsResult& result, RecordsEffects& effects)
{
    std::visit(Overloaded{
                   [&](records_result::TableLoaded& r) {
                       model_.choices = std::move(r.choices);
                       model_.today = r.today;
                       model_.timeZone = std::move(r.timeZone);
                       model_.refreshedAt = std::move(r.refreshedAt);
                       for (RecordsNotice& n : r.notices) model_.notices.push_back(std::move(n));
                       effects.newCharacters += charactersOfPeople(*r.table);
                       // The rows shown must index the table shown: the new table shows with its rows.
                       worker_.select(model_.query);
                   },
                   [&](records_result::RowsSelected& r) {
                       model_.table = std::move(r.table);
                       model_.shown = std::move(r.rows);
                       model_.shownQuery = std::move(r.query);
                       model_.dashboard = std::move(r.dashboard);
                   },
                   [&](records_result::PersonLoaded& r) {
                       effects.newCharacters += r.person.name;
                       model_.person = std::move(r.person);
                   },
                   [&](records_result::ItemsLoaded& r) {
                       model_.items = std::move(r.items);
                       model_.selectedQuiz.clear();
                       model_.selectedQuestion.clear();
                   },
                   [&](records_result::Notice& r) { model_.notices.push_back(std::move(r.notice)); },
               },
               result);
}

RecordsEffects RecordsController::tick()
{
    RecordsEffects effects;
    if (clock_.now() - lastRefresh_ >= kRefreshEvery && worker_.idle()) {
        lastRefresh_ = clock_.now();
        worker_.refresh();
    }
    for (RecordsResult& result : worker_.take()) {
        take(result, effects);
        effects.changed = true;
    }
    const RecordsProgress progress = worker_.progress();
    if (progress.busy != model_.progress.busy || progress.phase != model_.progress.phase || progress.done != model_.progress.done ||
        progress.total != model_.progress.total) {
        model_.progress = progress;
        effects.changed = true;
    }
    return effects;
}

double RecordsController::secondsUntilNextChange() const
{
    const auto due = lastRefresh_ + kRefreshEvery - clock_.now();
    return std::max(0.0, std::chrono::duration<double>(due).count());
}

} // namespace mamori::app
