#include "scoring_fixtures.hpp"

#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

namespace mamori::test {
namespace {

std::string choice(const char* id, bool correct, const char* text)
{
    return std::string("<choice id=\"") + id + "\"" + (correct ? " correct=\"true\"" : "") + "><ja>" + text + "</ja><en>" +
           text + "</en></choice>";
}

std::string step(const char* id)
{
    return std::string("<step id=\"") + id + "\"><ja>" + id + "</ja><en>" + id + "</en></step>";
}

std::string region(const char* id, const char* shape, const char* coords, bool correct, const char* label)
{
    return std::string("<region id=\"") + id + "\" shape=\"" + shape + "\" coords=\"" + coords + "\"" +
           (correct ? " correct=\"true\"" : "") + ">" + text("label", label, label) + "</region>";
}

std::string question(const char* element, const char* id, const std::string& attributes, const std::string& body)
{
    return std::string("<") + element + " id=\"" + id + "\" " + attributes + ">" + text("prompt", "問", "Q") + body +
           text("explanation", "解説", "Because") + "</" + element + ">";
}

std::string questions()
{
    const std::string choices4 = choice("a", true, "甲") + choice("b", true, "乙") + choice("c", false, "丙") + choice("d", false, "丁");
    return question("single", "single", "", choice("a", false, "甲") + choice("b", true, "乙") + choice("c", false, "丙")) +
           question("truefalse", "truefalse", "answer=\"false\"", "") + question("multiple", "multiple", "points=\"2\"", choices4) +
           question("multiple", "multiple-strict", "all-or-nothing=\"true\"", choices4) +
           question("ordering", "ordering", "points=\"3\"", step("s1") + step("s2") + step("s3") + step("s4")) +
           question("ordering", "ordering-strict", "all-or-nothing=\"true\"", step("s1") + step("s2") + step("s3")) +
           question("matching", "matching", "points=\"3\"",
                    "<pair id=\"p1\">" + text("left", "一", "one") + text("right", "壱", "I") + "</pair>" + "<pair id=\"p2\">" +
                        text("left", "二", "two") + text("right", "弐", "II") + "</pair>" + "<pair id=\"p3\">" +
                        text("left", "三", "three") + text("right", "参", "III") + "</pair>" +
                        "<distractor id=\"d\"><ja>四</ja><en>IV</en></distractor>") +
           question("shorttext", "shorttext", "", "<accept>USB</accept><accept>USBメモリ</accept>") +
           question("hotspot", "hotspot", "points=\"2\"",
                    "<picture src=\"assets/picture.png\">" + text("alt", "図", "Figure") + "</picture>" +
                        region("r1", "rect", "10,10,100,50", true, "机") + region("r2", "polygon", "200,10 300,10 250,100", true, "窓") +
                        region("r3", "rect", "400,10,200,150", false, "壁") + region("r4", "rect", "420,20,40,40", false, "時計"));
}

std::string scenarioXml()
{
    auto node = [](const char* id, const std::string& options) {
        return std::string("<node id=\"") + id + "\">" + text("situation", "状況", "Situation") + options + "</node>";
    };
    auto option = [](const char* id, const char* target, int score, const std::string& extra = "", const std::string& when = "") {
        return std::string("<option id=\"") + id + "\" goto=\"" + target + "\" score=\"" + std::to_string(score) + "\"" + extra +
               "><ja>" + id + "</ja><en>" + id + "</en>" + when + "</option>";
    };
    auto ending = [](const char* id, const char* outcome, const std::string& score = "") {
        return std::string("<ending id=\"") + id + "\" outcome=\"" + outcome + "\"" + score + ">" + text("title", "終", "End") +
               text("debrief", "振り返り", "Debrief") + "</ending>";
    };
    // start: careful (+2) or rush (-3, sets "rushed"); both reach middle, whose "report"
    // goes to good, or to late when "rushed" is set; "hide" goes to bad (fixed score -10).
    return "<scenario id=\"scenario\" start=\"start\" pass-score=\"2\">" + text("title", "題", "Title") +
           node("start", option("careful", "middle", 2) + option("rush", "middle", -3, " set=\"rushed\"")) +
           node("middle", option("report", "good", 1, "", "<when set=\"rushed\" goto=\"late\"/>") + option("hide", "bad", 0)) +
           ending("good", "good") + ending("late", "acceptable", " score=\"1\"") + ending("bad", "bad", " score=\"-10\"") +
           "</scenario>";
}

} // namespace

QuizFixture::QuizFixture(const std::string& quizAttributes, const std::string& lessonQuiz)
{
    const std::string lesson = "<lesson id=\"lesson\">" + text("title", "課", "Lesson") + "<page id=\"p1\">" +
                               text("title", "一", "One") + text("p", "本文", "Body") + "</page><page id=\"p2\">" +
                               text("title", "二", "Two") + text("p", "本文", "Body") + "</page>" + lessonQuiz + "</lesson>";
    const std::string xml = packXml(lesson + "<quiz id=\"quiz\" " + quizAttributes + ">" + text("title", "題", "Quiz") +
                                    questions() + "</quiz>" + scenarioXml());
    // The hotspot's picture is the broken-pack fixtures' good one.
    const auto result = lessons::loadPackFromMemory(xml, "fixture.xml", sourceDir() / "tests" / "lessons" / "broken");
    for (const auto& line : describe(result.diagnostics)) MESSAGE(line);
    REQUIRE(result.ok());
    pack_ = result.pack;
}

const lessons::Question& QuizFixture::question(const std::string& id) const
{
    const lessons::Question* found = pack_->question(id);
    REQUIRE(found);
    return *found;
}

scoring::Response picks(std::vector<std::string> ids)
{
    return scoring::Response{std::move(ids), {}, {}};
}

scoring::Result<scoring::Done> MemorySaver::save(const scoring::LearnerProgress& progress)
{
    if (records_.failFrom_ > 0 && ++records_.attempts_ >= records_.failFrom_) {
        return scoring::refuse(scoring::RefusalCode::DiskFull, "cannot write E1.xml.tmp: No space left on device");
    }
    records_.last_ = progress;
    ++records_.saves_;
    return scoring::Done{};
}

std::unique_ptr<scoring::LearnerSession> openSession(SavedRecords& records, const scoring::Clock& clock)
{
    scoring::LearnerProgress progress;
    if (records.last()) {
        progress = *records.last();
    } else {
        progress.learnerId = "E1";
        progress.created = clock.now();
    }
    return std::make_unique<scoring::LearnerSession>(std::make_unique<MemorySaver>(records), std::move(progress), clock);
}

std::set<std::string> deckOf(const scoring::LearnerProgress& progress, const std::string& packId)
{
    std::set<std::string> ids;
    if (const scoring::PackProgress* pack = progress.findPack(packId)) {
        for (const scoring::ReviewItem& item : pack->reviews) ids.insert(item.questionId);
    }
    return ids;
}

const scoring::AttemptRecord& answerAllBut(scoring::LearnerSession& session, const QuizFixture& fixture,
                                           const std::set<std::string>& leftOut, std::optional<scoring::Certainty> certainty)
{
    auto started = session.startQuiz(fixture.pack(), "quiz", 7);
    REQUIRE(started);
    for (const scoring::PlannedQuestion& planned : std::vector(started.value()->questions)) {
        if (leftOut.count(planned.questionId)) continue;
        REQUIRE(session.answer(fixture.pack(), "quiz", planned.questionId, scoring::correctResponse(fixture.question(planned.questionId)),
                               certainty));
    }
    const scoring::AttemptRecord* open = session.openAttempt(fixture.pack().id, "quiz");
    REQUIRE(open);
    return *open;
}

std::string describeResponse(const scoring::Response& response)
{
    std::string out;
    for (const auto& c : response.choices) out += c + " ";
    for (const auto& [l, r] : response.matches) out += l + "=" + r + " ";
    return out + response.text;
}

} // namespace mamori::test
