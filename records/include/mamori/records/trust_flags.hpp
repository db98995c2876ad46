#pragma once
/// \file
/// What makes a learner's records worth a person's look before they are believed: listed for
/// HR to judge, never silently dropped. A file that does not verify is never counted as
/// complete; the other flags leave the records counted but visible.

#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/progress_check.hpp"
#include "mamori/records/save_history.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

struct TrustFlag {
    enum class Kind {
        NotVerified,          ///< tampered, another key, unreadable, damaged: not counted
        WrongLearner,         ///< the file holds another learner than its name says: not counted
        RolledBack,           ///< an earlier save than the index saw before: an older copy was put back
        Forked,               ///< not a continuation of what the index saw before
        Restored,             ///< the learner's Mamori restored the backup (main file missing, damaged or older)
        SetAside,             ///< the learner's Mamori set a backup of another history aside
        Implausible,          ///< an attempt answered faster than a person reads
        UnknownPackVersion,   ///< records of a pack, or a pack version, this Mamori does not know
        Disappeared,          ///< the file was there at an earlier ingest and is gone
    };
    Kind kind = Kind::NotVerified;
    std::string detail;           ///< plain English, with what was found
    scoring::Timestamp at;        ///< when it happened (an event, an attempt) or when the index noticed it
    bool sticky = false;          ///< noticed against an earlier ingest: kept when the file changes again
};

std::string_view trustFlagName(TrustFlag::Kind kind);   ///< "not-verified", "rolled-back"…

/// An attempt is implausible when it holds this many answers within this many seconds.
inline constexpr int kImplausibleAnswers = 10;
inline constexpr int kImplausibleSeconds = 20;

/// The flags a file carries by itself: not verified or another learner's, its history's
/// events, implausible attempts, and packs or versions `packs` does not know (nullptr: skip).
std::vector<TrustFlag> fileFlags(const ProgressCheck& check, const lessons::PackLibrary* packs, scoring::Timestamp noticedAt);

/// The flag for a file whose history `now` does not continue `seen`, the history the index
/// last saw of it; nullopt when it does (or when nothing can be told).
std::optional<TrustFlag> lineageFlag(const SaveHistory& seen, const SaveHistory& now, scoring::Timestamp noticedAt);

} // namespace mamori::records
