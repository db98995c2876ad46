#pragma once
// Item analysis of one pack for trainers: part 1's item statistics per question, with the
// question's text, its options with the share of attempts that chose each and which are right,
// and its explanation, so a trainer sees at once why a question misleads. No learner is named.
// Built once, on the records worker; the screen only draws it.

#include "inbox_analysis_view.hpp"
#include "records_actions.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/lessons/text.hpp"
#include "mamori/records/item_statistics.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct ItemOptionShare {
    std::string optionId;                   ///< as the statistics count it (choice id, "true", "LEFT=RIGHT"…)
    lessons::LocalizedText text;            ///< the option as the pack words it; the id when unknown
    std::string wordKey;                    ///< a UiStrings key that words it when the pack does not
                                            ///< (true/false: "quiz.true", "quiz.false"); empty otherwise
    bool right = false;                     ///< part of the right answer
    int chosen = 0;                         ///< attempts that chose it
    double share = 0.0;                     ///< chosen / attempts, 0..1
};

struct ItemRow {
    std::string quizId;
    lessons::LocalizedText quizTitle;
    std::string questionId;
    lessons::LocalizedText prompt;          ///< the question id when the pack no longer has the question
    lessons::LocalizedText explanation;     ///< the question's explanation; empty when it has none
    records::ItemStatistics statistics;
    bool flagged = false;                   ///< too easy, too hard or weakly discriminating
    std::vector<ItemOptionShare> options;   ///< every option of the question, then any other answer counted
    int quizOrder = 0;                      ///< the quiz's place in the pack; quizzes it no longer has come last
    int questionOrder = 0;                  ///< the question's place in the pack, the same way
};

struct ItemAnalysisView {
    std::string packId;
    lessons::LocalizedText packTitle;
    std::optional<std::string> version;     ///< nullopt: every version
    std::vector<std::string> versions;      ///< the versions with attempts or inbox runs, to choose from
    std::vector<ItemRow> rows;              ///< in the order sortItemRows put them
    std::vector<InboxMessageRow> messages;  ///< the pack's inbox exercises, message by message
    ItemColumn sortBy = ItemColumn::Flagged;
    bool descending = false;
};

/// The view of `statistics` (quiz id → its questions' statistics, as OrgIndex::items gives
/// them) for `packId` at `version`, sorted flagged first.
ItemAnalysisView buildItemAnalysis(const std::string& packId, const std::optional<std::string>& version,
                                   std::vector<std::string> versions,
                                   const std::map<std::string, std::vector<records::ItemStatistics>>& statistics,
                                   const lessons::PackLibrary& library);

/// Sorts `view.rows` by `column` (flagged questions first whatever the column, then the
/// column, then quiz and question id), and records the order in the view.
void sortItemRows(ItemAnalysisView& view, ItemColumn column, bool descending);

} // namespace mamori::app
