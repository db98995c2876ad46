// mamori-tool records: HR's index of everyone's records (records/org_index.hpp) on the
// command line: ingest the progress files, import the roster, and ask where people stand,
// which records need a look, and which questions are bad.

#include "command.hpp"
#include "data_paths.hpp"
#include "records_options.hpp"
#include "settings_options.hpp"
#include "text_table.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/org_index.hpp"
#include "mamori/records/people_table.hpp"
#include "mamori/records/regular_file.hpp"

#include <cmath>
#include <cstdio>
#include <ostream>
#include <set>

namespace mamori::tool {
namespace {

using namespace mamori::records;

constexpr std::string_view kUsage =
    "usage: mamori-tool records ingest [--data-dir DIR] [--db FILE] [--key-file FILE] [--packs DIR]\n"
    "       mamori-tool records roster import FILE.csv [--db FILE] [--packs DIR]\n"
    "       mamori-tool records status [--pack ID] [--department D] [--manager M] [--overdue] [--include-left]\n"
    "                                  [--search TEXT] [--sort COLUMN[:desc]]\n"
    "                                  [--db FILE] [--time-zone ZONE] [--today YYYY-MM-DD]\n"
    "       mamori-tool records items --pack ID [--version V] [--all-attempts] [--db FILE]\n"
    "       mamori-tool records flags [--db FILE]\n"
    "       mamori-tool records report [--csv FILE.csv] [--xlsx FILE.xlsx] [--html FILE.html] [status's filters] [--db FILE]\n"
    "          (report: status as a CSV for any spreadsheet, an Excel workbook, or a printable HTML page;\n"
    "          PERSONAL DATA: these files hold names and results, handle them under your organisation's rules)\n"
    "       mamori-tool records export-xapi --out FILE.json [--pack ID] [--db FILE]\n"
    "       mamori-tool records allow-sync ROLE --db postgresql://…\n"
    "       mamori-tool records certificate make --learner ID --pack ID --out FILE.pdf [--db FILE] [--packs DIR]\n"
    "       mamori-tool records certificate verify CODE [--db FILE]\n"
    "  ingest  reads every progress file of the data folder (progress/ inside it) into the index:\n"
    "          learners, attempts, answers, scenario runs, completions and each file's integrity.\n"
    "          Files that did not change since the last ingest are not read again. The index\n"
    "          belongs on this computer's disk (SQLite's locking is unsafe on a network share);\n"
    "          the data folder may be a share.\n"
    "  roster import  replaces the roster: a CSV from an HR system or Excel (UTF-8 or Shift_JIS;\n"
    "          columns 社員番号/employee id, 氏名/name, 部署/department, 上長/manager, 入社日/hire date,\n"
    "          and assignments as 割当 'PACK:DUE[:VALIDITY];…' or one row per assignment). Bad rows\n"
    "          are reported as FILE:LINE: error: ... and the good ones load. People missing from\n"
    "          the new roster are marked as left; their records are kept.\n"
    "  status  each person and assignment: completed (date, version, score; and whether it expires\n"
    "          within 30 days), expired, overdue, in progress or not started. Only records whose\n"
    "          file verifies count. --search finds an id or a name however it is typed (full or\n"
    "          half width, hiragana or katakana); --sort orders by id, name, department, manager,\n"
    "          pack, status, due, completed, score or flags (missing values last; :desc reverses).\n"
    "  items   item analysis of a pack's quizzes for trainers: facility, discrimination and the\n"
    "          options chosen, from first attempts (all with --all-attempts); and of its inbox\n"
    "          exercises, per message: reported, deleted, opened, false alarms, clues found\n"
    "          (graded over the pack in --packs when it is there); no names.\n"
    "  flags   records that need a person's look: files that do not verify or hold another\n"
    "          learner, files rolled back or forked since an earlier ingest, restores from a\n"
    "          backup, implausibly fast attempts.\n"
    "  export-xapi  every attempt, answer, scenario run, inbox run and action, and completion of\n"
    "          files that verify, as xAPI 1.0.3 statements (a JSON array) for a learning record\n"
    "          store: learners are\n"
    "          accounts on the home-page setting (--home-page URL, required), activities IRIs\n"
    "          under it; statement ids are fixed, so exporting again gives the same file.\n"
    "          PERSONAL DATA: the file holds learners' ids, names and results (readable by you only).\n"
    "  allow-sync  lets a PostgreSQL role (made by the database's administrator) add learners'\n"
    "          signed files to the index's inbox and do nothing else: the credentials learners' PCs\n"
    "          push with (mamori --sync, the sync-url setting). ingest verifies what arrives and\n"
    "          indexes it for learners with no file in the data folder.\n"
    "  certificate make  a certificate of completion as a one-page PDF: the person's roster name, the\n"
    "          pack's title and version, the completion date (in the time-zone setting), the best score,\n"
    "          and a verification code made with the organisation key from the signed completion,\n"
    "          also as a QR code (with the certificate-url setting's address when there is one).\n"
    "  certificate verify  whether CODE (as printed, or the QR code's text) is that of a verified\n"
    "          completion in the index, and whose. Exit status 0: verified; 1: not.\n"
    "The index is --db, else the index setting (mamori-tool config show): a file on this computer\n"
    "(SQLite), or a PostgreSQL database as a libpq URI, postgresql://USER@HOST[:PORT]/DB[?host=SOCKET-DIR];\n"
    "keep its password out of the URI (~/.pgpass or PGPASSWORD).\n"
    "PERSONAL DATA: status and flags print names and results. Handle their output under your\n"
    "organisation's rules for personal information.\n"
    "Exit status: 0 done, 1 problems found (roster rows with errors, flags listed), 2 usage error.\n";

bool parse(std::span<const std::string_view> args, app::Config& settings, RecordsOptions& options, Streams streams)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (auto taken = takeSettingOption(settings, args, i, "records", streams)) {
            if (!*taken) return false;
            continue;
        }
        if (arg == "--overdue") options.overdue = true;
        else if (arg == "--include-left") options.includeLeft = true;
        else if (arg == "--all-attempts") options.allAttempts = true;
        else if (arg == "--pack" || arg == "--department" || arg == "--manager" || arg == "--version" ||
                 arg == "--today" || arg == "--csv" || arg == "--xlsx" || arg == "--html" || arg == "--out" || arg == "--learner" || arg == "--search" || arg == "--sort") {
            if (i + 1 >= args.size()) {
                streams.err << "mamori-tool records: " << arg << " needs a value\n";
                return false;
            }
            const std::string value(args[++i]);
            if (arg == "--pack") options.pack = value;
            else if (arg == "--department") options.department = value;
            else if (arg == "--manager") options.manager = value;
            else if (arg == "--version") options.version = value;
            else if (arg == "--csv") options.csv = value;
            else if (arg == "--xlsx") options.xlsx = value;
            else if (arg == "--html") options.html = value;
            else if (arg == "--out") options.out = value;
            else if (arg == "--learner") options.learner = value;
            else if (arg == "--search") options.search = value;
            else if (arg == "--sort") options.sort = value;
            else options.today = value;
        } else if (arg.starts_with("-")) {
            streams.err << "mamori-tool records: unknown option '" << arg << "'\n" << kUsage;
            return false;
        } else {
            options.words.emplace_back(arg);
        }
    }
    options.packsDir = settings.packsDir();
    return true;
}

std::string percent(std::optional<double> value)
{
    if (!value) return "";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", *value);
    return buffer;
}

std::string decimal(std::optional<double> value)
{
    if (!value) return "-";
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.2f", *value);
    return buffer;
}

std::string date(const std::optional<Date>& value)
{
    return value ? formatDate(*value) : "";
}

} // namespace

std::variant<StatusOnDay, int> statusOnDay(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    auto zone = TimeZone::namedOrLocal(settings.timeZone());
    if (!zone) {
        streams.err << "mamori-tool records: " << zone.refusal().message << '\n';
        return kExitUsage;
    }
    std::optional<Date> today = zone.value().localDate(scoring::SystemClock().now());
    if (options.today && !(today = parseRosterDate(*options.today))) {
        streams.err << "mamori-tool records: --today takes a date such as 2026-04-01\n";
        return kExitUsage;
    }
    auto index = openIndex(settings);
    if (!index) {
        streams.err << "mamori-tool records: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    const StatusFilter filter{options.pack, options.department, options.manager, options.overdue, options.includeLeft};
    auto report = index.value().status(filter, zone.value(), *today);
    if (!report) {
        streams.err << "mamori-tool records: error: " << report.refusal().message << '\n';
        return kExitProblems;
    }
    return StatusOnDay{std::move(report.value()), std::move(zone.value()), *today};
}

namespace {

int ingest(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    auto key = app::keyForReading(settings.key());
    if (!key) {
        streams.err << "mamori-tool records: error: " << key.refusal().message << '\n';
        return kExitProblems;
    }
    auto index = openIndex(settings);
    if (!index) {
        streams.err << "mamori-tool records: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    const lessons::PackLibrary packs = lessons::loadPackLibrary(options.packsDir);
    IngestOptions ingestOptions;
    ingestOptions.dataDir = settings.dataDir();
    ingestOptions.packs = &packs;
    scoring::SystemClock clock;
    auto report = index.value().ingest(ingestOptions, key.value().key, clock);
    if (!report) {
        streams.err << "mamori-tool records: error: " << report.refusal().message << '\n';
        return kExitProblems;
    }
    const IngestReport& r = report.value();
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", r.seconds);
    streams.out << "ingested " << (settings.dataDir() / "progress").string() << " into " << shownIndex(settings) << " in "
                << seconds << " s\n";
    streams.out << "  files: " << r.files << " (read " << r.parsed << ", unchanged " << r.unchanged << ", gone " << r.gone << ")\n";
    if (!r.statuses.empty()) {
        streams.out << "  read:";
        for (const auto& [status, count] : r.statuses) streams.out << " " << status << " " << count;
        streams.out << '\n';
    }
    if (r.fromInbox) streams.out << "  pushed by learners' PCs: " << r.fromInbox << " (from the inbox)\n";
    streams.out << "  flags raised: " << r.newFlags << (r.newFlags ? " (mamori-tool records flags lists them)" : "") << '\n';
    if (auto network = networkFileSystem(settings.dataDir()); network && !isDatabaseUri(settings.index())) {
        streams.out << "note: " << settings.dataDir().string() << " is on a network file system (" << *network
                    << "); the index stays on this computer's disk, at " << settings.index() << '\n';
    }
    return kExitOk;
}

int importRoster(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    if (options.words.size() != 3 || options.words[1] != "import") {
        streams.err << "mamori-tool records roster: usage: records roster import FILE.csv\n";
        return kExitUsage;
    }
    const std::filesystem::path file = options.words[2];
    auto bytes = readRegularFile(file, 256u * 1024 * 1024, Links::Follow);
    if (!bytes || !bytes.value()) {
        streams.err << file.string() << ": error: cannot read the roster: " << (bytes ? "no such file" : bytes.refusal().message)
                    << '\n';
        return kExitProblems;
    }
    const lessons::PackLibrary packs = lessons::loadPackLibrary(options.packsDir);
    std::set<std::string> known;
    for (const auto& pack : packs.packs) known.insert(pack->id);
    const Roster roster = readRoster(*bytes.value(), file.string(), known);
    for (const lessons::Diagnostic& d : roster.diagnostics) streams.err << lessons::formatDiagnostic(d) << '\n';
    if (roster.people.empty() && roster.hasErrors()) return kExitProblems;
    auto index = openIndex(settings);
    if (!index) {
        streams.err << "mamori-tool records: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    auto zone = TimeZone::namedOrLocal(settings.timeZone());
    const scoring::SystemClock clock;
    const Date today = zone ? zone.value().localDate(clock.now()) : Date(std::chrono::floor<std::chrono::days>(clock.now()));
    auto report = index.value().importRoster(roster, today);
    if (!report) {
        streams.err << "mamori-tool records: error: " << report.refusal().message << '\n';
        return kExitProblems;
    }
    const RosterImportReport& r = report.value();
    streams.out << "imported " << r.people << " people (" << r.added << " new, " << r.updated << " updated, " << r.left
                << " marked as left) with " << r.assignments << " assignments from " << file.string() << " (" << roster.encoding
                << ")\n";
    return roster.hasErrors() ? kExitProblems : kExitOk;
}

/// The search and order `records status` was asked for; nullopt after saying what is wrong.
std::optional<PeopleQuery> peopleQuery(const RecordsOptions& options, Streams streams)
{
    PeopleQuery query;
    query.search = options.search.value_or("");
    if (options.sort) {
        std::string_view name = *options.sort;
        if (name.ends_with(":desc")) {
            query.descending = true;
            name.remove_suffix(5);
        }
        const auto column = peopleColumnNamed(name);
        if (!column) {
            streams.err << "mamori-tool records status: --sort takes id, name, department, manager, pack, status, due, completed, "
                           "score, attempts, time or flags, with :desc to reverse; not '"
                        << *options.sort << "'\n";
            return std::nullopt;
        }
        query.sortBy = *column;
    }
    return query;
}

/// The report's rows the query selects, in its order; all of them in the report's order when
/// neither a search nor an order was asked for.
std::vector<StatusRow> shownRows(const StatusReport& report, const PeopleQuery& query)
{
    if (query.search.empty() && query.sortBy == PeopleColumn::Department && !query.descending) return report.rows;
    const PeopleTable table(std::make_shared<StatusReport>(report));
    std::vector<StatusRow> rows;
    for (std::uint32_t index : table.select(query)) rows.push_back(table.report().rows[index]);
    return rows;
}

int status(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    const std::optional<PeopleQuery> query = peopleQuery(options, streams);
    if (!query) return kExitUsage;
    auto found = statusOnDay(settings, options, streams);
    if (auto* exit = std::get_if<int>(&found)) return *exit;
    const StatusOnDay& day = std::get<StatusOnDay>(found);
    const StatusReport& r = day.report;
    streams.out << "status on " << formatDate(day.today) << " (" << day.zone.id() << ")\n\n";
    TextTable totals({"pack", "assigned", "completed", "expiring soon", "in progress", "not started", "overdue", "expired"});
    for (const auto& entry : r.totals) {
        // Named, not a structured binding: clang 14 (Debian 12's, for the fuzz build) cannot capture those.
        const std::string& pack = entry.first;
        const auto& states = entry.second;
        auto count = [&](AssignmentState s) {
            auto it = states.find(s);
            return std::to_string(it == states.end() ? 0 : it->second);
        };
        int assigned = 0;
        for (const auto& [state, n] : states) assigned += n;
        auto soon = r.expiringSoon.find(pack);
        totals.add({pack, std::to_string(assigned), count(AssignmentState::Completed),
                    std::to_string(soon == r.expiringSoon.end() ? 0 : soon->second), count(AssignmentState::InProgress),
                    count(AssignmentState::NotStarted), count(AssignmentState::Overdue), count(AssignmentState::Expired)});
    }
    totals.print(streams.out);
    streams.out << '\n';
    TextTable rows({"id", "name", "department", "pack", "status", "due", "completed", "version", "score", "records"});
    for (const StatusRow& row : shownRows(r, *query)) {
        std::string state(assignmentStateName(row.status.state));
        if (row.status.expiresSoon) state += " (expires " + date(row.status.expiresOn) + ")";
        if (row.status.belowMinimumVersion) state += " (older version)";
        std::string records = row.fileStatus == "valid" ? "" : row.fileStatus == "none" ? "no file" : "NOT COUNTED: " + row.fileStatus;
        if (row.flags) records += std::string(records.empty() ? "" : "; ") + std::to_string(row.flags) + " flag" + (row.flags == 1 ? "" : "s");
        rows.add({row.personId + (row.left ? " (left)" : ""), row.name, row.department, row.packId, state, date(row.status.due),
                  date(row.status.completedOn), row.status.version, percent(row.status.score), records});
    }
    rows.print(streams.out);
    if (!r.notOnRoster.empty()) {
        streams.out << "\nfiles of people not on the roster (" << r.notOnRoster.size() << "):";
        for (const std::string& id : r.notOnRoster) streams.out << ' ' << id;
        streams.out << '\n';
    }
    return kExitOk;
}

/// Each inbox exercise's messages: shares of the runs that decided each, and the ones most get wrong.
void printInboxMessages(const std::map<std::string, std::vector<MessageStatistics>>& inboxes, const std::string& packId,
                        const RecordsOptions& options, std::ostream& out)
{
    auto share = [](std::optional<double> fraction) { return fraction ? percent(*fraction * 100) : std::string("-"); };
    for (const auto& [inbox, list] : inboxes) {
        out << "inbox " << inbox << " (pack " << packId << (options.version ? " " + *options.version : ", all versions") << "; "
            << (options.allAttempts ? "all runs" : "first runs") << ")\n";
        TextTable table({"message", "verdict", "runs", "reported", "deleted", "safe", "opened", "false alarms", "facility", "clues found",
                         "check"});
        for (const MessageStatistics& m : list) {
            std::string clues;
            for (const auto& [part, found] : m.clues) clues += (clues.empty() ? "" : " ") + part + ":" + share(found);
            table.add({m.messageId, m.verdict ? std::string(lessons::verdictName(*m.verdict)) : "?", std::to_string(m.runs),
                       share(m.reported), share(m.deleted), share(m.markedSafe), share(m.opened), share(m.falseAlarms),
                       share(m.facility), clues, m.mostlyWrong ? "most get it wrong" : ""});
        }
        table.print(out);
        out << '\n';
    }
}

int items(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    if (!options.pack) {
        streams.err << "mamori-tool records items: --pack ID is needed\n";
        return kExitUsage;
    }
    auto index = openIndex(settings);
    if (!index) {
        streams.err << "mamori-tool records: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    auto stats = index.value().items(*options.pack, options.version, options.allAttempts);
    if (!stats) {
        streams.err << "mamori-tool records: error: " << stats.refusal().message << '\n';
        return kExitProblems;
    }
    // Inbox messages are graded over the pack when --packs has it, else read from the actions alone.
    const lessons::PackLibrary packs = lessons::loadPackLibrary(options.packsDir);
    auto messages = index.value().inboxMessages(*options.pack, options.version, packs.find(*options.pack), options.allAttempts);
    if (!messages) {
        streams.err << "mamori-tool records: error: " << messages.refusal().message << '\n';
        return kExitProblems;
    }
    if (stats.value().empty() && messages.value().empty()) {
        streams.out << "no finished attempts of pack " << *options.pack << (options.version ? " version " + *options.version : "")
                    << " in the index\n";
        return kExitOk;
    }
    for (const auto& [quiz, list] : stats.value()) {
        streams.out << "quiz " << quiz << " (pack " << *options.pack << (options.version ? " " + *options.version : ", all versions")
                    << "; " << (options.allAttempts ? "all attempts" : "first attempts") << ")\n";
        TextTable table({"question", "attempts", "facility", "discrimination", "options chosen", "check"});
        for (const ItemStatistics& item : list) {
            std::string chosen;
            for (const auto& [option, count] : item.options) chosen += (chosen.empty() ? "" : " ") + option + ":" + std::to_string(count);
            std::string check;
            if (item.tooEasy) check += "too easy";
            if (item.tooHard) check += "too hard";
            if (item.weakDiscrimination) check += std::string(check.empty() ? "" : ", ") + "weak discrimination";
            table.add({item.questionId, std::to_string(item.attempts), percent(item.facility * 100), decimal(item.discrimination),
                       chosen, check});
        }
        table.print(streams.out);
        streams.out << '\n';
    }
    printInboxMessages(messages.value(), *options.pack, options, streams.out);
    return kExitOk;
}

int flags(const app::Config& settings, Streams streams)
{
    auto index = openIndex(settings);
    if (!index) {
        streams.err << "mamori-tool records: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    auto all = index.value().flags();
    if (!all) {
        streams.err << "mamori-tool records: error: " << all.refusal().message << '\n';
        return kExitProblems;
    }
    auto zone = TimeZone::namedOrLocal(settings.timeZone());
    TextTable table({"learner", "flag", "when", "what"});
    for (const FlaggedRecord& f : all.value()) {
        table.add({f.learnerId, std::string(trustFlagName(f.flag.kind)), zone ? zone.value().localDateTime(f.flag.at) : "",
                   f.flag.detail});
    }
    if (table.rows() == 0) {
        streams.out << "no records need a look\n";
        return kExitOk;
    }
    table.print(streams.out);
    return kExitProblems;
}

int allowSync(const app::Config& settings, const std::string& role, Streams streams)
{
    auto index = openIndex(settings);
    if (!index) {
        streams.err << "mamori-tool records: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    if (auto allowed = index.value().allowSyncRole(role); !allowed) {
        streams.err << "mamori-tool records allow-sync: error: " << allowed.refusal().message << '\n';
        return allowed.refusal().code == scoring::RefusalCode::BadRole ? kExitUsage : kExitProblems;
    }
    streams.out << "role " << role << " may now add learners' files to the inbox of " << shownIndex(settings)
                << ", and do nothing else there; give learners' PCs sync-url=postgresql://" << role << "@…\n";
    return kExitOk;
}

} // namespace

int runRecords(std::span<const std::string_view> args, Streams streams)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? streams.err : streams.out) << kUsage;
        return args.empty() ? kExitUsage : kExitOk;
    }
    app::Config settings = loadSettings("records", streams);
    RecordsOptions options;
    if (!parse(args, settings, options, streams)) return kExitUsage;
    const std::string action = options.words.empty() ? "" : options.words[0];
    if (action == "ingest" && options.words.size() == 1) return ingest(settings, options, streams);
    if (action == "roster") return importRoster(settings, options, streams);
    if (action == "status" && options.words.size() == 1) return status(settings, options, streams);
    if (action == "items" && options.words.size() == 1) return items(settings, options, streams);
    if (action == "flags" && options.words.size() == 1) return flags(settings, streams);
    if (action == "allow-sync" && options.words.size() == 2) return allowSync(settings, options.words[1], streams);
    if (action == "report" && options.words.size() == 1) return recordsReport(settings, options, streams);
    if (action == "export-xapi" && options.words.size() == 1) return recordsExportXapi(settings, options, streams);
    if (action == "certificate") return recordsCertificate(settings, options, streams);
    streams.err << "mamori-tool records: unknown action '" << action << "'\n" << kUsage;
    return kExitUsage;
}

} // namespace mamori::tool
