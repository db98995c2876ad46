#include "mamori/records/item_statistics.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace mamori::records {

namespace {

/// One question in one attempt, with its entries merged should the attempt list it twice.
struct Answer {
    double score = 0.0;
    double maxScore = 0.0;
    std::set<std::string> chosen;
};

/// What the statistics of one question are computed from.
struct Observations {
    int attempts = 0;
    std::vector<double> scores;   ///< the item's score in each attempt that asked it and more
    std::vector<double> rests;    ///< the rest of that attempt's score
    double fractionSum = 0.0;
    std::map<std::string, int> options;
};

/// Points available, or 0 when the given maximum is not a positive number.
double usableMax(double maxScore) { return std::isfinite(maxScore) && maxScore > 0.0 ? maxScore : 0.0; }

/// Points earned within 0..max; a score that is not a number earns nothing, so no NaN
/// reaches a mean.
double usableScore(double score, double maxScore)
{
    return std::isfinite(score) ? std::clamp(score, 0.0, usableMax(maxScore)) : 0.0;
}

std::map<std::string, Answer> answersOf(const AnalysedAttempt& attempt)
{
    std::map<std::string, Answer> answers;
    for (const AskedItem& item : attempt.items) {
        Answer& answer = answers[item.questionId];
        answer.score += usableScore(item.score, item.maxScore);
        answer.maxScore += usableMax(item.maxScore);
        for (const std::string& option : item.chosen) {
            if (!option.empty()) answer.chosen.insert(option);   // nothing typed is no choice
        }
    }
    return answers;
}

/// Whether the values differ by more than rounding: a total minus a part need not give back
/// the other parts exactly, so differences within 1e-12 of the values' size are no variance.
bool hasVariance(const std::vector<double>& values)
{
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const double size = std::max(std::abs(*low), std::abs(*high));
    return *high - *low > 1e-12 * size;
}

double mean(const std::vector<double>& values)
{
    double sum = 0.0;
    for (double value : values) sum += value;
    return sum / double(values.size());
}

/// Pearson's r, in two passes (means first, then deviations from them), which keeps its
/// precision where the one-pass formula subtracts two large, nearly equal sums.
std::optional<double> correlation(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() < 2 || !hasVariance(x) || !hasVariance(y)) return std::nullopt;
    const double meanX = mean(x);
    const double meanY = mean(y);
    double sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double dx = x[i] - meanX;
        const double dy = y[i] - meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    const double r = sxy / (std::sqrt(sxx) * std::sqrt(syy));
    if (!std::isfinite(r)) return std::nullopt;
    return std::clamp(r, -1.0, 1.0);   // rounding can land a hair outside
}

} // namespace

std::vector<ItemStatistics> analyseItems(const std::vector<AnalysedAttempt>& attempts)
{
    std::map<std::string, Observations> byQuestion;   // ordered by question id, as promised
    for (const AnalysedAttempt& attempt : attempts) {
        const auto answers = answersOf(attempt);
        double total = 0.0;
        for (const auto& [id, answer] : answers) total += answer.score;
        for (const auto& [id, answer] : answers) {
            Observations& seen = byQuestion[id];
            ++seen.attempts;
            // An attempt that asked nothing else has no rest of the test to correlate with;
            // counting its rest as 0 would read as a learner who failed everything else.
            if (answers.size() > 1) {
                seen.scores.push_back(answer.score);
                seen.rests.push_back(total - answer.score);
            }
            seen.fractionSum += answer.maxScore > 0.0 ? answer.score / answer.maxScore : 0.0;
            for (const std::string& option : answer.chosen) ++seen.options[option];
        }
    }

    std::vector<ItemStatistics> statistics;
    statistics.reserve(byQuestion.size());
    for (auto& [id, seen] : byQuestion) {
        ItemStatistics item;
        item.questionId = id;
        item.attempts = seen.attempts;
        item.facility = std::clamp(seen.fractionSum / double(item.attempts), 0.0, 1.0);
        item.discrimination = correlation(seen.scores, seen.rests);
        item.options = std::move(seen.options);
        item.tooEasy = item.facility > kTooEasyFacility;
        item.tooHard = item.facility < kTooHardFacility;
        item.weakDiscrimination = item.discrimination && *item.discrimination < kWeakDiscrimination;
        statistics.push_back(std::move(item));
    }
    return statistics;
}

} // namespace mamori::records
