#include "moodle_export.hpp"

#include "moodle_html.hpp"

#include "mamori/lessons/hotspot_geometry.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace mamori::tool::moodle {
namespace {

using lessons::Language;
using lessons::LocalizedText;
using lessons::RichText;

std::string fraction(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.7f", value);
    return buffer;
}

/// Text for a `<text>` element: CDATA, with any `]]>` in it split across two sections.
std::string cdata(const std::string& text)
{
    std::string out = "<![CDATA[";
    std::size_t from = 0;
    for (std::size_t at = text.find("]]>"); at != std::string::npos; at = text.find("]]>", from)) {
        out += text.substr(from, at - from) + "]]]]><![CDATA[>";
        from = at + 3;
    }
    return out + text.substr(from) + "]]>";
}

/// Standard base64 (RFC 4648), for the picture a ddmarker question carries inside the file.
std::string base64(const std::string& bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t chunk = 0;
        for (std::size_t k = 0; k < 3; ++k) chunk = (chunk << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k) out += k <= n ? kAlphabet[(chunk >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

/// A hotspot region's coordinates as a ddmarker drop zone writes them: a rectangle's
/// "LEFT,TOP;WIDTH,HEIGHT", a polygon's "X,Y;X,Y;…".
std::string dropCoords(const lessons::HotspotRegion& region)
{
    auto number = [](double v) { return std::to_string(static_cast<long>(v)); };
    if (region.shape == lessons::RegionShape::Rect) {
        const lessons::PictureBox box = lessons::regionBounds(region);
        return number(box.minX) + "," + number(box.minY) + ";" + number(box.width()) + "," + number(box.height());
    }
    std::string out;
    for (const lessons::PicturePoint& p : region.points) out += (out.empty() ? "" : ";") + number(p.x) + "," + number(p.y);
    return out;
}

class Exporter {
public:
    Exporter(const lessons::Pack& pack, const std::string& file) : pack_(pack), file_(file) {}

    ExportResult run()
    {
        out_.xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Exported by mamori-tool export-moodle from pack '" + pack_.id +
                   "' version " + pack_.version + " -->\n<quiz>\n";
        for (const lessons::Lesson& lesson : pack_.lessons) {
            leftOut(lesson.line, "lesson '" + lesson.id + "' (" + std::to_string(lesson.pages.size()) +
                                     " page(s)): a Moodle question bank has no lesson pages");
            for (const lessons::Quiz& quiz : lesson.quizzes) exportQuiz(quiz);
            for (const lessons::Scenario& s : lesson.scenarios) scenario(s);
            for (const lessons::Inbox& i : lesson.inboxes) inbox(i);
        }
        for (const lessons::Quiz& quiz : pack_.quizzes) exportQuiz(quiz);
        for (const lessons::Scenario& s : pack_.scenarios) scenario(s);
        for (const lessons::Inbox& i : pack_.inboxes) inbox(i);
        out_.xml += "</quiz>\n";
        return std::move(out_);
    }

private:
    void leftOut(int line, std::string message)
    {
        out_.leftOut.push_back({file_, line, lessons::Severity::Warning, "left-out", "left out: " + std::move(message)});
    }

    void scenario(const lessons::Scenario& s)
    {
        leftOut(s.line, "scenario '" + s.id + "': Moodle has no branching scenarios");
    }

    // A question bank holds questions; an inbox's messages are judged as a whole run, with
    // actions and clues that no Moodle question type records.
    void inbox(const lessons::Inbox& i)
    {
        leftOut(i.line, "inbox '" + i.id + "' (" + std::to_string(i.messages.size()) +
                            " messages): not exportable to Moodle XML, which has no simulated mailbox");
    }

    std::string html(const RichText& text) const
    {
        std::string out;
        for (const lessons::Span& span : text.spans) {
            const std::string t = escapeHtml(span.text);
            if (span.emphasis == lessons::Emphasis::Em) out += "<em>" + t + "</em>";
            else if (span.emphasis == lessons::Emphasis::Strong) out += "<strong>" + t + "</strong>";
            else out += t;
        }
        return out;
    }

    /// One text in every language of the pack: multilang spans when there are several.
    std::string multilang(const LocalizedText& text, bool rich) const
    {
        if (pack_.languages.size() == 1) {
            const RichText& t = text.in(pack_.languages.front());
            return rich ? html(t) : escapeHtml(plainOf(t));
        }
        std::string out;
        for (Language l : pack_.languages) {
            const RichText& t = text.in(l);
            out += "<span lang=\"" + std::string(lessons::languageCode(l)) + "\" class=\"multilang\">" +
                   (rich ? html(t) : escapeHtml(plainOf(t))) + "</span>";
        }
        return out;
    }

    std::string textElement(const std::string& name, const std::string& htmlText, int indent, bool formatted = true) const
    {
        const std::string pad(static_cast<std::size_t>(indent), ' ');
        return pad + "<" + name + (formatted ? " format=\"html\"" : "") + ">\n" + pad + "  <text>" + cdata(htmlText) + "</text>\n" + pad +
               "</" + name + ">\n";
    }

    std::string answer(double value, const std::string& htmlText, const LocalizedText* feedback) const
    {
        std::string x = "    <answer fraction=\"" + fraction(value) + "\" format=\"html\">\n      <text>" + cdata(htmlText) + "</text>\n";
        if (feedback && !feedback->empty()) x += textElement("feedback", "<p>" + multilang(*feedback, false) + "</p>", 6);
        return x + "    </answer>\n";
    }

    void exportQuiz(const lessons::Quiz& quiz)
    {
        ++out_.quizzes;
        std::string name = multilang(quiz.title, false);
        std::string escaped;
        for (const char c : name) escaped += c == '/' ? std::string("//") : std::string(1, c);   // Moodle's path separator
        out_.xml += "  <question type=\"category\">\n    <category>\n      <text>" + cdata("$course$/top/" + escaped) +
                    "</text>\n    </category>\n";
        out_.xml += textElement("info", quiz.description.empty() ? std::string() : "<p>" + multilang(quiz.description, true) + "</p>", 4);
        out_.xml += "    <idnumber>" + quiz.id + "</idnumber>\n  </question>\n";
        std::string settings = "pass mark " + std::to_string(quiz.passMark) + "%";
        if (quiz.attemptsAllowed > 0) settings += ", " + std::to_string(quiz.attemptsAllowed) + " attempts";
        if (quiz.timeLimit) settings += ", time limit " + std::to_string(quiz.timeLimit->count()) + " s";
        if (quiz.draw > 0) settings += ", draws " + std::to_string(quiz.draw) + " questions";
        if (quiz.feedback == lessons::FeedbackMode::Immediate) settings += ", immediate feedback";
        leftOut(quiz.line, "quiz '" + quiz.id + "' settings (" + settings + "): they belong to a Moodle quiz activity, not the question bank");
        if (quiz.certainty) leftOut(quiz.line, "quiz '" + quiz.id + "': certainty-based marking (set it in the Moodle quiz's behaviour)");
        for (const lessons::Question& q : quiz.pool) question(q);
    }

    void question(const lessons::Question& q)
    {
        ++out_.questions;
        std::string type;
        switch (q.kind) {
        case lessons::QuestionKind::SingleChoice: type = "multichoice"; break;
        case lessons::QuestionKind::MultipleResponse: type = q.choices()->allOrNothing ? "multichoiceset" : "multichoice"; break;
        case lessons::QuestionKind::TrueFalse: type = "truefalse"; break;
        case lessons::QuestionKind::Ordering: type = "ordering"; break;
        case lessons::QuestionKind::Matching: type = "matching"; break;
        case lessons::QuestionKind::ShortText: type = "shortanswer"; break;
        case lessons::QuestionKind::Hotspot: type = "ddmarker"; break;
        }
        std::string& x = out_.xml;
        x += "  <question type=\"" + type + "\">\n    <name>\n      <text>" + escapeHtml(q.id) + "</text>\n    </name>\n";
        x += textElement("questiontext", "<p>" + multilang(q.prompt, true) + "</p>", 4);
        x += textElement("generalfeedback", "<p>" + multilang(q.explanation, true) + "</p>", 4);
        x += "    <defaultgrade>" + std::to_string(q.points) + "</defaultgrade>\n    <penalty>0</penalty>\n    <hidden>0</hidden>\n";
        x += "    <idnumber>" + escapeHtml(q.id) + "</idnumber>\n";
        if (q.asks != lessons::Asks::Unstated) {
            x += "    <tags>\n      <tag><text>asks-" + std::string(lessons::asksName(q.asks)) + "</text></tag>\n    </tags>\n";
        }
        if (q.source) leftOut(q.line, "question '" + q.id + "': its <source> (a Moodle question has no field for it)");
        if (const auto* c = q.choices()) {
            const bool single = q.kind == lessons::QuestionKind::SingleChoice;
            int right = 0;
            for (const lessons::Choice& choice : c->choices) right += choice.correct ? 1 : 0;
            const int wrong = static_cast<int>(c->choices.size()) - right;
            x += std::string("    <single>") + (single ? "true" : "false") + "</single>\n";
            x += "    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n";
            for (const lessons::Choice& choice : c->choices) {
                double value = 0;
                if (single || c->allOrNothing) value = choice.correct ? (single ? 100.0 : 100.0 / right) : 0;
                else value = choice.correct ? 100.0 / right : -100.0 / wrong;
                x += answer(value, multilang(choice.text, false), &choice.feedback);
            }
        } else if (const auto* t = q.trueFalse()) {
            x += answer(t->answer ? 100 : 0, "true", &t->feedbackTrue);
            x += answer(t->answer ? 0 : 100, "false", &t->feedbackFalse);
        } else if (const auto* o = q.ordering()) {
            x += "    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n";
            x += std::string("    <gradingtype>") + (o->allOrNothing ? "ALL_OR_NOTHING" : "LONGEST_ORDERED_SUBSET") + "</gradingtype>\n";
            x += "    <showgrading>SHOW</showgrading>\n    <numberingstyle>none</numberingstyle>\n";
            for (std::size_t i = 0; i < o->steps.size(); ++i) x += answer(static_cast<double>(i + 1), multilang(o->steps[i].text, false), nullptr);
        } else if (const auto* m = q.matching()) {
            x += "    <shuffleanswers>true</shuffleanswers>\n";
            auto sub = [&](const std::string& left, const LocalizedText& right) {
                x += "    <subquestion format=\"html\">\n      <text>" + cdata(left) + "</text>\n      <answer>\n        <text>" +
                     cdata(multilang(right, false)) + "</text>\n      </answer>\n    </subquestion>\n";
            };
            for (const lessons::MatchPair& pair : m->pairs) sub(multilang(pair.left, false), pair.right);
            for (const lessons::Distractor& d : m->distractors) sub("", d.text);
        } else if (const auto* s = q.shortText()) {
            x += "    <usecase>0</usecase>\n";
            for (const std::string& accepted : s->accepted) {
                std::string literal;   // plain text in Moodle, where * is a wildcard
                for (const char c : accepted) literal += c == '*' ? std::string("\\*") : std::string(1, c);
                x += answer(100, literal, nullptr);
            }
            if (!s->feedback.empty()) x += answer(0, "*", &s->feedback);
        } else if (const auto* h = q.hotspot()) {
            hotspot(q, *h);
        }
        x += "  </question>\n";
    }

    /// A ddmarker question: the picture inside the file, a marker named by each right region's
    /// label, and that region as its drop zone. What Moodle's markers cannot say is listed.
    void hotspot(const lessons::Question& q, const lessons::HotspotAnswer& h)
    {
        std::string& x = out_.xml;
        const std::string where = "question '" + q.id + "' (hotspot, exported as ddmarker): ";
        x += "    <shuffleanswers/>\n    <shownumcorrect/>\n";
        std::ifstream in(h.picture.file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string name = h.picture.file.filename().string();
        x += "    <file name=\"" + escapeHtml(name) + "\" path=\"/\" encoding=\"base64\">" + base64(bytes) + "</file>\n";
        int number = 0;
        std::string drops;
        for (const lessons::HotspotRegion& region : h.regions) {
            if (!region.correct) continue;
            const std::string no = std::to_string(++number);
            x += "    <drag>\n      <no>" + no + "</no>\n      <text>" + cdata(multilang(region.label, false)) +
                 "</text>\n      <noofdrags>1</noofdrags>\n    </drag>\n";
            drops += "    <drop>\n      <no>" + no + "</no>\n      <shape>" +
                     (region.shape == lessons::RegionShape::Rect ? "rectangle" : "polygon") + "</shape>\n      <coords>" +
                     dropCoords(region) + "</coords>\n      <choice>" + no + "</choice>\n    </drop>\n";
        }
        x += drops;
        leftOut(q.line, where + "each right region becomes a marker named by its label, so the markers tell the learner "
                                "what the risks are; the question asks them to find where they are, not what they are");
        leftOut(q.line, where + "its " + std::to_string(h.regions.size() - static_cast<std::size_t>(number)) +
                            " region(s) that are not a risk: Moodle has no wrong drop zones, so a wrong place earns nothing "
                            "instead of taking a share away");
        bool feedback = false;
        for (const lessons::HotspotRegion& region : h.regions) feedback = feedback || !region.feedback.empty();
        if (feedback) leftOut(q.line, where + "the regions' <feedback> (a ddmarker has feedback only for the whole question)");
        if (h.allOrNothing) leftOut(q.line, where + "all-or-nothing (a ddmarker always gives partial credit)");
        if (!h.picture.alt.empty()) leftOut(q.line, where + "the picture's <alt> text");
    }

    const lessons::Pack& pack_;
    std::string file_;
    ExportResult out_;
};

} // namespace

ExportResult exportMoodle(const lessons::Pack& pack, const std::string& packFileName)
{
    return Exporter(pack, packFileName).run();
}

} // namespace mamori::tool::moodle
