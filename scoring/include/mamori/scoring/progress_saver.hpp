#pragma once
/// \file
/// Where a learner session keeps its records. The session decides what changes; a saver
/// makes the change durable. `records::ProgressStore` writes a signed file; tests use one in
/// memory. Keeping the interface here lets scoring stay free of files.

#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/result.hpp"

namespace mamori::scoring {

class ProgressSaver {
public:
    virtual ~ProgressSaver() = default;

    /// Makes `progress` durable before returning. When refused (a full disk, a value the
    /// file format cannot hold), what was saved before is unchanged.
    [[nodiscard]] virtual Result<Done> save(const LearnerProgress& progress) = 0;
};

} // namespace mamori::scoring
