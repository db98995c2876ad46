#include "trainee.hpp"

#include "learner_answers.hpp"

#include "mamori/scoring/completion.hpp"
#include "mamori/scoring/inbox_run.hpp"
#include "mamori/scoring/quiz_attempt.hpp"
#include "mamori/scoring/scenario_run.hpp"

#include <algorithm>
#include <climits>
#include <stdexcept>

namespace mamori::test {

using namespace mamori::lessons;
using namespace mamori::scoring;
using namespace std::chrono;

Training trainingFrom(const PackLibrary& library)
{
    Training training;
    training.library = &library;
    for (const char* id : {"basics", "telework", "targeted-attacks", "departing"}) {
        const Pack* pack = library.find(id);
        if (!pack) throw std::runtime_error(std::string("the packs folder has no loadable pack '") + id + "'");
        training.assigned.push_back(pack);
    }
    training.tour = library.find("tour");
    return training;
}

Trainee::Trainee(const Training& training, const Persona& persona, LearnerSession& session, FakeClock& clock,
                 DeterministicRandom& random)
    : training_(training), persona_(persona), session_(session), clock_(clock), random_(random)
{
}

void Trainee::trainUntilDone()
{
    const Timestamp afterLastDay{(persona_.lastDay + days{1}).time_since_epoch()};
    Day day = persona_.firstDay;
    for (int sittings = 0; sittings < 200 && !stopped_ && !done(); ++sittings) {
        // The first sitting starts where the clock was set; later ones at a time of their day.
        Timestamp start = sittings == 0 ? clock_.now() : officeHours(day, random_);
        if (sittings > 0 && start <= clock_.now())
            start = clock_.now() + minutes{10 + static_cast<int>(random_.below(50))};
        if (start >= afterLastDay) break;
        clock_.set(start);
        sitting(minutes{25 + static_cast<int>(random_.below(50))});
        // Come back a few working days later, sooner when the days left are few.
        const int left = workingDaysBetween(day, persona_.lastDay);
        if (left > 0)
            day = std::min(addWorkingDays(day, 1 + static_cast<int>(random_.below(std::clamp(left / 6, 1, 5)))),
                           persona_.lastDay);
    }
}

void Trainee::trainOneSitting()
{
    const int before = steps_;
    sitting(minutes{20 + static_cast<int>(random_.below(40))});
    if (steps_ == before) revisit();
}

bool Trainee::done() const
{
    return currentPack() == nullptr;
}

void Trainee::sitting(minutes length)
{
    endSitting_ = false;
    const Timestamp end = clock_.now() + length;
    if (session_.progress().displayName.empty() && !persona_.displayName.empty()) {
        if (auto named = session_.setDisplayName(persona_.displayName); !named) fail("setDisplayName", named.refusal());
        wait(5s, 30s);
    }
    if (chance(0.85, random_)) answerDueReviews(8);
    while (!stopped_ && !endSitting_ && clock_.now() < end) {
        const Pack* pack = currentPack();
        if (!pack) break;
        studyNext(*pack);
    }
}

const Pack* Trainee::currentPack() const
{
    for (const Pack* pack : persona_.order) {
        if (std::find(givenUp_.begin(), givenUp_.end(), pack) != givenUp_.end()) continue;
        const PackProgress* records = session_.progress().findPack(pack->id);
        if (records && records->completion(Completion::Kind::Pack, pack->id)) continue;
        return pack;
    }
    return nullptr;
}

void Trainee::studyNext(const Pack& pack)
{
    static const PackProgress kNothingYet;
    const PackProgress* found = session_.progress().findPack(pack.id);
    const PackProgress& records = found ? *found : kNothingYet;
    auto canTake = [&](const Quiz& quiz) {
        const QuizStanding standing = quizStanding(quiz, records.attemptsFor(quiz.id));
        return !standing.passed && (standing.inProgress || standing.canStart);
    };
    auto takeOrGiveUp = [&](const Quiz& quiz) {
        if (takeQuiz(pack, quiz) || stopped_) return;
        if (&pack == persona_.stuckOn && failedAttempts(pack, quiz.id) >= persona_.failuresBeforeGivingUp) {
            stopped_ = true; // they leave it there for now
        } else if (chance(0.5, random_)) {
            endSitting_ = true; // another day, after the reviews of what they missed
        }
    };
    auto playOrGiveUp = [&](const Scenario& scenario) {
        if (!playScenario(pack, scenario) && failedRuns(pack, scenario.id) >= 8) givenUp_.push_back(&pack);
    };
    for (const Lesson& lesson : pack.lessons) {
        for (const Page& page : lesson.pages) {
            if (!records.hasViewed(lesson.id, page.id)) return viewPage(pack, lesson, page);
        }
        for (const Scenario& scenario : lesson.scenarios) {
            if (scenarioStatus(scenario, records) != ActivityStatus::Passed) return playOrGiveUp(scenario);
        }
        for (const Quiz& quiz : lesson.quizzes) {
            if (canTake(quiz)) return takeOrGiveUp(quiz);
        }
    }
    for (const Scenario& scenario : pack.scenarios) {
        if (scenarioStatus(scenario, records) != ActivityStatus::Passed) return playOrGiveUp(scenario);
    }
    for (const Inbox& inbox : pack.inboxes) {
        if (inboxStatus(inbox, records) == ActivityStatus::Passed) continue;
        if (!workThroughInbox(pack, inbox) && records.inboxRunsFor(inbox.id).size() >= 8) givenUp_.push_back(&pack);
        return;
    }
    for (const Quiz& quiz : pack.quizzes) {
        if (canTake(quiz)) return takeOrGiveUp(quiz);
    }
    givenUp_.push_back(&pack); // not complete, yet nothing is left to try: a quiz allows no more attempts
}

void Trainee::viewPage(const Pack& pack, const Lesson& lesson, const Page& page)
{
    const PackProgress* records = session_.progress().findPack(pack.id);
    if (!records || !records->resume || records->resume->activityId != lesson.id) {
        if (auto opened = session_.openLesson(pack, lesson.id); !opened)
            fail("openLesson " + lesson.id, opened.refusal());
        wait(3s, 15s);
    }
    if (auto viewed = session_.viewPage(pack, lesson.id, page.id); !viewed)
        fail("viewPage " + page.id, viewed.refusal());
    countStep();
    wait(persona_.quickestPage, persona_.slowestPage);
}

bool Trainee::takeQuiz(const Pack& pack, const Quiz& quiz)
{
    auto started = session_.startQuiz(pack, quiz.id, random_.next());
    if (!started) {
        if (started.refusal().code != RefusalCode::NoAttemptsLeft) fail("startQuiz " + quiz.id, started.refusal());
        givenUp_.push_back(&pack);
        return false;
    }
    std::vector<std::string> unanswered; // copied: the attempt moves as the records grow
    for (const PlannedQuestion& planned : started.value()->questions) {
        if (!started.value()->latestAnswer(planned.questionId)) unanswered.push_back(planned.questionId);
    }
    const bool stuck = &pack == persona_.stuckOn;
    const double skill = stuck ? 0.5 : std::min(0.98, persona_.skill + 0.1 * failedAttempts(pack, quiz.id));
    // Stuck learners get at most 60 % right and nothing for the rest: a certain fail, as the
    // shipped finals give each question one point and ask for 80 %.
    int rightLeft = stuck ? static_cast<int>(unanswered.size()) * 6 / 10 : INT_MAX;
    bool timeUp = false;
    for (const std::string& id : unanswered) {
        wait(persona_.quickestAnswer, persona_.slowestAnswer);
        const bool right = rightLeft > 0 && chance(skill, random_);
        rightLeft -= right ? 1 : 0;
        const Answer answer = right                             ? Answer::Right
                              : (stuck || chance(0.4, random_)) ? Answer::Clueless
                                                                : Answer::Mistaken;
        const std::optional<Certainty> certainty =
            quiz.certainty ? std::optional<Certainty>(right ? Certainty::High : Certainty::Medium) : std::nullopt;
        auto answered = session_.answer(pack, quiz.id, id, respond(*pack.question(id), answer, random_), certainty);
        if (!answered) fail("answer " + id, answered.refusal());
        if (answered.value().timeUp) {
            timeUp = true;
            break;
        }
        countStep();
        if (stopped_) return false; // closed the app in the middle of the quiz
    }
    if (!timeUp) {
        wait(5s, 40s);
        if (auto submitted = session_.submitQuiz(pack, quiz.id); !submitted)
            fail("submitQuiz " + quiz.id, submitted.refusal());
    }
    const AttemptRecord* last = session_.lastFinishedAttempt(pack.id, quiz.id);
    wait(20s, 120s); // reading the results
    return last && last->passed;
}

bool Trainee::playScenario(const Pack& pack, const Scenario& scenario)
{
    if (auto started = session_.startScenario(pack, scenario.id); !started)
        fail("startScenario " + scenario.id, started.refusal());
    // Better with every failed run: by the second they take the best option nearly every time.
    const double playWell = std::min(1.0, persona_.skill + 0.3 * failedRuns(pack, scenario.id));
    for (int choices = 0; choices < 60; ++choices) {
        const ScenarioRunRecord* run = session_.openRun(pack.id, scenario.id);
        if (!run) break;
        const RunPosition position = runPosition(scenario, *run);
        if (!position.node) break;
        wait(10s, 60s);
        const ScenarioOption& option = pickOption(*position.node, choices >= 30 || chance(playWell, random_), random_);
        auto chosen = session_.choose(pack, scenario.id, option.id);
        if (!chosen) fail("choose " + option.id, chosen.refusal());
        countStep();
        if (stopped_ || chosen.value().ended) break;
    }
    const ScenarioRunRecord* last = session_.lastFinishedRun(pack.id, scenario.id);
    wait(20s, 90s); // reading the debrief
    return last && last->passed && !session_.openRun(pack.id, scenario.id);
}

bool Trainee::workThroughInbox(const Pack& pack, const Inbox& inbox)
{
    if (auto started = session_.startInbox(pack, inbox.id); !started) fail("startInbox " + inbox.id, started.refusal());
    const PackProgress* before = session_.progress().findPack(pack.id);
    const double decideWell = std::min(1.0, persona_.skill + 0.3 * static_cast<double>(before ? before->inboxRunsFor(inbox.id).size() - 1 : 0));
    for (const MailMessage& m : inbox.messages) {
        const InboxRunRecord* run = session_.openInboxRun(pack.id, inbox.id);
        if (!run || stopped_) break;
        if (inboxPosition(inbox, *run).state(m.id).decided()) continue;
        auto act = [&](InboxAction action, const std::string& target = {}) {
            auto done = session_.actOnMessage(pack, inbox.id, m.id, action, target);
            if (!done) fail(std::string(inboxActionName(action)) + " " + m.id, done.refusal());
        };
        wait(10s, 50s);
        act(InboxAction::Open);
        const bool attack = m.verdict == Verdict::Malicious;
        if (attack && !m.clues.empty() && chance(decideWell * 0.6, random_)) act(InboxAction::MarkClue, mailPartName(m.clues.front().part));
        if (attack && !m.attachments.empty() && !chance(decideWell, random_)) act(InboxAction::OpenAttachment, m.attachments.front().id);
        const bool right = chance(decideWell, random_);
        act(right == attack ? InboxAction::Report : (chance(0.5, random_) ? InboxAction::MarkSafe : InboxAction::Delete));
        countStep();
    }
    const InboxRunRecord* last = session_.lastFinishedInboxRun(pack.id, inbox.id);
    wait(20s, 90s); // reading the result
    return last && last->passed && !session_.openInboxRun(pack.id, inbox.id);
}

void Trainee::answerDueReviews(int most)
{
    const std::vector<DueReview> due = session_.dueReviews(*training_.library, clock_.now());
    for (std::size_t i = 0; i < due.size() && static_cast<int>(i) < most && !stopped_; ++i) {
        wait(persona_.quickestAnswer, persona_.slowestAnswer);
        const Answer answer = chance(std::min(0.98, persona_.skill + 0.1), random_) ? Answer::Right : Answer::Mistaken;
        const Question& question = *due[i].question;
        auto reviewed = session_.answerReview(*due[i].pack, question.id, respond(question, answer, random_));
        if (!reviewed) fail("answerReview " + question.id, reviewed.refusal());
        countStep();
    }
}

void Trainee::revisit()
{
    std::vector<const Pack*> taken;
    for (const Pack* pack : persona_.order) {
        if (pack != training_.tour) taken.push_back(pack);
    }
    if (taken.empty()) return;
    const Pack& pack = *taken[static_cast<std::size_t>(random_.below(taken.size()))];
    if (!pack.quizzes.empty() && chance(0.5, random_)) {
        takeQuiz(pack, pack.quizzes.front()); // the final again, to keep it fresh
    } else if (!pack.scenarios.empty()) {
        playScenario(pack, pack.scenarios[static_cast<std::size_t>(random_.below(pack.scenarios.size()))]);
    } else if (!pack.lessons.empty() && !pack.lessons.front().pages.empty()) {
        viewPage(pack, pack.lessons.front(), pack.lessons.front().pages.front());
    }
}

void Trainee::countStep()
{
    ++steps_;
    if (persona_.stopAfterSteps >= 0 && steps_ >= persona_.stopAfterSteps) stopped_ = true;
}

int Trainee::failedAttempts(const Pack& pack, const std::string& quizId) const
{
    const PackProgress* records = session_.progress().findPack(pack.id);
    if (!records) return 0;
    const auto attempts = records->attemptsFor(quizId);
    return static_cast<int>(std::count_if(attempts.begin(), attempts.end(),
                                          [](const AttemptRecord* a) { return a->isFinished() && !a->passed; }));
}

int Trainee::failedRuns(const Pack& pack, const std::string& scenarioId) const
{
    const PackProgress* records = session_.progress().findPack(pack.id);
    if (!records) return 0;
    const auto runs = records->runsFor(scenarioId);
    return static_cast<int>(std::count_if(runs.begin(), runs.end(),
                                          [](const ScenarioRunRecord* r) { return r->isFinished() && !r->passed; }));
}

void Trainee::wait(seconds least, seconds most)
{
    clock_.advance(pause(least, most, random_));
}

void Trainee::fail(const std::string& action, const Refusal& refusal) const
{
    throw std::runtime_error(session_.progress().learnerId + ": " + action + " was refused (" + std::string(refusalCodeName(refusal.code)) +
                             "): " + refusal.message);
}

} // namespace mamori::test
