#pragma once
// What an author-mode screen needs to draw one frame: the app's words, fonts, colours and widget
// probe (through UiContext), the author's model and workspace to read, and a place for actions.

#include "author_model.hpp"
#include "author_workspace.hpp"
#include "ui_context.hpp"

#include <vector>

namespace mamori::app {

struct AuthorUi {
    UiContext& ui;
    const AuthorModel& model;
    const AuthorWorkspace& workspace;
    std::vector<AuthorAction>& actions;

    lessons::Language language() const { return model.language; }
    const char* t(std::string_view key) const { return ui.strings.get(key, model.language).c_str(); }
    std::string f(std::string_view key, const std::vector<std::string>& args) const
    {
        return ui.strings.format(key, model.language, args);
    }
    void emit(AuthorAction action) { actions.push_back(std::move(action)); }
};

namespace ui {

/// The author mode's window: header, the pack tree at the left, the selected item (or the
/// diagnostics) at the right.
void drawAuthor(AuthorUi& ui);

/// The selected item as the trainer checks it: its text, and beside each question the right
/// answer, each choice's feedback, the scoring rule and the points; beside each scenario option
/// its score, the flags it sets and tests, and where it leads.
void drawAuthorPreview(AuthorUi& ui, const AuthorItem& item);

/// An inbox exercise: its pass mark, how many of its messages are attacks, its description.
void drawAuthorInbox(AuthorUi& ui, const lessons::Inbox& inbox);

/// One message of an inbox as the trainer checks it: its verdict, sender, real address, reply-to,
/// date, subject and headers; the body with each link's real target beside its text and the
/// phrases a learner may mark; attachments with their hidden characters shown; the clues, the
/// consequence and the debrief (author_inbox_preview.cpp).
void drawAuthorMessage(AuthorUi& ui, const lessons::MailMessage& message);

} // namespace ui
} // namespace mamori::app
