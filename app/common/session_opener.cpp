#include "session_opener.hpp"

#include "data_paths.hpp"
#include "mamori/records/progress_store.hpp"

namespace mamori::app {

scoring::Result<OpenedSession> openLearnerSession(const std::filesystem::path& dataDir, const std::string& learnerId,
                                                  const KeyLocation& keyLocation, records::Storage& storage,
                                                  const scoring::Clock& clock)
{
    OpenedSession opened;
    auto key = keyForLearning(keyLocation, opened.keyNotices);
    if (!key) return key.refusal();
    opened.warnings = key.value().warnings;
    auto store = records::ProgressStore::open(progressDir(dataDir), learnerId, key.value().key, storage, clock);
    if (!store) return store.refusal();
    auto loaded = store.value()->load();
    if (!loaded) return loaded.refusal();
    opened.isNewLearner = !loaded.value().existed;
    opened.notices.insert(opened.notices.end(), loaded.value().notices.begin(), loaded.value().notices.end());
    opened.session = std::make_unique<scoring::LearnerSession>(std::move(store.value()), std::move(loaded.value().progress), clock);
    return opened;
}

} // namespace mamori::app
