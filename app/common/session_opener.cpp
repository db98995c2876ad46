#include "session_opener.hpp"

#include "data_paths.hpp"
#include "mamori/scoring/signing.hpp"

namespace mamori::app {

scoring::Result<OpenedSession> openLearnerSession(const std::filesystem::path& dataDir, const std::string& learnerId,
                                                  const std::filesystem::path& keyFile, scoring::Storage& storage,
                                                  const scoring::Clock& clock)
{
    auto key = scoring::loadOrCreateOrganisationKey(keyFile);
    if (!key) return key.refusal();
    auto store = scoring::ProgressStore::open(progressDir(dataDir), learnerId, key.value(), storage);
    if (!store) return store.refusal();
    auto loaded = store.value()->load(clock.now());
    if (!loaded) return loaded.refusal();
    OpenedSession opened;
    opened.isNewLearner = !loaded.value().existed;
    opened.notices = loaded.value().notices;
    opened.session = std::make_unique<scoring::LearnerSession>(std::move(store.value()), std::move(loaded.value().progress), clock);
    return opened;
}

} // namespace mamori::app
