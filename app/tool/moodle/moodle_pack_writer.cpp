#include "moodle_pack_writer.hpp"

#include <algorithm>

namespace mamori::tool::moodle {
namespace {

using lessons::Emphasis;
using lessons::Language;
using lessons::LocalizedText;
using lessons::RichText;

std::string escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        case '\n':
        case '\r':
        case '\t': out += ' '; break;
        default: out += c;
        }
    }
    return out;
}

class Writer {
public:
    explicit Writer(const lessons::Pack& pack) : languages_(pack.languages) {}

    void line(int indent, const std::string& text)
    {
        out_.xml.append(static_cast<std::size_t>(indent), ' ');
        out_.xml += text;
        out_.xml += '\n';
        ++lines_;
    }

    std::string rich(const RichText& text) const
    {
        std::string out;
        for (const lessons::Span& span : text.spans) {
            const std::string t = escape(span.text);
            if (!span.slot.empty()) out += "<slot key=\"" + escape(span.slot) + "\">" + t + "</slot>";
            else if (span.emphasis == Emphasis::Em) out += "<em>" + t + "</em>";
            else if (span.emphasis == Emphasis::Strong) out += "<strong>" + t + "</strong>";
            else out += t;
        }
        return out;
    }

    std::string plain(const RichText& text) const
    {
        std::string out;
        for (const lessons::Span& span : text.spans) out += span.text;
        return escape(out);
    }

    /// `<name attrs><ja>…</ja><en>…</en></name>` on one line per language.
    void text(int indent, std::string_view name, const LocalizedText& text, bool withEmphasis, const std::string& attributes = {})
    {
        line(indent, "<" + std::string(name) + attributes + ">");
        translations(indent + 2, text, withEmphasis);
        line(indent, "</" + std::string(name) + ">");
    }

    void translations(int indent, const LocalizedText& text, bool withEmphasis)
    {
        for (Language l : languages_) {
            const std::string code(lessons::languageCode(l));
            line(indent, "<" + code + ">" + (withEmphasis ? rich(text.in(l)) : plain(text.in(l))) + "</" + code + ">");
        }
    }

    void block(int indent, const lessons::Block& block)
    {
        if (const auto* h = std::get_if<lessons::Heading>(&block)) text(indent, "heading", h->text, false);
        else if (const auto* p = std::get_if<lessons::Paragraph>(&block)) text(indent, "p", p->text, true);
        else if (const auto* c = std::get_if<lessons::Callout>(&block)) {
            const char* kind = c->kind == lessons::CalloutKind::Tip ? "tip" : c->kind == lessons::CalloutKind::Warning ? "warning" : "rule";
            text(indent, "callout", c->text, true, std::string(" type=\"") + kind + "\"");
        } else if (const auto* list = std::get_if<lessons::List>(&block)) {
            line(indent, std::string("<list type=\"") + (list->style == lessons::ListStyle::Numbered ? "numbered" : "bullet") + "\">");
            for (const LocalizedText& item : list->items) text(indent + 2, "item", item, true);
            line(indent, "</list>");
        } else if (const auto* image = std::get_if<lessons::Image>(&block)) {
            line(indent, "<image src=\"" + escape(image->source) + "\"" + (image->width > 0 ? " width=\"" + std::to_string(image->width) + "\"" : "") + ">");
            text(indent + 2, "alt", image->alt, false);
            if (!image->caption.empty()) text(indent + 2, "caption", image->caption, false);
            line(indent, "</image>");
        }
    }

    void question(int indent, const lessons::Question& q)
    {
        const int first = lines_ + 1;
        std::string attributes = " id=\"" + escape(q.id) + "\"";
        if (q.points != 1) attributes += " points=\"" + std::to_string(q.points) + "\"";
        if (q.asks != lessons::Asks::Unstated) attributes += " asks=\"" + std::string(lessons::asksName(q.asks)) + "\"";
        if (const auto* c = q.choices(); c && q.kind == lessons::QuestionKind::MultipleResponse && c->allOrNothing) attributes += " all-or-nothing=\"true\"";
        if (const auto* o = q.ordering(); o && o->allOrNothing) attributes += " all-or-nothing=\"true\"";
        if (const auto* t = q.trueFalse()) attributes += std::string(" answer=\"") + (t->answer ? "true" : "false") + "\"";
        const std::string element(lessons::questionKindName(q.kind));
        line(indent, "<" + element + attributes + ">");
        text(indent + 2, "prompt", q.prompt, true);
        const int in = indent + 2;
        if (const auto* c = q.choices()) {
            for (const lessons::Choice& choice : c->choices) {
                line(in, "<choice id=\"" + escape(choice.id) + "\"" + (choice.correct ? " correct=\"true\"" : "") + ">");
                translations(in + 2, choice.text, false);
                if (!choice.feedback.empty()) text(in + 2, "feedback", choice.feedback, false);
                line(in, "</choice>");
            }
        } else if (const auto* t = q.trueFalse()) {
            if (!t->feedbackTrue.empty()) text(in, "feedback-true", t->feedbackTrue, false);
            if (!t->feedbackFalse.empty()) text(in, "feedback-false", t->feedbackFalse, false);
        } else if (const auto* o = q.ordering()) {
            for (const lessons::Step& step : o->steps) text(in, "step", step.text, false, " id=\"" + escape(step.id) + "\"");
        } else if (const auto* m = q.matching()) {
            for (const lessons::MatchPair& pair : m->pairs) {
                line(in, "<pair id=\"" + escape(pair.id) + "\">");
                text(in + 2, "left", pair.left, false);
                text(in + 2, "right", pair.right, false);
                line(in, "</pair>");
            }
            for (const lessons::Distractor& d : m->distractors) text(in, "distractor", d.text, false, " id=\"" + escape(d.id) + "\"");
        } else if (const auto* s = q.shortText()) {
            for (const std::string& accept : s->accepted) line(in, "<accept>" + escape(accept) + "</accept>");
            if (!s->feedback.empty()) text(in, "feedback", s->feedback, false);
        }
        text(in, "explanation", q.explanation, true);
        if (q.source) text(in, "source", q.source->text, false, q.source->url.empty() ? "" : " url=\"" + escape(q.source->url) + "\"");
        line(indent, "</" + element + ">");
        out_.questions.push_back({q.id, first, lines_});
    }

    void quiz(int indent, const lessons::Quiz& quiz)
    {
        std::string attributes = " id=\"" + escape(quiz.id) + "\" pass-mark=\"" + std::to_string(quiz.passMark) + "\"";
        if (quiz.attemptsAllowed > 0) attributes += " attempts=\"" + std::to_string(quiz.attemptsAllowed) + "\"";
        if (quiz.feedback == lessons::FeedbackMode::Immediate) attributes += " feedback=\"immediate\"";
        if (!quiz.shuffleChoices) attributes += " shuffle-choices=\"false\"";
        line(indent, "<quiz" + attributes + ">");
        text(indent + 2, "title", quiz.title, false);
        if (!quiz.description.empty()) text(indent + 2, "description", quiz.description, true);
        for (const lessons::Question& q : quiz.pool) question(indent + 2, q);
        line(indent, "</quiz>");
    }

    WrittenPack write(const lessons::Pack& pack)
    {
        line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        std::string codes;
        for (Language l : languages_) codes += (codes.empty() ? "" : " ") + std::string(lessons::languageCode(l));
        line(0, "<pack id=\"" + escape(pack.id) + "\" version=\"" + escape(pack.version) + "\" format=\"1\" languages=\"" + codes + "\">");
        text(2, "title", pack.title, false);
        text(2, "description", pack.description, true);
        for (const lessons::Lesson& lesson : pack.lessons) {
            line(2, "<lesson id=\"" + escape(lesson.id) + "\">");
            text(4, "title", lesson.title, false);
            for (const lessons::Page& page : lesson.pages) {
                line(4, "<page id=\"" + escape(page.id) + "\">");
                text(6, "title", page.title, false);
                for (const lessons::Block& b : page.blocks) block(6, b);
                line(4, "</page>");
            }
            for (const lessons::Quiz& q : lesson.quizzes) quiz(4, q);
            line(2, "</lesson>");
        }
        for (const lessons::Quiz& q : pack.quizzes) quiz(2, q);
        line(0, "</pack>");
        return std::move(out_);
    }

private:
    std::vector<Language> languages_;
    WrittenPack out_;
    int lines_ = 0;
};

} // namespace

const WrittenPack::Span* WrittenPack::questionAt(int line) const
{
    const auto found = std::find_if(questions.begin(), questions.end(), [&](const Span& s) { return line >= s.firstLine && line <= s.lastLine; });
    return found == questions.end() ? nullptr : &*found;
}

WrittenPack writePack(const lessons::Pack& pack)
{
    Writer writer(pack);
    return writer.write(pack);
}

} // namespace mamori::tool::moodle
