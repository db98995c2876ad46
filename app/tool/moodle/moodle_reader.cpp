#include "moodle_reader.hpp"

#include "moodle_html.hpp"
#include "moodle_multilang.hpp"

#include "mamori/lessons/limits.hpp"

#include <stb_image.h>
#include <tinyxml2.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <sstream>

namespace mamori::tool::moodle {
namespace {

using lessons::Language;
using lessons::LocalizedText;
using lessons::RichText;
using tinyxml2::XMLElement;

constexpr std::size_t kMaxTextBytes = lessons::limits::kMaxTextBytes - 256;   // room for what we add
constexpr int kMaxAttributesPerTag = 64;

unsigned bitOf(Language l) { return l == Language::Japanese ? 1u : 2u; }

std::string format(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::optional<double> number(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\t' || text.front() == '\r')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

/// All text directly inside `element` (text and CDATA, in order).
std::string textIn(const XMLElement* element)
{
    std::string out;
    if (!element) return out;
    for (const tinyxml2::XMLNode* node = element->FirstChild(); node; node = node->NextSibling()) {
        if (const tinyxml2::XMLText* text = node->ToText()) out += text->Value();
    }
    return out;
}

/// The `<text>` of a text-holding element (`<questiontext>`, `<feedback>`, `<name>`…).
std::string textOf(const XMLElement* holder)
{
    return holder ? textIn(holder->FirstChildElement("text")) : std::string();
}

std::string trimmed(std::string text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

/// Cuts a text to the format's limit, at a character boundary.
bool clip(RichText& text)
{
    std::size_t total = 0;
    for (std::size_t i = 0; i < text.spans.size(); ++i) {
        std::string& s = text.spans[i].text;
        if (total + s.size() > kMaxTextBytes) {
            std::size_t keep = kMaxTextBytes - total;
            while (keep > 0 && (static_cast<unsigned char>(s[keep]) & 0xC0) == 0x80) --keep;
            s.resize(keep);
            text.spans.resize(i + 1);
            text.spans.back().text += "…";
            return true;
        }
        total += s.size();
    }
    return false;
}

bool decodeBase64(std::string_view in, std::string& out, std::size_t limit)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    unsigned buffer = 0;
    int bits = 0;
    for (const char c : in) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == '=') break;
        const int v = value(c);
        if (v < 0) return false;
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
            if (out.size() > limit) return false;
        }
    }
    return true;
}

/// The line of the first byte that is not UTF-8, or 0 when all are.
int firstBadUtf8Line(std::string_view text)
{
    int line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') ++line;
        if (c < 0x80) {
            if (c == 0) return line;
            ++i;
            continue;
        }
        int length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : (c >= 0xC2 ? 2 : 0);
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) return line;
        for (int k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return line;
        }
        i += static_cast<std::size_t>(length);
    }
    return 0;
}

/// The line of a tag with more attributes than any Moodle element has (tinyxml2 checks each new
/// attribute against all before it, so a tag with a million would take hours), or 0.
int tagWithTooManyAttributes(std::string_view text)
{
    int line = 1, count = 0;
    bool inTag = false;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (!inTag) {
            if (c != '<') continue;
            if (text.compare(i, 9, "<![CDATA[") == 0 || text.compare(i, 4, "<!--") == 0) {
                const std::string_view end = text[i + 2] == '[' ? "]]>" : "-->";
                const std::size_t close = text.find(end, i);
                if (close == std::string_view::npos) return 0;   // the parser reports it
                line += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(i), text.begin() + static_cast<std::ptrdiff_t>(close), '\n'));
                i = close + end.size() - 1;
                continue;
            }
            inTag = true;
            count = 0;
        } else if (c == '>') {
            inTag = false;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '=' && ++count > kMaxAttributesPerTag) {
            return line;
        }
    }
    return 0;
}

/// One Moodle text converted for both languages Mamori knows.
struct Converted {
    HtmlText ja, en;
    MultilangSeen seen;
    const HtmlText& in(Language l) const { return l == Language::Japanese ? ja : en; }
};

/// What happened to one question, reported once it is read.
struct QuestionReport {
    int line = 0;
    std::string name;
    std::vector<std::string> losses;
    unsigned fallbackLanguages = 0;   ///< languages some text of it is missing in
    bool joined = false, table = false;
    bool plainPrompt = false;         ///< the question text has no multilang parts
    std::vector<std::string> imagesLeftOut;
};

class Reader {
public:
    Reader(const ImportOptions& options, ImportResult& result) : options_(options), result_(result) {}

    void read(const XMLElement* root)
    {
        int index = 0;
        for (const XMLElement* q = root->FirstChildElement("question"); q; q = q->NextSiblingElement("question")) {
            if (++index > kMaxMoodleQuestions) {
                warn(q->GetLineNum(), "too-many-questions",
                     "more than " + std::to_string(kMaxMoodleQuestions) + " questions: this one and the rest are not converted");
                break;
            }
            const std::string type = q->Attribute("type") ? q->Attribute("type") : "";
            if (type == "category") {
                category(q);
                continue;
            }
            ++result_.questionsRead;
            question(q, type);
        }
        finish();
    }

private:
    // ------------------------------------------------------------ texts

    Converted convert(const XMLElement* holder, QuestionReport* report)
    {
        const std::string html = textOf(holder);
        Converted c;
        c.ja = htmlToText(html, "ja", c.seen);
        MultilangSeen ignored;
        c.en = htmlToText(html, "en", ignored);
        if (c.seen.any) {
            for (Language l : lessons::kAllLanguages) {
                if (!(c.seen.languages & bitOf(l))) fallback_ |= bitOf(l);
            }
            seenLanguages_ |= c.seen.languages;
        }
        if (report) {
            report->table = report->table || c.ja.hadTable;
            if (c.ja.cutDeep) report->losses.push_back("markup nested deeper than 100 levels was left out");
        }
        return c;
    }

    /// The text of `c` in language `l`, falling back to another language's part.
    const HtmlText& pick(const Converted& c, Language l) const
    {
        if (!c.seen.any || (c.seen.languages & bitOf(l))) return c.in(l);
        for (Language other : lessons::kAllLanguages) {
            if (c.seen.languages & bitOf(other)) return c.in(other);
        }
        return c.in(l);
    }

    LocalizedText rich(const Converted& c, QuestionReport* report)
    {
        LocalizedText out;
        for (Language l : lessons::kAllLanguages) {
            const HtmlText& h = pick(c, l);
            RichText text = h.flat();
            if (clip(text) && report) report->losses.push_back("a text longer than 16 KiB was cut");
            if (report && h.joinsBlocks()) report->joined = true;
            out.set(l, std::move(text));
        }
        return out;
    }

    LocalizedText plain(const Converted& c, QuestionReport* report)
    {
        LocalizedText out;
        for (Language l : lessons::kAllLanguages) {
            RichText text = pick(c, l).flat();
            if (clip(text) && report) report->losses.push_back("a text longer than 16 KiB was cut");
            std::string flat = plainOf(text);
            RichText p;
            if (!flat.empty()) p.spans.emplace_back(std::move(flat));
            out.set(l, std::move(p));
        }
        if (emptyIn(out)) return {};   // no text at all: as the loader leaves an absent element
        return out;
    }

    LocalizedText plainText(const XMLElement* holder, QuestionReport* report) { return plain(convert(holder, report), report); }

    static bool emptyIn(const LocalizedText& t) { return t.in(Language::Japanese).empty() && t.in(Language::English).empty(); }
    static bool anyEmpty(const LocalizedText& t) { return t.in(Language::Japanese).empty() || t.in(Language::English).empty(); }

    /// Pictures in a text that has nowhere to show them.
    void noPictures(const Converted& c, std::string_view where, QuestionReport& report)
    {
        if (!c.ja.images.empty() || !c.en.images.empty()) report.imagesLeftOut.push_back(std::string(where));
    }

    // ------------------------------------------------------------ structure

    void warn(int line, std::string code, std::string message)
    {
        if (warnings_ == kMaxMoodleWarnings) {
            result_.diagnostics.push_back({options_.fileName, line, lessons::Severity::Warning, "too-many-warnings",
                                           "too many warnings: the rest are not shown"});
        }
        if (++warnings_ > kMaxMoodleWarnings) return;
        result_.diagnostics.push_back({options_.fileName, line, lessons::Severity::Warning, std::move(code), std::move(message)});
    }

    void category(const XMLElement* q)
    {
        std::string path = trimmed(textOf(q->FirstChildElement("category")));
        // `$course$/top/Security/Phishing`: the last part names it; `//` is a slash inside a name.
        std::vector<std::string> parts;
        std::string part;
        bool inTag = false;   // a multilang span's `</span>` is not a separator, escaped or not
        for (std::size_t i = 0; i < path.size(); ++i) {
            if (path[i] == '<') inTag = true;
            if (path[i] == '>') inTag = false;
            if (inTag && path[i] == '/') {
                part += '/';
                if (i + 1 < path.size() && path[i + 1] == '/') ++i;
            } else if (path[i] == '/' && i + 1 < path.size() && path[i + 1] == '/') {
                part += '/';
                ++i;
            } else if (path[i] == '/') {
                parts.push_back(part);
                part.clear();
            } else {
                part += path[i];
            }
        }
        parts.push_back(part);
        std::erase_if(parts, [](const std::string& p) { return p.empty() || p.front() == '$' || p == "top"; });
        pendingCategory_ = Category{};
        pendingCategory_.line = q->GetLineNum();
        pendingCategory_.name = parts.empty() ? std::string() : parts.back();
        pendingCategory_.idnumber = trimmed(textIn(q->FirstChildElement("idnumber")));
        pendingCategory_.info = q->FirstChildElement("info");
        pendingCategory_.set = true;
        currentQuiz_ = -1;
    }

    struct Category {
        bool set = false;
        int line = 0;
        std::string name;
        std::string idnumber;
        const XMLElement* info = nullptr;
    };

    lessons::Quiz& quizForQuestion()
    {
        if (currentQuiz_ >= 0 && result_.pack.quizzes[static_cast<std::size_t>(currentQuiz_)].pool.size() <
                                     static_cast<std::size_t>(lessons::limits::kMaxQuestionsPerQuiz)) {
            return result_.pack.quizzes[static_cast<std::size_t>(currentQuiz_)];
        }
        lessons::Quiz quiz;
        quiz.passMark = 80;
        quiz.line = pendingCategory_.line;
        // A category name may itself be written in several languages.
        tinyxml2::XMLDocument scratch;
        XMLElement* holder = scratch.NewElement("category");
        XMLElement* text = scratch.NewElement("text");
        text->SetText(pendingCategory_.name.c_str());
        holder->InsertEndChild(text);
        scratch.InsertEndChild(holder);
        quiz.title = plainText(holder, nullptr);
        if (emptyIn(quiz.title)) {
            RichText t;
            t.spans.emplace_back(pendingCategory_.set ? "Quiz " + std::to_string(result_.pack.quizzes.size() + 1) : baseName_);
            quiz.title.set(Language::Japanese, t);
            quiz.title.set(Language::English, t);
        }
        if (pendingCategory_.info) {
            const Converted info = convert(pendingCategory_.info, nullptr);
            LocalizedText description = rich(info, nullptr);
            if (!emptyIn(description)) quiz.description = std::move(description);
        }
        std::string id = idFrom(pendingCategory_.idnumber);
        if (id.empty() || id != pendingCategory_.idnumber) id = idFrom(plainOf(quiz.title.in(Language::English)));
        if (id.empty()) id = "quiz";
        quiz.id = unique(id, containerIds_);
        result_.pack.quizzes.push_back(std::move(quiz));
        currentQuiz_ = static_cast<int>(result_.pack.quizzes.size()) - 1;
        return result_.pack.quizzes.back();
    }

    static std::string unique(std::string id, std::set<std::string>& taken)
    {
        if (id.size() > 58) id.resize(58);
        std::string candidate = id;
        for (int n = 2; !taken.insert(candidate).second; ++n) candidate = id + "-" + std::to_string(n);
        return candidate;
    }

    // ------------------------------------------------------------ questions

    void notConverted(const XMLElement* q, const std::string& name, const std::string& type, const std::string& why)
    {
        warn(q->GetLineNum(), "not-converted", "question '" + name + "' (type " + type + ") not converted: " + why);
    }

    void question(const XMLElement* q, const std::string& type)
    {
        QuestionReport report;
        report.line = q->GetLineNum();
        const Converted nameText = convert(q->FirstChildElement("name"), nullptr);
        report.name = plainOf(pick(nameText, Language::Japanese).flat());
        if (report.name.size() > 200) report.name.resize(200);
        if (report.name.empty()) report.name = "#" + std::to_string(result_.questionsRead);
        const unsigned fallbackBefore = fallback_;
        fallback_ = 0;

        const std::size_t imagesBefore = result_.images.size();
        const std::size_t imageBytesBefore = imageBytes_;
        lessons::Question question;
        question.line = q->GetLineNum();
        std::string why;
        bool ok = false;
        if (type == "multichoice" || type == "multichoiceset") ok = multichoice(q, type == "multichoiceset", question, report, why);
        else if (type == "truefalse") ok = truefalse(q, question, report, why);
        else if (type == "shortanswer") ok = shortanswer(q, question, report, why);
        else if (type == "matching" || type == "match") ok = matching(q, question, report, why);
        else if (type == "ordering") ok = ordering(q, question, report, why);
        else why = unsupportedReason(type);
        if (ok) ok = common(q, question, report, why);
        if (!ok) {
            result_.images.resize(imagesBefore);
            imageBytes_ = imageBytesBefore;
            figureImages_.clear();
            fallback_ = fallbackBefore;
            notConverted(q, report.name, type.empty() ? "none" : type, why);
            return;
        }
        report.fallbackLanguages = fallback_;
        fallback_ |= fallbackBefore;
        lessons::Quiz& quiz = quizForQuestion();
        std::string id = trimmed(textIn(q->FirstChildElement("idnumber")));
        if (idFrom(id) != id || id.empty()) id = idFrom(report.name);
        if (id.empty()) id = "q-" + std::to_string(result_.questionsRead);
        question.id = unique(id, questionIds_);
        QuestionOrigin origin{report.line, report.name, {}};
        if (!figureImages_.empty()) origin.pageId = figurePage(question, report);
        result_.origins[question.id] = origin;
        quiz.pool.push_back(std::move(question));
        ++result_.questionsConverted;
        reports_.push_back(std::move(report));
    }

    static std::string unsupportedReason(const std::string& type)
    {
        if (type == "essay") return "Mamori has no free-text answers graded by a person";
        if (type == "numerical") return "Mamori has no numerical answers with tolerances";
        if (type == "calculated" || type == "calculatedsimple" || type == "calculatedmulti")
            return "Mamori has no calculated questions";
        if (type == "cloze" || type == "multianswer") return "Mamori has no embedded-answer (cloze) questions";
        if (type == "description") return "a description is not a question (put its text on a lesson page)";
        if (type == "ddwtos" || type == "gapselect") return "Mamori has no drag-into-text or gap-select questions";
        if (type == "ddimageortext") return "Mamori has no drag-onto-image questions";
        // Drop zones are only the right places; a hotspot needs places that are not risks too.
        if (type == "ddmarker")
            return "Mamori's hotspot questions need regions that are not a risk, and a ddmarker's drop zones are only the right places";
        if (type == "randomsamatch") return "random short-answer matching draws from other questions";
        if (type.empty()) return "the question has no type";
        return "Mamori has no question of this type";
    }

    /// What every question has: prompt, points, explanation; and what it loses in any type.
    bool common(const XMLElement* q, lessons::Question& question, QuestionReport& report, std::string& why)
    {
        const XMLElement* questionText = q->FirstChildElement("questiontext");
        const Converted text = convert(questionText, &report);
        question.prompt = rich(text, &report);
        report.plainPrompt = !text.seen.any;
        figureImages_.clear();
        for (const HtmlImage& image : text.ja.images) figure(questionText, image, report);
        for (const HtmlImage& image : text.en.images) {
            const bool same = std::any_of(text.ja.images.begin(), text.ja.images.end(),
                                          [&](const HtmlImage& i) { return i.source == image.source; });
            if (!same) figure(questionText, image, report);
        }
        if (anyEmpty(question.prompt)) {
            if (figureImages_.empty()) {
                why = "its question text is empty";
                return false;
            }
            for (Language l : lessons::kAllLanguages) {
                if (question.prompt.in(l).empty()) {
                    RichText t;
                    t.spans.emplace_back(l == Language::Japanese ? "図を見て答えてください。" : "Answer from the figure.");
                    question.prompt.set(l, t);
                }
            }
        }
        if (!figureImages_.empty()) {
            for (Language l : lessons::kAllLanguages) {
                RichText t = question.prompt.in(l);
                t.spans.emplace_back(l == Language::Japanese ? "（図はレッスン「図」の「" + report.name + "」にあります）"
                                                             : " (The figure is in the lesson Figures, page '" + report.name + "'.)");
                question.prompt.set(l, std::move(t));
            }
        }

        const Converted general = convert(q->FirstChildElement("generalfeedback"), &report);
        noPictures(general, "general feedback", report);
        question.explanation = rich(general, &report);
        if (anyEmpty(question.explanation)) {
            report.losses.push_back("it has no general feedback: its explanation says so, write one");
            for (Language l : lessons::kAllLanguages) {
                if (!question.explanation.in(l).empty()) continue;
                RichText t;
                t.spans.emplace_back(l == Language::Japanese ? "（Moodle の問題に解説がありませんでした）"
                                                             : "(The Moodle question had no general feedback.)");
                question.explanation.set(l, t);
            }
        }

        if (const auto grade = number(textIn(q->FirstChildElement("defaultgrade")))) {
            const double rounded = std::round(*grade);
            const int points = static_cast<int>(std::clamp(rounded, 1.0, static_cast<double>(lessons::limits::kMaxPoints)));
            if (rounded != *grade || points != rounded) {
                report.losses.push_back("its mark " + format(*grade) + " became " + std::to_string(points) + " point" +
                                        (points == 1 ? "" : "s") + " (Mamori's points are whole numbers from 1 to 1000)");
            }
            question.points = points;
        }
        if (const auto penalty = number(textIn(q->FirstChildElement("penalty"))); penalty && *penalty > 0) {
            report.losses.push_back("its penalty of " + format(*penalty * 100) +
                                    "% for each wrong try is not kept (Mamori has no penalties; a quiz sets attempts)");
        }
        for (const char* name : {"correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"}) {
            if (!trimmed(textOf(q->FirstChildElement(name))).empty()) {
                report.losses.push_back(std::string("its <") + name + "> is not kept (Mamori shows per-answer feedback and the explanation)");
            }
        }
        if (q->FirstChildElement("hint") && !trimmed(textOf(q->FirstChildElement("hint"))).empty()) {
            report.losses.push_back("its hints are not kept (Mamori has no hints)");
        }
        return true;
    }

    void figure(const XMLElement* questionText, const HtmlImage& image, QuestionReport& report)
    {
        constexpr std::string_view prefix = "@@PLUGINFILE@@/";
        if (!image.source.starts_with(prefix)) {
            report.losses.push_back("its picture '" + image.source + "' is not in the file (only embedded pictures are imported)");
            return;
        }
        const std::string name = image.source.substr(prefix.size());
        const XMLElement* file = nullptr;
        for (const XMLElement* f = questionText ? questionText->FirstChildElement("file") : nullptr; f; f = f->NextSiblingElement("file")) {
            const char* n = f->Attribute("name");
            const char* path = f->Attribute("path");
            std::string full = std::string(path && std::string_view(path) != "/" ? path : "") + (n ? n : "");
            if (!full.empty() && full.front() == '/') full.erase(full.begin());
            if ((n && name == n) || name == full) {
                file = f;
                break;
            }
        }
        if (!file) {
            report.losses.push_back("its picture '" + name + "' has no <file> in the question: left out");
            return;
        }
        std::string bytes;
        const std::string encoded = textIn(file);
        if (encoded.size() > kMaxImageBytes / 3 * 4 + 4096 || !decodeBase64(encoded, bytes, kMaxImageBytes)) {
            report.losses.push_back("its picture '" + name + "' is not base64 or larger than 8 MiB: left out");
            return;
        }
        const bool png = bytes.starts_with("\x89PNG\r\n\x1a\n");
        const bool jpeg = bytes.starts_with("\xFF\xD8\xFF");
        int width = 0, height = 0, channels = 0;
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
        const int size = static_cast<int>(bytes.size());
        bool fits = (png || jpeg) && stbi_info_from_memory(data, size, &width, &height, &channels) && width > 0 && height > 0 &&
                    width <= lessons::limits::kMaxImageSide && height <= lessons::limits::kMaxImageSide &&
                    static_cast<long>(width) * height <= lessons::limits::kMaxImagePixels;
        if (fits) {
            unsigned char* pixels = stbi_load_from_memory(data, size, &width, &height, &channels, 0);
            fits = pixels != nullptr;
            stbi_image_free(pixels);
        }
        if (!fits) {
            report.losses.push_back("its picture '" + name + "' is not a PNG or JPEG picture Mamori can show (at most 8192 pixels a side): left out");
            return;
        }
        if (imageBytes_ + bytes.size() > kMaxAllImagesBytes) {
            report.losses.push_back("its picture '" + name + "' is past the 64 MiB of pictures a file may bring: left out");
            return;
        }
        imageBytes_ += bytes.size();
        std::string stem = idFrom(name.substr(0, name.rfind('.')), 40);
        if (stem.empty()) stem = "figure";
        const std::string path = "images/" + unique(stem, imageNames_) + (png ? ".png" : ".jpg");
        lessons::Image block;
        block.source = path;
        RichText alt;
        alt.spans.emplace_back(image.alt.empty() ? report.name : trimmed(image.alt).substr(0, 1000));
        block.alt.set(Language::Japanese, alt);
        block.alt.set(Language::English, alt);
        figureImages_.push_back(std::move(block));
        result_.images.push_back({path, std::move(bytes)});
    }

    std::string figurePage(const lessons::Question& question, QuestionReport& report)
    {
        lessons::Page page;
        page.id = unique("fig-" + question.id.substr(0, 50), pageIds_);
        RichText title;
        title.spans.emplace_back(report.name);
        page.title.set(Language::Japanese, title);
        page.title.set(Language::English, title);
        for (lessons::Image& image : figureImages_) {
            if (page.blocks.size() < static_cast<std::size_t>(lessons::limits::kMaxBlocksPerPage)) page.blocks.emplace_back(std::move(image));
        }
        figureImages_.clear();
        figures_.push_back(std::move(page));
        report.losses.push_back("a question cannot show a picture: its pictures are on page '" + figures_.back().id +
                                "' of the lesson 'figures', and its text says where");
        return figures_.back().id;
    }

    struct MoodleAnswer {
        int line = 0;
        double fraction = 0;
        LocalizedText text;
        LocalizedText feedback;
        std::string raw;   ///< the answer's text as written, for short answers
    };

    std::vector<MoodleAnswer> answers(const XMLElement* q, QuestionReport& report)
    {
        std::vector<MoodleAnswer> out;
        for (const XMLElement* a = q->FirstChildElement("answer"); a; a = a->NextSiblingElement("answer")) {
            if (out.size() > 100) break;   // more than any kind takes: the caller refuses
            MoodleAnswer answer;
            answer.line = a->GetLineNum();
            answer.fraction = number(a->Attribute("fraction") ? a->Attribute("fraction") : "0").value_or(0);
            const Converted text = convert(a, &report);
            noPictures(text, "an answer", report);
            answer.text = plain(text, &report);
            answer.raw = textOf(a);
            const Converted feedback = convert(a->FirstChildElement("feedback"), &report);
            noPictures(feedback, "an answer's feedback", report);
            answer.feedback = plain(feedback, &report);
            out.push_back(std::move(answer));
        }
        return out;
    }

    static std::string shortText(const LocalizedText& text)
    {
        std::string s = plainOf(text.in(Language::Japanese));
        if (s.size() > 40) {
            std::size_t cut = 40;
            while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
            s = s.substr(0, cut) + "…";
        }
        return "'" + s + "'";
    }

    static bool flag(const XMLElement* q, const char* name, bool fallback)
    {
        const std::string v = trimmed(textIn(q->FirstChildElement(name)));
        if (v.empty()) return fallback;
        return v == "true" || v == "1";
    }

    void shuffleNote(const XMLElement* q, QuestionReport& report)
    {
        if (!flag(q, "shuffleanswers", true)) {
            report.losses.push_back("its answers are not to be shuffled, but Mamori's quiz shuffles every question's choices");
        }
    }

    bool multichoice(const XMLElement* q, bool allOrNothing, lessons::Question& question, QuestionReport& report, std::string& why)
    {
        std::vector<MoodleAnswer> list = answers(q, report);
        if (list.size() < 2 || list.size() > static_cast<std::size_t>(lessons::limits::kMaxChoices)) {
            why = "it has " + std::to_string(list.size()) + " answers; Mamori takes 2 to 9 choices";
            return false;
        }
        for (const MoodleAnswer& a : list) {
            if (anyEmpty(a.text)) {
                why = "an answer has no text (answers that are only pictures are not supported)";
                return false;
            }
        }
        const bool single = !allOrNothing && flag(q, "single", true);
        lessons::ChoiceAnswer key;
        key.allOrNothing = allOrNothing;
        if (single) {
            question.kind = lessons::QuestionKind::SingleChoice;
            std::size_t best = 0;
            for (std::size_t i = 1; i < list.size(); ++i) {
                if (list[i].fraction > list[best].fraction) best = i;
            }
            if (list[best].fraction <= 0) {
                why = "no answer has a positive fraction, so none is right";
                return false;
            }
            if (list[best].fraction < 99.99) {
                report.losses.push_back("its best answer " + shortText(list[best].text) + " was worth " + format(list[best].fraction) +
                                        "%; in Mamori it is fully right");
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
                if (i == best) continue;
                if (list[i].fraction > 0) {
                    report.losses.push_back("answer " + shortText(list[i].text) + " was worth " + format(list[i].fraction) +
                                            "%; in Mamori only one choice is right and it scores 0");
                } else if (list[i].fraction < 0) {
                    report.losses.push_back("answer " + shortText(list[i].text) + " took away " + format(-list[i].fraction) +
                                            "%; in Mamori a wrong choice scores 0");
                }
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
                key.choices.push_back({"c" + std::to_string(i + 1), list[i].text, i == best, list[i].feedback});
            }
        } else {
            question.kind = lessons::QuestionKind::MultipleResponse;
            int right = 0, wrong = 0;
            for (const MoodleAnswer& a : list) (a.fraction > 0 ? right : wrong)++;
            if (right == 0) {
                why = "no answer has a positive fraction, so none is right";
                return false;
            }
            if (!allOrNothing) {
                // Mamori's rule is fixed: each right choice 1/C, each wrong choice −1/W, floored at 0.
                bool same = true;
                for (const MoodleAnswer& a : list) {
                    const double expected = a.fraction > 0 ? 100.0 / right : -100.0 / wrong;
                    same = same && std::fabs(a.fraction - expected) < 0.5;
                }
                if (!same) {
                    std::string fractions;
                    for (const MoodleAnswer& a : list) fractions += (fractions.empty() ? "" : ", ") + format(a.fraction) + "%";
                    report.losses.push_back("its fractions (" + fractions + ") are not kept: Mamori scores each right choice 1/" +
                                            std::to_string(right) + (wrong ? " and each wrong choice −1/" + std::to_string(wrong) : "") +
                                            ", floored at 0");
                }
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
                key.choices.push_back({"c" + std::to_string(i + 1), list[i].text, list[i].fraction > 0, list[i].feedback});
            }
        }
        shuffleNote(q, report);
        question.key = std::move(key);
        return true;
    }

    bool truefalse(const XMLElement* q, lessons::Question& question, QuestionReport& report, std::string& why)
    {
        std::vector<MoodleAnswer> list = answers(q, report);
        const MoodleAnswer* yes = nullptr;
        const MoodleAnswer* no = nullptr;
        for (const MoodleAnswer& a : list) {
            const std::string t = trimmed(a.raw);
            if (t == "true" || t == "True" || t == "TRUE") yes = &a;
            else if (t == "false" || t == "False" || t == "FALSE") no = &a;
        }
        if (!yes || !no) {
            why = "it needs a 'true' and a 'false' answer";
            return false;
        }
        if ((yes->fraction > 0) == (no->fraction > 0)) {
            why = "exactly one of 'true' and 'false' must have a positive fraction";
            return false;
        }
        question.kind = lessons::QuestionKind::TrueFalse;
        lessons::TrueFalseAnswer key;
        key.answer = yes->fraction > 0;
        key.feedbackTrue = yes->feedback;
        key.feedbackFalse = no->feedback;
        const MoodleAnswer& right = key.answer ? *yes : *no;
        if (right.fraction < 99.99) report.losses.push_back("its right answer was worth " + format(right.fraction) + "%; in Mamori it is fully right");
        question.key = std::move(key);
        return true;
    }

    bool shortanswer(const XMLElement* q, lessons::Question& question, QuestionReport& report, std::string& why)
    {
        std::vector<MoodleAnswer> list = answers(q, report);
        lessons::ShortTextAnswer key;
        if (flag(q, "usecase", false)) report.losses.push_back("its answers were case-sensitive; Mamori ignores case and width");
        // Short answers are plain text in Moodle (not HTML); a {mlang} answer is accepted in each language.
        std::vector<std::pair<const MoodleAnswer*, std::string>> both;
        for (const MoodleAnswer& a : list) {
            MultilangSeen seen;
            std::string ja = selectMlangBraces(a.raw, "ja", seen), en = selectMlangBraces(a.raw, "en", seen);
            both.emplace_back(&a, ja);
            if (en != ja) both.emplace_back(&a, en);
        }
        for (const auto& [answer, raw] : both) {
            const MoodleAnswer& a = *answer;
            std::string text;
            for (const char c : trimmed(raw)) {
                const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                if (space && (text.empty() || text.back() == ' ')) continue;
                if (static_cast<unsigned char>(c) < 0x20 && !space) continue;
                text += space ? ' ' : c;
            }
            const bool catchAll = text == "*";
            std::string literal;
            bool wildcard = false;
            for (std::size_t i = 0; i < text.size(); ++i) {
                if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '*') {
                    literal += '*';
                    ++i;
                } else {
                    wildcard = wildcard || text[i] == '*';
                    literal += text[i];
                }
            }
            if (catchAll && a.fraction <= 0) {
                key.feedback = a.feedback;
                continue;
            }
            if (a.fraction < 99.99) {
                if (a.fraction > 0) report.losses.push_back("answer '" + literal + "' was worth " + format(a.fraction) + "%: left out (Mamori accepts or refuses)");
                else if (!emptyIn(a.feedback)) report.losses.push_back("the feedback on wrong answer '" + literal + "' is not kept");
                continue;
            }
            if (wildcard) {
                report.losses.push_back("answer '" + literal + "' has a * wildcard: left out (Mamori compares whole answers)");
                continue;
            }
            if (literal.empty() || std::find(key.accepted.begin(), key.accepted.end(), literal) != key.accepted.end()) continue;
            if (key.accepted.size() == static_cast<std::size_t>(lessons::limits::kMaxAcceptedAnswers)) {
                report.losses.push_back("answers past the 50th accepted one are left out");
                break;
            }
            if (literal.size() > 1000) literal.resize(1000);
            key.accepted.push_back(literal);
            if (!emptyIn(a.feedback)) report.losses.push_back("the feedback on right answer '" + literal + "' is not kept");
        }
        if (key.accepted.empty()) {
            why = "no answer is fully right without a wildcard";
            return false;
        }
        question.kind = lessons::QuestionKind::ShortText;
        question.key = std::move(key);
        return true;
    }

    bool matching(const XMLElement* q, lessons::Question& question, QuestionReport& report, std::string& why)
    {
        lessons::MatchingAnswer key;
        for (const XMLElement* s = q->FirstChildElement("subquestion"); s; s = s->NextSiblingElement("subquestion")) {
            if (key.pairs.size() + key.distractors.size() > 30) break;
            const Converted left = convert(s, &report);
            noPictures(left, "a subquestion", report);
            const LocalizedText leftText = plain(left, &report);
            const LocalizedText right = plainText(s->FirstChildElement("answer"), &report);
            if (anyEmpty(right)) {
                why = "a subquestion has no answer text";
                return false;
            }
            if (emptyIn(leftText)) {
                key.distractors.push_back({"d" + std::to_string(key.distractors.size() + 1), right});
            } else if (anyEmpty(leftText)) {
                why = "a subquestion's text is empty in one language";
                return false;
            } else {
                key.pairs.push_back({"p" + std::to_string(key.pairs.size() + 1), leftText, right});
            }
        }
        if (key.pairs.size() < 2 || key.pairs.size() > static_cast<std::size_t>(lessons::limits::kMaxPairs) ||
            key.distractors.size() > static_cast<std::size_t>(lessons::limits::kMaxPairs)) {
            why = "it has " + std::to_string(key.pairs.size()) + " pairs and " + std::to_string(key.distractors.size()) +
                  " extra answers; Mamori takes 2 to 12 pairs and up to 12 extra answers";
            return false;
        }
        shuffleNote(q, report);
        question.kind = lessons::QuestionKind::Matching;
        question.key = std::move(key);
        return true;
    }

    bool ordering(const XMLElement* q, lessons::Question& question, QuestionReport& report, std::string& why)
    {
        std::vector<MoodleAnswer> list = answers(q, report);
        if (list.size() < 2 || list.size() > static_cast<std::size_t>(lessons::limits::kMaxSteps)) {
            why = "it has " + std::to_string(list.size()) + " items; Mamori takes 2 to 12 steps";
            return false;
        }
        for (const MoodleAnswer& a : list) {
            if (anyEmpty(a.text)) {
                why = "an item has no text";
                return false;
            }
        }
        // qtype_ordering writes each item's place in the right order as its fraction.
        std::stable_sort(list.begin(), list.end(), [](const MoodleAnswer& a, const MoodleAnswer& b) { return a.fraction < b.fraction; });
        lessons::OrderingAnswer key;
        const std::string grading = trimmed(textIn(q->FirstChildElement("gradingtype")));
        key.allOrNothing = grading == "ALL_OR_NOTHING" || grading == "0";
        if (!grading.empty() && !key.allOrNothing && grading != "LONGEST_ORDERED_SUBSET" && grading != "5") {
            report.losses.push_back("its grading type " + grading +
                                    " is not kept: Mamori scores (L − 1)/(n − 1), L the longest run placed in the right relative order");
        }
        const std::string select = trimmed(textIn(q->FirstChildElement("selecttype")));
        if (!select.empty() && select != "ALL" && select != "0") {
            report.losses.push_back("it showed a subset of its items (" + select + "); Mamori shows them all");
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            key.steps.push_back({"s" + std::to_string(i + 1), list[i].text});
            if (!emptyIn(list[i].feedback)) report.losses.push_back("an item's feedback is not kept");
        }
        question.kind = lessons::QuestionKind::Ordering;
        question.key = std::move(key);
        return true;
    }

    // ------------------------------------------------------------ the end

    void finish()
    {
        auto& languages = result_.pack.languages;
        languages = options_.languages;
        if (languages.empty()) {
            for (Language l : lessons::kAllLanguages) {
                if (seenLanguages_ & bitOf(l)) languages.push_back(l);
            }
        }
        if (languages.empty()) {
            result_.languagesGuessed = true;
            languages.push_back(japaneseSeen_ ? Language::Japanese : Language::English);
        }
        unsigned declared = 0;
        for (Language l : languages) declared |= bitOf(l);
        for (const QuestionReport& report : reports_) {
            std::vector<std::string> losses = report.losses;
            if (report.joined) losses.push_back("its paragraphs and lists were joined into one paragraph (a prompt is one paragraph)");
            if (report.table) losses.push_back("a table was read as plain text");
            for (const std::string& where : report.imagesLeftOut) losses.push_back("a picture in " + where + " is left out (only the question text's pictures are kept)");
            for (Language l : languages) {
                if ((report.fallbackLanguages & bitOf(l) & declared) && languages.size() > 1) {
                    losses.push_back("some of its texts have no " + std::string(lessons::languageEnglishName(l)) + " (" +
                                     std::string(lessons::languageCode(l)) + ") part: the other language's text is used");
                }
            }
            if (report.plainPrompt && languages.size() > 1) {
                losses.push_back("its text has no multilang parts: the same text is shown in every language");
            }
            std::sort(losses.begin(), losses.end());
            losses.erase(std::unique(losses.begin(), losses.end()), losses.end());
            for (const std::string& loss : losses) warn(report.line, "loss", "question '" + report.name + "': " + loss);
        }
        if (!figures_.empty()) {
            lessons::Lesson lesson;
            lesson.id = unique("figures", containerIds_);
            RichText ja, en;
            ja.spans.emplace_back("図");
            en.spans.emplace_back("Figures");
            lesson.title.set(Language::Japanese, ja);
            lesson.title.set(Language::English, en);
            for (std::size_t i = 0; i < figures_.size() && i < static_cast<std::size_t>(lessons::limits::kMaxPagesPerLesson); ++i) {
                lesson.pages.push_back(std::move(figures_[i]));
            }
            result_.pack.lessons.push_back(std::move(lesson));
        }
    }

public:
    void noteJapanese(bool seen) { japaneseSeen_ = seen; }
    void setBaseName(std::string name) { baseName_ = std::move(name); }

private:
    const ImportOptions& options_;
    ImportResult& result_;
    Category pendingCategory_;
    int currentQuiz_ = -1;
    std::set<std::string> containerIds_, questionIds_, imageNames_, pageIds_;
    std::vector<lessons::Image> figureImages_;
    std::vector<lessons::Page> figures_;
    std::vector<QuestionReport> reports_;
    std::size_t imageBytes_ = 0;
    unsigned seenLanguages_ = 0;
    unsigned fallback_ = 0;
    bool japaneseSeen_ = false;
    int warnings_ = 0;
    std::string baseName_ = "Imported";
};

bool hasJapanese(std::string_view text)
{
    // Kana and CJK ideographs start with E3..E9 in UTF-8.
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0xE3 && b <= 0xE9;
    });
}

} // namespace

std::string idFrom(std::string_view text, std::size_t maxLength)
{
    std::string id;
    for (const char c : text) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum) {
            id += c;
        } else if (c == '_' || c == '.') {
            if (!id.empty()) id += c;
        } else if (!id.empty() && id.back() != '-') {
            id += '-';   // spaces, punctuation and non-ASCII letters
        }
        if (id.size() >= maxLength) break;
    }
    while (!id.empty() && (id.back() == '-' || id.back() == '.' || id.back() == '_')) id.pop_back();
    return id;
}

ImportResult importMoodle(std::string_view xml, const ImportOptions& options)
{
    ImportResult result;
    auto fail = [&](int line, std::string code, std::string message) {
        result.failed = true;
        result.diagnostics.push_back({options.fileName, line, lessons::Severity::Error, std::move(code), std::move(message)});
        return result;
    };
    if (xml.size() > kMaxMoodleFileBytes) return fail(0, "too-large", "the file is larger than 64 MiB");
    if (xml.starts_with("\xEF\xBB\xBF")) xml.remove_prefix(3);
    if (xml.find_first_not_of(" \t\r\n") == std::string_view::npos) return fail(0, "empty", "the file is empty");
    if (const int line = firstBadUtf8Line(xml)) return fail(line, "not-utf8", "the file is not UTF-8 (Moodle writes UTF-8)");
    if (const int line = tagWithTooManyAttributes(xml)) return fail(line, "too-many-attributes", "a tag has more than 64 attributes");

    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    if (doc.Parse(xml.data(), xml.size()) != tinyxml2::XML_SUCCESS) {
        std::string message = doc.ErrorStr() ? doc.ErrorStr() : "not well-formed XML";
        // tinyxml2 says "Error=XML_ERROR_MISMATCHED_ELEMENT ErrorID=14 (0xe) Line number=3: …"
        if (const auto colon = message.find(": "); message.starts_with("Error=") && colon != std::string::npos) message.erase(0, colon + 2);
        std::string what;
        switch (doc.ErrorID()) {
        case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT: what = "an element is closed by a tag of another name"; break;
        case tinyxml2::XML_ERROR_PARSING_ELEMENT: what = "an element is not closed or is malformed"; break;
        case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE: what = "a malformed attribute"; break;
        case tinyxml2::XML_ERROR_PARSING_TEXT: what = "malformed text (a bare '&' or '<'?)"; break;
        case tinyxml2::XML_ERROR_PARSING_CDATA: what = "an unclosed CDATA section"; break;
        case tinyxml2::XML_ERROR_PARSING_COMMENT: what = "an unclosed comment"; break;
        case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED: what = "elements nested more than 100 deep"; break;
        default: what = "not well-formed XML"; break;
        }
        return fail(doc.ErrorLineNum(), "malformed", what + " (" + message + ")");
    }
    const XMLElement* root = doc.RootElement();
    if (!root || std::string_view(root->Name()) != "quiz") {
        return fail(root ? root->GetLineNum() : 0, "not-moodle", "not a Moodle XML question bank: the root element must be <quiz>");
    }
    Reader reader(options, result);
    reader.noteJapanese(hasJapanese(xml));
    std::string base = options.fileName;
    if (const auto slash = base.find_last_of('/'); slash != std::string::npos) base.erase(0, slash + 1);
    if (const auto dot = base.rfind('.'); dot != std::string::npos && dot > 0) base.erase(dot);
    if (base.empty()) base = "Imported";
    reader.setBaseName(base);
    reader.read(root);

    lessons::Pack& pack = result.pack;
    pack.id = options.packId.empty() ? idFrom(base) : options.packId;
    if (pack.id.empty()) pack.id = "moodle-import";
    pack.version = "1.0.0";
    RichText title, description;
    title.spans.emplace_back(base);
    description.spans.emplace_back("Moodle: " + base);
    for (Language l : lessons::kAllLanguages) {
        pack.title.set(l, title);
        pack.description.set(l, description);
    }
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const lessons::Diagnostic& a, const lessons::Diagnostic& b) { return a.line < b.line; });
    return result;
}

} // namespace mamori::tool::moodle
