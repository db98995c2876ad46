#pragma once
// One learner's records as xAPI 1.0.3 statements (see xapi_statements.cpp for the mapping).

#include "mamori/records/indexed_records.hpp"
#include "xapi_format.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace mamori::records::xapi {

/// Where the organisation's activities and learners' accounts live.
struct Site {
    std::string homePage; ///< an absolute http(s) IRI, without a trailing "/"
    Uuid idSpace;         ///< the namespace of statement ids: the home page's own UUID

    explicit Site(std::string home);
};

/// The learner's statements, in a fixed order: per pack, each quiz attempt (attempted, its
/// answers, passed or failed), each scenario run (attempted, passed or failed), each inbox run
/// (attempted, one statement per action on a message, passed or failed), each completion.
std::vector<nlohmann::json> learnerStatements(const IndexedLearner& learner, const Site& site);

} // namespace mamori::records::xapi
