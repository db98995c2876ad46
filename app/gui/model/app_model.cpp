#include "app_model.hpp"

namespace mamori::app {

std::string_view screenName(Screen screen)
{
    switch (screen) {
    case Screen::SignIn: return "sign-in";
    case Screen::Catalog: return "catalog";
    case Screen::Lesson: return "lesson";
    case Screen::Quiz: return "quiz";
    case Screen::Results: return "results";
    case Screen::Scenario: return "scenario";
    case Screen::Inbox: return "inbox";
    case Screen::Reviews: return "reviews";
    case Screen::Settings: return "settings";
    }
    return "?";
}

const lessons::Question* AppModel::activeQuestion() const
{
    if (screen == Screen::Reviews) {
        if (reviews.index < 0 || reviews.index >= static_cast<int>(reviews.queue.size())) return nullptr;
        return reviews.queue[static_cast<std::size_t>(reviews.index)].question;
    }
    if (screen != Screen::Quiz || !quiz.pack || !session) return nullptr;
    const scoring::AttemptRecord* attempt = session->openAttempt(quiz.pack->id, quiz.quiz->id);
    if (!attempt || quiz.index < 0 || quiz.index >= static_cast<int>(attempt->questions.size())) return nullptr;
    return quiz.pack->question(attempt->questions[static_cast<std::size_t>(quiz.index)].questionId);
}

Draft* AppModel::activeDraft()
{
    if (screen == Screen::Reviews) return activeQuestion() ? &reviews.draft : nullptr;
    const lessons::Question* question = activeQuestion();
    if (!question) return nullptr;
    auto it = quiz.drafts.find(question->id);
    return it == quiz.drafts.end() ? nullptr : &it->second;
}

const Draft* AppModel::activeDraft() const
{
    return const_cast<AppModel*>(this)->activeDraft();
}

} // namespace mamori::app
