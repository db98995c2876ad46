// Benchmark: answers saved per second through the full durable path (serialize, sign,
// keep the backup, write a temporary file, fsync, rename, fsync the folder), as a learner's
// session does after every answer. Prints figures; asserts nothing.
//   build/tests/bench/save_bench [ANSWERS] [FOLDER]
// FOLDER defaults to the system's temporary folder; point it at the disk you care about.

#include "bench_figure.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/scoring/learner_session.hpp"
#include "mamori/records/progress_store.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace mamori;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    const int answers = argc > 1 ? std::max(10, std::atoi(argv[1])) : 1000;
    const std::filesystem::path folder = (argc > 2 ? std::filesystem::path(argv[2]) : std::filesystem::temp_directory_path()) /
                                         ("mamori-save-bench-" + std::to_string(::getpid()));
    const auto pack = lessons::loadPackFile(std::filesystem::path(MAMORI_SOURCE_DIR) / "tests/scoring/packs/drill/pack.xml").pack;
    if (!pack) return 1;

    std::array<std::uint8_t, records::OrganisationKey::kBytes> keyBytes{};
    keyBytes.fill(1);
    records::PosixStorage storage;
    scoring::FakeClock clock(scoring::SystemClock().now());
    auto store = records::ProgressStore::open(folder, "bench", records::OrganisationKey(keyBytes), storage, clock);
    if (!store) return 1;
    scoring::LearnerProgress progress;
    progress.learnerId = "bench";
    progress.created = clock.now();
    scoring::LearnerSession session(std::move(store.value()), progress, clock);

    std::vector<double> latencies;
    const auto start = Clock::now();
    int question = 0;
    for (int i = 0; i < answers; ++i) {
        if (question == 0 && !session.startQuiz(*pack, "drill", 1)) return 1;
        const std::string id = "d" + std::to_string(question + 1);
        const scoring::Response response{{question % 2 ? "a" : "true"}, {}, {}};
        const auto before = Clock::now();
        if (!session.answer(*pack, "drill", id, response, std::nullopt)) return 1;
        latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - before).count());
        clock.advance(std::chrono::seconds(5));
        if (++question == 10) {
            question = 0;
            if (!session.submitQuiz(*pack, "drill")) return 1;
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::sort(latencies.begin(), latencies.end());
    const auto size = std::filesystem::file_size(folder / "bench.xml");
    std::printf("answers saved: %d in %.2f s (submits included)\n", answers, seconds);
    std::printf("answers per second: %.0f\n", answers / seconds);
    std::printf("latency per answer: median %.2f ms, p99 %.2f ms, max %.2f ms\n", latencies[latencies.size() / 2],
                latencies[latencies.size() * 99 / 100], latencies.back());
    std::printf("final progress file: %ju bytes for %d answers\n", static_cast<std::uintmax_t>(size), answers);
    mamori::bench::figure("durable save per answer, median", latencies[latencies.size() / 2], "ms");
    mamori::bench::figure("durable save per answer, p99", latencies[latencies.size() * 99 / 100], "ms");
    std::filesystem::remove_all(folder);
    return 0;
}
