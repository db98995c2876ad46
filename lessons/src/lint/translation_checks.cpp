// Translations that were left out or went astray: a text the same in Japanese and English, or an
// English text far shorter or longer than its Japanese. Each text is reported at the line of
// the element that holds it (the model keeps lines for pages, questions, quizzes, scenarios'
// parts; a mail's subject, paragraphs and debrief come from the source map; texts of the pack
// itself are at the <pack> line).

#include "lint_checks.hpp"

namespace mamori::lessons::lint {
namespace {

// Japanese is denser than English: one kanji or kana carries what takes two to four English
// letters. Across the ~2200 texts of 12 or more Japanese characters in the shipped packs, English
// runs from 0.9 to 4.2 characters per Japanese character (white space not counted), 98 % of them
// within 1.3–3.2. Outside [0.8, 6], a clause has usually been left out of one side or a sentence
// added to the other. Short texts (titles, single words, 「はい」) vary far more, so only texts
// with at least kMinJapanese Japanese characters are measured; and sources are not, since a
// citation abbreviates the law's name in English (不正競争防止法第2条第6項 → "UCPA Art. 2(6)").
constexpr double kMinRatio = 0.8;
constexpr double kMaxRatio = 6.0;
constexpr std::size_t kMinJapanese = 12;

class TranslationCheck {
public:
    TranslationCheck(const Pack& pack, Findings& findings) : findings_(findings)
    {
        active_ = pack.declares(Language::Japanese) && pack.declares(Language::English);
    }

    /// Checks `text`, held by the element at `line` (described as `where`); `measure` false
    /// checks only that it was translated, not its length.
    void check(const LocalizedText& text, int line, const std::string& where, bool measure = true)
    {
        if (!active_ || !text.has(Language::Japanese) || !text.has(Language::English)) return;
        const std::string ja = text.plain(Language::Japanese);
        const std::string en = text.plain(Language::English);
        if (ja.empty() || en.empty()) return;
        if (ja == en) {
            if (!hasLetters(ja)) return; // numbers, symbols: the same in both
            findings_.warn(line, "translation-identical",
                           "the Japanese and English texts of " + where + " are the same: \"" + clip(ja) + "\"");
            return;
        }
        const std::size_t jaLength = visibleLength(ja), enLength = visibleLength(en);
        if (!measure || jaLength < kMinJapanese) return;
        const double ratio = static_cast<double>(enLength) / static_cast<double>(jaLength);
        if (ratio >= kMinRatio && ratio <= kMaxRatio) return;
        findings_.warn(line, "translation-length",
                       "the English text of " + where + " is " + (ratio < kMinRatio ? "much shorter" : "much longer") +
                           " than its Japanese (" + std::to_string(enLength) + " characters for " +
                           std::to_string(jaLength) + "; expected " + formatRatio(kMinRatio) + "–" +
                           formatRatio(kMaxRatio) + " per Japanese character): is a part missing?");
    }

private:
    static bool hasLetters(std::string_view text)
    {
        for (const char c : text) {
            if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
        }
        return false;
    }
    static std::string clip(const std::string& text)
    {
        if (text.size() <= 60) return text;
        std::size_t end = 57;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end; // whole characters
        return text.substr(0, end) + "…";
    }
    static std::string formatRatio(double ratio)
    {
        std::string s = std::to_string(ratio);
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
        return s;
    }

    Findings& findings_;
    bool active_ = false;
};

void checkQuestion(TranslationCheck& check, const Question& q)
{
    const std::string where = "question '" + q.id + "'";
    check.check(q.prompt, q.line, "the prompt of " + where);
    check.check(q.explanation, q.line, "the explanation of " + where);
    if (q.source) check.check(q.source->text, q.line, "the source of " + where, false);
    if (const ChoiceAnswer* key = q.choices()) {
        for (const Choice& c : key->choices) {
            check.check(c.text, q.line, "choice '" + c.id + "' of " + where);
            check.check(c.feedback, q.line, "the feedback of choice '" + c.id + "' of " + where);
        }
    }
    if (const TrueFalseAnswer* key = q.trueFalse()) {
        check.check(key->feedbackTrue, q.line, "<feedback-true> of " + where);
        check.check(key->feedbackFalse, q.line, "<feedback-false> of " + where);
    }
    if (const OrderingAnswer* key = q.ordering()) {
        for (const Step& s : key->steps) check.check(s.text, q.line, "step '" + s.id + "' of " + where);
    }
    if (const MatchingAnswer* key = q.matching()) {
        for (const MatchPair& p : key->pairs) {
            check.check(p.left, q.line, "the left of pair '" + p.id + "' of " + where);
            check.check(p.right, q.line, "the right of pair '" + p.id + "' of " + where);
        }
        for (const Distractor& d : key->distractors)
            check.check(d.text, q.line, "distractor '" + d.id + "' of " + where);
    }
    if (const ShortTextAnswer* key = q.shortText()) check.check(key->feedback, q.line, "the feedback of " + where);
    if (const HotspotAnswer* key = q.hotspot()) {
        check.check(key->picture.alt, q.line, "the picture's <alt> of " + where);
        for (const HotspotRegion& r : key->regions) {
            check.check(r.label, q.line, "the label of region '" + r.id + "' of " + where);
            check.check(r.feedback, q.line, "the feedback of region '" + r.id + "' of " + where);
        }
    }
}

void checkQuiz(TranslationCheck& check, const Quiz& quiz)
{
    check.check(quiz.title, quiz.line, "the title of quiz '" + quiz.id + "'");
    check.check(quiz.description, quiz.line, "the description of quiz '" + quiz.id + "'");
    for (const Question& q : quiz.pool) checkQuestion(check, q);
}

void checkScenario(TranslationCheck& check, const Scenario& s)
{
    check.check(s.title, s.line, "the title of scenario '" + s.id + "'");
    check.check(s.description, s.line, "the description of scenario '" + s.id + "'");
    for (const ScenarioNode& node : s.nodes) {
        check.check(node.situation, node.line, "the situation of node '" + node.id + "'");
        for (const ScenarioOption& o : node.options) {
            check.check(o.text, o.line, "option '" + o.id + "' of node '" + node.id + "'");
            check.check(o.feedback, o.line, "the feedback of option '" + o.id + "' of node '" + node.id + "'");
        }
    }
    for (const ScenarioEnding& e : s.endings) {
        check.check(e.title, e.line, "the title of ending '" + e.id + "'");
        check.check(e.debrief, e.line, "the debrief of ending '" + e.id + "'");
    }
}

void checkPage(TranslationCheck& check, const Page& page)
{
    const std::string where = "page '" + page.id + "'";
    check.check(page.title, page.line, "the title of " + where);
    for (const Block& block : page.blocks) {
        if (const auto* b = std::get_if<Heading>(&block)) check.check(b->text, page.line, "a heading of " + where);
        if (const auto* b = std::get_if<Paragraph>(&block)) check.check(b->text, page.line, "a paragraph of " + where);
        if (const auto* b = std::get_if<Callout>(&block)) check.check(b->text, page.line, "a callout of " + where);
        if (const auto* b = std::get_if<List>(&block)) {
            for (const LocalizedText& item : b->items) check.check(item, page.line, "a list item of " + where);
        }
        if (const auto* b = std::get_if<Image>(&block)) {
            check.check(b->alt, page.line, "the alt text of " + b->source + " on " + where);
            check.check(b->caption, page.line, "the caption of " + b->source + " on " + where);
        }
    }
}

/// An inbox's texts, each at the line of its element. The sender's display name and attachments'
/// file names are left out, as sources are: names are often written alike in both languages
/// (「Sample Transport」, invoice.pdf).
void checkInbox(TranslationCheck& check, const Inbox& inbox, const PackSource& source)
{
    check.check(inbox.title, inbox.line, "the title of inbox '" + inbox.id + "'");
    check.check(inbox.description, inbox.line, "the description of inbox '" + inbox.id + "'");
    for (const MailMessage& m : inbox.messages) {
        const std::string of = " of message '" + m.id + "'";
        auto line = [&](int parent, std::string_view element, std::size_t index = 0) {
            return source.nthChildLine(parent, element, index, parent);
        };
        check.check(m.subject, line(m.line, "subject"), "the subject" + of);
        const int body = line(m.line, "body");
        for (std::size_t i = 0; i < m.body.size(); ++i)
            check.check(m.body[i], line(body, "p", i), "paragraph " + std::to_string(i + 1) + of);
        for (const MailClue& c : m.clues) check.check(c.explanation, c.line, "the clue on the " + mailPartName(c.part) + of);
        check.check(m.consequence, line(m.line, "consequence"), "the consequence" + of);
        check.check(m.debrief, line(m.line, "debrief"), "the debrief" + of);
    }
}

} // namespace

void checkTranslations(const Pack& pack, Findings& findings)
{
    TranslationCheck check(pack, findings);
    const int packLine = findings.source().rootLine();
    check.check(pack.title, packLine, "the pack's title");
    check.check(pack.description, packLine, "the pack's description");
    for (const Lesson& lesson : pack.lessons) {
        check.check(lesson.title, lesson.line, "the title of lesson '" + lesson.id + "'");
        check.check(lesson.description, lesson.line, "the description of lesson '" + lesson.id + "'");
        for (const Page& page : lesson.pages) checkPage(check, page);
        for (const Quiz& quiz : lesson.quizzes) checkQuiz(check, quiz);
        for (const Scenario& s : lesson.scenarios) checkScenario(check, s);
    }
    for (const Quiz& quiz : pack.quizzes) checkQuiz(check, quiz);
    for (const Scenario& s : pack.scenarios) checkScenario(check, s);
    for (const Inbox* inbox : inboxesOf(pack)) checkInbox(check, *inbox, findings.source());
}

} // namespace mamori::lessons::lint
