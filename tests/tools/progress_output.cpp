#include "progress_output.hpp"

#include "mamori/records/progress_store.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/random.hpp"

#include <fstream>
#include <memory>
#include <stdexcept>

namespace mamori::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::unique_ptr<records::ProgressStore> openStore(const fs::path& progressDir, const std::string& learnerId,
                                                  const records::OrganisationKey& key, records::Storage& storage,
                                                  const scoring::Clock& clock)
{
    auto store = records::ProgressStore::open(progressDir, learnerId, key, storage, clock);
    if (!store)
        throw std::runtime_error(learnerId + ": the progress store refused to open: " + store.refusal().message);
    return std::move(store.value());
}

} // namespace

std::uintmax_t writeWhole(const fs::path& file, std::string_view bytes)
{
    fs::path temporary = file;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) throw std::runtime_error("cannot write " + temporary.string());
    }
    std::error_code error;
    fs::rename(temporary, file, error);
    if (error) throw std::runtime_error("cannot rename " + temporary.string() + ": " + error.message());
    return bytes.size();
}

void editOneByte(std::string& signedFile)
{
    std::size_t at = signedFile.find(" percent=\"");
    if (at != std::string::npos) {
        at += 10;
        signedFile[at] = signedFile[at] == '9' ? '8' : '9';
        return;
    }
    at = signedFile.find(" created=\"2");
    if (at == std::string::npos) throw std::runtime_error("editOneByte: not a progress file");
    at += 12; // the decade of the year: 2026 becomes 2036
    signedFile[at] = signedFile[at] == '3' ? '4' : '3';
}

records::OrganisationKey otherOrganisationsKey(std::uint64_t seed)
{
    scoring::DeterministicRandom random(seed ^ 0x0743e5cafe0ddULL);
    std::array<std::uint8_t, records::OrganisationKey::kBytes> bytes{};
    for (std::uint8_t& b : bytes) b = static_cast<std::uint8_t>(random.below(256));
    return records::OrganisationKey(bytes);
}

std::uintmax_t restoreAfterDeletion(const fs::path& progressDir, const std::string& learnerId,
                                    const records::OrganisationKey& key, scoring::FakeClock& clock)
{
    records::PosixStorage storage;
    {
        auto store = openStore(progressDir, learnerId, key, storage, clock);
        auto loaded = store->load();
        if (!loaded)
            throw std::runtime_error(learnerId + ": the store could not load the file: " + loaded.refusal().message);
        clock.advance(5min);
        if (auto saved = store->save(loaded.value().progress); !saved) {
            throw std::runtime_error(learnerId + ": the store could not save: " + saved.refusal().message);
        }
    }
    const fs::path file = progressDir / records::ProgressNames::of(learnerId).file;
    fs::remove(file);
    clock.advance(70min);
    {
        auto store = openStore(progressDir, learnerId, key, storage, clock);
        auto loaded = store->load();
        if (!loaded || loaded.value().notices.empty()) {
            throw std::runtime_error(learnerId + ": the store did not restore the backup" +
                                     (loaded ? std::string() : ": " + loaded.refusal().message));
        }
    }
    fs::remove(progressDir / records::ProgressNames::of(learnerId).lock);
    return fs::file_size(file) + fs::file_size(progressDir / records::ProgressNames::of(learnerId).backup);
}

} // namespace mamori::test
