// mamori-tool new-pack: a starter lesson pack with one of each element of the format, valid as
// written, for a trainer to edit: every text says what belongs there, in each language asked.

#include "command.hpp"

#include "mamori/lessons/language.hpp"
#include "mamori/lessons/loader.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <fstream>
#include <ostream>
#include <vector>

namespace mamori::tool {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUsage =
    "usage: mamori-tool new-pack DIR --id ID [--lang ja,en]\n"
    "  Writes DIR/pack.xml, a valid starter pack with one of each element of the format (a lesson\n"
    "  with a page of every block, a quiz with a question of each kind, a scenario with a flag, a\n"
    "  condition and three endings) and DIR/images/example.png, for you to edit. Every text says\n"
    "  what belongs there. --lang gives the pack's languages, the first being the original\n"
    "  (default ja,en). DIR must not exist or be empty. Then: mamori-tool validate DIR\n"
    "Exit status: 0 written, 1 the folder could not be written, 2 usage error.\n";

/// One text in each of the pack's languages: `ja` and `en` placeholders.
class Texts {
public:
    explicit Texts(std::vector<lessons::Language> languages) : languages_(std::move(languages)) {}

    /// `<ja>…</ja><en>…</en>` indented by `indent` spaces, one line per language.
    std::string operator()(std::string_view ja, std::string_view en, int indent) const
    {
        std::string out;
        for (lessons::Language l : languages_) {
            const std::string code(lessons::languageCode(l));
            out += std::string(static_cast<std::size_t>(indent), ' ') + "<" + code + ">" +
                   std::string(l == lessons::Language::Japanese ? ja : en) + "</" + code + ">\n";
        }
        return out;
    }
    /// An element holding the texts: `<title>…</title>`.
    std::string element(std::string_view name, std::string_view ja, std::string_view en, int indent, std::string_view attributes = "") const
    {
        const std::string pad(static_cast<std::size_t>(indent), ' ');
        return pad + "<" + std::string(name) + std::string(attributes) + ">\n" + (*this)(ja, en, indent + 2) + pad + "</" +
               std::string(name) + ">\n";
    }
    std::string codes() const
    {
        std::string out;
        for (lessons::Language l : languages_) out += (out.empty() ? "" : " ") + std::string(lessons::languageCode(l));
        return out;
    }

private:
    std::vector<lessons::Language> languages_;
};

std::string lesson(const Texts& t)
{
    std::string x = "  <lesson id=\"first-lesson\" minutes=\"5\">\n";
    x += t.element("title", "レッスンの題名", "Lesson title", 4);
    x += t.element("description", "このレッスンで学ぶことを一文で", "What this lesson teaches, in one sentence", 4);
    x += "    <page id=\"first-page\">\n";
    x += t.element("title", "ページの題名", "Page title", 6);
    x += "      <!-- Narration, when you have recorded it: <narration ja=\"audio/first-page-ja.ogg\" en=\"audio/first-page-en.ogg\"/> -->\n";
    x += t.element("p", "段落です。<strong>太字</strong>や<em>強調</em>も使えます。", "A paragraph, with <strong>bold</strong> and <em>emphasis</em>.", 6);
    x += t.element("heading", "小見出し", "A subheading", 6);
    x += "      <list type=\"bullet\">\n";
    x += t.element("item", "箇条書きの項目", "A bullet point", 8);
    x += t.element("item", "もう一つの項目", "Another bullet point", 8);
    x += "      </list>\n";
    x += "      <image src=\"images/example.png\" width=\"320\">\n";
    x += t.element("alt", "図の内容を言葉で説明します（画面を読めない人のため）", "What the picture shows, in words, for those who cannot see it", 8);
    x += t.element("caption", "図の見出し", "A caption", 8);
    x += "      </image>\n";
    x += t.element("callout", "知っておくと役に立つこと", "Something useful to know", 6, " type=\"tip\"");
    x += t.element("callout", "よくある失敗や危険", "A common mistake or a risk", 6, " type=\"warning\"");
    x += t.element("callout", "会社として必ず守ること", "Something the company requires", 6, " type=\"rule\"");
    x += "    </page>\n";
    return x;
}

std::string choice(const Texts& t, std::string_view id, bool correct, std::string_view ja, std::string_view en, bool feedback)
{
    std::string x = "        <choice id=\"" + std::string(id) + "\"" + (correct ? " correct=\"true\"" : "") + ">\n" + t(ja, en, 10);
    if (feedback) x += t.element("feedback", "この選択肢を選んだ人への説明", "What to tell someone who picks this choice", 10);
    return x + "        </choice>\n";
}

std::string explanation(const Texts& t)
{
    return t.element("explanation", "正解の理由", "Why the right answer is right", 8) +
           t.element("source", "この問題の根拠（規程、法令、レッスンのページ）", "Where this fact comes from (a policy, a law, a lesson page)", 8);
}

std::string quiz(const Texts& t)
{
    std::string x = "    <quiz id=\"first-quiz\" pass-mark=\"80\" attempts=\"3\" feedback=\"immediate\" retry=\"missed\">\n";
    x += t.element("title", "確認テスト", "Check", 6);
    x += "      <single id=\"q-single\" asks=\"situation\">\n" + t.element("prompt", "一つだけ選ぶ問題", "A question with one right answer", 8);
    x += choice(t, "right", true, "正しい選択肢", "The right choice", false);
    x += choice(t, "wrong", false, "誤った選択肢", "A wrong choice", true);
    x += choice(t, "also-wrong", false, "もう一つの誤った選択肢", "Another wrong choice", true);
    x += explanation(t) + "      </single>\n";
    x += "      <multiple id=\"q-multiple\" points=\"2\" asks=\"knowledge\">\n" +
         t.element("prompt", "当てはまるものをすべて選ぶ問題", "A question with several right answers: select all", 8);
    x += choice(t, "right-1", true, "正しい選択肢", "A right choice", false);
    x += choice(t, "right-2", true, "もう一つの正しい選択肢", "Another right choice", false);
    x += choice(t, "wrong", false, "誤った選択肢", "A wrong choice", true);
    x += explanation(t) + "      </multiple>\n";
    x += "      <truefalse id=\"q-truefalse\" answer=\"true\" asks=\"knowledge\">\n" +
         t.element("prompt", "正しいか誤りかを答える文", "A statement to mark true or false", 8) +
         t.element("feedback-false", "「誤り」と答えた人への説明", "What to tell someone who answers false", 8) + explanation(t) + "      </truefalse>\n";
    x += "      <ordering id=\"q-ordering\" points=\"2\" asks=\"knowledge\">\n" +
         t.element("prompt", "正しい順に並べる問題（手順は正しい順に書きます）", "Put these in order (write the steps in the right order)", 8);
    for (const auto& [id, ja, en] : {std::tuple{"first", "最初の手順", "The first step"}, std::tuple{"second", "二番目の手順", "The second step"},
                                     std::tuple{"third", "三番目の手順", "The third step"}}) {
        x += t.element("step", ja, en, 8, std::string(" id=\"") + id + "\"");
    }
    x += explanation(t) + "      </ordering>\n";
    x += "      <matching id=\"q-matching\" points=\"2\" asks=\"knowledge\">\n" +
         t.element("prompt", "左右を結びつける問題", "Match each item on the left with one on the right", 8);
    for (const auto& [id, ja, en] : {std::tuple{"one", "一", "One"}, std::tuple{"two", "二", "Two"}}) {
        x += "        <pair id=\"" + std::string(id) + "\">\n" + t.element("left", std::string("左の項目") + ja, std::string("Left item ") + en, 10) +
             t.element("right", std::string("右の項目") + ja, std::string("Right item ") + en, 10) + "        </pair>\n";
    }
    x += t.element("distractor", "どれとも結びつかない項目", "An item that matches none", 8, " id=\"none\"");
    x += explanation(t) + "      </matching>\n";
    x += "      <shorttext id=\"q-shorttext\" asks=\"recall\">\n" + t.element("prompt", "短い語句で答える問題", "A question answered with a word or two", 8);
    x += "        <accept>答え</accept>\n        <accept>answer</accept>\n";
    x += t.element("feedback", "誤答した人への説明", "What to tell someone who answers wrongly", 8) + explanation(t) + "      </shorttext>\n";
    // Regions are in the picture's own pixels (the placeholder is 160×90).
    x += "      <hotspot id=\"q-hotspot\" asks=\"situation\">\n" +
         t.element("prompt", "画像の中の危険な箇所をすべて選ぶ問題", "Choose every part of the picture that is a risk", 8);
    x += "        <picture src=\"images/example.png\">\n" + t.element("alt", "画像に写っているもの", "What the picture shows", 10) +
         "        </picture>\n";
    x += "        <region id=\"risk\" shape=\"rect\" coords=\"10,10,60,70\" correct=\"true\">\n" +
         t.element("label", "危険な箇所の名前（正誤を明かさない）", "A risky part's name (not saying it is a risk)", 10) +
         t.element("feedback", "なぜ危険か", "Why it is a risk", 10) + "        </region>\n";
    x += "        <region id=\"harmless\" shape=\"polygon\" coords=\"95,15 150,15 122,80\">\n" +
         t.element("label", "無害な箇所の名前", "A harmless part's name", 10) +
         t.element("feedback", "なぜ無害か", "Why it is harmless", 10) + "        </region>\n";
    x += explanation(t) + "      </hotspot>\n";
    return x + "    </quiz>\n  </lesson>\n";
}

std::string scenario(const Texts& t)
{
    std::string x = "  <scenario id=\"first-scenario\" start=\"start\" pass-score=\"2\">\n";
    x += t.element("title", "シナリオの題名", "Scenario title", 4);
    x += t.element("description", "どんな場面を練習するか", "The situation the learner practises", 4);
    x += "    <node id=\"start\">\n" + t.element("situation", "最初の場面", "The first situation", 6);
    x += "      <option id=\"good\" goto=\"next\" score=\"2\">\n" + t("よい行動", "A good action", 8) +
         t.element("feedback", "なぜよいか", "Why it is good", 8) + "      </option>\n";
    x += "      <option id=\"risky\" goto=\"next\" score=\"-1\" set=\"took-risk\">\n" + t("危うい行動", "A risky action", 8) +
         t.element("feedback", "何が危ういか", "What the risk is", 8) + "      </option>\n";
    x += "      <option id=\"bad\" goto=\"bad-end\" score=\"-3\">\n" + t("悪い行動", "A bad action", 8) + "      </option>\n    </node>\n";
    x += "    <node id=\"next\">\n" + t.element("situation", "次の場面", "What happens next", 6);
    x += "      <option id=\"finish\" goto=\"good-end\">\n" + t("締めくくりの行動", "The closing action", 8) +
         "        <when set=\"took-risk\" goto=\"ok-end\"/>\n      </option>\n    </node>\n";
    for (const auto& [id, outcome, ja, en] : {std::tuple{"good-end", "good", "よい結末", "A good ending"},
                                              std::tuple{"ok-end", "acceptable", "まずまずの結末", "An acceptable ending"},
                                              std::tuple{"bad-end", "bad", "悪い結末", "A bad ending"}}) {
        x += "    <ending id=\"" + std::string(id) + "\" outcome=\"" + outcome + "\">\n" + t.element("title", ja, en, 6) +
             t.element("debrief", "この結末から学ぶこと", "What to learn from this ending", 6) + "    </ending>\n";
    }
    return x + "  </scenario>\n";
}

std::string packXml(const std::string& id, const Texts& t)
{
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<!-- A starter pack made by mamori-tool new-pack: edit every text, rename the ids, remove what you\n"
                    "     do not need, and check it with: mamori-tool validate THIS-FOLDER (lessons/README.md explains\n"
                    "     every element). -->\n";
    x += "<pack id=\"" + id + "\" version=\"0.1.0\" format=\"1\" languages=\"" + t.codes() + "\" minutes=\"15\">\n";
    x += t.element("title", "研修の題名", "Training title", 2);
    x += t.element("description", "この研修で身につくことを一、二文で", "What learners will be able to do, in a sentence or two", 2);
    return x + lesson(t) + quiz(t) + scenario(t) + "</pack>\n";
}

bool writePicture(const fs::path& file)
{
    // A light grey placeholder, 160×90, for the trainer to replace.
    constexpr int kWidth = 160, kHeight = 90;
    std::vector<unsigned char> pixels(kWidth * kHeight * 3);
    for (std::size_t i = 0; i < pixels.size(); i += 3) pixels[i] = 0xE8, pixels[i + 1] = 0xEE, pixels[i + 2] = 0xF6;
    return stbi_write_png(file.c_str(), kWidth, kHeight, 3, pixels.data(), kWidth * 3) != 0;
}

std::optional<std::vector<lessons::Language>> languagesFrom(std::string_view list)
{
    std::vector<lessons::Language> languages;
    while (!list.empty()) {
        const auto comma = list.find(',');
        const auto language = lessons::languageFromCode(list.substr(0, comma));
        if (!language || std::find(languages.begin(), languages.end(), *language) != languages.end()) return std::nullopt;
        languages.push_back(*language);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    if (languages.empty()) return std::nullopt;
    return languages;
}

} // namespace

int runNewPack(std::span<const std::string_view> args, Streams streams)
{
    std::optional<std::string> id, folder;
    std::string_view languageList = "ja,en";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--help" || args[i] == "-h") {
            streams.out << kUsage;
            return kExitOk;
        }
        if (args[i] == "--id" && i + 1 < args.size()) {
            id = std::string(args[++i]);
        } else if (args[i] == "--lang" && i + 1 < args.size()) {
            languageList = args[++i];
        } else if (!args[i].starts_with("-") && !folder) {
            folder = std::string(args[i]);
        } else {
            streams.err << "mamori-tool new-pack: unexpected '" << args[i] << "'\n" << kUsage;
            return kExitUsage;
        }
    }
    if (!folder || !id) {
        streams.err << kUsage;
        return kExitUsage;
    }
    const auto languages = languagesFrom(languageList);
    if (!languages) {
        streams.err << "mamori-tool new-pack: --lang takes languages such as ja,en (each once), not '" << languageList << "'\n";
        return kExitUsage;
    }
    const Texts texts(*languages);
    const std::string xml = packXml(*id, texts);
    const fs::path dir = *folder;
    std::error_code ec;
    const bool existed = fs::exists(dir, ec);
    if (existed && !fs::is_empty(dir, ec)) {
        streams.err << "mamori-tool new-pack: " << dir.string() << " is not empty: a new pack goes in a new folder\n";
        return kExitProblems;
    }
    fs::create_directories(dir / "images", ec);
    if (ec || !writePicture(dir / "images" / "example.png")) {
        streams.err << "mamori-tool new-pack: cannot write in " << dir.string() << (ec ? ": " + ec.message() : "") << '\n';
        return kExitProblems;
    }
    // Checked before pack.xml is written: an id the format refuses is the likely problem.
    const lessons::LoadResult checked = lessons::loadPackFromMemory(xml, (dir / "pack.xml").string(), dir);
    if (!checked.ok()) {
        for (const lessons::Diagnostic& d : checked.diagnostics) streams.err << lessons::formatDiagnostic(d) << '\n';
        streams.err << "mamori-tool new-pack: nothing was written\n";
        fs::remove_all(dir / "images", ec);
        if (!existed) fs::remove(dir, ec);
        return kExitUsage;
    }
    std::ofstream out(dir / "pack.xml", std::ios::binary);
    out << xml;
    out.close();
    if (!out) {
        streams.err << "mamori-tool new-pack: cannot write " << (dir / "pack.xml").string() << '\n';
        return kExitProblems;
    }
    streams.out << "wrote " << (dir / "pack.xml").string() << " and " << (dir / "images" / "example.png").string()
                << ": edit them, then check with mamori-tool validate " << dir.string() << '\n';
    return kExitOk;
}

} // namespace mamori::tool
