#pragma once
/// \file
/// Learner ids name files, so they are checked: nothing in an id can reach outside the
/// progress folder. A file's name and the id inside it must agree.

#include <optional>
#include <string>
#include <string_view>

namespace mamori::records {

/// An error message when `id` is not a valid learner id, nullopt when it is. Valid ids are
/// 1 to 64 ASCII letters, digits, '.', '-' or '_', starting with a letter or digit (so no
/// '/', no '..', no hidden files), such as an employee number `E12345` or `yamada.taro`.
std::optional<std::string> learnerIdProblem(std::string_view id);

/// The learner a progress file's name says it belongs to: `E1` for `E1.xml`, `E1.xml.bak`
/// and `E1.xml.rejected-…`; nullopt when the name has no `.xml` or no valid id before it.
std::optional<std::string> learnerIdInFileName(std::string_view fileName);

} // namespace mamori::records
