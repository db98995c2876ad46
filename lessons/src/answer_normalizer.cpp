#include "mamori/lessons/answer_normalizer.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace mamori::lessons {

std::string normalizeAnswer(std::string_view typed)
{
    // ICU's NFKC_Casefold does compatibility folding (full-width → half-width ASCII,
    // half-width → full-width katakana, U+3000 → space) and case folding in one step.
    const icu::UnicodeString input = icu::UnicodeString::fromUTF8(icu::StringPiece(typed.data(), static_cast<int32_t>(typed.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString folded = U_SUCCESS(status) ? folding->normalize(input, status) : input;
    if (U_FAILURE(status)) folded = input;

    icu::UnicodeString collapsed;
    bool pendingSpace = false;
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 c = folded.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            pendingSpace = !collapsed.isEmpty();
            continue;
        }
        if (pendingSpace) collapsed.append(static_cast<UChar>(' '));
        pendingSpace = false;
        collapsed.append(c);
    }
    std::string out;
    collapsed.toUTF8String(out);
    return out;
}

bool answersMatch(std::string_view typed, std::string_view accepted)
{
    return normalizeAnswer(typed) == normalizeAnswer(accepted);
}

} // namespace mamori::lessons
