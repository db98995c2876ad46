#include "mamori/records/save_history.hpp"

#include "hex.hpp"
#include "mamori/records/progress_limits.hpp"

#include <algorithm>
#include <map>

namespace mamori::records {
namespace {

std::string generationText(std::uint64_t generation)
{
    return "save " + std::to_string(generation);
}

} // namespace

std::string_view eventKindName(HistoryEvent::Kind kind)
{
    switch (kind) {
    case HistoryEvent::Kind::ChainStarted: return "chain-started";
    case HistoryEvent::Kind::Restored: return "restored";
    case HistoryEvent::Kind::SetAside: return "set-aside";
    }
    return "?";
}

std::optional<HistoryEvent::Kind> eventKindFromName(std::string_view name)
{
    for (auto kind : {HistoryEvent::Kind::ChainStarted, HistoryEvent::Kind::Restored, HistoryEvent::Kind::SetAside}) {
        if (eventKindName(kind) == name) return kind;
    }
    return std::nullopt;
}

std::optional<std::string> SaveHistory::valueAt(std::uint64_t generation) const
{
    if (generation == 0) return std::nullopt;
    if (head.generation == generation) return head.value;
    for (const ChainValue& v : recent) {
        if (v.generation == generation) return v.value;
    }
    for (const Checkpoint& c : checkpoints) {
        if (c.save.generation == generation) return c.save.value;
    }
    return std::nullopt;
}

SaveHistory nextSave(const SaveHistory& before, std::string_view recordsDigest, scoring::Timestamp at,
                     const std::vector<std::string>& reached)
{
    SaveHistory next = before;
    if (before.started()) {
        next.recent.push_back(before.head);
        if (next.recent.size() > kRecentSaves) next.recent.erase(next.recent.begin());
    }
    next.head.generation = before.head.generation + 1;
    next.head.value = sha256Hex("mamori-chain\n" + before.head.value + "\n" + std::to_string(next.head.generation) + "\n" +
                                std::string(recordsDigest));
    std::vector<std::string> what = reached;
    for (HistoryEvent& event : next.events) {
        if (event.generation != 0) continue;
        event.generation = next.head.generation;
        what.push_back(std::string(eventKindName(event.kind)));
    }
    if (!what.empty()) {
        std::string joined;
        for (const std::string& w : what) joined += (joined.empty() ? "" : "; ") + w;
        next.checkpoints.push_back({next.head, at, joined});
    }
    return next;
}

std::string_view lineageName(Lineage lineage)
{
    switch (lineage) {
    case Lineage::Same: return "same";
    case Lineage::Descendant: return "descendant";
    case Lineage::Behind: return "rolled back";
    case Lineage::Forked: return "forked";
    case Lineage::Unknown: return "unknown";
    }
    return "?";
}

LineageVerdict compareLineage(const SaveHistory& earlier, const SaveHistory& now)
{
    const std::uint64_t then = earlier.head.generation, current = now.head.generation;
    if (then == 0) return {Lineage::Unknown, true, "the earlier copy has no save history to compare with"};
    if (current == 0) {
        return {Lineage::Behind, true,
                "the file has no save history, but the copy seen before was " + generationText(then) +
                    ": an older file was put back"};
    }
    if (current < then) {
        return {Lineage::Behind, true,
                "the file is at " + generationText(current) + ", but the copy seen before was already at " +
                    generationText(then) + ": an older copy was put back"};
    }
    // Checkpoints are kept for good: the two must agree on every one up to the earlier head.
    std::map<std::uint64_t, std::string> past;
    for (const Checkpoint& c : earlier.checkpoints) past[c.save.generation] = c.save.value;
    for (const Checkpoint& c : now.checkpoints) {
        if (c.save.generation > then) continue;
        auto it = past.find(c.save.generation);
        if (it == past.end() || it->second != c.save.value) {
            return {Lineage::Forked, true,
                    "the two histories differ at " + generationText(c.save.generation) + " (" + c.what +
                        "): another copy of the file was continued"};
        }
        past.erase(it);
    }
    if (!past.empty()) {
        return {Lineage::Forked, true,
                "the file has lost the checkpoint of " + generationText(past.begin()->first) +
                    " that the copy seen before had: another copy of the file was continued"};
    }
    if (const auto value = now.valueAt(then)) {
        if (*value != earlier.head.value) {
            return {Lineage::Forked, true,
                    "the two histories differ at " + generationText(then) + ": another copy of the file was continued"};
        }
        if (current == then) return {Lineage::Same, true, "the same save (" + generationText(then) + ")"};
        return {Lineage::Descendant, true, "continues the copy seen before (" + generationText(then) + " to " + generationText(current) + ")"};
    }
    return {Lineage::Descendant, false,
            "continues the copy seen before as far as its checkpoints show (" + generationText(then) + " to " +
                generationText(current) + "; " + generationText(then) + " itself is too old to be remembered)"};
}

} // namespace mamori::records
