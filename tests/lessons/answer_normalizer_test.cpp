// How typed answers are folded before comparison (the <shorttext> rule).

#include "mamori/lessons/answer_normalizer.hpp"

#include <doctest/doctest.h>

using mamori::lessons::answersMatch;
using mamori::lessons::normalizeAnswer;

TEST_CASE("typed answers fold case, width and surrounding spaces")
{
    struct Row {
        const char* typed;
        const char* normal;
    };
    const Row rows[] = {
        {"USB", "usb"},
        {"usb", "usb"},
        {"ＵＳＢ", "usb"},                     // full-width Latin
        {"ｕｓｂ", "usb"},
        {"  USB  ", "usb"},                   // surrounding spaces
        {"\tUSB\n", "usb"},
        {"　ＵＳＢ　", "usb"},                 // ideographic spaces
        {"USB  メモリ", "usb メモリ"},          // inner runs collapse to one space
        {"USB　メモリ", "usb メモリ"},          // ideographic space inside
        {"ｶﾞｲﾄﾞﾗｲﾝ", "ガイドライン"},          // half-width katakana with voiced marks
        {"ガイドライン", "ガイドライン"},
        {"１２３", "123"},                     // full-width digits
        {"Straße", "strasse"},                // case folding beyond ASCII
        {"", ""},
        {"   ", ""},
    };
    for (const Row& row : rows) {
        CAPTURE(row.typed);
        CHECK(normalizeAnswer(row.typed) == row.normal);
    }
}

TEST_CASE("answers match across the forms a Japanese keyboard produces")
{
    CHECK(answersMatch("ＵＳＢ", "USB"));
    CHECK(answersMatch(" usb ", "USB"));
    CHECK(answersMatch("ｴｽｶﾚｰｼｮﾝ", "エスカレーション"));
    CHECK_FALSE(answersMatch("USB2", "USB"));
    CHECK_FALSE(answersMatch("U S B", "USB"));   // inner spaces are kept, only collapsed
    CHECK_FALSE(answersMatch("ひみつ", "ヒミツ"));  // hiragana and katakana stay distinct
}

TEST_CASE("invalid UTF-8 in a typed answer is tolerated, not rejected")
{
    const std::string broken = std::string("US") + static_cast<char>(0xFF) + "B";
    CHECK_NOTHROW(normalizeAnswer(broken));
    CHECK_FALSE(answersMatch(broken, "USB"));
}
