// mamori: the learner's app. The shell only reads the command line and runs the app.

#include "app_options.hpp"
#include "app_runner.hpp"
#include "author_runner.hpp"
#include "records_runner.hpp"

#include <iostream>

int main(int argc, char** argv)
{
    mamori::app::AppOptions options;
    std::string error;
    if (!mamori::app::parseAppOptions({argv + 1, argv + argc}, options, error)) {
        std::cerr << "mamori: " << error << "\n" << mamori::app::kAppUsage;
        return 2;
    }
    if (options.help) {
        std::cout << mamori::app::kAppUsage;
        return 0;
    }
    if (options.version) {
        std::cout << "mamori " << MAMORI_VERSION << " (commit " << MAMORI_GIT_COMMIT << ")\n";
        return 0;
    }
    if (options.author) return mamori::app::runAuthor(options);
    return options.records ? mamori::app::runRecords(options) : mamori::app::runApp(options);
}
