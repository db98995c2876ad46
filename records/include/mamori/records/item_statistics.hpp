#pragma once
/// \file
/// Item analysis for trainers, as Moodle's quiz statistics compute it: for each question, how
/// many attempts asked it, its facility (the share of its points earned), its discrimination
/// (the correlation of its score with the rest of the test), and how often each option was
/// chosen. Pure: the caller picks the attempts (by default each learner's first attempt of a
/// quiz, for one pack version). No learner is named in any of it.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mamori::records {

/// One question as asked in one attempt.
struct AskedItem {
    std::string questionId;
    double score = 0.0;                  ///< points earned (0 when unanswered)
    double maxScore = 0.0;               ///< points available (> 0)
    std::vector<std::string> chosen;     ///< the options picked, each counted once: choice ids, "true"/"false",
                                         ///< "LEFT=RIGHT" for matching, the order for ordering, the typed text
};

/// One attempt: the questions it asked.
struct AnalysedAttempt {
    std::vector<AskedItem> items;
};

struct ItemStatistics {
    std::string questionId;
    int attempts = 0;                          ///< attempts that asked it
    double facility = 0.0;                     ///< mean of score / maxScore, 0..1
    std::optional<double> discrimination;      ///< Pearson r of the item's score with the rest of the
                                               ///< attempt's score, -1..1; nullopt when fewer than 2
                                               ///< attempts asked it with other items, or either side has
                                               ///< no variance (differences within 1e-12 of the scores'
                                               ///< size are rounding, not variance)
    std::map<std::string, int> options;        ///< option → attempts that chose it (an empty option,
                                               ///< nothing typed, is not counted)
    bool tooEasy = false;                      ///< facility > 0.95
    bool tooHard = false;                      ///< facility < 0.20
    bool weakDiscrimination = false;           ///< discrimination < 0.1 (negative or near zero); false
                                               ///< when there is no discrimination to judge
};

inline constexpr double kTooEasyFacility = 0.95;
inline constexpr double kTooHardFacility = 0.20;
inline constexpr double kWeakDiscrimination = 0.1;

/// Statistics for every question asked in `attempts`, ordered by question id. The rest of the
/// test is the attempt's total score minus the item's own (so an item does not correlate
/// with itself); an attempt that asked a single item counts for its facility and options but
/// not for its discrimination, having no rest of the test.
///
/// Scores are taken within 0..maxScore (a score that is not a number counts as 0, a maximum
/// that is not positive as 0 points available), so no NaN reaches a figure. A question listed
/// twice in one attempt counts once, with its scores and options added together.
std::vector<ItemStatistics> analyseItems(const std::vector<AnalysedAttempt>& attempts);

} // namespace mamori::records
