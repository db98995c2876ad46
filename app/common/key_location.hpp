#pragma once
// Which organisation key a program uses, and when one may be created.

#include "mamori/records/organisation_key.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace mamori::app {

/// Where the key comes from: the first of `--key-file`, `$MAMORI_KEY_FILE`, the system
/// key `/etc/mamori/organisation.key` (when it exists), else the user's
/// `$XDG_CONFIG_HOME/mamori/organisation.key`.
struct KeyLocation {
    enum class Source { CommandLine, Environment, System, User };
    std::filesystem::path file;
    Source source = Source::User;
};

/// `commandLine` is the `--key-file` value, empty when none was given.
KeyLocation locateOrganisationKey(const std::filesystem::path& commandLine);

/// The key for checking records: it must exist.
scoring::Result<records::LoadedKey> keyForReading(const KeyLocation& location);

/// The key for a learner's session. A key that was given or installed must exist: a
/// mistyped path is reported, never silently replaced by a new key. Only at the user
/// location, on a personal install with no key anywhere, is one created, with a notice
/// saying where and what it means.
scoring::Result<records::LoadedKey> keyForLearning(const KeyLocation& location, std::vector<std::string>& notices);

} // namespace mamori::app
