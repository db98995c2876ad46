#include "key_location.hpp"

namespace mamori::app {

namespace fs = std::filesystem;

scoring::Result<records::LoadedKey> keyForReading(const KeyLocation& location)
{
    auto key = records::loadOrganisationKey(location.file);
    if (!key && key.refusal().code == scoring::RefusalCode::KeyMissing) {
        return scoring::refuse(scoring::RefusalCode::KeyMissing, key.refusal().message + " [" + location.origin + "]");
    }
    return key;
}

scoring::Result<records::LoadedKey> keyForLearning(const KeyLocation& location, std::vector<std::string>& notices)
{
    auto key = keyForReading(location);
    if (key || key.refusal().code != scoring::RefusalCode::KeyMissing || !location.personal) return key;
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
