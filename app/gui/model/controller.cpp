#include "controller.hpp"
#include "overloaded.hpp"

#include "catalog.hpp"
#include "refusal_notice.hpp"
#include "views.hpp"
#include "data_paths.hpp"
#include "session_opener.hpp"

#include "mamori/scoring/quiz_attempt.hpp"


#include <algorithm>

namespace mamori::app {

using namespace mamori::lessons;
using namespace mamori::scoring;

AppController::AppController(AppEnvironment environment, AppModel& model) : env_(environment), model_(model) {}

std::shared_ptr<const Pack> AppController::pack(const std::string& packId) const
{
    return env_.library->findShared(packId);
}

void AppController::notify(Notice::Level level, std::string key, std::vector<std::string> args, std::vector<std::string> details)
{
    // The same message twice in a row is one message.
    if (!model_.notices.empty() && model_.notices.back().key == key && model_.notices.back().args == args) return;
    model_.notices.push_back({level, std::move(key), std::move(args), std::move(details)});
    if (model_.notices.size() > 6) model_.notices.erase(model_.notices.begin());
}

void AppController::refused(const Refusal& refusal)
{
    const RefusalNotice notice = refusalNotice(refusal.code);
    notify(notice.level, notice.key, {}, {refusal.message});
}

void AppController::announceCompletions(Effects& effects)
{
    if (!model_.session) return;
    for (const Completion& c : model_.session->newCompletions()) {
        const Pack* p = nullptr;
        for (const auto& candidate : env_.library->packs) {
            if (c.kind == Completion::Kind::Pack ? candidate->id == c.id
                                                 : (candidate->lesson(c.id) || candidate->quiz(c.id) || candidate->scenario(c.id) ||
                                                    candidate->inbox(c.id))) {
                p = candidate.get();
            }
        }
        if (!p) continue;
        std::string title;
        if (c.kind == Completion::Kind::Pack) title = p->title.plain(model_.language());
        else if (const Lesson* l = p->lesson(c.id)) title = l->title.plain(model_.language());
        else if (const Quiz* q = p->quiz(c.id)) title = q->title.plain(model_.language());
        else if (const Scenario* s = p->scenario(c.id)) title = s->title.plain(model_.language());
        else if (const Inbox* i = p->inbox(c.id)) title = i->title.plain(model_.language());
        notify(Notice::Level::Success, "done." + std::string(completionKindName(c.kind)), {title});
        effects.pushProgress = model_.session->progress().learnerId;
        if (c.kind == Completion::Kind::Pack || c.kind == Completion::Kind::Lesson) effects.cues.push_back(Cue::Complete);
    }
}

void AppController::reportSettingsProblems(const std::vector<std::string>& problems)
{
    if (problems.empty()) return;
    constexpr std::size_t kShown = 5;
    std::vector<std::string> details(problems.begin(), problems.begin() + static_cast<std::ptrdiff_t>(std::min(problems.size(), kShown)));
    if (problems.size() > kShown) details.push_back("… (" + std::to_string(problems.size() - kShown) + ")");
    notify(Notice::Level::Warning, "error.settings-problems", {}, details);
}

void AppController::reportLibraryProblems()
{
    for (const LoadResult& failure : env_.library->failures) {
        std::vector<std::string> details;
        for (const Diagnostic& d : failure.diagnostics) {
            if (d.severity == Severity::Error && details.size() < 5) details.push_back(formatDiagnostic(d));
        }
        if (failure.errors > 5) details.push_back("… (" + std::to_string(failure.errors - 5) + ")");
        notify(Notice::Level::Warning, "error.pack-failed", {}, details);
    }
    std::vector<std::string> profileErrors;
    for (const Diagnostic& d : env_.library->profileProblems) {
        if (d.severity == Severity::Error && profileErrors.size() < 5) profileErrors.push_back(formatDiagnostic(d));
    }
    if (!profileErrors.empty()) notify(Notice::Level::Warning, "error.profile-failed", {}, profileErrors);
}

void AppController::refreshLearners()
{
    // The learners who signed in on this machine: reading every file of a shared progress
    // folder would take seconds, and list everyone in the company.
    model_.signIn.learners.clear();
    for (const RecentLearner& recent : model_.settings.recentLearners) model_.signIn.learners.push_back({recent.id, recent.name});
}

void AppController::signIn(const std::string& learnerId, const std::string& newName, Effects& effects)
{
    auto opened = openLearnerSession(env_.dataDir, learnerId, env_.key, env_.storage, env_.clock);
    if (!opened) {
        refused(opened.refusal());
        return;
    }
    model_.session = std::move(opened.value().session);
    for (const std::string& notice : opened.value().keyNotices) notify(Notice::Level::Info, "notice.key-created", {}, {notice});
    for (const std::string& warning : opened.value().warnings) notify(Notice::Level::Warning, "notice.key-permissions", {}, {warning});
    for (const std::string& notice : opened.value().notices) notify(Notice::Level::Warning, "error.restored-backup", {}, {notice});
    if (!newName.empty() && newName != model_.session->progress().displayName) {
        if (auto named = model_.session->setDisplayName(newName); !named) refused(named.refusal());
    }
    model_.settings.lastLearner = learnerId;
    model_.settings.rememberLearner({learnerId, model_.session->progress().displayName});
    model_.signIn.creating = false;
    model_.screen = Screen::Catalog;
    effects.saveSettings = true;
}

void AppController::signOut(Effects& effects)
{
    effects.stopNarration();
    model_.session.reset();
    model_.lesson = {};
    model_.quiz = {};
    model_.results = {};
    model_.scenario = {};
    model_.inbox = {};
    model_.screen = Screen::SignIn;
    refreshLearners();
}

void AppController::continueLearning(Effects& effects)
{
    if (!model_.session) return;
    const auto resume = buildCatalog(*env_.library, model_.session->progress()).resume;
    if (!resume) return;
    switch (resume->kind) {
    case CatalogItem::Kind::Lesson: openLesson(resume->pack->id, resume->id, effects); break;
    case CatalogItem::Kind::Quiz: startQuiz(resume->pack->id, resume->id, effects); break;
    case CatalogItem::Kind::Scenario: startScenario(resume->pack->id, resume->id, effects); break;
    case CatalogItem::Kind::Inbox: startInbox(resume->pack->id, resume->id, effects); break;
    }
}

void AppController::changeSettings(const Action& action, Effects& effects)
{
    Settings& s = model_.settings;
    std::visit(Overloaded{
                   [&](const action::SetLanguage& a) { s.language = a.language; },
                   [&](const action::SetTextPercent& a) {
                       s.textPercent = std::clamp(a.percent, kMinTextPercent, kMaxTextPercent);
                       effects.rebuildFonts = true;
                   },
                   [&](const action::SetVolume& a) {
                       s.volume = std::clamp(a.percent, 0, 100);
                       effects.applyAudioSettings = true;
                   },
                   [&](const action::SetMuted& a) {
                       s.muted = a.muted;
                       effects.applyAudioSettings = true;
                   },
                   [&](const action::SetTheme& a) { s.theme = a.theme; },
                   [](const auto&) {},
               },
               action);
    effects.saveSettings = true;
}

Effects AppController::apply(const Action& action)
{
    Effects effects;
    const Screen screenBefore = model_.screen;
    const std::size_t noticesBefore = model_.notices.size();
    std::visit(Overloaded{
                   [&](const action::EditSignInId& a) { model_.signIn.idInput = a.text; },
                   [&](const action::EditSignInName& a) { model_.signIn.nameInput = a.text; },
                   [&](const action::ShowCreateLearner& a) { model_.signIn.creating = a.show; },
                   [&](const action::SignIn& a) { signIn(a.learnerId, "", effects); },
                   [&](const action::CreateLearner&) { createLearner(effects); },
                   [&](const action::SignOut&) { signOut(effects); },
                   [&](const action::ShowCatalog&) { showCatalog(effects); },
                   [&](const action::ShowSettings&) { showSettings(); },
                   [&](const action::CloseSettings&) { model_.screen = model_.beforeSettings; },
                   [&](const action::ContinueLearning&) { continueLearning(effects); },
                   [&](const action::OpenLesson& a) { openLesson(a.packId, a.lessonId, effects); },
                   [&](const action::GoToPage& a) { goToPage(a.index, effects); },
                   [&](const action::Narration& a) { narration(a.command, effects); },
                   [&](const action::StartQuiz& a) { startQuiz(a.packId, a.quizId, effects); },
                   [&](const action::ShowQuestion& a) { showQuestion(a.index); },
                   [&](const action::PickChoice&) { editDraft(action); },
                   [&](const action::MoveStep&) { editDraft(action); },
                   [&](const action::PlaceStep&) { editDraft(action); },
                   [&](const action::MatchItem&) { editDraft(action); },
                   [&](const action::EditAnswerText&) { editDraft(action); },
                   [&](const action::PickCertainty&) { editDraft(action); },
                   [&](const action::ConfirmAnswer&) {
                       if (model_.screen == Screen::Reviews) confirmReview(effects);
                       else confirmAnswer(effects);
                   },
                   [&](const action::AskSubmit&) { askSubmit(effects); },
                   [&](const action::CancelSubmit&) { model_.quiz.askingToSubmit = false; },
                   [&](const action::SubmitQuiz&) { submitQuiz(effects); },
                   [&](const action::ShowResults& a) { showResultsOf(a.packId, a.quizId, a.attemptNumber); },
                   [&](const action::SetMissedOnly& a) { model_.results.missedOnly = a.missedOnly; },
                   [&](const action::RetryQuiz&) { retryQuiz(effects); },
                   [&](const action::StartScenario& a) { startScenario(a.packId, a.scenarioId, effects); },
                   [&](const action::ChooseOption& a) { chooseOption(a.id, effects); },
                   [&](const action::DismissConsequence&) {
                       if (model_.screen == Screen::Inbox) dismissInboxConsequence();
                       else model_.scenario.consequence.reset();
                   },
                   [&](const action::StartInbox& a) { startInbox(a.packId, a.inboxId, effects); },
                   [&](const action::SelectMessage& a) { selectMessage(a.id); },
                   [&](const action::ActOnMessage& a) { actOnMessage(a.action, a.target, effects); },
                   [&](const action::SetMarking& a) { model_.inbox.marking = a.marking; },
                   [&](const action::ShowHeaders& a) { model_.inbox.showHeaders = a.show; },
                   [&](const action::InspectAttachment& a) { model_.inbox.inspecting = a.id; },
                   [&](const action::ShowInboxMessages&) { model_.inbox.showSummary = false; },
                   [&](const action::StartReviews&) { startReviews(effects); },
                   [&](const action::NextReview&) { showReview(model_.reviews.index + 1); },
                   [&](const action::SetLanguage&) {
                       if (!model_.languageLocked) changeSettings(action, effects);
                   },
                   [&](const action::SetTextPercent&) { changeSettings(action, effects); },
                   [&](const action::SetVolume&) { changeSettings(action, effects); },
                   [&](const action::SetMuted&) { changeSettings(action, effects); },
                   [&](const action::SetTheme&) { changeSettings(action, effects); },
                   [&](const action::DismissNotice& a) { dismissNotice(a.index); },
                   [&](const action::SaveCertificate& a) { saveCertificate(a.packId); },
                   [&](const action::Quit&) {
                       model_.quitRequested = true;
                       effects.quit = true;
                   },
               },
               action);
    if (model_.screen != screenBefore) clearOldGoodNews(noticesBefore);
    refreshViews();
    return effects;
}

void AppController::createLearner(Effects& effects)
{
    std::string id = model_.signIn.idInput;
    id.erase(0, id.find_first_not_of(' '));
    id.erase(id.find_last_not_of(' ') + 1);
    signIn(id, model_.signIn.nameInput, effects);
}

void AppController::showCatalog(Effects& effects)
{
    effects.stopNarration();
    model_.screen = model_.session ? Screen::Catalog : Screen::SignIn;
}

void AppController::showSettings()
{
    if (model_.screen != Screen::Settings) model_.beforeSettings = model_.screen;
    model_.screen = Screen::Settings;
}

void AppController::askSubmit(Effects& effects)
{
    const AttemptRecord* attempt = model_.quiz.pack ? model_.session->openAttempt(model_.quiz.pack->id, model_.quiz.quiz->id) : nullptr;
    if (!attempt) return;
    if (unansweredCount(*attempt) == 0) submitQuiz(effects);
    else model_.quiz.askingToSubmit = true;
}

void AppController::showResultsOf(const std::string& packId, const std::string& quizId, int attemptNumber)
{
    const auto p = pack(packId);
    if (p && p->quiz(quizId)) showResults(p, *p->quiz(quizId), attemptNumber);
}

void AppController::dismissNotice(int index)
{
    if (index >= 0 && index < static_cast<int>(model_.notices.size())) model_.notices.erase(model_.notices.begin() + index);
}

void AppController::clearOldGoodNews(std::size_t noticesBefore)
{
    // Good news is shown until the learner moves to another screen; problems until dismissed.
    std::size_t index = 0;
    std::erase_if(model_.notices, [&](const Notice& n) {
        const bool old = index++ < noticesBefore;
        return old && (n.level == Notice::Level::Success || n.level == Notice::Level::Info);
    });
}

void AppController::refreshViews()
{
    model_.views = buildViews(model_, *env_.library, env_.clock.now());
}

Effects AppController::tick()
{
    Effects effects;
    if (model_.screen == Screen::Quiz && model_.session && model_.quiz.pack) {
        const auto p = model_.quiz.pack;
        const Quiz& q = *model_.quiz.quiz;
        const AttemptRecord* attempt = model_.session->openAttempt(p->id, q.id);
        if (attempt && model_.session->expireOverdue(*p, q.id)) {
            notify(Notice::Level::Warning, "quiz.time-up");
            showResults(p, q, attempt->number);
            announceCompletions(effects);
            refreshViews();
        }
    }
    return effects;
}

double AppController::secondsUntilNextChange() const
{
    if (model_.screen != Screen::Quiz || !model_.session || !model_.quiz.pack || !model_.quiz.quiz->timeLimit) return -1;
    const AttemptRecord* attempt = model_.session->openAttempt(model_.quiz.pack->id, model_.quiz.quiz->id);
    if (!attempt) return -1;
    return 1.0;  // the timer shows seconds
}

} // namespace mamori::app
