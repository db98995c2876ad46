#pragma once
// Which organisation key a program uses (the `key-file` setting, see config.hpp), and when
// one may be created.

#include "mamori/records/organisation_key.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mamori::app {

struct KeyLocation {
    std::filesystem::path file;
    std::string origin;      ///< for messages: "set by --key-file", "the system key", "the user's key"…
    bool personal = false;   ///< the default at the user's location: nobody named a key
};

/// The key for checking records: it must exist.
scoring::Result<records::LoadedKey> keyForReading(const KeyLocation& location);

/// The key for a learner's session. A key that was named (by an option, the environment, a
/// settings file, or installed as the system key) must exist: a mistyped path is reported,
/// never silently replaced by a new key. Only a personal install with no key anywhere gets
/// one, at the user's location, with a notice saying where and what it means.
scoring::Result<records::LoadedKey> keyForLearning(const KeyLocation& location, std::vector<std::string>& notices);

} // namespace mamori::app
