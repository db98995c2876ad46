#include "records_worker.hpp"

#include "index_opening.hpp"

#include "mamori/records/certificate.hpp"
#include "mamori/records/regular_file.hpp"
#include "mamori/records/report_export.hpp"
#include "mamori/records/roster.hpp"
#include "mamori/records/time_zone.hpp"

#include <algorithm>
#include <chrono>
#include <set>

namespace mamori::app {

namespace fs = std::filesystem;
using records::OrgIndex;
using records::PeopleQuery;
using records::PeopleTable;

/// What only the worker thread touches: the index, once opened, and the last table it read.
struct RecordsWorker::State {
    std::optional<OrgIndex> index;
    std::optional<records::TimeZone> zone;
    std::optional<records::LoadedKey> key;
    std::shared_ptr<const PeopleTable> table;
    records::Date today{};
};

namespace {

/// Departments to filter by: each as written, and each upper level of a sectioned one
/// ("営業部 第一課" also offers "営業部"), as the people table's filter takes them.
std::vector<std::string> departmentChoices(const records::StatusReport& report)
{
    std::set<std::string> all;
    for (const records::StatusRow& row : report.rows) {
        if (row.department.empty()) continue;
        all.insert(row.department);
        for (std::string_view separator : {" ", "　", "/"}) {
            if (const auto cut = row.department.find(separator); cut != std::string::npos && cut > 0) {
                all.insert(row.department.substr(0, cut));
            }
        }
    }
    return {all.begin(), all.end()};
}

FilterChoices filterChoices(const records::StatusReport& report)
{
    std::set<std::string> managers, packs;
    for (const records::StatusRow& row : report.rows) {
        if (!row.manager.empty()) managers.insert(row.manager);
        packs.insert(row.packId);
    }
    return {departmentChoices(report), {managers.begin(), managers.end()}, {packs.begin(), packs.end()}};
}

std::string stamp(const records::TimeZone& zone, scoring::Timestamp now)
{
    std::string text = zone.localDateTime(now);   // 2026-04-01 18:30
    std::erase_if(text, [](char c) { return c == '-' || c == ':'; });
    std::replace(text.begin(), text.end(), ' ', '-');
    return text;
}

/// `folder/stemEXTENSION`, or `stem-2`, `stem-3`… when taken: two exports in the same minute
/// (another filter, the same minute) must not replace each other.
fs::path unusedName(const fs::path& folder, const std::string& stem, const std::string& extension)
{
    std::error_code ec;
    fs::path file = folder / (stem + extension);
    for (int n = 2; fs::symlink_status(file, ec).type() != fs::file_type::not_found && n < 1000; ++n) {
        file = folder / (stem + "-" + std::to_string(n) + extension);
    }
    return file;
}

/// The folder exports go to, made when missing; refused when something other than a real
/// folder is there (a link planted in its place is never written through).
std::optional<std::string> exportFolder(const fs::path& folder)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    const fs::file_status status = fs::symlink_status(folder, ec);
    if (ec || status.type() != fs::file_type::directory) {
        return folder.string() + " is not a folder Mamori can write exports into";
    }
    return std::nullopt;
}

constexpr std::size_t kRosterLinesShown = 5;

RecordsNotice problemNotice(std::string key, std::string detail)
{
    return {std::move(key), {}, std::move(detail), true};
}

RecordsResult problem(std::string key, std::string detail)
{
    return records_result::Notice{problemNotice(std::move(key), std::move(detail))};
}

} // namespace

RecordsWorker::RecordsWorker(RecordsSource source, const scoring::Clock& clock, std::function<void()> wake)
    : source_(std::move(source)), clock_(clock), wake_(std::move(wake)), state_(std::make_unique<State>())
{
    thread_ = std::thread([this] { run(); });
}

RecordsWorker::~RecordsWorker()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wanted_.notify_all();
    thread_.join();
}

void RecordsWorker::refresh()
{
    {
        std::lock_guard lock(mutex_);
        refreshWanted_ = true;
    }
    wanted_.notify_all();
}

void RecordsWorker::select(const PeopleQuery& query)
{
    {
        std::lock_guard lock(mutex_);
        queryWanted_ = query;
    }
    wanted_.notify_all();
}

void RecordsWorker::openPerson(const std::string& personId)
{
    std::lock_guard lock(mutex_);
    jobs_.push_back([this, personId] {
        State& s = *state_;
        std::vector<records::StatusRow> rows;
        std::string fileStatus = "none";
        if (s.table) {
            for (const records::StatusRow& row : s.table->report().rows) {
                if (row.personId != personId) continue;
                rows.push_back(row);
                fileStatus = row.fileStatus;
            }
        }
        auto learner = s.index->learner(personId);
        if (!learner) return post(problem("records.notice.person", learner.refusal().message));
        std::vector<records::TrustFlag> flags;
        if (auto all = s.index->flags()) {
            for (const records::FlaggedRecord& f : all.value()) {
                if (f.learnerId == personId) flags.push_back(f.flag);
            }
        }
        if (rows.empty() && learner.value()) fileStatus = "valid";
        post(records_result::PersonLoaded{
            buildPersonDetail(personId, rows, learner.value(), fileStatus, std::move(flags), *source_.library, *s.zone)});
    });
    wanted_.notify_all();
}

void RecordsWorker::openItems(const std::string& packId, const std::optional<std::string>& version, ItemColumn sortBy,
                              bool descending)
{
    std::lock_guard lock(mutex_);
    jobs_.push_back([this, packId, version, sortBy, descending] {
        OrgIndex& index = *state_->index;
        auto versions = index.versionsOf(packId);
        auto statistics = versions ? index.items(packId, version) : decltype(index.items(packId, version))(versions.refusal());
        if (!statistics) return post(problem("records.notice.items", statistics.refusal().message));
        ItemAnalysisView view = buildItemAnalysis(packId, version, versions.value(), statistics.value(), *source_.library);
        sortItemRows(view, sortBy, descending);
        const lessons::Pack* pack = source_.library->find(packId);
        auto messages = index.inboxMessages(packId, version, pack);
        if (!messages) return post(problem("records.notice.items", messages.refusal().message));
        view.messages = buildInboxMessageRows(messages.value(), pack);
        post(records_result::ItemsLoaded{std::move(view)});
    });
    wanted_.notify_all();
}

void RecordsWorker::exportRows(std::shared_ptr<const PeopleTable> table, std::shared_ptr<const std::vector<std::uint32_t>> rows,
                               ExportFormat format)
{
    std::lock_guard lock(mutex_);
    jobs_.push_back([this, table, rows, format] {
        if (auto folder = exportFolder(source_.exportDir)) return post(problem("records.notice.export-failed", *folder));
        records::StatusReport shown;
        shown.rows.reserve(rows->size());
        for (std::uint32_t row : *rows) {
            const records::StatusRow& r = table->report().rows[row];
            ++shown.totals[r.packId][r.status.state];
            if (r.status.expiresSoon) ++shown.expiringSoon[r.packId];
            shown.rows.push_back(r);
        }
        const records::ReportTable report = records::makeReportTable(shown, state_->today, state_->zone->id());
        const fs::path file = unusedName(source_.exportDir, "people-" + stamp(*state_->zone, clock_.now()),
                                         format == ExportFormat::Csv ? ".csv" : ".xlsx");
        auto written = format == ExportFormat::Csv ? records::writeCsvReport(report, file) : records::writeXlsxReport(report, file);
        if (!written) return post(problem("records.notice.export-failed", written.refusal().message));
        post(records_result::Notice{{"records.notice.exported", {std::to_string(rows->size()), file.string()}, "", false}});
    });
    wanted_.notify_all();
}

void RecordsWorker::saveCertificate(const std::string& personId, const std::string& packId)
{
    std::lock_guard lock(mutex_);
    jobs_.push_back([this, personId, packId] {
        State& s = *state_;
        if (!s.key) {
            if (!source_.key) return post(problem("records.notice.no-key", ""));
            auto key = keyForReading(*source_.key);
            if (!key) return post(problem("records.notice.key", key.refusal().message));
            s.key = std::move(key.value());
        }
        auto facts = records::certificateFactsFor(*s.index, personId, packId);
        if (!facts) return post(problem("records.notice.certificate-failed", facts.refusal().message));
        if (!facts.value()) {
            return post(records_result::Notice{{"records.notice.no-completion", {personId, packId}, "", true}});
        }
        const fs::path folder = source_.exportDir / "certificates";
        if (auto unusable = exportFolder(folder)) return post(problem("records.notice.certificate-failed", *unusable));
        const fs::path file = folder / (personId + "-" + packId + ".pdf");
        if (auto failed = records::writeCertificatePdf(*facts.value(), s.key->key, source_.certificateUrl, *s.zone, file)) {
            return post(problem("records.notice.certificate-failed", *failed));
        }
        post(records_result::Notice{{"records.notice.certificate-saved", {file.string()}, "", false}});
    });
    wanted_.notify_all();
}

std::vector<RecordsResult> RecordsWorker::take()
{
    std::lock_guard lock(mutex_);
    std::vector<RecordsResult> taken;
    taken.swap(results_);
    return taken;
}

RecordsProgress RecordsWorker::progress() const
{
    std::lock_guard lock(mutex_);
    return progress_;
}

bool RecordsWorker::idle() const
{
    std::lock_guard lock(mutex_);
    return !busy_ && !refreshWanted_ && !queryWanted_ && jobs_.empty();
}

void RecordsWorker::post(RecordsResult result)
{
    {
        std::lock_guard lock(mutex_);
        results_.push_back(std::move(result));
    }
    if (wake_) wake_();
}

void RecordsWorker::setProgress(std::string phase, int done, int total)
{
    {
        std::lock_guard lock(mutex_);
        progress_ = {true, std::move(phase), done, total};
    }
    if (wake_) wake_();
}

void RecordsWorker::run()
{
    for (;;) {
        bool doRefreshNow = false;
        std::optional<PeopleQuery> query;
        Job job;
        {
            std::unique_lock lock(mutex_);
            busy_ = false;
            progress_ = {};
            wanted_.wait(lock, [this] { return stopping_ || refreshWanted_ || queryWanted_ || !jobs_.empty(); });
            if (stopping_) return;
            busy_ = true;
            // A refresh first: what follows reads its table. Then the latest query, then the rest in order.
            if (refreshWanted_) {
                doRefreshNow = true;
                refreshWanted_ = false;
            } else if (queryWanted_) {
                query = std::move(queryWanted_);
                queryWanted_.reset();
            } else {
                job = std::move(jobs_.front());
                jobs_.pop_front();
            }
        }
        if (wake_) wake_();
        if (doRefreshNow) {
            doRefresh();
        } else if (query) {
            doSelect(*query);
        } else if (state_->index) {
            job();
        } else {
            post(problem("records.notice.index-closed", ""));
        }
        if (wake_) wake_();
    }
}

void RecordsWorker::doRefresh()
{
    State& s = *state_;
    std::vector<RecordsNotice> notices;
    if (!s.zone) {
        auto zone = records::TimeZone::namedOrLocal(source_.timeZone);
        if (!zone) {
            notices.push_back(problemNotice("records.notice.time-zone", zone.refusal().message));
            s.zone.emplace(records::TimeZone::ofThisComputer());
        } else {
            s.zone.emplace(std::move(zone.value()));
        }
    }
    if (!s.index) {
        setProgress("records.phase.open", 0, 0);
        auto index = openIndex(source_.index);
        if (!index) return post(records_result::Notice{{"records.notice.index", {shownIndex(source_.index)}, index.refusal().message, true}});
        s.index.emplace(std::move(index.value()));
    }
    s.today = s.zone->localDate(clock_.now());
    if (source_.ingestFrom) {
        setProgress("records.phase.ingest", 0, 0);
        if (!s.key && source_.key) {
            if (auto key = keyForReading(*source_.key)) s.key = std::move(key.value());
            else notices.push_back(problemNotice("records.notice.key", key.refusal().message));
        }
        if (s.key) {
            records::IngestOptions options;
            options.dataDir = *source_.ingestFrom;
            options.packs = source_.library.get();
            options.progress = [this](int done, int total) { setProgress("records.phase.ingest", done, total); };
            auto report = s.index->ingest(options, s.key->key, clock_);
            if (!report) notices.push_back(problemNotice("records.notice.ingest", report.refusal().message));
            else if (report.value().newFlags > 0) {
                notices.push_back({"records.notice.new-flags", {std::to_string(report.value().newFlags)}, "", false});
            }
        }
    }
    if (source_.roster) {
        setProgress("records.phase.roster", 0, 0);
        auto bytes = records::readRegularFile(*source_.roster, 256u * 1024 * 1024, records::Links::Follow);
        if (!bytes || !bytes.value()) {
            notices.push_back(problemNotice("records.notice.roster", source_.roster->string() + ": error: cannot read the roster: " +
                                                                      (bytes ? std::string("no such file") : bytes.refusal().message)));
        } else {
            std::set<std::string> known;
            for (const auto& pack : source_.library->packs) known.insert(pack->id);
            const records::Roster roster = records::readRoster(*bytes.value(), source_.roster->string(), known);
            // The roster's problems, by line; a long list is cut (mamori-tool records roster import lists all).
            for (std::size_t i = 0; i < roster.diagnostics.size() && i < kRosterLinesShown; ++i) {
                notices.push_back(problemNotice("records.notice.roster-line", lessons::formatDiagnostic(roster.diagnostics[i])));
            }
            if (roster.diagnostics.size() > kRosterLinesShown) {
                notices.push_back({"records.notice.roster-more", {std::to_string(roster.diagnostics.size() - kRosterLinesShown)}, "", true});
            }
            if (!roster.people.empty()) {
                if (auto imported = s.index->importRoster(roster, s.today); !imported) {
                    notices.push_back(problemNotice("records.notice.roster", imported.refusal().message));
                }
            }
        }
    }
    setProgress("records.phase.status", 0, 0);
    records::StatusFilter filter;
    filter.includeLeft = true;
    auto report = s.index->status(filter, *s.zone, s.today);
    if (!report) return post(problem("records.notice.status", report.refusal().message));
    auto shared = std::make_shared<const records::StatusReport>(std::move(report.value()));
    setProgress("records.phase.table", 0, 0);
    s.table = std::make_shared<const PeopleTable>(shared);
    post(records_result::TableLoaded{s.table, filterChoices(*shared), s.today, s.zone->id(), s.zone->localDateTime(clock_.now()),
                                     std::move(notices)});
}

void RecordsWorker::doSelect(const PeopleQuery& query)
{
    if (!state_->table) return;
    setProgress("records.phase.select", 0, 0);
    const PeopleTable& table = *state_->table;
    auto rows = std::make_shared<const std::vector<std::uint32_t>>(table.select(query));
    post(records_result::RowsSelected{state_->table, query, std::move(rows), records::dashboardFigures(table, query)});
}

} // namespace mamori::app
