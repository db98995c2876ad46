#pragma once
/// \file
/// The lesson-pack model: what a pack holds once loaded. Built only by the loader and
/// handed out as `std::shared_ptr<const Pack>`, so the rest of Mamori sees it immutable.
/// Progress refers to things by their ids, never by their text.

#include "mamori/lessons/language.hpp"
#include "mamori/lessons/text.hpp"

#include <array>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace mamori::lessons {

// ---------------------------------------------------------------- lesson pages

/// `<heading>`: a sub-heading inside a page.
struct Heading {
    LocalizedText text;
};

/// `<p>`: a paragraph, with `<em>`/`<strong>` spans.
struct Paragraph {
    LocalizedText text;
};

enum class ListStyle { Bullet, Numbered };

/// `<list type="bullet|numbered">` with `<item>`s.
struct List {
    ListStyle style = ListStyle::Bullet;
    std::vector<LocalizedText> items;
};

enum class CalloutKind { Tip, Warning, Rule };

/// `<callout type="tip|warning|rule">`: a highlighted box.
struct Callout {
    CalloutKind kind = CalloutKind::Tip;
    LocalizedText text;
};

/// `<image src="…">`: a picture from the pack's folder.
struct Image {
    std::string source;              ///< path as written, relative to the pack folder
    std::filesystem::path file;      ///< resolved path on disk
    int width = 0;                   ///< display width in pixels at text size 100 %; 0 = natural size
    LocalizedText alt;               ///< what the image shows, for anyone who cannot see it
    LocalizedText caption;           ///< optional caption under the image
};

using Block = std::variant<Heading, Paragraph, List, Callout, Image>;

/// Narration audio for one language of a page.
struct Narration {
    Language language = Language::Japanese;
    std::string source;
    std::filesystem::path file;
};

struct Page {
    std::string id;
    int line = 0;
    LocalizedText title;
    std::vector<Narration> narration;   ///< at most one per language
    std::vector<Block> blocks;

    /// The narration for `language`, or nullptr when the page has none in it.
    const Narration* narrationFor(Language language) const;
};

// ---------------------------------------------------------------- questions

/// The kinds of question. Each has one bundle per library, found through a registry indexed by
/// kind: lessons/src/kinds (reading), scoring/src/kinds (grading), app/gui/model/kinds and
/// app/gui/ui/kinds (drafts and widgets). Values are contiguous from 0 (no explicit values).
enum class QuestionKind { SingleChoice, MultipleResponse, TrueFalse, Ordering, Matching, ShortText, Hotspot };

/// How many kinds there are: a kind added after Hotspot must move this along (tests walk
/// kAllQuestionKinds, and each registry's switch names a kind left out).
inline constexpr int kQuestionKindCount = static_cast<int>(QuestionKind::Hotspot) + 1;

/// Every kind, in order.
inline constexpr std::array<QuestionKind, kQuestionKindCount> kAllQuestionKinds = [] {
    std::array<QuestionKind, kQuestionKindCount> all{};
    for (int i = 0; i < kQuestionKindCount; ++i) all[static_cast<std::size_t>(i)] = static_cast<QuestionKind>(i);
    return all;
}();

/// The element name of a kind (`single`, `multiple`, …).
std::string_view questionKindName(QuestionKind kind);

/// What a question asks of the learner (`asks="…"`), so that a pool's balance can be checked:
/// behaviour in a situation, understanding of a rule, or recall of a year, rank, figure or name.
enum class Asks { Unstated, Situation, Knowledge, Recall };

/// The attribute value of `asks` (`situation`, `knowledge`, `recall`; empty when unstated).
std::string_view asksName(Asks asks);

/// A choice of a single-choice or multiple-response question.
struct Choice {
    std::string id;
    LocalizedText text;
    bool correct = false;
    LocalizedText feedback;   ///< shown when the learner picks this choice; may be empty
};

/// `<single>` and `<multiple>`.
struct ChoiceAnswer {
    std::vector<Choice> choices;
    bool allOrNothing = false;   ///< `<multiple all-or-nothing="true">`: no partial credit
};

/// `<truefalse answer="…">`.
struct TrueFalseAnswer {
    bool answer = true;
    LocalizedText feedbackTrue;    ///< shown when the learner answers "true"
    LocalizedText feedbackFalse;   ///< shown when the learner answers "false"
};

/// A step of an ordering question.
struct Step {
    std::string id;
    LocalizedText text;
};

/// `<ordering>`: steps written in their correct order.
struct OrderingAnswer {
    std::vector<Step> steps;
    bool allOrNothing = false;
};

/// A pair of a matching question: the left item and its right partner.
struct MatchPair {
    std::string id;
    LocalizedText left;
    LocalizedText right;
};

/// A right-hand item that belongs to no left item.
struct Distractor {
    std::string id;
    LocalizedText text;
};

/// `<matching>`.
struct MatchingAnswer {
    std::vector<MatchPair> pairs;
    std::vector<Distractor> distractors;

    /// The text of right-hand item `id` (a pair's right side or a distractor), or nullptr.
    const LocalizedText* rightText(std::string_view id) const;
};

/// `<shorttext>`: typed answers, compared after `normalizeAnswer`.
struct ShortTextAnswer {
    std::vector<std::string> accepted;   ///< as written in the pack
    LocalizedText feedback;              ///< shown on a wrong answer; may be empty
};

/// A point in a picture's own pixels (0,0 at the top left).
struct PicturePoint {
    double x = 0;
    double y = 0;
    bool operator==(const PicturePoint&) const = default;
};

enum class RegionShape { Rect, Polygon };

/// A part of a hotspot question's picture the learner may choose.
struct HotspotRegion {
    std::string id;
    RegionShape shape = RegionShape::Rect;
    /// Rect: its top-left and bottom-right corners; polygon: its corners in order (3 or more).
    std::vector<PicturePoint> points;
    bool correct = false;
    LocalizedText label;      ///< names the region in the keyboard list; must not tell whether it is right
    LocalizedText feedback;   ///< shown when the learner chooses this region; may be empty
};

/// The picture of a hotspot question.
struct HotspotPicture {
    std::string source;           ///< path as written, relative to the pack folder
    std::filesystem::path file;   ///< resolved path on disk
    int width = 0;                ///< its own size in pixels, read from the file
    int height = 0;
    LocalizedText alt;            ///< what the picture shows, for anyone who cannot see it
};

/// `<hotspot>`: regions of a picture, some of them the risk the learner must find.
struct HotspotAnswer {
    HotspotPicture picture;
    std::vector<HotspotRegion> regions;
    bool allOrNothing = false;   ///< no partial credit

    const HotspotRegion* region(std::string_view regionId) const;
};

using AnswerKey =
    std::variant<ChoiceAnswer, TrueFalseAnswer, OrderingAnswer, MatchingAnswer, ShortTextAnswer, HotspotAnswer>;

/// `<source>`: where the question's fact comes from.
struct SourceReference {
    LocalizedText text;
    std::string url;   ///< optional
};

struct Question {
    std::string id;
    int line = 0;
    QuestionKind kind = QuestionKind::SingleChoice;
    Asks asks = Asks::Unstated;
    int points = 1;
    LocalizedText prompt;
    AnswerKey key;
    LocalizedText explanation;
    std::optional<SourceReference> source;

    const ChoiceAnswer* choices() const { return std::get_if<ChoiceAnswer>(&key); }
    const TrueFalseAnswer* trueFalse() const { return std::get_if<TrueFalseAnswer>(&key); }
    const OrderingAnswer* ordering() const { return std::get_if<OrderingAnswer>(&key); }
    const MatchingAnswer* matching() const { return std::get_if<MatchingAnswer>(&key); }
    const ShortTextAnswer* shortText() const { return std::get_if<ShortTextAnswer>(&key); }
    const HotspotAnswer* hotspot() const { return std::get_if<HotspotAnswer>(&key); }
};

// ---------------------------------------------------------------- quizzes

enum class FeedbackMode { Immediate, Deferred };

/// Which of a learner's attempts is the one that counts.
enum class AttemptPolicy { Highest, First, Last, Average };

/// What a retry asks again.
enum class RetryScope { All, Missed };

struct Quiz {
    std::string id;
    int line = 0;
    LocalizedText title;
    LocalizedText description;
    int passMark = 80;                                ///< percent, 0..100
    int attemptsAllowed = 0;                          ///< 0 = unlimited
    std::optional<std::chrono::seconds> timeLimit;
    int draw = 0;                                     ///< questions per attempt; 0 = the whole pool
    bool shuffleQuestions = true;
    bool shuffleChoices = true;
    FeedbackMode feedback = FeedbackMode::Deferred;
    AttemptPolicy counts = AttemptPolicy::Highest;
    bool certainty = false;                           ///< certainty-based marking
    RetryScope retry = RetryScope::All;
    std::vector<Question> pool;

    /// How many questions an attempt asks.
    int questionsPerAttempt() const { return draw > 0 ? draw : static_cast<int>(pool.size()); }
};

// ---------------------------------------------------------------- scenarios

enum class Outcome { Good, Acceptable, Bad };

std::string_view outcomeName(Outcome outcome);

/// `<when set="…" unset="…" goto="…">`: a destination that depends on flags set earlier.
struct ConditionalGoto {
    std::vector<std::string> requiredSet;
    std::vector<std::string> requiredUnset;
    std::string target;
    int line = 0;
};

struct ScenarioOption {
    std::string id;
    int line = 0;
    LocalizedText text;
    LocalizedText feedback;                 ///< the consequence, shown after choosing
    int scoreChange = 0;
    std::vector<std::string> setsFlags;
    std::vector<ConditionalGoto> conditions; ///< checked in order; the first that holds wins
    std::string target;                     ///< where to go when no condition holds
};

/// A situation with options.
struct ScenarioNode {
    std::string id;
    int line = 0;
    LocalizedText situation;
    std::vector<ScenarioOption> options;
};

struct ScenarioEnding {
    std::string id;
    int line = 0;
    Outcome outcome = Outcome::Acceptable;
    std::optional<int> fixedScore;   ///< when set, the run scores this instead of the path sum
    LocalizedText title;
    LocalizedText debrief;
};

struct Scenario {
    std::string id;
    int line = 0;
    LocalizedText title;
    LocalizedText description;
    std::string start;
    int passScore = 0;
    std::vector<ScenarioNode> nodes;
    std::vector<ScenarioEnding> endings;

    const ScenarioNode* node(std::string_view nodeId) const;
    const ScenarioEnding* ending(std::string_view endingId) const;
};

// ---------------------------------------------------------------- inbox exercises

/// Whether a message of an inbox exercise is an attack or ordinary mail.
enum class Verdict { Legitimate, Malicious };

std::string_view verdictName(Verdict verdict);

/// The parts of a message a learner can point at as a clue.
enum class MailPartKind { Sender, ReplyTo, Subject, Date, Header, Link, Attachment, Phrase };

/// A part of one message: its kind, and for headers, links, attachments and phrases their id.
/// Written `sender`, `reply-to`, `link:l-pay`… in progress files, scripts and records.
struct MailPart {
    MailPartKind kind = MailPartKind::Sender;
    std::string ref;   ///< empty for sender, reply-to, subject and date

    bool operator==(const MailPart&) const = default;
    auto operator<=>(const MailPart&) const = default;
};

/// The attribute value of a part kind (`sender`, `reply-to`, …).
std::string_view mailPartKindName(MailPartKind kind);
/// The kind named `name`, or nullopt.
std::optional<MailPartKind> mailPartKindFromName(std::string_view name);
/// Whether a part of this kind names an element by `ref`.
bool mailPartHasRef(MailPartKind kind);
/// `sender`, `link:l-pay`: the part as one token.
std::string mailPartName(const MailPart& part);
/// The part written by mailPartName, or nullopt when `text` is not one.
std::optional<MailPart> parseMailPart(std::string_view text);

/// `<header name="…" value="…">`: a header line a careful reader may open.
struct MailHeader {
    std::string id;   ///< optional; needed only when a clue points at it
    std::string name;
    std::string value;
};

/// `<link id="…" href="…">`: where a link in the body really goes. The body's `<link ref="…">`
/// spans show it with any text.
struct MailLink {
    std::string id;
    int line = 0;
    std::string href;
};

/// `<attachment id="…" size="…">`: a file name per language (it may hold a right-to-left
/// override or a double extension: that is the point).
struct MailAttachment {
    std::string id;
    int line = 0;
    LocalizedText name;
    std::string size;
};

/// `<clue part="…" ref="…">`: a part of a malicious message that gives it away, and why.
struct MailClue {
    MailPart part;
    int line = 0;
    LocalizedText explanation;
};

/// `<message>`: one e-mail of an inbox exercise.
struct MailMessage {
    std::string id;
    int line = 0;
    Verdict verdict = Verdict::Legitimate;
    std::string date;                       ///< `YYYY-MM-DD HH:MM`, shown as written
    std::string fromAddress;
    LocalizedText fromName;
    std::string replyTo;                    ///< empty when the message has none
    LocalizedText subject;
    std::vector<MailHeader> headers;
    /// Paragraphs; a span whose `anchor` is set is a link (a MailLink id) or a marked phrase.
    std::vector<LocalizedText> body;
    std::vector<MailLink> links;
    std::vector<MailAttachment> attachments;
    std::vector<std::string> phrases;       ///< the ids of the body's `<phrase>`s, in order
    std::vector<MailClue> clues;
    LocalizedText consequence;              ///< what opening or replying to a malicious message does
    LocalizedText debrief;

    const MailLink* link(std::string_view linkId) const;
    const MailAttachment* attachment(std::string_view attachmentId) const;
    const MailClue* clue(const MailPart& part) const;
    /// Whether `part` exists in this message (a header, link, attachment or phrase by its id).
    bool hasPart(const MailPart& part) const;
    /// Every part a learner can mark, in reading order.
    std::vector<MailPart> markableParts() const;
};

/// `<inbox>`: a simulated mailbox; the learner acts on every message and is scored on it.
struct Inbox {
    std::string id;
    int line = 0;
    LocalizedText title;
    LocalizedText description;
    int passMark = 70;   ///< percent, 0..100
    std::vector<MailMessage> messages;

    const MailMessage* message(std::string_view messageId) const;
};

// ---------------------------------------------------------------- lessons and packs

struct Lesson {
    std::string id;
    int line = 0;
    LocalizedText title;
    LocalizedText description;
    std::optional<int> minutes;
    std::vector<Page> pages;
    std::vector<Quiz> quizzes;       ///< checks at the end of the lesson
    std::vector<Scenario> scenarios;
    std::vector<Inbox> inboxes;
};

struct Pack {
    std::string id;
    std::string version;
    int format = 1;
    std::vector<Language> languages;   ///< declared languages; the first is the default
    std::optional<int> minutes;
    LocalizedText title;
    LocalizedText description;
    std::vector<Lesson> lessons;
    std::vector<Quiz> quizzes;         ///< pack-level quizzes (a final test)
    std::vector<Scenario> scenarios;   ///< pack-level scenarios
    std::vector<Inbox> inboxes;        ///< pack-level inbox exercises
    std::filesystem::path file;        ///< the pack.xml it was loaded from
    std::filesystem::path directory;   ///< the folder assets are relative to

    const Lesson* lesson(std::string_view lessonId) const;
    /// Finds a quiz anywhere in the pack (in a lesson or at pack level).
    const Quiz* quiz(std::string_view quizId) const;
    /// Finds a scenario anywhere in the pack.
    const Scenario* scenario(std::string_view scenarioId) const;
    /// Finds an inbox exercise anywhere in the pack.
    const Inbox* inbox(std::string_view inboxId) const;
    /// Finds a question in any quiz of the pack (question ids are unique per pack).
    const Question* question(std::string_view questionId) const;
    bool declares(Language language) const;
};

} // namespace mamori::lessons
