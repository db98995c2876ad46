#include "config.hpp"

#include "data_paths.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/records/regular_file.hpp"

#include <algorithm>
#include <cstdlib>
#include <sys/stat.h>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSystemKey = "/etc/mamori/organisation.key";

/// The settings there are, with what each is for (shown by config show's help) and its default.
struct Definition {
    const char* name;
    std::string (*defaultValue)();
    std::optional<std::string> (*problemWith)(const std::string& value);
    const char* summary;   ///< what it is for, with its default in words (config show's help, the man page)
};

std::optional<std::string> anyValue(const std::string&)
{
    return std::nullopt;
}

std::optional<std::string> absolutePath(const std::string& value)
{
    if (value.empty() || value.front() != '/') return "must be an absolute path";
    return std::nullopt;
}

std::optional<std::string> absolutePathOrEmpty(const std::string& value)
{
    return value.empty() ? std::nullopt : absolutePath(value);
}

/// The index: a database file on this computer, or a PostgreSQL server's database.
std::optional<std::string> indexLocation(const std::string& value)
{
    if (value.starts_with("postgresql://") || value.starts_with("postgres://")) return std::nullopt;
    if (value.empty() || value.front() != '/') return "must be an absolute path or a postgresql:// URI";
    return std::nullopt;
}

std::optional<std::string> databaseUriOrEmpty(const std::string& value)
{
    if (value.empty() || value.starts_with("postgresql://") || value.starts_with("postgres://")) return std::nullopt;
    return "must be a postgresql:// URI, or empty (off)";
}

std::optional<std::string> languageCodeOrEmpty(const std::string& value)
{
    if (value.empty() || value == "ja" || value == "en") return std::nullopt;
    return "must be ja or en (or empty: Japanese until the learner chooses)";
}

std::optional<std::string> fileModeName(const std::string& value)
{
    if (value == "private" || value == "group-readable") return std::nullopt;
    return "must be private or group-readable";
}

std::string defaultKeyFile()
{
    struct stat info {};
    return ::lstat(kSystemKey, &info) == 0 ? std::string(kSystemKey) : (userConfigDir() / "organisation.key").string();
}

const std::vector<Definition>& definitions()
{
    static const std::vector<Definition> all{
        {"data-dir", [] { return defaultDataDir().string(); }, absolutePath,
         "where learners' progress is kept (progress/ inside it); may be a share. Default: $XDG_DATA_HOME/mamori"},
        {"key-file", defaultKeyFile, absolutePath,
         "the organisation key that signs progress files. Default: /etc/mamori/organisation.key when it "
         "exists, else $XDG_CONFIG_HOME/mamori/organisation.key; $MAMORI_KEY_FILE overrides both files"},
        {"index", [] { return (defaultDataDir() / "index.sqlite").string(); }, indexLocation,
         "HR's index database (mamori-tool records): an SQLite file on a local disk, or a postgresql:// URI. "
         "Default: $XDG_DATA_HOME/mamori/index.sqlite"},
        {"home-page", [] { return std::string(); }, anyValue,
         "the organisation's home page, for record identifiers in exports (xAPI)"},
        // Where a certificate's code can be checked (printed on it and in its QR code); empty: none.
        {"certificate-url", [] { return std::string(); }, anyValue,
         "where a certificate's code can be checked, printed on it and in its QR code; empty: none"},
        {"time-zone", [] { return std::string(); }, anyValue,
         "the zone HR's dates are shown in, e.g. Asia/Tokyo; empty: this computer's"},
        {"progress-files", [] { return std::string("private"); }, fileModeName,
         "private (0600), or group-readable (0640) for a shared data folder that HR's account reads through its group"},
        // Empty: organisation.xml beside the pack folders, when there is one.
        {"organisation-profile", [] { return std::string(); }, absolutePathOrEmpty,
         "the organisation's details that fill the packs' slots (whom to report to, where the rules are); "
         "empty: organisation.xml beside the packs"},
        // The learner's app: push each learner's file to this records server after a completion
        // (progress_sync.hpp). Empty: off. Not HR's index: a role that may only insert there.
        {"sync-url", [] { return std::string(); }, databaseUriOrEmpty,
         "the learner's app pushes the learner's signed progress file to this records server "
         "(postgresql://..., a role that may only add files) after each completion; empty: off"},
        // The lesson packs to offer; empty: the packs installed with Mamori (data_paths.hpp).
        {"packs-dir", [] { return std::string(); }, absolutePathOrEmpty,
         "the lesson packs to offer; empty: the packs installed with Mamori (/usr/share/mamori/packs)"},
        // The language a learner starts in, until they choose one; locked, it is the only one.
        {"language", [] { return std::string(); }, languageCodeOrEmpty,
         "the language a learner starts in, ja or en, until they choose one; locked, the only one; empty: "
         "Japanese until the learner chooses"},
    };
    return all;
}

const Definition* definition(std::string_view name)
{
    for (const Definition& d : definitions()) {
        if (name == d.name) return &d;
    }
    return nullptr;
}

std::string knownNames()
{
    std::string out;
    for (const Definition& d : definitions()) out += (out.empty() ? "" : ", ") + std::string(d.name);
    return out;
}

std::string trimmed(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return "";
    return std::string(text.substr(first, text.find_last_not_of(kSpace) - first + 1));
}

} // namespace

std::vector<Config::Description> Config::descriptions()
{
    std::vector<Description> all;
    for (const Definition& d : definitions()) all.push_back({d.name, d.summary});
    return all;
}

Config::Files Config::standardFiles()
{
    return {"/etc/mamori/mamori.conf", userConfigDir() / "mamori.conf"};
}

Config Config::standard(std::vector<std::string>& problems)
{
    return load(standardFiles(), problems);
}

Config Config::load(const Files& files, std::vector<std::string>& problems)
{
    Config config;
    for (const Definition& d : definitions()) config.settings_.push_back({d.name, Setting{d.defaultValue(), "default", false, {}}});
    config.readFile(files.system, true, problems);
    config.readFile(files.user, false, problems);
    if (const char* key = std::getenv("MAMORI_KEY_FILE"); key && *key) {
        std::string problem;
        if (!config.setFromCommandLine("key-file", key, "$MAMORI_KEY_FILE", problem)) problems.push_back(problem);
    }
    return config;
}

void Config::readFile(const fs::path& file, bool isSystem, std::vector<std::string>& problems)
{
    auto text = records::readRegularFile(file, records::kMaxKeyFileBytes * 16, records::Links::Follow);
    if (!text) {
        problems.push_back(file.string() + ": error: " + text.refusal().message);
        return;
    }
    if (!text.value()) return;   // no such file: nothing set there
    const std::string& content = *text.value();
    int lineNumber = 0;
    for (std::size_t pos = 0; pos < content.size();) {
        const std::size_t end = std::min(content.find('\n', pos), content.size());
        const std::string line = trimmed(std::string_view(content).substr(pos, end - pos));
        pos = end + 1;
        ++lineNumber;
        if (line.empty() || line.front() == '#') continue;
        const std::string where = file.string() + ":" + std::to_string(lineNumber);
        auto report = [&](const std::string& message) { problems.push_back(where + ": error: " + message); };
        const auto equals = line.find('=');
        if (equals == std::string::npos) {
            report("expected NAME = VALUE, found '" + line + "'");
            continue;
        }
        const std::string name = trimmed(std::string_view(line).substr(0, equals));
        const std::string value = trimmed(std::string_view(line).substr(equals + 1));
        if (name == "lock") {
            if (!isSystem) {
                report("only the system file (" + standardFiles().system.string() + ") can lock settings");
                continue;
            }
            std::size_t start = 0;
            while (start <= value.size()) {
                const std::size_t comma = std::min(value.find(',', start), value.size());
                const std::string locked = trimmed(std::string_view(value).substr(start, comma - start));
                start = comma + 1;
                if (locked.empty()) continue;
                if (!definition(locked)) {
                    report("cannot lock unknown setting '" + locked + "' (known: " + knownNames() + ")");
                    continue;
                }
                Setting& s = at(locked);
                s.locked = true;
                s.lockedAt = where;
            }
            continue;
        }
        const Definition* d = definition(name);
        if (!d) {
            report("unknown setting '" + name + "' (known: " + knownNames() + ")");
            continue;
        }
        if (auto problem = d->problemWith(value)) {
            report(name + " " + *problem + ", found '" + value + "'");
            continue;
        }
        Setting& s = at(name);
        if (s.locked) {
            report(name + " is locked by the administrator (" + s.lockedAt + ")");
            continue;
        }
        s.value = value;
        s.origin = where;
    }
}

bool Config::setFromCommandLine(std::string_view name, const std::string& value, std::string_view option, std::string& problem)
{
    const Definition* d = definition(name);
    if (!d) {
        problem = "unknown setting '" + std::string(name) + "'";
        return false;
    }
    Setting& s = at(name);
    if (s.locked) {
        problem = std::string(option) + ": " + std::string(name) + " is locked by the administrator (" + s.lockedAt + ")";
        return false;
    }
    // Relative paths on the command line are meant from where the command runs.
    std::string given = value;
    const bool uri = given.find("://") != std::string::npos;
    const bool path = d->problemWith == absolutePath || d->problemWith == absolutePathOrEmpty || (d->problemWith == indexLocation && !uri);
    if (path && !given.empty() && given.front() != '/') {
        given = (fs::current_path() / given).string();
    }
    if (auto bad = d->problemWith(given)) {
        problem = std::string(option) + ": " + std::string(name) + " " + *bad + ", found '" + value + "'";
        return false;
    }
    s.value = given;
    s.origin = std::string(option);
    return true;
}

std::optional<std::string> Config::settingOfOption(std::string_view option)
{
    if (option == "--db") return std::string("index");
    if (option == "--packs") return std::string("packs-dir");
    if (!option.starts_with("--")) return std::nullopt;
    const std::string_view name = option.substr(2);
    if (name == "index" || name == "packs-dir" || !definition(name)) return std::nullopt;
    return std::string(name);
}

std::optional<bool> Config::applyOption(std::string_view option, const std::string& value, std::string& problem)
{
    const auto name = settingOfOption(option);
    if (!name) return std::nullopt;
    return setFromCommandLine(*name, value, option, problem);
}

Setting& Config::at(std::string_view name)
{
    return std::find_if(settings_.begin(), settings_.end(), [&](const auto& entry) { return entry.first == name; })->second;
}

const Setting& Config::get(std::string_view name) const
{
    return std::find_if(settings_.begin(), settings_.end(), [&](const auto& entry) { return entry.first == name; })->second;
}

std::string Config::syncUrl() const
{
    return get("sync-url").value;
}

fs::path Config::dataDir() const
{
    return get("data-dir").value;
}

KeyLocation Config::key() const
{
    const Setting& s = get("key-file");
    const bool personal = s.origin == "default" && s.value != kSystemKey;
    return {s.value, s.origin == "default" ? (personal ? "the user's key" : "the system key") : "set by " + s.origin, personal};
}

std::string Config::index() const
{
    return get("index").value;
}

std::string Config::homePage() const
{
    return get("home-page").value;
}

std::string Config::certificateUrl() const
{
    return get("certificate-url").value;
}

std::string Config::timeZone() const
{
    return get("time-zone").value;
}

fs::path Config::organisationProfile() const
{
    return get("organisation-profile").value;
}

fs::path Config::packsDir() const
{
    const std::string& value = get("packs-dir").value;
    return value.empty() ? defaultPacksDir() : fs::path(value);
}

std::string Config::language() const
{
    return get("language").value;
}

bool Config::languageLocked() const
{
    return get("language").locked;
}

bool Config::groupReadable() const
{
    return get("progress-files").value == "group-readable";
}

} // namespace mamori::app
