#include "progress_migrations.hpp"

#include "mamori/scoring/progress_file.hpp"

#include <functional>
#include <vector>

namespace mamori::scoring {
namespace {

using Migration = std::function<Result<Done>(tinyxml2::XMLDocument&)>;

/// steps[i] upgrades schema i + 1 to i + 2.
const std::vector<Migration>& steps()
{
    static const std::vector<Migration> all{};
    return all;
}

} // namespace

Result<Done> migrateProgress(tinyxml2::XMLDocument& document, int schema, const std::string& displayName)
{
    static_assert(kProgressSchemaVersion >= 1);
    for (int from = schema; from < kProgressSchemaVersion; ++from) {
        const auto index = static_cast<std::size_t>(from - 1);
        if (index >= steps().size()) {
            return refuse("progress-corrupt", displayName + ": error: no migration from schema " + std::to_string(from));
        }
        if (auto done = steps()[index](document); !done) return done;
        document.RootElement()->SetAttribute("schema", from + 1);
    }
    return Done{};
}

} // namespace mamori::scoring
