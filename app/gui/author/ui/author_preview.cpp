// The author mode's preview of one item, with what a learner never sees: right answers,
// feedback, scoring rules, points, option scores, flags and destinations.

#include "author_ui.hpp"
#include "hotspot_picture.hpp"
#include "screens.hpp"
#include "widgets.hpp"

#include "mamori/lessons/hotspot_geometry.hpp"

#include <numeric>

namespace mamori::app::ui {
namespace {

void label(AuthorUi& a, const char* key, const std::string& value)
{
    ImGui::PushStyleColor(ImGuiCol_Text, a.ui.palette.mutedText);
    ImGui::TextUnformatted(a.t(key));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(value.c_str());
}

void text(AuthorUi& a, const lessons::LocalizedText& t, ImFont* font = nullptr, ImU32 colour = 0)
{
    if (t.empty()) return;
    localizedText(a.ui, t, font ? font : a.ui.fonts.body, colour ? colour : a.ui.palette.text);
}

/// A line of the answer key: a mark ("✓ 正解" or "✗"), the text, and its feedback under it.
void keyLine(AuthorUi& a, bool right, const lessons::LocalizedText& body, const lessons::LocalizedText& feedback)
{
    ImGui::PushStyleColor(ImGuiCol_Text, right ? a.ui.palette.right : a.ui.palette.wrong);
    ImGui::TextUnformatted(right ? a.t("author.right") : a.t("author.wrong"));
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::BeginGroup();
    text(a, body);
    if (!feedback.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, a.ui.palette.mutedText);
        ImGui::TextUnformatted(a.t("author.feedback"));
        ImGui::PopStyleColor();
        ImGui::SameLine();
        text(a, feedback, a.ui.fonts.small, a.ui.palette.mutedText);
    } else if (!right) {
        wrappedText(a.ui, a.t("author.no-feedback"), a.ui.fonts.small, a.ui.palette.warning);
    }
    ImGui::EndGroup();
}

std::string ruleKey(const lessons::Question& q)
{
    switch (q.kind) {
    case lessons::QuestionKind::SingleChoice: return "author.rule.single";
    case lessons::QuestionKind::TrueFalse: return "author.rule.truefalse";
    case lessons::QuestionKind::MultipleResponse:
        return q.choices() && q.choices()->allOrNothing ? "author.rule.multiple-all" : "author.rule.multiple";
    case lessons::QuestionKind::Ordering: return q.ordering() && q.ordering()->allOrNothing ? "author.rule.ordering-all" : "author.rule.ordering";
    case lessons::QuestionKind::Matching: return "author.rule.matching";
    case lessons::QuestionKind::ShortText: return "author.rule.shorttext";
    case lessons::QuestionKind::Hotspot:
        return q.hotspot() && q.hotspot()->allOrNothing ? "author.rule.hotspot-all" : "author.rule.hotspot";
    }
    return "author.rule.single";
}

/// The picture with every region outlined and numbered (right ones green, the others red), and
/// the regions in the pack's order with their labels and feedback.
void hotspotKey(AuthorUi& a, const lessons::HotspotAnswer& h)
{
    UiContext& ui = a.ui;
    ImGui::PushID("hotspot-key");
    bool clicked = false;
    if (const auto shown = drawHotspotPicture(ui, h.picture, clicked)) {
        for (std::size_t i = 0; i < h.regions.size(); ++i) {
            const lessons::HotspotRegion& region = h.regions[i];
            const ImU32 colour = region.correct ? pictureMark::kRight : pictureMark::kWrong;
            outlineRegion(*shown, region, colour, (region.correct ? 3.0f : 2.0f) * ui.scale);
            if (const auto point = lessons::clickPoint(h.regions, i))
                numberBadge(ui, shown->toScreen(*point), static_cast<int>(i) + 1, colour);
        }
    }
    ImGui::PopID();
    gap(ui, 4);
    for (std::size_t i = 0; i < h.regions.size(); ++i) {
        const lessons::HotspotRegion& region = h.regions[i];
        ImGui::PushID(region.id.c_str());
        ImGui::TextUnformatted((std::to_string(i + 1) + ".").c_str());
        ImGui::SameLine();
        keyLine(a, region.correct, region.label, region.feedback);
        ImGui::PopID();
    }
}

void question(AuthorUi& a, const lessons::Question& q)
{
    UiContext& ui = a.ui;
    label(a, "author.points", std::to_string(q.points));
    label(a, "author.rule", a.t(ruleKey(q)));
    gap(ui, 4);
    text(a, q.prompt, ui.fonts.bold, ui.palette.heading);
    gap(ui, 6);
    if (const auto* c = q.choices()) {
        for (const lessons::Choice& choice : c->choices) {
            ImGui::PushID(choice.id.c_str());
            keyLine(a, choice.correct, choice.text, choice.feedback);
            ImGui::PopID();
        }
    }
    if (const auto* tf = q.trueFalse()) {
        label(a, "author.answer", tf->answer ? a.t("quiz.true") : a.t("quiz.false"));
        if (!tf->feedbackTrue.empty()) {
            label(a, "author.feedback-true", "");
            text(a, tf->feedbackTrue, ui.fonts.small, ui.palette.mutedText);
        }
        if (!tf->feedbackFalse.empty()) {
            label(a, "author.feedback-false", "");
            text(a, tf->feedbackFalse, ui.fonts.small, ui.palette.mutedText);
        }
    }
    if (const auto* o = q.ordering()) {
        int n = 1;
        for (const lessons::Step& step : o->steps) {
            ImGui::TextUnformatted((std::to_string(n++) + ".").c_str());
            ImGui::SameLine();
            text(a, step.text);
        }
    }
    if (const auto* m = q.matching()) {
        // One wrapped line per pair: a wrapped text followed by SameLine would start at its right edge.
        for (const lessons::MatchPair& pair : m->pairs) {
            wrappedText(ui, pair.left.plain(a.language()) + "  →  " + pair.right.plain(a.language()), ui.fonts.body, ui.palette.text);
        }
        for (const lessons::Distractor& d : m->distractors) {
            wrappedText(ui, std::string(a.t("author.distractor")) + " " + d.text.plain(a.language()), ui.fonts.body, ui.palette.mutedText);
        }
    }
    if (const auto* s = q.shortText()) {
        std::string accepted;
        for (const std::string& answer : s->accepted) accepted += (accepted.empty() ? "" : " / ") + answer;
        label(a, "author.accepted", accepted);
        if (!s->feedback.empty()) {
            label(a, "author.feedback", "");
            text(a, s->feedback, ui.fonts.small, ui.palette.mutedText);
        }
    }
    if (const auto* h = q.hotspot()) hotspotKey(a, *h);
    gap(ui, 8);
    if (!q.explanation.empty()) {
        wrappedText(ui, a.t("author.explanation"), ui.fonts.bold, ui.palette.heading);
        text(a, q.explanation);
    }
    if (q.source) {
        wrappedText(ui, a.t("author.source"), ui.fonts.bold, ui.palette.heading);
        text(a, q.source->text, ui.fonts.small, ui.palette.mutedText);
    } else {
        wrappedText(ui, a.t("author.no-source"), ui.fonts.small, ui.palette.warning);
    }
}

std::string flagsText(const std::vector<std::string>& flags)
{
    return std::accumulate(flags.begin(), flags.end(), std::string(),
                           [](std::string all, const std::string& f) { return all.empty() ? f : all + ", " + f; });
}

void node(AuthorUi& a, const lessons::Scenario& scenario, const lessons::ScenarioNode& n)
{
    UiContext& ui = a.ui;
    if (scenario.start == n.id) wrappedText(ui, a.t("author.start-node"), ui.fonts.small, ui.palette.accent);
    text(a, n.situation);
    gap(ui, 8);
    for (const lessons::ScenarioOption& option : n.options) {
        ImGui::PushID(option.id.c_str());
        box(ui, ui.palette.cardBackground, ui.palette.cardBorder, [&] {
            text(a, option.text, ui.fonts.bold);
            const std::string score = (option.scoreChange > 0 ? "+" : "") + std::to_string(option.scoreChange);
            label(a, "author.option-score", score);
            if (!option.setsFlags.empty()) label(a, "author.sets-flags", flagsText(option.setsFlags));
            for (const lessons::ConditionalGoto& when : option.conditions) {
                std::string test;
                if (!when.requiredSet.empty()) test += a.f("author.when-set", {flagsText(when.requiredSet)});
                if (!when.requiredUnset.empty()) test += (test.empty() ? "" : " ") + a.f("author.when-unset", {flagsText(when.requiredUnset)});
                label(a, "author.when", test + " → " + when.target);
            }
            label(a, "author.goes-to", option.target);
            if (!option.feedback.empty()) {
                label(a, "author.feedback", "");
                text(a, option.feedback, ui.fonts.small, ui.palette.mutedText);
            }
        });
        ImGui::PopID();
        gap(ui, 4);
    }
}

void ending(AuthorUi& a, const lessons::ScenarioEnding& e)
{
    UiContext& ui = a.ui;
    const std::string outcome(lessons::outcomeName(e.outcome));
    label(a, "author.outcome", a.t("scenario.outcome-" + outcome));
    if (e.fixedScore) label(a, "author.fixed-score", std::to_string(*e.fixedScore));
    text(a, e.title, ui.fonts.bold, ui.palette.heading);
    text(a, e.debrief);
}

void quiz(AuthorUi& a, const lessons::Quiz& q)
{
    label(a, "author.pass-mark", std::to_string(q.passMark) + "%");
    label(a, "author.questions", std::to_string(q.questionsPerAttempt()) + " / " + std::to_string(q.pool.size()));
    if (q.timeLimit) label(a, "author.time-limit", std::to_string(q.timeLimit->count() / 60) + " min");
    if (q.certainty) wrappedText(a.ui, a.t("author.certainty"), a.ui.fonts.small, a.ui.palette.mutedText);
    text(a, q.description);
}

} // namespace

void drawAuthorPreview(AuthorUi& a, const AuthorItem& item)
{
    UiContext& ui = a.ui;
    ImGui::PushStyleColor(ImGuiCol_Text, ui.palette.mutedText);
    ImGui::TextUnformatted((item.file + ":" + std::to_string(item.line) + "  " + item.id).c_str());
    ImGui::PopStyleColor();
    ui.probe.track("author:where");
    if (item.kind != AuthorItemKind::Question && item.kind != AuthorItemKind::Node && item.kind != AuthorItemKind::Message)
        text(a, item.title, ui.fonts.heading, ui.palette.heading);
    gap(ui, 4);
    switch (item.kind) {
    case AuthorItemKind::Pack: text(a, item.pack->description); break;
    case AuthorItemKind::Lesson: break;
    case AuthorItemKind::Page: drawPageBlocks(ui, *item.page); break;
    case AuthorItemKind::Quiz: quiz(a, *item.quiz); break;
    case AuthorItemKind::Question: question(a, *item.question); break;
    case AuthorItemKind::Scenario:
        label(a, "author.pass-score", std::to_string(item.scenario->passScore));
        text(a, item.scenario->description);
        break;
    case AuthorItemKind::Node: node(a, *item.scenario, *item.node); break;
    case AuthorItemKind::Ending: ending(a, *item.ending); break;
    case AuthorItemKind::Inbox: drawAuthorInbox(a, *item.inbox); break;
    case AuthorItemKind::Message: drawAuthorMessage(a, *item.message); break;
    }
}

} // namespace mamori::app::ui
