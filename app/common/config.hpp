#pragma once
// Mamori's settings, in one mechanism for every program: built-in defaults, then the system
// file an administrator controls (/etc/mamori/mamori.conf), then the user's file
// ($XDG_CONFIG_HOME/mamori/mamori.conf), then the environment, then the command line. The
// system file can lock settings, which the later sources then cannot change: a learner must
// not be able to point Mamori at another key, data folder or index.
//
// The files hold one `name = value` per line; `#` starts a comment line. In the system file,
// `lock = name, name…` locks settings. An unknown name, a malformed line or a bad value is
// reported as `FILE:LINE: error: …` and ignored.

#include "key_location.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::app {

struct Setting {
    std::string value;
    std::string origin;    ///< "default", "/etc/mamori/mamori.conf:4", "$MAMORI_KEY_FILE", "--key-file"…
    bool locked = false;
    std::string lockedAt;  ///< FILE:LINE of the lock
};

class Config {
public:
    struct Files {
        std::filesystem::path system;
        std::filesystem::path user;
    };
    /// /etc/mamori/mamori.conf and $XDG_CONFIG_HOME/mamori/mamori.conf.
    static Files standardFiles();

    /// A setting's name and what it is for, in words.
    struct Description {
        std::string_view name;
        std::string_view summary;
    };
    /// Every setting there is, in the order of all(): for config show's help and the man page.
    static std::vector<Description> descriptions();

    /// The settings from the defaults, `files` (either may be missing) and the environment;
    /// problems in the files are added to `problems`.
    static Config load(const Files& files, std::vector<std::string>& problems);
    /// The settings every program starts from: load(standardFiles()).
    static Config standard(std::vector<std::string>& problems);

    /// A value given on the command line as `option` (e.g. "--data-dir" for data-dir). False,
    /// with `problem` saying so, when the administrator locked the setting or the value is bad.
    bool setFromCommandLine(std::string_view name, const std::string& value, std::string_view option, std::string& problem);

    /// The command-line option for each setting: --data-dir, --key-file, --db (index),
    /// --home-page, --time-zone, --progress-files; nullopt for any other option.
    static std::optional<std::string> settingOfOption(std::string_view option);
    /// Applies `--option VALUE` when it names a setting: nullopt when it does not; else
    /// whether it was taken (false, with `problem`, when locked or malformed).
    std::optional<bool> applyOption(std::string_view option, const std::string& value, std::string& problem);

    const Setting& get(std::string_view name) const;
    /// Every setting, in a fixed order, for `mamori-tool config show`.
    const std::vector<std::pair<std::string, Setting>>& all() const { return settings_; }

    std::filesystem::path dataDir() const;
    KeyLocation key() const;
    /// HR's index: a database file, or a postgresql:// URI.
    std::string index() const;
    std::string homePage() const;
    std::string certificateUrl() const;
    /// Where the learner's app pushes progress files after a completion (a postgresql:// URI); "" when off.
    std::string syncUrl() const;
    std::string timeZone() const;
    /// Progress files readable by the group (0640) as well as their owner (0600): for a shared
    /// data folder that HR's account reads.
    bool groupReadable() const;
    unsigned progressFileMode() const { return groupReadable() ? 0640 : 0600; }
    /// The organisation profile that fills the packs' slots; empty means organisation.xml
    /// beside the pack folders, when there is one (lessons::loadPackLibrary).
    std::filesystem::path organisationProfile() const;
    /// The packs to offer: the packs-dir setting, else the installed packs.
    std::filesystem::path packsDir() const;
    /// "ja", "en", or "" when the administrator left it to the learner.
    std::string language() const;
    /// The administrator fixed the language: the learner's own choice is not offered.
    bool languageLocked() const;

private:
    Setting& at(std::string_view name);
    void readFile(const std::filesystem::path& file, bool isSystem, std::vector<std::string>& problems);

    std::vector<std::pair<std::string, Setting>> settings_;
};

} // namespace mamori::app
