#pragma once
// Everything a learner can do in the app, as data. Screens emit actions; the controller
// applies them. The script mode and the tests emit the same actions.

#include "settings.hpp"

#include "mamori/scoring/learner_progress.hpp"
#include "mamori/scoring/response.hpp"

#include <string>
#include <variant>

namespace mamori::app {

namespace action {
struct EditSignInId { std::string text; };
struct EditSignInName { std::string text; };
struct ShowCreateLearner { bool show = true; };
struct SignIn { std::string learnerId; };
struct CreateLearner {};                       ///< from the sign-in form's fields
struct SignOut {};
struct ShowCatalog {};
struct ShowSettings {};
struct CloseSettings {};
struct ContinueLearning {};                    ///< the catalog's "continue where you left off"
struct OpenLesson { std::string packId; std::string lessonId; };
struct GoToPage { int index = 0; };
enum class NarrationCommand { Play, Pause, Resume, Stop };
struct Narration { NarrationCommand command = NarrationCommand::Play; };
struct StartQuiz { std::string packId; std::string quizId; };
struct ShowQuestion { int index = 0; };
struct PickChoice { std::string id; };         ///< select (single, true/false) or toggle (multiple)
struct MoveStep { std::string id; int delta = 0; };
struct PlaceStep { std::string id; int position = 0; };   ///< drag and drop
struct MatchItem { std::string leftId; std::string rightId; };
struct EditAnswerText { std::string text; };
struct PickCertainty { scoring::Certainty certainty = scoring::Certainty::Medium; };
struct ConfirmAnswer {};
struct AskSubmit {};
struct CancelSubmit {};
struct SubmitQuiz {};
struct ShowResults { std::string packId; std::string quizId; int attemptNumber = 0; };
struct SetMissedOnly { bool missedOnly = false; };
struct RetryQuiz {};
struct StartScenario { std::string packId; std::string scenarioId; };
struct ChooseOption { std::string id; };
struct DismissConsequence {};
struct StartInbox { std::string packId; std::string inboxId; };
struct SelectMessage { std::string id; };
/// An action on the message shown: open-link and open-attachment name the link or attachment,
/// mark and unmark name the part (`link:l-pay`, `sender`).
struct ActOnMessage { scoring::InboxAction action = scoring::InboxAction::Report; std::string target; };
struct SetMarking { bool marking = false; };
struct ShowHeaders { bool show = false; };
struct InspectAttachment { std::string id; };   ///< empty: close the inspection
struct ShowInboxMessages {};                     ///< from the finished run's result back to the messages
struct StartReviews {};
struct NextReview {};
struct SetLanguage { lessons::Language language = lessons::Language::Japanese; };
struct SetTextPercent { int percent = 100; };
struct SetVolume { int percent = 80; };
struct SetMuted { bool muted = false; };
struct SetTheme { Theme theme = Theme::Light; };
struct DismissNotice { int index = 0; };
struct SaveCertificate { std::string packId; };   ///< a completed pack's certificate, as a PDF
struct Quit {};
} // namespace action

using Action = std::variant<action::EditSignInId, action::EditSignInName, action::ShowCreateLearner, action::SignIn,
                            action::CreateLearner, action::SignOut, action::ShowCatalog, action::ShowSettings,
                            action::CloseSettings, action::ContinueLearning, action::OpenLesson, action::GoToPage,
                            action::Narration, action::StartQuiz, action::ShowQuestion, action::PickChoice, action::MoveStep,
                            action::PlaceStep, action::MatchItem, action::EditAnswerText, action::PickCertainty,
                            action::ConfirmAnswer, action::AskSubmit, action::CancelSubmit, action::SubmitQuiz,
                            action::ShowResults, action::SetMissedOnly, action::RetryQuiz, action::StartScenario,
                            action::ChooseOption, action::DismissConsequence, action::StartInbox, action::SelectMessage,
                            action::ActOnMessage, action::SetMarking, action::ShowHeaders, action::InspectAttachment,
                            action::ShowInboxMessages, action::StartReviews, action::NextReview, action::SetLanguage, action::SetTextPercent,
                            action::SetVolume, action::SetMuted, action::SetTheme, action::DismissNotice, action::SaveCertificate, action::Quit>;

} // namespace mamori::app
