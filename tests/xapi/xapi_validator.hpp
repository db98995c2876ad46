#pragma once
// A checker of xAPI 1.0.3 statements (the spec's part 2, "Statements"), for the parts the
// export writes: what an LRS would reject, found before an LRS is asked.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace mamori::test {

/// Every rule `statement` breaks, as "where: what" lines; empty when it is a valid statement.
std::vector<std::string> xapiProblems(const nlohmann::json& statement);

} // namespace mamori::test
