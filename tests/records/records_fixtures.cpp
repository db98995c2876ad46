#include "records_fixtures.hpp"

#include "scoring_fixtures.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace mamori::test {

records::OrganisationKey testKey()
{
    std::array<std::uint8_t, records::OrganisationKey::kBytes> bytes{};
    bytes.fill(42);
    return records::OrganisationKey(bytes);
}

scoring::LearnerProgress progressWithViews(int views)
{
    scoring::LearnerProgress p;
    p.learnerId = "E1";
    p.created = kStart;
    for (int i = 0; i < views; ++i) p.pack("tour").pageViews.push_back({"l", "p" + std::to_string(i), kStart});
    return p;
}

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

void writeFile(const std::filesystem::path& file, const std::string& content)
{
    std::ofstream(file, std::ios::binary) << content;
}

std::unique_ptr<records::ProgressStore> openStore(const std::filesystem::path& folder, records::Storage& storage,
                                                  const scoring::Clock& clock, const std::string& learnerId)
{
    auto store = records::ProgressStore::open(folder, learnerId, testKey(), storage, clock);
    if (!store) FAIL(store.refusal().message);
    return std::move(store.value());
}

std::unique_ptr<scoring::LearnerSession> openSession(const std::filesystem::path& folder, records::Storage& storage,
                                                     const scoring::Clock& clock)
{
    auto store = openStore(folder, storage, clock);
    auto loaded = store->load();
    if (!loaded) FAIL(loaded.refusal().message);
    return std::make_unique<scoring::LearnerSession>(std::move(store), std::move(loaded.value().progress), clock);
}

scoring::LearnerProgress sampleProgress()
{
    using namespace scoring;
    using namespace std::chrono_literals;
    LearnerProgress p;
    p.learnerId = "E12345";
    p.displayName = "山田 太郎 <\"&'>";
    p.created = kStart;
    PackProgress& pack = p.pack("basics");
    pack.lastVersion = "1.2.0";
    pack.resume = ResumePoint{"intro", "p2"};
    pack.pageViews = {{"intro", "p1", kStart + 1min}, {"intro", "p2", kStart + 2min}};
    AttemptRecord a;
    a.quizId = "final";
    a.number = 1;
    a.packVersion = "1.1.0";
    a.seed = 18446744073709551615ull;
    a.questions = {{"q1", {"c", "a", "b"}}, {"q2", {}}, {"q3", {"p2", "d", "p1"}}};
    a.carried = {{"q0", 1, 1}};
    a.started = kStart + 3min;
    a.position = 2;
    a.steps = {{"q1", Response{{"a"}, {}, {}}, Certainty::High, kStart + 4min, 60, 1.0, 3.0, 3.0},
               {"q2", Response{{}, {}, "ＵＳＢ メモリ \"quoted\""}, std::nullopt, kStart + 5min, 3000000000LL, 0.0, 0.0, 1.0},
               {"q3", Response{{}, {{"p1", "p1"}, {"p2", "d"}}, {}}, std::nullopt, kStart + 6min, 60, 0.5, 1.0, 2.0}};
    a.finished = kStart + 7min;
    a.end = AttemptEnd::TimedOut;
    a.score = 5;
    a.maxScore = 7;
    a.percent = 500.0 / 7;
    a.passed = false;
    pack.attempts.push_back(a);
    ScenarioRunRecord r;
    r.scenarioId = "call";
    r.number = 2;
    r.packVersion = "1.2.0";
    r.started = kStart + 8min;
    r.path = {{"n1", "o1", kStart + 9min}};
    pack.runs.push_back(r);
    ScenarioRunRecord abandoned = r;  // run 1, left when the pack changed under it
    abandoned.number = 1;
    abandoned.finished = kStart + 8min;
    abandoned.outcome = ScenarioRunRecord::kAbandoned;
    pack.runs.insert(pack.runs.begin(), abandoned);
    pack.completions.push_back({Completion::Kind::Lesson, "intro", kStart + 2min, "1.2.0"});
    return p;
}

} // namespace mamori::test
