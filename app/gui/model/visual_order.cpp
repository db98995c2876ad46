#include "visual_order.hpp"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace mamori::app {
namespace {

struct HiddenCharacter {
    char32_t code;
    std::string_view marker;
};

// The bidi controls, the zero-width characters and the other invisible marks used to disguise names.
constexpr std::array<HiddenCharacter, 17> kHidden{{
    {0x200B, "[ZWSP]"}, {0x200C, "[ZWNJ]"}, {0x200D, "[ZWJ]"}, {0x200E, "[LRM]"}, {0x200F, "[RLM]"},
    {0x202A, "[LRE]"},  {0x202B, "[RLE]"},  {0x202C, "[PDF]"}, {0x202D, "[LRO]"}, {0x202E, "[RLO]"},
    {0x2066, "[LRI]"},  {0x2067, "[RLI]"},  {0x2068, "[FSI]"}, {0x2069, "[PDI]"}, {0x061C, "[ALM]"},
    {0xFEFF, "[BOM]"},  {0x00AD, "[SHY]"},
}};

const HiddenCharacter* hidden(char32_t c)
{
    for (const HiddenCharacter& h : kHidden) {
        if (h.code == c) return &h;
    }
    return nullptr;
}

/// Whether the bidi algorithm could change anything in a left-to-right name: a right-to-left
/// character, or a control that starts right-to-left text (RLE, RLO, RLI, FSI).
bool needsReordering(const icu::UnicodeString& text)
{
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        switch (u_charDirection(text.char32At(i))) {
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC:
        case U_RIGHT_TO_LEFT_EMBEDDING:
        case U_RIGHT_TO_LEFT_OVERRIDE:
        case U_RIGHT_TO_LEFT_ISOLATE:
        case U_FIRST_STRONG_ISOLATE: return true;
        default: break;
        }
    }
    return false;
}

/// `text` without the invisible characters: a client shows none of them, and the font has no glyph.
std::string withoutHiddenCharacters(const icu::UnicodeString& text)
{
    icu::UnicodeString shown;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        if (!isHiddenCharacter(static_cast<char32_t>(c))) shown.append(c);
    }
    std::string out;
    shown.toUTF8String(out);
    return out;
}

} // namespace

bool isHiddenCharacter(char32_t c)
{
    return hidden(c) != nullptr;
}

std::string visualOrder(std::string_view text)
{
    const icu::UnicodeString logical = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (!needsReordering(logical)) return withoutHiddenCharacters(logical);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_openSized(logical.length(), 0, &status), &ubidi_close);
    if (U_FAILURE(status)) return std::string(text);
    // A file name reads left to right as a whole, as it does in a Japanese or English mail client.
    ubidi_setPara(bidi.get(), logical.getBuffer(), logical.length(), UBIDI_LTR, nullptr, &status);
    if (U_FAILURE(status)) return std::string(text);
    icu::UnicodeString visual;
    const int32_t capacity = logical.length() * 2 + 1;
    char16_t* buffer = visual.getBuffer(capacity);
    const int32_t length =
        ubidi_writeReordered(bidi.get(), buffer, capacity, UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
    visual.releaseBuffer(U_SUCCESS(status) ? length : 0);
    if (U_FAILURE(status)) return std::string(text);
    return withoutHiddenCharacters(visual);
}

std::string revealHiddenCharacters(std::string_view text)
{
    const icu::UnicodeString logical = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    std::string out;
    for (int32_t i = 0; i < logical.length(); i = logical.moveIndex32(i, 1)) {
        const char32_t c = static_cast<char32_t>(logical.char32At(i));
        if (const HiddenCharacter* h = hidden(c)) {
            out += h->marker;
        } else {
            icu::UnicodeString one(static_cast<UChar32>(c));
            one.toUTF8String(out);
        }
    }
    return out;
}

bool hasHiddenCharacters(std::string_view text)
{
    return revealHiddenCharacters(text) != text;
}

} // namespace mamori::app
