// Learners' PCs pushing their signed files to the records server (progress_sync.hpp), on the
// real PostgreSQL server of the test run: what a PC's role may do, what HR's ingest makes of
// what arrives, and a server that cannot be reached.

#include "index_target.hpp"
#include "mamori/records/org_index.hpp"
#include "mamori/records/progress_sync.hpp"
#include "records_fixtures.hpp"
#include "scoring_fixtures.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <libpq-fe.h>

#include <chrono>
#include <thread>
#include <unistd.h>

using namespace mamori::records;
using namespace mamori::scoring;
using namespace mamori::test;
namespace fs = std::filesystem;

namespace {

/// Runs `sql` on `uri`: "" when it worked, else the server's message.
std::string runSql(const std::string& uri, const std::string& sql)
{
    PGconn* connection = PQconnectdb(uri.c_str());
    std::string problem = PQstatus(connection) == CONNECTION_OK ? "" : PQerrorMessage(connection);
    if (problem.empty()) {
        PQclear(PQexec(connection, "SET client_min_messages = warning"));
        PGresult* result = PQexec(connection, sql.c_str());
        const auto status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) problem = PQresultErrorMessage(result);
        PQclear(result);
    }
    PQfinish(connection);
    return problem;
}

/// `uri` with its user replaced by `user`.
std::string asUser(std::string uri, const std::string& user)
{
    const auto at = uri.find("user=");
    REQUIRE(at != std::string::npos);
    const auto end = uri.find('&', at);
    return uri.replace(at, end == std::string::npos ? std::string::npos : end - at, "user=" + user);
}

/// An index on its own database, a PC role that may only push, and a learner's data folder.
struct Server {
    TemporaryDirectory root;
    fs::path progress = root.path() / "data" / "progress";
    fs::path outbox = root.path() / "outbox";
    std::string index = freshIndexTarget(root.path());
    std::string role = "mamori_pc_" + std::to_string(::getpid());
    std::string pc;   // the URI a learner's PC is given
    PosixStorage storage;
    FakeClock clock{kStart};

    Server()
    {
        REQUIRE(indexesOnPostgres());
        REQUIRE(OrgIndex::connect(index));   // makes the tables, inbox among them
        CHECK(runSql(index, "DROP ROLE IF EXISTS " + role + "; CREATE ROLE " + role + " LOGIN;") == "");
        CHECK(runSql(index, *inboxOnlyGrants(role)) == "");
        pc = asUser(index, role);
        fs::create_directories(progress);
    }
    ~Server() { (void)runSql(index, "DROP OWNED BY " + role + "; DROP ROLE IF EXISTS " + role + ";"); }

    /// Saves learner `id`'s records with `views` pages viewed, signed, in the data folder.
    void save(const std::string& id, int views)
    {
        auto store = openStore(progress, storage, clock, id);
        REQUIRE(store->load());   // as the app does: a save continues the file's history
        LearnerProgress p = progressWithViews(views);
        p.learnerId = id;
        REQUIRE(store->save(p));
    }
    IngestReport ingest()
    {
        auto index = OrgIndex::connect(this->index);
        REQUIRE(index);
        IngestOptions options;
        options.dataDir = root.path() / "hr-data";   // HR's own folder: empty, the files come through the inbox
        fs::create_directories(options.dataDir / "progress");
        auto report = index.value().ingest(options, testKey(), clock);
        REQUIRE(report);
        return report.value();
    }
    std::vector<std::string> learnersIndexed()
    {
        auto index = OrgIndex::connect(this->index);
        REQUIRE(index);
        std::vector<std::string> seen;
        REQUIRE(index.value().forEachLearner(std::nullopt, [&](const IndexedLearner& l) -> Result<Done> {
            seen.push_back(l.learnerId + ":" + std::to_string(l.packs.empty() ? 0 : l.packs.front().pagesViewed));
            return Done{};
        }));
        return seen;
    }
};

} // namespace

TEST_CASE("a PC pushes a learner's signed file into the inbox, and may do nothing else on the server")
{
    Server server;
    server.save("E1", 2);
    SyncOutbox outbox(server.outbox, server.progress);
    REQUIRE(outbox.enqueue("E1"));
    REQUIRE(outbox.enqueue("E1"));   // queued once, however often asked
    CHECK(outbox.pending() == std::vector<std::string>{"E1"});
    const SyncReport report = outbox.pushPending(server.pc);
    CHECK(report.problem == "");
    CHECK(report.pushed == 1);
    CHECK(report.waiting == 0);
    CHECK(outbox.pending().empty());

    // The PC's credentials read nothing and change nothing but the inbox.
    for (const char* sql : {"SELECT * FROM files", "SELECT * FROM inbox", "UPDATE inbox SET content = ''",
                            "DELETE FROM inbox", "INSERT INTO files (learner_id, file_name, size, mtime_ns, signature, status, "
                                                 "ingested_at) VALUES ('X', 'x', 0, 0, '', 'valid', 0)"}) {
        CAPTURE(sql);
        CHECK(runSql(server.pc, sql).find("permission denied") != std::string::npos);
    }
}

TEST_CASE("HR's ingest verifies what arrives: a pushed file counts, a tampered one is flagged, an older push does not win")
{
    Server server;
    SyncOutbox outbox(server.outbox, server.progress);
    server.save("E1", 3);
    const std::string older = readFile(server.progress / "E1.xml");
    REQUIRE(outbox.enqueue("E1"));
    REQUIRE(outbox.pushPending(server.pc).pushed == 1);
    server.save("E1", 5);   // a later save, pushed after
    REQUIRE(outbox.enqueue("E1"));
    REQUIRE(outbox.pushPending(server.pc).pushed == 1);

    // Someone with the PC's credentials pushes a forged file for E2.
    server.save("E2", 1);
    std::string forged = readFile(server.progress / "E2.xml");
    forged.replace(forged.find("p0"), 2, "pX");
    writeFile(server.progress / "E2.xml", forged);
    REQUIRE(outbox.enqueue("E2"));
    REQUIRE(outbox.pushPending(server.pc).pushed == 1);

    const IngestReport first = server.ingest();
    CHECK(first.fromInbox == 3);
    CHECK(first.statuses.at("tampered") == 1);
    CHECK(server.learnersIndexed() == std::vector<std::string>{"E1:5"});   // E2 never counted

    // The first push of E1 arriving again, late, does not replace the later one; nothing is read twice.
    CHECK(runSql(server.index, "INSERT INTO inbox (learner_id, content, pushed_at) VALUES ('E1', '" + older + "', 'late')") == "");
    CHECK(server.ingest().fromInbox == 0);
    CHECK(server.learnersIndexed() == std::vector<std::string>{"E1:5"});
    CHECK(server.ingest().fromInbox == 0);

    // A push far larger than any progress file is refused unread, as a file of the folder would be.
    CHECK(runSql(server.index, "INSERT INTO inbox (learner_id, content, pushed_at) VALUES ('E9', repeat('x', 70000000), 'huge')") == "");
    const IngestReport huge = server.ingest();
    CHECK(huge.fromInbox == 1);
    CHECK(huge.statuses.at("corrupt") == 1);
    CHECK(server.learnersIndexed() == std::vector<std::string>{"E1:5"});
}

TEST_CASE("a server that cannot be reached keeps the queue, returns within seconds, and the work is pushed later")
{
    Server server;
    server.save("E1", 1);
    SyncOutbox outbox(server.outbox, server.progress);
    REQUIRE(outbox.enqueue("E1"));
    const auto started = std::chrono::steady_clock::now();
    const SyncReport offline = outbox.pushPending("postgresql:///mamori?host=" + server.root.path().string() + "&port=1");
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(30));
    CHECK(offline.problem.find("cannot reach the records server") != std::string::npos);
    CHECK(offline.waiting == 1);
    CHECK(outbox.pending() == std::vector<std::string>{"E1"});
    CHECK(fs::exists(server.progress / "E1.xml"));   // local progress untouched

    // The worker pushes in the background what waits, and what is asked.
    SyncWorker worker(outbox, server.pc);
    server.save("E2", 1);
    worker.request("E2");
    for (int i = 0; i < 100 && !outbox.pending().empty(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(outbox.pending().empty());
    CHECK(server.ingest().fromInbox == 2);
}
