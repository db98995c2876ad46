// mamori: the learner's app. The shell only reads the command line and runs the app.

#include "app_options.hpp"
#include "app_usage.hpp"
#include "app_runner.hpp"
#include "author_runner.hpp"
#include "records_runner.hpp"

#include "mamori/records/build_info.hpp"

#include <iostream>

int main(int argc, char** argv)
{
    mamori::app::AppOptions options;
    std::string error;
    if (!mamori::app::parseAppOptions({argv + 1, argv + argc}, options, error)) {
        std::cerr << "mamori: " << error << "\n" << mamori::app::appUsage();
        return 2;
    }
    if (options.help) {
        std::cout << mamori::app::appUsage();
        return 0;
    }
    if (options.version) {
        std::cout << "mamori " << mamori::records::mamoriVersion() << " (commit " << mamori::records::mamoriCommit() << ")\n";
        return 0;
    }
    if (options.author) return mamori::app::runAuthor(options);
    return options.records ? mamori::app::runRecords(options) : mamori::app::runApp(options);
}
