#pragma once
// Opening a learner's session: the organisation key, the locked progress store, and the
// progress loaded (with a fallback to the backup), in one place for the app and the tool.

#include "key_location.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/learner_session.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace mamori::app {

struct OpenedSession {
    std::unique_ptr<scoring::LearnerSession> session;
    bool isNewLearner = false;
    std::vector<std::string> notices;     ///< the records had a problem: e.g. the backup was restored
    std::vector<std::string> keyNotices;  ///< a personal key was created
    std::vector<std::string> warnings;    ///< e.g. the key is readable by every account
};

scoring::Result<OpenedSession> openLearnerSession(const std::filesystem::path& dataDir, const std::string& learnerId,
                                                  const KeyLocation& key, records::Storage& storage, const scoring::Clock& clock);

} // namespace mamori::app
