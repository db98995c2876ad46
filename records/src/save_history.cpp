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
    // The save's time goes in too: two copies that reach the same records at different moments are two lineages.
    next.head.value = sha256Hex("mamori-chain\n" + before.head.value + "\n" + std::to_string(next.head.generation) + "\n" +
                                std::to_string(std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count()) +
                                "\n" + std::string(recordsDigest));
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

std::string encodeChains(const SaveHistory& history)
{
    // One line each: "h GEN VALUE", "c GEN VALUE". compareLineage reads no more of the earlier
    // copy: not its recent saves, nor its checkpoints' times and descriptions (older indexes
    // kept them as "r GEN VALUE" and "c GEN VALUE SECONDS WHAT"; decodeChains reads both).
    std::string out;
    out.reserve(70 * (1 + history.checkpoints.size()));
    auto line = [&out](char kind, const ChainValue& v) {
        out += kind;
        out += ' ';
        out += std::to_string(v.generation);
        out += ' ';
        out += v.value;
        out += '\n';
    };
    line('h', history.head);
    for (const Checkpoint& c : history.checkpoints) line('c', c.save);
    return out;
}

SaveHistory decodeChains(std::string_view text)
{
    SaveHistory history;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        auto word = [&line]() {
            const auto space = line.find(' ');
            const std::string_view w = line.substr(0, space);
            line.remove_prefix(space == std::string_view::npos ? line.size() : space + 1);
            return std::string(w);
        };
        const std::string kind = word();
        ChainValue value;
        try {
            value.generation = std::stoull(word());
        } catch (...) {
            continue;   // not a line this build wrote: ignore it
        }
        value.value = word();
        if (kind == "h") {
            history.head = value;
        } else if (kind == "r") {
            history.recent.push_back(value);
        } else if (kind == "c") {
            long long seconds = 0;
            try {
                seconds = std::stoll(word());
            } catch (...) {
            }
            history.checkpoints.push_back({value, scoring::Timestamp(std::chrono::seconds(seconds)), std::string(line)});
        }
    }
    return history;
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
