#pragma once
// One question kind on screen, as one bundle per kind: the widget that shows the question's
// parts and emits the learner's actions, and the words around it. kind_widget.cpp lists the
// bundles; the quiz and review screens ask it by kind. The kind's model side (drafts, answers
// in words) is its twin in model/kinds/.

#include "ui_context.hpp"

#include "draft.hpp"
#include "mamori/lessons/model.hpp"
#include "mamori/scoring/attempt_plan.hpp"

namespace mamori::app::ui {

struct KindWidget {
    /// The hint above the question ("Choose one answer.").
    const char* hintKey;
    /// Enter confirms the answer; false where the widget takes Enter itself (typed text).
    bool enterConfirms;
    /// Draws the question's parts. Locked: the answer is final, and right and wrong are marked.
    void (*draw)(UiContext& ui, const lessons::Question& question, const scoring::PlannedQuestion& planned,
                 const Draft& draft, bool locked);
};

/// The bundle of `kind`; every kind has one (a switch with no default, so the compiler names a
/// kind left out).
const KindWidget& kindWidget(lessons::QuestionKind kind);

/// Whether `id` is among the draft's picked choices.
bool isPicked(const Draft& draft, const std::string& id);

} // namespace mamori::app::ui
