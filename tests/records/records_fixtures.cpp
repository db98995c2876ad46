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

} // namespace mamori::test
