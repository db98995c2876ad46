// The app identity a progress file notes (build_info.hpp): made from the build's values, and
// checked by the reader with the same rule, so that the writer never notes what a reader refuses.

#include "mamori/records/build_info.hpp"

namespace mamori::records {
namespace {

/// Parts are cut to this length, so that the whole stays within kMaxAppIdentityCharacters.
constexpr std::size_t kMaxPartCharacters = 40;

bool printableAscii(char c)
{
    return c >= 0x20 && c <= 0x7e;
}

/// `value` as printable ASCII, at most kMaxPartCharacters long.
std::string printablePart(std::string_view value)
{
    std::string out(value.substr(0, kMaxPartCharacters));
    for (char& c : out) {
        if (!printableAscii(c)) c = '?';
    }
    return out;
}

} // namespace

std::string appIdentity()
{
    std::string identity = "Mamori " + printablePart(mamoriVersion());
    const std::string_view commit = mamoriCommit();
    if (!commit.empty() && commit != "unknown") identity += " (" + printablePart(commit) + ")";
    static_assert(7 + kMaxPartCharacters + 3 + kMaxPartCharacters <= kMaxAppIdentityCharacters);
    return identity;
}

std::optional<std::string> appIdentityProblem(std::string_view identity)
{
    if (identity.empty()) return "is empty";
    if (identity.size() > kMaxAppIdentityCharacters) {
        return "is longer than " + std::to_string(kMaxAppIdentityCharacters) + " characters";
    }
    for (char c : identity) {
        if (!printableAscii(c)) return "holds a character that is not printable ASCII";
    }
    return std::nullopt;
}

} // namespace mamori::records
