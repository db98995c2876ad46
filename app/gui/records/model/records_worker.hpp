#pragma once
// The records view's background work: it alone holds the index, on its own thread, and does
// everything that may take longer than a frame there — ingesting a data folder, importing a
// roster, reading the status of everyone, filtering and sorting 100,000 rows, opening a
// person, analysing a pack's items, exporting, making certificates. The UI thread asks, then
// takes the results when they are ready; it never waits.

#include "item_analysis_view.hpp"
#include "key_location.hpp"
#include "person_detail.hpp"
#include "records_actions.hpp"
#include "records_model.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/people_table.hpp"
#include "mamori/scoring/clock.hpp"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

namespace mamori::app {

/// Where the records come from and go to.
struct RecordsSource {
    std::string index;                                 ///< an SQLite file or a postgresql:// URI
    std::optional<std::filesystem::path> ingestFrom;   ///< --data-dir: ingest its progress files first
    std::optional<std::filesystem::path> roster;       ///< --roster: import this roster first
    std::optional<KeyLocation> key;                    ///< to verify files (ingest) and sign certificate codes
    std::shared_ptr<const lessons::PackLibrary> library;
    std::string timeZone;                              ///< IANA id; empty: this computer's
    std::filesystem::path exportDir;                   ///< exports and certificates are written here
    std::string certificateUrl;                        ///< the organisation's verification address, if any
};

namespace records_result {
struct TableLoaded {
    std::shared_ptr<const records::PeopleTable> table;
    FilterChoices choices;
    records::Date today{};
    std::string timeZone;
    std::string refreshedAt;
    std::vector<RecordsNotice> notices;   ///< what the ingest and roster import found
};
struct RowsSelected {
    std::shared_ptr<const records::PeopleTable> table;   ///< the table the rows index
    records::PeopleQuery query;
    std::shared_ptr<const std::vector<std::uint32_t>> rows;
    records::DashboardFigures dashboard;
};
struct PersonLoaded { PersonDetail person; };
struct ItemsLoaded { ItemAnalysisView items; };
struct Notice { RecordsNotice notice; };
} // namespace records_result

using RecordsResult = std::variant<records_result::TableLoaded, records_result::RowsSelected, records_result::PersonLoaded,
                                   records_result::ItemsLoaded, records_result::Notice>;

class RecordsWorker {
public:
    /// Starts the worker thread; `wake` is called (from it) whenever a result is ready or the
    /// progress moves, to wake the UI's event loop.
    RecordsWorker(RecordsSource source, const scoring::Clock& clock, std::function<void()> wake = {});
    ~RecordsWorker();
    RecordsWorker(const RecordsWorker&) = delete;
    RecordsWorker& operator=(const RecordsWorker&) = delete;

    /// Ingest (with --data-dir) and import the roster (with --roster), then read everyone's status.
    void refresh();
    /// The rows `query` selects and the dashboard over them; a newer query replaces one not yet begun.
    void select(const records::PeopleQuery& query);
    void openPerson(const std::string& personId);
    void openItems(const std::string& packId, const std::optional<std::string>& version, ItemColumn sortBy, bool descending);
    /// Writes `rows` of `table` (as shown) to a new file in the export folder.
    void exportRows(std::shared_ptr<const records::PeopleTable> table, std::shared_ptr<const std::vector<std::uint32_t>> rows,
                    ExportFormat format);
    void saveCertificate(const std::string& personId, const std::string& packId);

    /// The results ready since the last call, in the order they were made.
    std::vector<RecordsResult> take();
    RecordsProgress progress() const;
    /// Nothing asked for is still to do or being done.
    bool idle() const;

    const RecordsSource& source() const { return source_; }

private:
    using Job = std::function<void()>;
    void run();
    void post(RecordsResult result);
    void setProgress(std::string phase, int done, int total);
    void doRefresh();
    void doSelect(const records::PeopleQuery& query);

    RecordsSource source_;
    const scoring::Clock& clock_;
    std::function<void()> wake_;

    mutable std::mutex mutex_;
    std::condition_variable wanted_;
    bool stopping_ = false;
    bool busy_ = false;
    bool refreshWanted_ = false;
    std::optional<records::PeopleQuery> queryWanted_;
    std::deque<Job> jobs_;
    std::vector<RecordsResult> results_;
    RecordsProgress progress_;

    // Touched by the worker thread only.
    struct State;
    std::unique_ptr<State> state_;
    std::thread thread_;
};

} // namespace mamori::app
