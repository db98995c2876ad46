#pragma once
/// \file
/// A progress file's ancestry, so that a reader holding an earlier copy can tell whether
/// the file now on disk descends from it, went backwards (an older copy was put back), or
/// forked (another copy was continued).
///
/// Every save has a generation number (1, 2, 3…) and a chain value: the SHA-256 of the
/// previous save's chain value, the generation and the digest of the records saved. A file
/// keeps its own chain value, those of its last 32 saves, and a checkpoint (generation,
/// chain value, time, what happened) at every save that finished an attempt or a scenario
/// run, completed something, or recorded an event. Events are what the learner's own PC
/// cannot prevent but must not hide: a restore from the backup, a history started late.
/// All of it is inside the signed content.

#include "mamori/scoring/clock.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::records {

/// One save's place in the chain.
struct ChainValue {
    std::uint64_t generation = 0;
    std::string value;   ///< 64 hex digits
};

/// A save worth remembering for good.
struct Checkpoint {
    ChainValue save;
    scoring::Timestamp at;
    std::string what;    ///< e.g. "basics: quiz final, attempt 2 submitted (60%, failed)"
};

struct HistoryEvent {
    enum class Kind {
        ChainStarted,   ///< a file written before histories existed got one at this save
        Restored,       ///< the main file was missing, unusable or older than its backup; the backup was used
        SetAside,       ///< the backup did not belong to the main file's history and was kept aside
    };
    Kind kind = Kind::Restored;
    std::uint64_t generation = 0;   ///< the save that recorded it; 0 while not yet saved
    scoring::Timestamp at;
    std::string detail;             ///< what was found, in plain English
};

std::string_view eventKindName(HistoryEvent::Kind kind);   ///< "chain-started", "restored", "set-aside"
std::optional<HistoryEvent::Kind> eventKindFromName(std::string_view name);

struct SaveHistory {
    ChainValue head;                      ///< generation 0: no save with a history yet
    std::vector<ChainValue> recent;       ///< the saves before head, oldest first, at most kRecentSaves
    std::vector<Checkpoint> checkpoints;  ///< oldest first
    std::vector<HistoryEvent> events;     ///< oldest first

    bool started() const { return head.generation > 0; }
    /// The chain value this history knows for `generation` (its head, a recent save or a checkpoint).
    std::optional<std::string> valueAt(std::uint64_t generation) const;
};

/// The history after one more save. `recordsDigest` is the SHA-256 of the records saved;
/// `reached` lists what the save finished or completed (empty for an ordinary save). The save
/// becomes a checkpoint when it reached something or carries events not saved before, which
/// get its generation.
SaveHistory nextSave(const SaveHistory& before, std::string_view recordsDigest, scoring::Timestamp at,
                     const std::vector<std::string>& reached);

enum class Lineage {
    Same,         ///< the very same save
    Descendant,   ///< later saves of the same history
    Behind,       ///< an earlier save of it, or a file with no history at all: a copy was put back
    Forked,       ///< a different history from some save on: another copy was continued
    Unknown,      ///< the earlier copy has no history to compare with
};

std::string_view lineageName(Lineage lineage);

struct LineageVerdict {
    Lineage lineage = Lineage::Unknown;
    bool exact = true;          ///< false: judged from checkpoints only (the earlier save is too old to be remembered)
    std::string explanation;    ///< plain English, with generations
};

/// What an index keeps of a history to judge the next copy with compareLineage: the chain
/// values of its head and checkpoints, in a compact text that decodeChains reads back (recent
/// saves, checkpoints' times and descriptions and events are not kept: compareLineage reads
/// none of them from the earlier copy).
std::string encodeChains(const SaveHistory& history);
SaveHistory decodeChains(std::string_view text);

/// How the history `now` stands to `earlier`, a copy of the same learner's file seen before.
LineageVerdict compareLineage(const SaveHistory& earlier, const SaveHistory& now);

} // namespace mamori::records
