#pragma once
// Applies the records view's actions to its model and hands the slow part to the worker;
// takes the worker's results into the model when they are ready. Who may see what (the
// role) is enforced here, whatever a screen or a script asks.

#include "records_actions.hpp"
#include "records_model.hpp"
#include "records_worker.hpp"

#include "mamori/scoring/clock.hpp"

#include <chrono>
#include <string>

namespace mamori::app {

struct RecordsEffects {
    bool quit = false;
    bool saveSettings = false;     ///< the language changed
    std::string newCharacters;     ///< text now shown that the font atlas may lack (names…)
    bool changed = false;          ///< the model changed: draw again
};

class RecordsController {
public:
    /// How often the view reads the index again by itself.
    static constexpr std::chrono::minutes kRefreshEvery{5};

    RecordsController(RecordsModel& model, RecordsWorker& worker, const scoring::Clock& clock);

    /// Starts the first load.
    void start();
    RecordsEffects apply(const RecordsAction& action);
    /// Takes the worker's results and progress into the model; starts a periodic refresh when due.
    RecordsEffects tick();
    /// Seconds until tick() has something to do by itself (a refresh); results wake the loop.
    double secondsUntilNextChange() const;

private:
    void changeQuery(const std::function<void(records::PeopleQuery&)>& change);
    void take(RecordsResult& result, RecordsEffects& effects);
    bool allowed(RecordsTab tab) const;

    RecordsModel& model_;
    RecordsWorker& worker_;
    const scoring::Clock& clock_;
    scoring::Timestamp lastRefresh_{};
    ItemColumn itemSort_ = ItemColumn::Flagged;
    bool itemDescending_ = false;
};

/// The distinct characters of every name, department and manager in `table`: the font atlas
/// must hold them (names hold kanji no pack has).
std::string charactersOfPeople(const records::PeopleTable& table);

} // namespace mamori::app
