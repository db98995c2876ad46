// OrgIndex::inboxMessages: item analysis of a pack's inbox exercises from the runs in the
// index. Every run that decided a message counts for it, finished or not: a decision is final.

#include "index_json.hpp"
#include "org_index_impl.hpp"

namespace mamori::records {

using scoring::Result;

namespace {

constexpr const char* kInboxRunsQuery = R"sql(
SELECT i.inbox_id, i.number, i.started, i.actions
FROM inbox_runs i JOIN files f ON f.learner_id = i.learner_id AND f.status = 'valid'
-- An optional value is cast for its test: PostgreSQL types a parameter where it first meets it.
WHERE i.pack_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR i.pack_version = ?2) AND (?3 OR i.number = 1)
ORDER BY i.inbox_id, i.learner_id, i.number
)sql";

} // namespace

Result<std::map<std::string, std::vector<MessageStatistics>>>
OrgIndex::inboxMessages(const std::string& packId, const std::optional<std::string>& version, const lessons::Pack* pack,
                        bool allRuns)
{
    auto prepared = impl_->db.prepare(kInboxRunsQuery, sql::Rows::Many);
    if (!prepared) return prepared.refusal();
    auto& q = prepared.value();
    q.bind(1, packId).bind(2, version).bind(3, allRuns);
    std::map<std::string, std::vector<scoring::InboxRunRecord>> byInbox;
    for (auto row = q.step();; row = q.step()) {
        if (!row) return row.refusal();
        if (!row.value()) break;
        IndexedInboxRun run;
        run.inboxId = q.text(0);
        run.number = static_cast<int>(q.integer(1));
        run.started = fromEpochSeconds(q.integer(2));
        auto actions = readInboxActionsJson(q.text(3));
        if (!actions) return actions.refusal();
        run.actions = std::move(actions.value());
        byInbox[run.inboxId].push_back(run.record());
    }
    std::map<std::string, std::vector<MessageStatistics>> result;
    for (const auto& [inboxId, runs] : byInbox)
        result[inboxId] = analyseInboxMessages(runs, pack ? pack->inbox(inboxId) : nullptr);
    return result;
}

} // namespace mamori::records
