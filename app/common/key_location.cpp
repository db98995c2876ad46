#include "key_location.hpp"

#include "data_paths.hpp"

#include <cstdlib>
#include <sys/stat.h>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSystemKey = "/etc/mamori/organisation.key";

std::string sourceName(KeyLocation::Source source)
{
    switch (source) {
    case KeyLocation::Source::CommandLine: return "given by --key-file";
    case KeyLocation::Source::Environment: return "given by $MAMORI_KEY_FILE";
    case KeyLocation::Source::System: return "the system key";
    case KeyLocation::Source::User: return "the user's key";
    }
    return "";
}

} // namespace

KeyLocation locateOrganisationKey(const fs::path& commandLine)
{
    if (!commandLine.empty()) return {commandLine, KeyLocation::Source::CommandLine};
    const char* environment = std::getenv("MAMORI_KEY_FILE");
    if (environment && *environment) return {environment, KeyLocation::Source::Environment};
    struct stat info {};
    if (::lstat(kSystemKey, &info) == 0) return {kSystemKey, KeyLocation::Source::System};
    return {userConfigDir() / "organisation.key", KeyLocation::Source::User};
}

scoring::Result<records::LoadedKey> keyForReading(const KeyLocation& location)
{
    auto key = records::loadOrganisationKey(location.file);
    if (!key && key.refusal().code == "key-missing") {
        return scoring::refuse("key-missing", key.refusal().message + " [" + sourceName(location.source) + "]");
    }
    return key;
}

scoring::Result<records::LoadedKey> keyForLearning(const KeyLocation& location, std::vector<std::string>& notices)
{
    auto key = keyForReading(location);
    if (key || key.refusal().code != "key-missing" || location.source != KeyLocation::Source::User) return key;
    // A personal install: no key was given, none is installed, and the user has none yet.
    std::error_code ec;
    if (fs::create_directories(location.file.parent_path(), ec)) {
        fs::permissions(location.file.parent_path(), fs::perms::owner_all, fs::perm_options::replace, ec);
    }
    auto created = records::createOrganisationKey(location.file);
    if (!created) return created.refusal();
    notices.push_back("A new organisation key was created at " + location.file.string() +
                      ", since this computer has none. Records signed with it can be checked only with this key: where HR "
                      "collects records, install the organisation's key (/etc/mamori/organisation.key) instead.");
    return records::LoadedKey{created.value(), {}};
}

} // namespace mamori::app
