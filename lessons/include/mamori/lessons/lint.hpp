#pragma once
/// \file
/// Lint: the checks a careful editor makes on a pack that already validates. Each finding is a
/// warning (`Severity::Warning`) whose `code` is the check's name, at the line of the element it
/// concerns, so that `mamori-tool lint` prints `FILE:LINE: warning: … [check-name]`.
///
/// A finding the author has judged and keeps is suppressed in the pack itself, with the
/// attribute `lint-allow="check-name …"` on the element the warning is reported at or on any
/// element around it (a question, its quiz, a scenario, the pack), and an XML comment saying
/// why. A `lint-allow` naming an unknown check, or suppressing nothing, is itself a warning.

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/model.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::lessons {

/// One lint check: its name (as in `lint-allow` and in the report) and what it finds.
struct LintCheck {
    std::string_view name;
    std::string_view summary;
};

/// Every check lint makes, in the order they are documented.
std::span<const LintCheck> lintChecks();

/// Lints `pack`, reading its XML `source` (the text of `pack.file`) for `lint-allow`
/// suppressions. Warnings name `file` (defaults to `pack.file`), sorted by line.
std::vector<Diagnostic> lintPack(const Pack& pack, std::string_view source, std::string file = {});

/// Lints `pack`, reading `pack.file` for its suppressions (none when it cannot be read).
std::vector<Diagnostic> lintPack(const Pack& pack, std::string file = {});

} // namespace mamori::lessons
