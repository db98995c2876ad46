// Item analysis for trainers: part 1's statistics joined with the pack's words. Each option is
// named the way the statistics count it (records/src/index_items.cpp): a choice id, "true" or
// "false", "LEFT=RIGHT" for a matching pair, a step id for ordering, the typed text.

#include "item_analysis_view.hpp"

#include "mamori/lessons/answer_normalizer.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>
#include <unordered_map>

namespace mamori::app {
namespace {

using lessons::Language;
using lessons::LocalizedText;
using lessons::RichText;

LocalizedText plainText(const std::string& text)
{
    LocalizedText out;
    out.set(Language::Japanese, RichText{{lessons::Span{text}}});
    return out;
}

/// `parts` joined by `separator` in every language any part has (each falling back as
/// LocalizedText does), so "left → right" reads in the trainer's language.
LocalizedText joined(const std::vector<const LocalizedText*>& parts, const std::string& separator)
{
    LocalizedText out;
    for (Language language : lessons::kAllLanguages) {
        bool any = false;
        for (const LocalizedText* part : parts) any = any || part->has(language);
        if (!any) continue;
        std::string text;
        for (const LocalizedText* part : parts) text += (text.empty() ? "" : separator) + part->plain(language);
        out.set(language, RichText{{lessons::Span{text}}});
    }
    return out;
}

/// Where each quiz and question sits in the pack, to sort by the pack's own order.
struct PackPlaces {
    std::unordered_map<std::string, int> quizzes;
    std::unordered_map<std::string, int> questions;

    explicit PackPlaces(const lessons::Pack* pack)
    {
        if (!pack) return;
        auto add = [&](const lessons::Quiz& quiz) {
            quizzes.emplace(quiz.id, static_cast<int>(quizzes.size()));
            for (const lessons::Question& q : quiz.pool) questions.emplace(q.id, static_cast<int>(questions.size()));
        };
        for (const lessons::Lesson& lesson : pack->lessons) {
            for (const lessons::Quiz& quiz : lesson.quizzes) add(quiz);
        }
        for (const lessons::Quiz& quiz : pack->quizzes) add(quiz);
    }

    static int of(const std::unordered_map<std::string, int>& places, const std::string& id)
    {
        const auto found = places.find(id);
        return found == places.end() ? std::numeric_limits<int>::max() : found->second;
    }
};

/// Collects a question's options, each once, in the order they are added.
class OptionList {
public:
    OptionList(const records::ItemStatistics& statistics) : statistics_(statistics) {}

    void add(const std::string& id, LocalizedText text, bool right, std::string wordKey = {})
    {
        if (!seen_.insert(id).second) return;
        ItemOptionShare option;
        option.optionId = id;
        option.text = std::move(text);
        option.wordKey = std::move(wordKey);
        option.right = right;
        const auto counted = statistics_.options.find(id);
        option.chosen = counted == statistics_.options.end() ? 0 : counted->second;
        option.share = statistics_.attempts > 0 ? static_cast<double>(option.chosen) / statistics_.attempts : 0.0;
        options_.push_back(std::move(option));
    }

    bool has(const std::string& id) const { return seen_.count(id) > 0; }

    /// The answers counted that are not options yet, the most chosen first, worded by `word`
    /// (which returns the text and whether the answer is right).
    template <typename Word> void addOthers(Word word)
    {
        std::vector<std::pair<std::string, int>> others;
        for (const auto& [id, count] : statistics_.options) {
            if (!has(id)) others.emplace_back(id, count);
        }
        std::stable_sort(others.begin(), others.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [id, count] : others) {
            auto [text, right] = word(id);
            add(id, std::move(text), right);
        }
    }

    std::vector<ItemOptionShare> take() { return std::move(options_); }

private:
    const records::ItemStatistics& statistics_;
    std::vector<ItemOptionShare> options_;
    std::set<std::string> seen_;
};

std::pair<LocalizedText, bool> byItsText(const std::string& id)
{
    return {plainText(id), false};
}

std::vector<std::string> splitOn(const std::string& text, const std::string& separators)
{
    std::vector<std::string> parts;
    std::string part;
    for (char c : text) {
        if (separators.find(c) == std::string::npos) {
            part += c;
        } else if (!part.empty()) {
            parts.push_back(std::move(part));
            part.clear();
        }
    }
    if (!part.empty()) parts.push_back(std::move(part));
    return parts;
}

std::vector<ItemOptionShare> optionsOf(const lessons::Question* question, const records::ItemStatistics& statistics)
{
    OptionList list(statistics);
    if (!question) {
        list.addOthers(byItsText);
        return list.take();
    }
    if (const lessons::ChoiceAnswer* key = question->choices()) {
        for (const lessons::Choice& choice : key->choices) list.add(choice.id, choice.text, choice.correct);
        list.addOthers(byItsText);
    } else if (const lessons::TrueFalseAnswer* key = question->trueFalse()) {
        // The pack has no words for true and false: the app's own words name them.
        list.add("true", plainText("true"), key->answer, "quiz.true");
        list.add("false", plainText("false"), !key->answer, "quiz.false");
        list.addOthers(byItsText);
    } else if (const lessons::OrderingAnswer* key = question->ordering()) {
        // Each step, in the right order; an order counted as one answer ("a b c", "a,b,c",
        // "a>b>c") reads as its steps.
        std::vector<std::string> rightOrder;
        for (const lessons::Step& step : key->steps) {
            list.add(step.id, step.text, true);
            rightOrder.push_back(step.id);
        }
        list.addOthers([&](const std::string& id) -> std::pair<LocalizedText, bool> {
            const std::vector<std::string> ids = splitOn(id, " ,>|;");
            std::vector<const LocalizedText*> steps;
            for (const std::string& stepId : ids) {
                const auto step = std::find_if(key->steps.begin(), key->steps.end(),
                                               [&](const lessons::Step& s) { return s.id == stepId; });
                if (step == key->steps.end()) return byItsText(id);
                steps.push_back(&step->text);
            }
            if (steps.size() < 2) return byItsText(id);
            return {joined(steps, " → "), ids == rightOrder};
        });
    } else if (const lessons::MatchingAnswer* key = question->matching()) {
        for (const lessons::MatchPair& pair : key->pairs) {
            list.add(pair.id + "=" + pair.id, joined({&pair.left, &pair.right}, " → "), true);
        }
        list.addOthers([&](const std::string& id) -> std::pair<LocalizedText, bool> {
            const std::size_t equals = id.find('=');
            if (equals == std::string::npos) return byItsText(id);
            const std::string left = id.substr(0, equals), right = id.substr(equals + 1);
            const auto pair = std::find_if(key->pairs.begin(), key->pairs.end(),
                                           [&](const lessons::MatchPair& p) { return p.id == left; });
            const LocalizedText* rightText = key->rightText(right);
            if (pair == key->pairs.end() || !rightText) return byItsText(id);
            return {joined({&pair->left, rightText}, " → "), left == right};
        });
    } else if (const lessons::HotspotAnswer* key = question->hotspot()) {
        // Each region by its label, counted like a choice: how many chose it.
        for (const lessons::HotspotRegion& region : key->regions) list.add(region.id, region.label, region.correct);
        list.addOthers(byItsText);
    } else if (const lessons::ShortTextAnswer* key = question->shortText()) {
        // The pack's first accepted answer shows what is right; then what was typed, each
        // marked right when the grading would accept it.
        std::set<std::string> accepted;
        for (const std::string& answer : key->accepted) accepted.insert(lessons::normalizeAnswer(answer));
        if (!key->accepted.empty()) list.add(key->accepted.front(), plainText(key->accepted.front()), true);
        list.addOthers([&](const std::string& id) -> std::pair<LocalizedText, bool> {
            return {plainText(id), accepted.count(lessons::normalizeAnswer(id)) > 0};
        });
    } else {
        list.addOthers(byItsText);
    }
    return list.take();
}

int flagCount(const records::ItemStatistics& s)
{
    return int{s.tooEasy} + int{s.tooHard} + int{s.weakDiscrimination};
}

/// -1, 0 or 1 as `a` comes before, with or after `b` by `column`, ascending.
template <typename T> int compare(const T& a, const T& b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

int compareBy(ItemColumn column, const ItemRow& a, const ItemRow& b)
{
    switch (column) {
    case ItemColumn::Flagged: return compare(flagCount(b.statistics), flagCount(a.statistics)); // most flags first
    case ItemColumn::Quiz: return compare(a.quizOrder, b.quizOrder);
    case ItemColumn::Question: return compare(a.questionOrder, b.questionOrder);
    case ItemColumn::Attempts: return compare(a.statistics.attempts, b.statistics.attempts);
    case ItemColumn::Facility: return compare(a.statistics.facility, b.statistics.facility);
    case ItemColumn::Discrimination:
        return compare(a.statistics.discrimination.value_or(0.0), b.statistics.discrimination.value_or(0.0));
    }
    return 0;
}

} // namespace

ItemAnalysisView buildItemAnalysis(const std::string& packId, const std::optional<std::string>& version,
                                   std::vector<std::string> versions,
                                   const std::map<std::string, std::vector<records::ItemStatistics>>& statistics,
                                   const lessons::PackLibrary& library)
{
    ItemAnalysisView view;
    view.packId = packId;
    view.version = version;
    view.versions = std::move(versions);
    const lessons::Pack* pack = library.find(packId);
    view.packTitle = pack ? pack->title : plainText(packId);
    const PackPlaces places(pack);
    for (const auto& [quizId, questions] : statistics) {
        const lessons::Quiz* quiz = pack ? pack->quiz(quizId) : nullptr;
        for (const records::ItemStatistics& item : questions) {
            const lessons::Question* question = pack ? pack->question(item.questionId) : nullptr;
            ItemRow row;
            row.quizId = quizId;
            row.quizTitle = quiz ? quiz->title : plainText(quizId);
            row.questionId = item.questionId;
            row.prompt = question ? question->prompt : plainText(item.questionId);
            if (question) row.explanation = question->explanation;
            row.statistics = item;
            row.flagged = item.tooEasy || item.tooHard || item.weakDiscrimination;
            row.options = optionsOf(question, item);
            row.quizOrder = PackPlaces::of(places.quizzes, quizId);
            row.questionOrder = PackPlaces::of(places.questions, item.questionId);
            view.rows.push_back(std::move(row));
        }
    }
    sortItemRows(view, ItemColumn::Flagged, false);
    return view;
}

void sortItemRows(ItemAnalysisView& view, ItemColumn column, bool descending)
{
    std::stable_sort(view.rows.begin(), view.rows.end(), [&](const ItemRow& a, const ItemRow& b) {
        if (a.flagged != b.flagged) return a.flagged;
        if (column == ItemColumn::Discrimination) {
            // No discrimination to judge goes last, whichever the direction.
            const bool aNone = !a.statistics.discrimination, bNone = !b.statistics.discrimination;
            if (aNone != bNone) return bNone;
        }
        const int byColumn = compareBy(column, a, b);
        if (byColumn != 0) return descending ? byColumn > 0 : byColumn < 0;
        return std::tie(a.quizId, a.questionId) < std::tie(b.quizId, b.questionId);
    });
    view.sortBy = column;
    view.descending = descending;
}

} // namespace mamori::app
