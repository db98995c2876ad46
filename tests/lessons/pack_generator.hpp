#pragma once
// Generates large, valid, realistic lesson packs for benchmarks and tests: indented like a
// hand-written pack, bilingual, with lessons of pages and every kind of block but pictures,
// quizzes with every kind of question but hotspots, and branching scenarios with flags and
// conditions. Pictures, narration and hotspots are left out because they need files beside the pack.
// Header-only, so that tests/bench/load_bench.cpp can use it without another library.
// A test (pack_generator_test.cpp) proves that what it makes loads with no diagnostics at all.

#include "mamori/lessons/limits.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

namespace mamori::test {

class PackGenerator {
public:
    /// A pack of about `targetBytes` (never more, and never more than a pack may be).
    static std::string generate(std::size_t targetBytes)
    {
        PackGenerator generator(std::min(targetBytes, lessons::limits::kMaxPackFileBytes));
        return generator.pack();
    }

private:
    explicit PackGenerator(std::size_t targetBytes) : target_(targetBytes) { out_.reserve(targetBytes + 4096); }

    std::size_t target_;
    std::string out_;
    int counter_ = 0; ///< makes texts differ from one another

    // ------------------------------------------------------------------ writing

    void line(int depth, std::string_view content)
    {
        out_.append(static_cast<std::size_t>(depth) * 2, ' ');
        out_ += content;
        out_ += '\n';
    }

    /// `<name>` holding one translation per language on its own line.
    void translated(int depth, std::string_view name, const std::string& ja, const std::string& en)
    {
        line(depth, "<" + std::string(name) + ">");
        line(depth + 1, "<ja>" + ja + "</ja>");
        line(depth + 1, "<en>" + en + "</en>");
        line(depth, "</" + std::string(name) + ">");
    }

    std::string number() { return std::to_string(++counter_); }

    // Sentences from a trade-secret training, varied so that no two texts repeat.
    static constexpr std::string_view kJa[] = {
        "営業秘密は、秘密として管理され、有用で、公然と知られていない情報です。",
        "顧客名簿や設計図は、持ち出しが禁止されている重要な情報に当たります。",
        "退職するときは、会社の資料をすべて返却し、私物の端末からも削除してください。",
        "不審なメールを受け取ったら、リンクを開かずにすぐ報告しましょう。",
        "在宅勤務では、家族と共用のパソコンで業務データを扱ってはいけません。",
        "生成 AI に機密情報を入力すると、外部に漏れるおそれがあります。",
    };
    static constexpr std::string_view kEn[] = {
        "A trade secret is information that is managed as secret, useful, and not publicly known.",
        "Customer lists and design drawings are important information that must not leave the office.",
        "When you leave the company, return every document and delete copies from your own devices.",
        "If a suspicious mail arrives, do not open its links: report it at once.",
        "When working from home, never handle work data on a computer shared with your family.",
        "Typing confidential information into a generative AI service may leak it outside.",
    };
    static constexpr std::size_t kSentences = std::size(kJa);

    std::string ja(int i)
    {
        return std::string(kJa[static_cast<std::size_t>(i) % kSentences]) + "（" + number() + "）";
    }
    std::string en(int i) { return std::string(kEn[static_cast<std::size_t>(i) % kSentences]) + " (" + number() + ")"; }

    /// Rich texts: emphasis, an organisation slot now and then, an entity reference, and
    /// Japanese lines broken as editors wrap them.
    std::string richJa(int i)
    {
        if (i % 5 == 0) {
            return "困ったときは<slot key=\"security-contact\">情報セキュリティ窓口</slot>に相談してください。" + ja(i);
        }
        return "<strong>重要</strong>：" + ja(i) + "\n          " + ja(i + 1);
    }
    std::string richEn(int i)
    {
        if (i % 5 == 0) return "When in doubt, ask <slot key=\"security-contact\">the security desk</slot>. " + en(i);
        return "<em>Important</em> &amp; worth remembering: " + en(i) + "\n          " + en(i + 1);
    }

    // ------------------------------------------------------------------ lessons

    void page(int depth, int p)
    {
        line(depth, "<page id=\"page-" + std::to_string(p) + "\">");
        translated(depth + 1, "title", "ページ " + number(), "Page " + number());
        translated(depth + 1, "heading", ja(p), en(p));
        translated(depth + 1, "p", richJa(p), richEn(p));
        line(depth + 1, "<list type=\"" + std::string(p % 2 ? "numbered" : "bullet") + "\">");
        for (int item = 0; item < 4; ++item) translated(depth + 2, "item", ja(p + item), en(p + item));
        line(depth + 1, "</list>");
        static constexpr std::string_view kCallouts[] = {"tip", "warning", "rule"};
        line(depth + 1, "<callout type=\"" + std::string(kCallouts[p % 3]) + "\">");
        line(depth + 2, "<ja>" + richJa(p + 1) + "</ja>");
        line(depth + 2, "<en>" + richEn(p + 1) + "</en>");
        line(depth + 1, "</callout>");
        translated(depth + 1, "p", richJa(p + 2), richEn(p + 2));
        line(depth, "</page>");
    }

    // ------------------------------------------------------------------ questions

    void questionStart(int depth, std::string_view kind, const std::string& id, std::string_view extra = {})
    {
        line(depth, "<" + std::string(kind) + " id=\"" + id + "\" points=\"" + std::to_string(1 + counter_ % 3) +
                        "\" asks=\"" + (counter_ % 2 ? "situation" : "knowledge") + "\"" + std::string(extra) + ">");
        translated(depth + 1, "prompt", "次のうち正しいものはどれですか。" + ja(counter_),
                   "Which of these is right? " + en(counter_));
    }

    void questionEnd(int depth, std::string_view kind, bool withSource)
    {
        translated(depth + 1, "explanation", richJa(counter_), richEn(counter_));
        if (withSource) {
            line(depth + 1, "<source url=\"https://www.meti.go.jp/policy/economy/chizai/chiteki/trade-secret.html\">");
            line(depth + 2, "<ja>営業秘密管理指針</ja>");
            line(depth + 2, "<en>Trade secret management guidelines</en>");
            line(depth + 1, "</source>");
        }
        line(depth, "</" + std::string(kind) + ">");
    }

    void choices(int depth, int correctCount)
    {
        for (int c = 0; c < 4; ++c) {
            line(depth,
                 "<choice id=\"c" + std::to_string(c) + "\"" + (c < correctCount ? " correct=\"true\"" : "") + ">");
            line(depth + 1, "<ja>" + ja(c) + "</ja>");
            line(depth + 1, "<en>" + en(c) + "</en>");
            if (c == 0) translated(depth + 1, "feedback", ja(c + 1), en(c + 1));
            line(depth, "</choice>");
        }
    }

    /// One question of each kind, ids unique in the pack.
    void questions(int depth, const std::string& prefix)
    {
        questionStart(depth, "single", prefix + "-single");
        choices(depth + 1, 1);
        questionEnd(depth, "single", true);

        questionStart(depth, "multiple", prefix + "-multiple", " all-or-nothing=\"false\"");
        choices(depth + 1, 2);
        questionEnd(depth, "multiple", false);

        questionStart(depth, "truefalse", prefix + "-truefalse", " answer=\"false\"");
        translated(depth + 1, "feedback-true", ja(1), en(1));
        translated(depth + 1, "feedback-false", ja(2), en(2));
        questionEnd(depth, "truefalse", false);

        questionStart(depth, "ordering", prefix + "-ordering");
        for (int s = 0; s < 4; ++s) {
            line(depth + 1, "<step id=\"s" + std::to_string(s) + "\">");
            line(depth + 2, "<ja>" + ja(s) + "</ja>");
            line(depth + 2, "<en>" + en(s) + "</en>");
            line(depth + 1, "</step>");
        }
        questionEnd(depth, "ordering", false);

        questionStart(depth, "matching", prefix + "-matching");
        for (int p = 0; p < 4; ++p) {
            line(depth + 1, "<pair id=\"m" + std::to_string(p) + "\">");
            translated(depth + 2, "left", ja(p), en(p));
            translated(depth + 2, "right", ja(p + 3), en(p + 3));
            line(depth + 1, "</pair>");
        }
        line(depth + 1, "<distractor id=\"d0\">");
        line(depth + 2, "<ja>" + ja(5) + "</ja>");
        line(depth + 2, "<en>" + en(5) + "</en>");
        line(depth + 1, "</distractor>");
        questionEnd(depth, "matching", false);

        questionStart(depth, "shorttext", prefix + "-shorttext");
        line(depth + 1, "<accept>営業秘密</accept>");
        line(depth + 1, "<accept>trade secret " + number() + "</accept>");
        translated(depth + 1, "feedback", ja(4), en(4));
        questionEnd(depth, "shorttext", true);
    }

    void quiz(int depth, const std::string& id, int rounds)
    {
        line(depth, "<quiz id=\"" + id + "\" pass-mark=\"80\" attempts=\"3\" time-limit=\"1h30m\" draw=\"" +
                        std::to_string(3 * rounds) +
                        "\" shuffle-questions=\"true\" feedback=\"immediate\" counts=\"highest\" retry=\"missed\">");
        translated(depth + 1, "title", "確認テスト " + number(), "Check " + number());
        translated(depth + 1, "description", ja(counter_), en(counter_));
        for (int r = 0; r < rounds; ++r) questions(depth + 1, id + "-" + std::to_string(r));
        line(depth, "</quiz>");
    }

    // ------------------------------------------------------------------ scenarios

    void option(int depth, const std::string& id, const std::string& target, std::string_view extra = {},
                std::string_view conditions = {})
    {
        line(depth, "<option id=\"" + id + "\" goto=\"" + target + "\"" + std::string(extra) + ">");
        line(depth + 1, "<ja>" + ja(counter_) + "</ja>");
        line(depth + 1, "<en>" + en(counter_) + "</en>");
        translated(depth + 1, "feedback", ja(counter_ + 1), en(counter_ + 1));
        if (!conditions.empty()) out_ += conditions;
        line(depth, "</option>");
    }

    void node(int depth, const std::string& id)
    {
        line(depth, "<node id=\"" + id + "\">");
        translated(depth + 1, "situation", richJa(counter_), richEn(counter_));
    }

    void ending(int depth, const std::string& id, std::string_view outcome, std::string_view extra = {})
    {
        line(depth, "<ending id=\"" + id + "\" outcome=\"" + std::string(outcome) + "\"" + std::string(extra) + ">");
        translated(depth + 1, "title", "結末 " + number(), "Ending " + number());
        translated(depth + 1, "debrief", richJa(counter_), richEn(counter_));
        line(depth, "</ending>");
    }

    /// A chain of `steps` decisions; each sets a flag, which the last node's conditions test.
    void scenario(int depth, const std::string& id, int steps)
    {
        line(depth, "<scenario id=\"" + id + "\" start=\"n0\" pass-score=\"" + std::to_string(steps) + "\">");
        translated(depth + 1, "title", "シナリオ " + number(), "Scenario " + number());
        translated(depth + 1, "description", ja(counter_), en(counter_));
        for (int n = 0; n < steps; ++n) {
            const std::string next = "n" + std::to_string(n + 1);
            node(depth + 1, "n" + std::to_string(n));
            option(depth + 2, "safe", next, " score=\"+2\"");
            option(depth + 2, "risky", next, " score=\"-1\" set=\"risk-" + std::to_string(n) + " careless\"");
            option(depth + 2, "ask", next, " score=\"1\"");
            line(depth + 1, "</node>");
        }
        node(depth + 1, "n" + std::to_string(steps));
        std::string conditions;
        const std::string pad(static_cast<std::size_t>(depth + 3) * 2, ' ');
        for (int n = 0; n < steps; n += 2) {
            conditions += pad + "<when set=\"risk-" + std::to_string(n) + "\" unset=\"careless\" goto=\"mixed\"/>\n";
        }
        conditions += pad + "<when set=\"careless\" goto=\"leak\"/>\n";
        option(depth + 2, "report", "good", {}, conditions);
        option(depth + 2, "wait", "mixed", " score=\"-2\"");
        line(depth + 1, "</node>");
        ending(depth + 1, "good", "good");
        ending(depth + 1, "mixed", "acceptable", " score=\"1\"");
        ending(depth + 1, "leak", "bad", " score=\"-5\"");
        line(depth, "</scenario>");
    }

    // ------------------------------------------------------------------ the pack

    /// One lesson: pages, then a quiz (even lessons) or a scenario (odd ones), within the
    /// pack's limits of 100 quizzes and 100 scenarios.
    std::string lesson(int l)
    {
        std::string saved;
        std::swap(saved, out_);
        const std::string id = "lesson-" + std::to_string(l);
        line(1, "<!-- ============================================ lesson " + std::to_string(l) + " -->");
        line(1, "<lesson id=\"" + id + "\" minutes=\"" + std::to_string(5 + l % 20) + "\">");
        translated(2, "title", "レッスン " + number(), "Lesson " + number());
        translated(2, "description", richJa(l), richEn(l));
        for (int p = 0; p < 16; ++p) page(2, p);
        if (l % 2 == 0)
            quiz(2, id + "-quiz", 3);
        else
            scenario(2, id + "-scenario", 10);
        line(1, "</lesson>");
        std::swap(saved, out_);
        return saved;
    }

    std::string pack()
    {
        out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        out_ += "<pack id=\"generated\" version=\"1.0.0\" format=\"1\" languages=\"ja en\" minutes=\"600\"\n";
        out_ += "      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                "xsi:noNamespaceSchemaLocation=\"lessonpack.xsd\">\n";
        translated(1, "title", "生成されたパック", "A generated pack");
        translated(1, "description", richJa(0), richEn(0));
        std::string tail; // the final quiz and scenario, written after the lessons
        {
            std::string saved;
            std::swap(saved, out_);
            quiz(1, "final-quiz", 4);
            scenario(1, "final-scenario", 10);
            out_ += "</pack>\n";
            std::swap(saved, out_);
            tail = std::move(saved);
        }
        // Half the lessons end with a quiz, and the pack has its final quiz: stay within kMaxQuizzes.
        const int maxLessons = std::min(lessons::limits::kMaxLessons, 2 * (lessons::limits::kMaxQuizzes - 1));
        for (int l = 0; l < maxLessons; ++l) {
            const std::string next = lesson(l);
            if (l > 0 && out_.size() + next.size() + tail.size() > target_) break;
            out_ += next;
        }
        out_ += tail;
        return std::move(out_);
    }
};

} // namespace mamori::test
