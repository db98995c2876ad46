#pragma once
// Opening a learner's session: the organisation key, the locked progress store, and the
// progress loaded (with a fallback to the backup), in one place for the app and the tool.

#include "mamori/scoring/learner_session.hpp"
#include "mamori/scoring/storage.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace mamori::app {

struct OpenedSession {
    std::unique_ptr<scoring::LearnerSession> session;
    bool isNewLearner = false;
    std::vector<std::string> notices;   ///< e.g. a damaged file was replaced by its backup
};

scoring::Result<OpenedSession> openLearnerSession(const std::filesystem::path& dataDir, const std::string& learnerId,
                                                  const std::filesystem::path& keyFile, scoring::Storage& storage,
                                                  const scoring::Clock& clock);

} // namespace mamori::app
