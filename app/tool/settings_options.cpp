#include "settings_options.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace mamori::tool {

app::Config loadSettings(std::string_view command, Streams streams)
{
    std::vector<std::string> problems;
    app::Config config = app::Config::standard(problems);
    for (const std::string& problem : problems) streams.err << "mamori-tool " << command << ": warning: " << problem << '\n';
    return config;
}

std::optional<bool> takeSettingOption(app::Config& config, std::span<const std::string_view> args, std::size_t& i,
                                      std::string_view command, Streams streams)
{
    if (!app::Config::settingOfOption(args[i])) return std::nullopt;
    if (i + 1 >= args.size()) {
        streams.err << "mamori-tool " << command << ": " << args[i] << " needs a value\n";
        return false;
    }
    std::string problem;
    const std::string_view option = args[i];
    const bool applied = *config.applyOption(option, std::string(args[i + 1]), problem);
    i += 1;
    if (!applied) streams.err << "mamori-tool " << command << ": " << problem << '\n';
    return applied;
}

} // namespace mamori::tool
