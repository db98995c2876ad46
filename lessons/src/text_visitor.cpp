#include "mamori/lessons/text_visitor.hpp"

#include "kinds/kind_reader.hpp"

namespace mamori::lessons {
namespace {

using Visit = std::function<void(const LocalizedText&)>;

void visitQuestion(const Question& q, const Visit& visit)
{
    visit(q.prompt);
    detail::kindReader(q.kind).visitTexts(q, visit);
    visit(q.explanation);
    if (q.source) visit(q.source->text);
}

void visitInboxes(const std::vector<Inbox>& inboxes, const Visit& visit)
{
    for (const Inbox& inbox : inboxes) {
        visit(inbox.title), visit(inbox.description);
        for (const MailMessage& m : inbox.messages) {
            visit(m.fromName), visit(m.subject);
            for (const LocalizedText& paragraph : m.body) visit(paragraph);
            for (const MailAttachment& a : m.attachments) visit(a.name);
            for (const MailClue& c : m.clues) visit(c.explanation);
            visit(m.consequence), visit(m.debrief);
        }
    }
}

void visitQuizzesAndScenarios(const std::vector<Quiz>& quizzes, const std::vector<Scenario>& scenarios, const Visit& visit)
{
    for (const Quiz& quiz : quizzes) {
        visit(quiz.title), visit(quiz.description);
        for (const Question& q : quiz.pool) visitQuestion(q, visit);
    }
    for (const Scenario& s : scenarios) {
        visit(s.title), visit(s.description);
        for (const ScenarioNode& n : s.nodes) {
            visit(n.situation);
            for (const ScenarioOption& o : n.options) visit(o.text), visit(o.feedback);
        }
        for (const ScenarioEnding& e : s.endings) visit(e.title), visit(e.debrief);
    }
}

} // namespace

void visitTexts(const Pack& pack, const Visit& visit)
{
    visit(pack.title), visit(pack.description);
    for (const Lesson& lesson : pack.lessons) {
        visit(lesson.title), visit(lesson.description);
        for (const Page& page : lesson.pages) {
            visit(page.title);
            for (const Block& block : page.blocks) {
                std::visit(
                    [&](const auto& b) {
                        using T = std::decay_t<decltype(b)>;
                        if constexpr (std::is_same_v<T, List>) {
                            for (const LocalizedText& item : b.items) visit(item);
                        } else if constexpr (std::is_same_v<T, Image>) {
                            visit(b.alt), visit(b.caption);
                        } else {
                            visit(b.text);
                        }
                    },
                    block);
            }
        }
        visitQuizzesAndScenarios(lesson.quizzes, lesson.scenarios, visit);
        visitInboxes(lesson.inboxes, visit);
    }
    visitQuizzesAndScenarios(pack.quizzes, pack.scenarios, visit);
    visitInboxes(pack.inboxes, visit);
}

} // namespace mamori::lessons
