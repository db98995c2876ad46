// Benchmark: HR's index on organisations of N learners (generated with tests/tools), next
// to the floor measured in the same run: reading the same files, verifying their signatures
// and parsing them with bare tinyxml2, on as many threads as the ingest uses. Prints figures;
// asserts nothing.
//   build/tests/bench/ingest_bench [--keep DIR] [--postgres URI] N...        (default: 1000)
// With --postgres (a libpq URI of a server's maintenance database; tests/postgres/server.sh
// starts one), the same phases also run into a fresh PostgreSQL database on that server.
// Phases per N: cold ingest; re-ingest with nothing changed; re-ingest with 1 % changed; and
// the peak resident memory of each (VmHWM, reset before each phase).

#include "bench_figure.hpp"
#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/org_index.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/records/regular_file.hpp"
#include "mamori/records/signing.hpp"
#include "org_generator.hpp"

#include <libpq-fe.h>
#include <tinyxml2.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace mamori;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

/// Resets the peak resident memory, so that each phase reports its own.
void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

/// The peak resident memory since the last reset, in MB.
double peakMemoryMb()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
    }
    return 0;
}

std::vector<std::string> progressFiles(const fs::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 4 && name.ends_with(".xml")) names.push_back(name);
    }
    return names;
}

/// The floor: read, verify and parse every file with bare tinyxml2, on `threads` threads.
double floorSeconds(const fs::path& folder, const records::OrganisationKey& key, int threads, std::uintmax_t& bytes)
{
    const auto names = progressFiles(folder);
    auto opened = records::Folder::open(folder, records::Links::Follow);
    if (!opened) return 0;
    std::atomic<std::size_t> next{0};
    std::atomic<std::uintmax_t> total{0};
    const auto start = Clock::now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
            for (std::size_t i = next++; i < names.size(); i = next++) {
                auto content = records::readRegularFileAt(opened.value(), names[i], records::kMaxProgressFileBytes);
                if (!content || !content.value()) continue;
                total += content.value()->size();
                const auto verified = records::verifySignature(*content.value(), key);
                tinyxml2::XMLDocument document;
                document.Parse(content.value()->data(), content.value()->size());
                (void)verified;
            }
        });
    }
    for (auto& w : workers) w.join();
    bytes = total;
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Phase {
    double seconds = 0;
    double peakMb = 0;
    records::IngestReport report;
};

Phase ingest(records::OrgIndex& index, const fs::path& data, const records::OrganisationKey& key, const lessons::PackLibrary& packs,
             int threads)
{
    resetPeakMemory();
    records::IngestOptions options;
    options.dataDir = data;
    options.packs = &packs;
    options.threads = threads;
    scoring::SystemClock clock;
    const auto start = Clock::now();
    auto report = index.ingest(options, key, clock);
    Phase phase;
    phase.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    phase.peakMb = peakMemoryMb();
    if (report) phase.report = report.value();
    else std::fprintf(stderr, "ingest failed: %s\n", report.refusal().message.c_str());
    return phase;
}

/// A new, empty database `name` on the server at `serverUri`, and its URI; "" when that fails.
std::string freshPostgresDatabase(const std::string& serverUri, const std::string& name)
{
    PGconn* connection = PQconnectdb(serverUri.c_str());
    bool made = PQstatus(connection) == CONNECTION_OK;
    for (const std::string& sql : {"DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name}) {
        if (!made) break;
        PGresult* result = PQexec(connection, sql.c_str());
        made = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    if (!made) std::fprintf(stderr, "PostgreSQL: %s\n", PQerrorMessage(connection));
    PQfinish(connection);
    if (!made) return "";
    const auto path = serverUri.find('/', serverUri.find("://") + 3);
    const auto query = serverUri.find('?');
    return serverUri.substr(0, path) + "/" + name + (query == std::string::npos ? "" : serverUri.substr(query));
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<int> sizes;
    fs::path keep;
    std::string postgres;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--keep" && i + 1 < argc) keep = argv[++i];
        else if (arg == "--postgres" && i + 1 < argc) postgres = argv[++i];
        else sizes.push_back(std::max(1, std::atoi(arg.c_str())));
    }
    if (sizes.empty()) sizes = {1000};
    const int threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const lessons::PackLibrary packs = lessons::loadPackLibrary(MAMORI_PACKS_DIR);
    std::array<std::uint8_t, records::OrganisationKey::kBytes> keyBytes{};
    keyBytes.fill(7);
    const records::OrganisationKey key(keyBytes);

    std::printf("%-10s %9s %9s %10s %10s %7s %10s %10s %10s %8s %8s %8s\n", "index", "learners", "MB", "floor s", "cold s", "ratio", "same s",
                "1% s", "1% read", "cold MB", "same MB", "1% MB");
    for (int n : sizes) {
        const fs::path root = keep.empty() ? fs::temp_directory_path() / ("mamori-ingest-bench-" + std::to_string(::getpid()) + "-" +
                                                                           std::to_string(n))
                                           : keep / std::to_string(n);
        test::OrgOptions options;
        options.learners = n;
        options.packsDir = MAMORI_PACKS_DIR;
        options.dataDir = root / "data";
        options.key = key;
        if (!fs::exists(options.dataDir / "progress")) test::generateOrganisation(options);
        fs::remove(root / "index.sqlite");
        fs::remove(root / "index.sqlite-wal");
        fs::remove(root / "index.sqlite-shm");

        // Warm the page cache the same for both, then measure the floor.
        std::uintmax_t bytes = 0;
        floorSeconds(options.dataDir / "progress", key, threads, bytes);
        const double floor = floorSeconds(options.dataDir / "progress", key, threads, bytes);

        std::vector<std::pair<std::string, std::string>> targets{{"sqlite", (root / "index.sqlite").string()}};
        if (!postgres.empty()) targets.emplace_back("postgresql", freshPostgresDatabase(postgres, "mamori_bench_" + std::to_string(n)));
        for (const auto& [engine, target] : targets) {
            if (target.empty()) continue;
            auto index = records::OrgIndex::openTarget(target);
            if (!index) {
                std::fprintf(stderr, "%s\n", index.refusal().message.c_str());
                return 1;
            }
            const Phase cold = ingest(index.value(), options.dataDir, key, packs, threads);
            const Phase same = ingest(index.value(), options.dataDir, key, packs, threads);
            test::advanceOrganisation(options, 1.0, 1);
            const Phase onePercent = ingest(index.value(), options.dataDir, key, packs, threads);
            std::printf("%-10s %9d %9.0f %10.2f %10.2f %7.2f %10.2f %10.2f %10d %8.0f %8.0f %8.0f\n", engine.c_str(), n,
                        static_cast<double>(bytes) / 1e6, floor, cold.seconds, cold.seconds / floor, same.seconds, onePercent.seconds,
                        onePercent.report.parsed, cold.peakMb, same.peakMb, onePercent.peakMb);
            const std::string label = engine + ", " + std::to_string(n) + " learners";
            mamori::bench::figure(("index cold ingest / floor, " + label).c_str(), cold.seconds / floor, "x");
            mamori::bench::figure(("index re-ingest unchanged, " + label).c_str(), same.seconds, "s");
            mamori::bench::figure(("index cold ingest peak memory, " + label).c_str(), cold.peakMb, "MB");
            std::fflush(stdout);
        }
        if (keep.empty()) fs::remove_all(root);
    }
    return 0;
}
