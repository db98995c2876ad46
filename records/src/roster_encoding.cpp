#include "roster_encoding.hpp"

#include "roster_text.hpp"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <climits>
#include <memory>
#include <vector>

namespace mamori::records {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr const char* kSaveAsUtf8 = "save it from Excel as \"CSV UTF-8 (comma delimited)\"";

/// The offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates
/// and code points past U+10FFFF included), or nullopt.
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes)
{
    const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const std::size_t length = bytes.size();
    for (std::size_t i = 0; i < length;) {
        const std::size_t start = i;
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) return start;
    }
    return std::nullopt;
}

struct Cp932Result {
    std::optional<std::string> utf8;
    std::size_t badOffset = 0; ///< where conversion stopped, when it did
};

Cp932Result convertFromCp932(std::string_view bytes)
{
    Cp932Result result;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-31j", &status), ucnv_close);
    if (U_FAILURE(status)) return result;
    // Stop at the first byte sequence that is invalid or unmapped, instead of substituting.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return result;

    // Every CP932 character is one or two bytes and one UTF-16 unit.
    std::vector<UChar> utf16(bytes.size() + 1);
    UChar* target = utf16.data();
    const char* source = bytes.data();
    ucnv_toUnicode(converter.get(), &target, utf16.data() + utf16.size(), &source, bytes.data() + bytes.size(), nullptr,
                   true, &status);
    if (U_FAILURE(status)) {
        // `source` is past the bytes it could not convert.
        char invalid[8];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), invalid, &invalidLength, &ignored);
        const std::size_t consumed = static_cast<std::size_t>(source - bytes.data());
        result.badOffset = consumed - std::min<std::size_t>(consumed, U_SUCCESS(ignored) ? invalidLength : 1);
        return result;
    }
    const auto units = static_cast<int32_t>(target - utf16.data());
    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(nullptr, 0, &needed, utf16.data(), units, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return result;
    std::string utf8(static_cast<std::size_t>(needed), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), needed, nullptr, utf16.data(), units, &status);
    if (U_FAILURE(status)) return result;
    result.utf8 = std::move(utf8);
    return result;
}

} // namespace

RosterText decodeRosterBytes(std::string_view bytes)
{
    RosterText out;
    if (bytes.starts_with(kByteOrderMark)) {
        out.original = bytes.substr(kByteOrderMark.size());
        if (auto bad = firstInvalidUtf8(out.original)) {
            out.problemLine = lineAtOffset(out.original, *bad);
            out.problem = "the file starts with a UTF-8 byte-order mark but this line is not valid UTF-8; " +
                          std::string(kSaveAsUtf8);
            return out;
        }
        out.encoding = "UTF-8 with BOM";
        return out;
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        out.problem = "the file is UTF-16 (Excel's \"Unicode Text\"), which is not read; " + std::string(kSaveAsUtf8);
        return out;
    }
    if (!firstInvalidUtf8(bytes)) {
        out.original = bytes;
        out.encoding = "UTF-8";
        return out;
    }
    // UnicodeString and ICU's conversions count in int32_t.
    if (bytes.size() > INT32_MAX / 2) {
        out.problem = "the file is too large to be a roster";
        return out;
    }
    Cp932Result cp932 = convertFromCp932(bytes);
    if (!cp932.utf8) {
        out.problemLine = lineAtOffset(bytes, cp932.badOffset);
        out.problem =
            "the file is neither UTF-8 nor Shift_JIS (CP932): this line has bytes that are text in neither; " +
            std::string(kSaveAsUtf8);
        return out;
    }
    out.converted = std::move(cp932.utf8);
    out.encoding = "Shift_JIS (CP932)";
    return out;
}

} // namespace mamori::records
