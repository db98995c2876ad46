#include "mamori/records/progress_sync.hpp"

#include "mamori/records/learner_id.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/records/regular_file.hpp"
#include "mamori/scoring/clock.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mamori::records {
namespace {

using scoring::Done;
using scoring::refuse;
using scoring::RefusalCode;
using scoring::Result;

constexpr const char* kMarkerSuffix = ".push";
/// How long a push waits for the server to answer a connection: a PC offline gives up soon.
constexpr const char* kConnectTimeoutSeconds = "5";
/// How often the worker tries again while something waits.
constexpr auto kRetryEvery = std::chrono::minutes(2);

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

struct Connection {
    PGconn* connection;
    ~Connection() { PQfinish(connection); }
};

} // namespace

SyncOutbox::SyncOutbox(std::filesystem::path outboxDir, std::filesystem::path progressDir)
    : outboxDir_(std::move(outboxDir)), progressDir_(std::move(progressDir))
{
}

Result<Done> SyncOutbox::enqueue(const std::string& learnerId)
{
    if (auto problem = learnerIdProblem(learnerId)) return refuse(RefusalCode::BadLearnerId, "not a learner id: " + *problem);
    std::error_code ec;
    std::filesystem::create_directories(outboxDir_, ec);
    auto folder = Folder::open(outboxDir_, Links::Refuse);
    if (!folder) return folder.refusal();
    const std::string name = learnerId + kMarkerSuffix;
    const int fd = ::openat(folder.value().fd(), name.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0600);
    if (fd < 0) return refuse(RefusalCode::Outbox, "cannot queue " + learnerId + "'s records in " + outboxDir_.string() + ": " + std::strerror(errno));
    struct stat info {};
    const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    ::close(fd);
    if (!regular) return refuse(RefusalCode::Outbox, folder.value().pathOf(name).string() + " is not a regular file");
    return Done{};
}

std::vector<std::string> SyncOutbox::pending() const
{
    std::vector<std::string> learners;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(outboxDir_, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.ends_with(kMarkerSuffix) || !it->is_regular_file(ec) || it->is_symlink(ec)) continue;
        const std::string id = name.substr(0, name.size() - std::string_view(kMarkerSuffix).size());
        if (!learnerIdProblem(id)) learners.push_back(id);
    }
    std::sort(learners.begin(), learners.end());
    return learners;
}

SyncReport SyncOutbox::pushPending(const std::string& uri)
{
    SyncReport report;
    std::vector<std::string> learners = pending();
    report.waiting = static_cast<int>(learners.size());
    if (learners.empty()) return report;
    const char* keywords[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char* values[] = {uri.c_str(), kConnectTimeoutSeconds, "mamori-sync", nullptr};
    Connection db{PQconnectdbParams(keywords, values, 1)};
    if (PQstatus(db.connection) != CONNECTION_OK) {
        report.problem = "cannot reach the records server: " + trimmed(PQerrorMessage(db.connection));
        return report;
    }
    auto progress = Folder::open(progressDir_, Links::Follow);
    if (!progress) {
        report.problem = progress.refusal().message;
        return report;
    }
    for (const std::string& learnerId : learners) {
        auto content = readRegularFileAt(progress.value(), learnerId + ".xml", kMaxProgressFileBytes);
        if (content && content.value()) {
            const std::string pushedAt = scoring::formatTimestamp(scoring::SystemClock().now());
            const char* params[] = {learnerId.c_str(), content.value()->c_str(), pushedAt.c_str()};
            PGresult* result = PQexecParams(db.connection, "INSERT INTO inbox (learner_id, content, pushed_at) VALUES ($1, $2, $3)", 3,
                                            nullptr, params, nullptr, nullptr, 0);
            const bool inserted = PQresultStatus(result) == PGRES_COMMAND_OK;
            if (!inserted) report.problem = "the records server refused " + learnerId + "'s file: " + trimmed(PQresultErrorMessage(result));
            PQclear(result);
            if (!inserted) return report;
        } else if (!content) {
            report.problem = content.refusal().message;
            return report;
        }
        // Pushed, or there is no file to push (nothing saved yet): it leaves the queue.
        std::filesystem::remove(outboxDir_ / (learnerId + kMarkerSuffix));
        ++report.pushed;
        --report.waiting;
    }
    return report;
}

SyncWorker::SyncWorker(SyncOutbox outbox, std::string uri) : outbox_(std::move(outbox)), uri_(std::move(uri))
{
    thread_ = std::thread([this] { run(); });
}

SyncWorker::~SyncWorker()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void SyncWorker::request(const std::string& learnerId)
{
    auto queued = outbox_.enqueue(learnerId);
    std::lock_guard lock(mutex_);
    if (!queued) last_.problem = queued.refusal().message;
    woken_ = true;
    wake_.notify_all();
}

SyncReport SyncWorker::lastReport() const
{
    std::lock_guard lock(mutex_);
    return last_;
}

void SyncWorker::run()
{
    std::unique_lock lock(mutex_);
    while (true) {
        // Woken by a request, or now and then to try again what waits.
        wake_.wait_for(lock, kRetryEvery, [&] { return woken_ || stopping_; });
        if (stopping_ && !woken_) break;
        const bool last = stopping_;   // a request just before closing is still pushed
        woken_ = false;
        lock.unlock();
        const SyncReport report = outbox_.pushPending(uri_);
        lock.lock();
        last_ = report;
        if (last) break;
    }
}

std::optional<std::string> inboxOnlyGrants(const std::string& role)
{
    const bool plain = !role.empty() && role.size() <= 63 && std::all_of(role.begin(), role.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!plain) return std::nullopt;
    const std::string quoted = "\"" + role + "\"";
    return "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + quoted + ";\n"
           "GRANT USAGE ON SCHEMA public TO " + quoted + ";\n"
           "GRANT INSERT ON inbox TO " + quoted + ";\n";
}

} // namespace mamori::records
