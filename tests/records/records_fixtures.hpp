#pragma once
// Helpers for the records tests: a fixed key, progress made up in memory, files on disk,
// and a learner session saving through a real store.

#include "mamori/records/organisation_key.hpp"
#include "mamori/records/progress_store.hpp"
#include "mamori/records/storage.hpp"
#include "mamori/scoring/learner_session.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace mamori::test {

/// A fixed organisation key for tests.
records::OrganisationKey testKey();

/// Learner E1's records with `views` pages viewed in pack "tour".
scoring::LearnerProgress progressWithViews(int views);

/// A learner's records with one of every kind (views, a timed-out attempt with every answer form,
/// a scenario run and an abandoned one, a completion) and awkward values: markup characters and
/// full-width text, the largest seed, time taken beyond 2^31 seconds.
scoring::LearnerProgress sampleProgress();

std::string readFile(const std::filesystem::path& file);
void writeFile(const std::filesystem::path& file, const std::string& content);

/// Opens learner `learnerId`'s store in `folder`, requiring success.
std::unique_ptr<records::ProgressStore> openStore(const std::filesystem::path& folder, records::Storage& storage,
                                                  const scoring::Clock& clock, const std::string& learnerId = "E1");

/// Opens learner E1's session in `folder` the way the app does.
std::unique_ptr<scoring::LearnerSession> openSession(const std::filesystem::path& folder, records::Storage& storage,
                                                     const scoring::Clock& clock);

} // namespace mamori::test
