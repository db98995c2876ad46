#pragma once
/// \file
/// Learner ids name files, so they are checked: nothing in an id can reach outside the
/// progress folder.

#include <optional>
#include <string>
#include <string_view>

namespace mamori::scoring {

/// An error message when `id` is not a valid learner id, nullopt when it is. Valid ids are
/// 1 to 64 ASCII letters, digits, '.', '-' or '_', starting with a letter or digit (so no
/// '/', no '..', no hidden files), such as an employee number `E12345` or `yamada.taro`.
std::optional<std::string> learnerIdProblem(std::string_view id);

} // namespace mamori::scoring
