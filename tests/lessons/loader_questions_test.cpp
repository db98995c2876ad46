// Parsing of quizzes and of every question type.

#include "mamori/lessons/loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace mamori::lessons;
using mamori::test::loadXml;
using mamori::test::packXml;
using mamori::test::text;

namespace {

const std::string kExplain = text("explanation", "解説", "Because");

/// A pack with one pack-level quiz holding `questions`.
std::string quizPack(std::string_view questions, std::string_view quizAttributes = "pass-mark=\"80\"")
{
    return packXml("<quiz id=\"quiz\" " + std::string(quizAttributes) + ">" + text("title", "クイズ", "Quiz") +
                   std::string(questions) + "</quiz>");
}

std::string choice(std::string_view id, bool correct, std::string_view ja, std::string_view en, std::string_view feedback = "")
{
    return "<choice id=\"" + std::string(id) + "\"" + (correct ? " correct=\"true\"" : "") + "><ja>" + std::string(ja) +
           "</ja><en>" + std::string(en) + "</en>" + std::string(feedback) + "</choice>";
}

const Question& onlyQuestion(const LoadResult& result)
{
    INFO(mamori::test::describe(result.diagnostics).size());
    for (const auto& line : mamori::test::describe(result.diagnostics)) MESSAGE(line);
    REQUIRE(result.ok());
    REQUIRE(result.pack->quizzes.size() == 1);
    REQUIRE(result.pack->quizzes[0].pool.size() == 1);
    return result.pack->quizzes[0].pool[0];
}

} // namespace

TEST_CASE("quiz settings are read, with documented defaults")
{
    const std::string question = "<truefalse id=\"t\" answer=\"true\">" + text("prompt", "問", "Q") + kExplain + "</truefalse>";
    SUBCASE("defaults")
    {
        const auto result = loadXml(quizPack(question));
        REQUIRE(result.ok());
        const Quiz& quiz = result.pack->quizzes.at(0);
        CHECK(quiz.passMark == 80);
        CHECK(quiz.attemptsAllowed == 0);
        CHECK_FALSE(quiz.timeLimit.has_value());
        CHECK(quiz.draw == 0);
        CHECK(quiz.questionsPerAttempt() == 1);
        CHECK(quiz.shuffleQuestions);
        CHECK(quiz.shuffleChoices);
        CHECK(quiz.feedback == FeedbackMode::Deferred);
        CHECK(quiz.counts == AttemptPolicy::Highest);
        CHECK_FALSE(quiz.certainty);
        CHECK(quiz.retry == RetryScope::All);
    }
    SUBCASE("every attribute set")
    {
        const auto result = loadXml(quizPack(question + "<truefalse id=\"t2\" answer=\"false\">" + text("prompt", "問", "Q") +
                                                 kExplain + "</truefalse>",
                                             "pass-mark=\"70\" attempts=\"3\" time-limit=\"1h30m\" draw=\"1\" "
                                             "shuffle-questions=\"false\" shuffle-choices=\"false\" feedback=\"immediate\" "
                                             "counts=\"average\" certainty=\"true\" retry=\"missed\""));
        REQUIRE(result.ok());
        const Quiz& quiz = result.pack->quizzes.at(0);
        CHECK(quiz.passMark == 70);
        CHECK(quiz.attemptsAllowed == 3);
        CHECK(quiz.timeLimit == std::chrono::seconds(5400));
        CHECK(quiz.draw == 1);
        CHECK(quiz.questionsPerAttempt() == 1);
        CHECK_FALSE(quiz.shuffleQuestions);
        CHECK_FALSE(quiz.shuffleChoices);
        CHECK(quiz.feedback == FeedbackMode::Immediate);
        CHECK(quiz.counts == AttemptPolicy::Average);
        CHECK(quiz.certainty);
        CHECK(quiz.retry == RetryScope::Missed);
    }
}

TEST_CASE("a question may say what it asks: a situation, knowledge or recall")
{
    const auto question = [](std::string_view asks) {
        return "<truefalse id=\"q\" answer=\"true\"" + std::string(asks) + ">" + text("prompt", "問", "Q") + kExplain + "</truefalse>";
    };
    CHECK(onlyQuestion(loadXml(quizPack(question("")))).asks == Asks::Unstated);
    CHECK(onlyQuestion(loadXml(quizPack(question(" asks=\"situation\"")))).asks == Asks::Situation);
    CHECK(onlyQuestion(loadXml(quizPack(question(" asks=\"knowledge\"")))).asks == Asks::Knowledge);
    CHECK(onlyQuestion(loadXml(quizPack(question(" asks=\"recall\"")))).asks == Asks::Recall);
    const LoadResult wrong = loadXml(quizPack(question(" asks=\"trivia\"")));
    CHECK(mamori::test::describe(wrong.diagnostics) ==
          std::vector<std::string>{"5: error: 'asks' must be 'situation', 'knowledge' or 'recall', found 'trivia'"});
}

TEST_CASE("time limits accept seconds, minutes and hours")
{
    const std::string question = "<truefalse id=\"t\" answer=\"true\">" + text("prompt", "問", "Q") + kExplain + "</truefalse>";
    const std::pair<const char*, int> rows[] = {{"90s", 90}, {"15m", 900}, {"1h", 3600}, {"1h2m3s", 3723}, {"24h", 86400}};
    for (const auto& [written, seconds] : rows) {
        CAPTURE(written);
        const auto result = loadXml(quizPack(question, std::string("pass-mark=\"50\" time-limit=\"") + written + "\""));
        REQUIRE(result.ok());
        CHECK(result.pack->quizzes[0].timeLimit == std::chrono::seconds(seconds));
    }
    for (const char* bad : {"15", "m", "1m1h", "25h", "0s", "-5m", "1.5m"}) {
        CAPTURE(bad);
        const auto result = loadXml(quizPack(question, std::string("pass-mark=\"50\" time-limit=\"") + bad + "\""));
        CHECK_FALSE(result.ok());
    }
}

TEST_CASE("single choice: choices, the correct one, per-choice feedback, explanation and source")
{
    const auto result = loadXml(quizPack(
        "<single id=\"s\" points=\"3\">" + text("prompt", "どれ？", "Which?") +
        choice("a", false, "甲", "A", text("feedback", "違う", "No: A is wrong")) + choice("b", true, "乙", "B") + kExplain +
        "<source url=\"https://www.meti.go.jp/\"><ja>営業秘密管理指針</ja><en>Trade Secret Management Guidelines</en></source>"
        "</single>"));
    const Question& q = onlyQuestion(result);
    CHECK(q.id == "s");
    CHECK(q.kind == QuestionKind::SingleChoice);
    CHECK(q.points == 3);
    CHECK(q.prompt.plain(Language::English) == "Which?");
    REQUIRE(q.choices());
    REQUIRE(q.choices()->choices.size() == 2);
    CHECK_FALSE(q.choices()->choices[0].correct);
    CHECK(q.choices()->choices[0].feedback.plain(Language::English) == "No: A is wrong");
    CHECK(q.choices()->choices[1].correct);
    CHECK(q.choices()->choices[1].feedback.empty());
    CHECK(q.explanation.plain(Language::Japanese) == "解説");
    REQUIRE(q.source);
    CHECK(q.source->url == "https://www.meti.go.jp/");
    CHECK(q.source->text.plain(Language::Japanese) == "営業秘密管理指針");
}

TEST_CASE("multiple response: several correct choices and the all-or-nothing switch")
{
    const auto result = loadXml(quizPack("<multiple id=\"m\" all-or-nothing=\"true\">" + text("prompt", "全て", "All") +
                                         choice("a", true, "甲", "A") + choice("b", true, "乙", "B") +
                                         choice("c", false, "丙", "C") + kExplain + "</multiple>"));
    const Question& q = onlyQuestion(result);
    CHECK(q.kind == QuestionKind::MultipleResponse);
    CHECK(q.points == 1);
    REQUIRE(q.choices());
    CHECK(q.choices()->allOrNothing);
    CHECK(q.choices()->choices.size() == 3);
    CHECK_FALSE(q.source.has_value());
}

TEST_CASE("true/false: the answer and the feedback for each reply")
{
    const auto result = loadXml(quizPack("<truefalse id=\"t\" answer=\"false\">" + text("prompt", "正しい？", "True?") +
                                         text("feedback-true", "違います", "It is false") +
                                         text("feedback-false", "その通り", "Right") + kExplain + "</truefalse>"));
    const Question& q = onlyQuestion(result);
    REQUIRE(q.trueFalse());
    CHECK_FALSE(q.trueFalse()->answer);
    CHECK(q.trueFalse()->feedbackTrue.plain(Language::English) == "It is false");
    CHECK(q.trueFalse()->feedbackFalse.plain(Language::Japanese) == "その通り");
}

TEST_CASE("ordering: steps are kept in the order written, which is the right order")
{
    const auto result = loadXml(quizPack("<ordering id=\"o\" points=\"4\">" + text("prompt", "並べよ", "Order") +
                                         "<step id=\"first\"><ja>一</ja><en>One</en></step>"
                                         "<step id=\"second\"><ja>二</ja><en>Two</en></step>"
                                         "<step id=\"third\"><ja>三</ja><en>Three</en></step>" +
                                         kExplain + "</ordering>"));
    const Question& q = onlyQuestion(result);
    REQUIRE(q.ordering());
    REQUIRE(q.ordering()->steps.size() == 3);
    CHECK(q.ordering()->steps[0].id == "first");
    CHECK(q.ordering()->steps[2].text.plain(Language::English) == "Three");
    CHECK_FALSE(q.ordering()->allOrNothing);
}

TEST_CASE("matching: pairs and distractors")
{
    const auto result = loadXml(quizPack("<matching id=\"x\">" + text("prompt", "結べ", "Match") + "<pair id=\"p1\">" +
                                         text("left", "秘密管理性", "Secrecy management") +
                                         text("right", "秘密として管理", "Managed as secret") + "</pair><pair id=\"p2\">" +
                                         text("left", "非公知性", "Non-public") + text("right", "知られていない", "Not publicly known") +
                                         "</pair><distractor id=\"d\"><ja>高価</ja><en>Expensive</en></distractor>" + kExplain +
                                         "</matching>"));
    const Question& q = onlyQuestion(result);
    REQUIRE(q.matching());
    REQUIRE(q.matching()->pairs.size() == 2);
    CHECK(q.matching()->pairs[0].left.plain(Language::Japanese) == "秘密管理性");
    CHECK(q.matching()->pairs[1].right.plain(Language::English) == "Not publicly known");
    REQUIRE(q.matching()->distractors.size() == 1);
    CHECK(q.matching()->distractors[0].id == "d");
}

TEST_CASE("short text: accepted answers as written, and feedback for a wrong answer")
{
    const auto result = loadXml(quizPack("<shorttext id=\"st\">" + text("prompt", "何？", "What?") +
                                         "<accept>  USB  メモリ </accept><accept>USB stick</accept>" +
                                         text("feedback", "USB メモリです", "It is a USB stick") + kExplain + "</shorttext>"));
    const Question& q = onlyQuestion(result);
    REQUIRE(q.shortText());
    CHECK(q.shortText()->accepted == std::vector<std::string>{"USB メモリ", "USB stick"});
    CHECK(q.shortText()->feedback.plain(Language::English) == "It is a USB stick");
}

TEST_CASE("accepted answers that fold to the same text are reported as duplicates")
{
    const auto result = loadXml(quizPack("<shorttext id=\"st\">" + text("prompt", "何？", "What?") +
                                         "<accept>USB</accept><accept>ＵＳＢ</accept>" + kExplain + "</shorttext>"));
    REQUIRE(result.ok());
    CHECK(result.warnings == 1);
    CHECK(result.pack->quizzes[0].pool[0].shortText()->accepted.size() == 1);
}

TEST_CASE("quizzes can sit in a lesson or at pack level — question ids are unique across both")
{
    const std::string tf = "<truefalse id=\"%\" answer=\"true\">" + text("prompt", "問", "Q") + kExplain + "</truefalse>";
    auto question = [&](const char* id) {
        std::string s = tf;
        s.replace(s.find('%'), 1, id);
        return s;
    };
    const std::string lesson = "<lesson id=\"l\">" + text("title", "課", "Lesson") + "<page id=\"p\">" + text("title", "頁", "Page") +
                               text("p", "本文", "Body") + "</page><quiz id=\"check\" pass-mark=\"100\">" +
                               text("title", "確認", "Check") + question("q1") + "</quiz></lesson>";
    const std::string final = "<quiz id=\"final\" pass-mark=\"80\">" + text("title", "最終", "Final") + question("q2") + "</quiz>";
    const auto result = loadXml(packXml(lesson + final));
    REQUIRE(result.ok());
    const Pack& pack = *result.pack;
    CHECK(pack.lessons[0].quizzes.at(0).id == "check");
    CHECK(pack.quizzes.at(0).id == "final");
    CHECK(pack.quiz("check") == &pack.lessons[0].quizzes[0]);
    CHECK(pack.quiz("final") == &pack.quizzes[0]);
    CHECK(pack.question("q1") == &pack.lessons[0].quizzes[0].pool[0]);
    CHECK(pack.question("q2") == &pack.quizzes[0].pool[0]);
    CHECK(pack.question("nope") == nullptr);

    const auto clash = loadXml(packXml(lesson + "<quiz id=\"final\" pass-mark=\"80\">" + text("title", "最終", "Final") +
                                       question("q1") + "</quiz>"));
    CHECK_FALSE(clash.ok());
    REQUIRE(clash.diagnostics.size() == 1);
    CHECK(clash.diagnostics[0].code == "duplicate-id");
}
