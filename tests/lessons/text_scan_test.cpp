// The loader's byte-level helpers read eight bytes at a time; each must agree exactly with the
// plain byte-by-byte definition it replaced, on texts made to hit every boundary.

#include "text_reader.hpp"
#include "utf8.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace mamori::lessons;
using namespace mamori::lessons::detail;

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/// The whitespace rules, one code point at a time, as first written.
RichText referenceNormalise(const std::vector<RawSpan>& raw)
{
    RichText out;
    bool pendingSpace = false;
    bool pendingBreak = false;
    char32_t lastEmitted = 0;
    for (const RawSpan& span : raw) {
        std::string text;
        bool pendingFromEarlierSpan = pendingSpace;
        const std::string_view in = span.text;
        std::size_t pos = 0;
        while (pos < in.size()) {
            if (isSpace(in[pos])) {
                if (!pendingSpace) pendingFromEarlierSpan = false;
                pendingSpace = true;
                pendingBreak = pendingBreak || in[pos] == '\n';
                ++pos;
                continue;
            }
            const std::size_t start = pos;
            const char32_t c = decodeUtf8(in, pos);
            if (pendingSpace && lastEmitted != 0) {
                const bool joinJapanese = pendingBreak && isWideCharacter(lastEmitted) && isWideCharacter(c);
                const bool earlierTakesIt =
                    pendingFromEarlierSpan && (out.spans.back().slot.empty() || !span.slot.empty());
                if (!joinJapanese) (earlierTakesIt ? out.spans.back().text : text) += ' ';
            }
            pendingSpace = pendingBreak = false;
            text.append(in.substr(start, pos - start));
            lastEmitted = c;
        }
        if (text.empty()) continue;
        if (!out.spans.empty() && out.spans.back().emphasis == span.emphasis && out.spans.back().slot.empty() &&
            span.slot.empty()) {
            out.spans.back().text += text;
        } else {
            out.spans.push_back({std::move(text), span.emphasis, std::string(span.slot)});
        }
    }
    return out;
}

/// The first invalid UTF-8 byte, one sequence at a time, as first written.
std::optional<std::size_t> referenceFirstInvalid(std::string_view text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if ((lead & 0xE0) == 0xC0)
            length = 2, minimum = 0x80, value = lead & 0x1F;
        else if ((lead & 0xF0) == 0xE0)
            length = 3, minimum = 0x800, value = lead & 0x0F;
        else if ((lead & 0xF8) == 0xF0)
            length = 4, minimum = 0x10000, value = lead & 0x07;
        else
            return i;
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) return i;
            value = (value << 6) | (bytes[i + k] & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return i;
        i += length;
    }
    return std::nullopt;
}

/// Texts of pieces that matter to the rules: words, single and double spaces, line breaks and
/// tabs, Japanese, full-width and other multi-byte characters, and a stray control character.
std::string randomText(std::mt19937& random, std::size_t pieces)
{
    static const std::vector<std::string> kPieces = {"a",
                                                     "word",
                                                     "longerword",
                                                     " ",
                                                     " ",
                                                     " ",
                                                     "  ",
                                                     "\n",
                                                     "\n  ",
                                                     "\t",
                                                     "\r\n",
                                                     "営業",
                                                     "秘密",
                                                     "。",
                                                     "、",
                                                     "\xEF\xBC\xA1" /* Ａ */,
                                                     "\xC3\xA9" /* é */,
                                                     "\xF0\x9F\x98\x80" /* 😀 */,
                                                     "\xE3\x80\x80" /* ideographic space */,
                                                     "\x01",
                                                     "(12)",
                                                     "abcdefgh",
                                                     "漢字かな交じり文"};
    std::string text;
    for (std::size_t i = 0; i < pieces; ++i) text += kPieces[random() % kPieces.size()];
    return text;
}

} // namespace

TEST_CASE("normalising whitespace agrees with the character-by-character rules")
{
    std::mt19937 random(7);
    for (int round = 0; round < 3000; ++round) {
        std::vector<std::string> texts;
        std::vector<RawSpan> raw;
        const std::size_t spans = 1 + random() % 4;
        for (std::size_t s = 0; s < spans; ++s) texts.push_back(randomText(random, random() % 12));
        for (std::size_t s = 0; s < spans; ++s) {
            const auto style = random() % 6;
            raw.push_back({texts[s],
                           style == 1   ? Emphasis::Em
                           : style == 2 ? Emphasis::Strong
                                        : Emphasis::None,
                           style == 3 ? std::string_view("report-to") : std::string_view(), {}});
        }
        const RichText fast = normaliseSpans(raw);
        const RichText reference = referenceNormalise(raw);
        CAPTURE(round);
        CAPTURE(texts);
        REQUIRE(fast == reference);
    }
}

TEST_CASE("normalising keeps sentences, joins Japanese lines and drops the rest of the whitespace")
{
    CHECK(normaliseText("  A trade secret is  useful.\n  ").plain() == "A trade secret is useful.");
    CHECK(normaliseText("営業秘密は\n    管理されます").plain() == "営業秘密は管理されます");
    CHECK(normaliseText("Line one\nline two").plain() == "Line one line two");
    CHECK(normaliseText("exactly8 exactly8 exactly8").plain() == "exactly8 exactly8 exactly8");
    CHECK(normaliseText("exactly8  exactly8\texactly8 ").plain() == "exactly8 exactly8 exactly8");
    CHECK(normaliseText(" \t\n").spans.empty());
}

TEST_CASE("texts compare equal when their plain texts do, however they are split into spans")
{
    const RichText one{{Span{"Report it at once"}}};
    const RichText split{{Span{"Report "}, Span{"it", Emphasis::Em}, Span{" at once"}}};
    const RichText other{{Span{"Report "}, Span{"it", Emphasis::Em}, Span{" later."}}};
    CHECK(samePlainText(one, split));
    CHECK(samePlainText(split, one));
    CHECK_FALSE(samePlainText(one, other));
    CHECK_FALSE(samePlainText(one, RichText{{Span{"Report it at onc"}}}));
    CHECK(samePlainText(RichText{}, RichText{{Span{""}}}));
}

TEST_CASE("UTF-8 validation finds the same first bad byte as the sequence-by-sequence rules")
{
    std::mt19937 random(11);
    for (int round = 0; round < 20000; ++round) {
        std::string text = randomText(random, random() % 20);
        // Break it now and then: a random byte, a cut sequence, an overlong form, a surrogate.
        switch (random() % 8) {
        case 0: text.insert(random() % (text.size() + 1), 1, static_cast<char>(random())); break;
        case 1:
            if (!text.empty()) text.pop_back();
            break;
        case 2: text.insert(random() % (text.size() + 1), "\xE0\x80\xAF"); break;
        case 3: text.insert(random() % (text.size() + 1), "\xED\xA0\x80"); break;
        case 4: text.insert(random() % (text.size() + 1), "\xF4\x90\x80\x80"); break;
        case 5: text.insert(random() % (text.size() + 1), "\xC1\xBF"); break;
        default: break;
        }
        CAPTURE(text);
        REQUIRE(firstInvalidUtf8(text) == referenceFirstInvalid(text));
    }
}

TEST_CASE("line feeds are counted wherever they fall in the eight-byte blocks")
{
    std::mt19937 random(3);
    for (int round = 0; round < 2000; ++round) {
        const std::string text = randomText(random, random() % 30);
        CAPTURE(text);
        REQUIRE(countNewlines(text) == static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));
    }
    CHECK(lineOfOffset("a\nb\nc", 4) == 3);
}
