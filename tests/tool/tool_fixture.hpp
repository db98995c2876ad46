#pragma once
// Running mamori-tool's commands in-process, and a learner's data folder with its own key.

#include "command.hpp"
#include "index_target.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace mamori::test {

struct Run {
    int status = 0;
    std::string out;
    std::string err;
};

inline Run tool(int (*command)(std::span<const std::string_view>, tool::Streams), std::vector<std::string> arguments)
{
    std::vector<std::string_view> views(arguments.begin(), arguments.end());
    std::ostringstream out, err;
    Run run;
    run.status = command(views, tool::Streams{out, err});
    run.out = out.str();
    run.err = err.str();
    return run;
}

inline std::string readText(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A data folder with its own key, and a script written into it.
struct Learner {
    TemporaryDirectory folder;

    Learner() { REQUIRE(tool(tool::runKey, {"create", key()}).status == tool::kExitOk); }

    Run play(const std::string& script, const std::string& user = "E1", const std::string& now = "2026-04-01T09:00:00Z")
    {
        const auto file = folder.write("script.play", script);
        return playFile(file.string(), user, now);
    }
    Run playFile(const std::string& file, const std::string& user = "E1", const std::string& now = "2026-04-01T09:00:00Z")
    {
        return tool(tool::runPlay, {"--data-dir", folder.path().string(), "--key-file", key(), "--user", user, "--now", now, file});
    }
    std::string key() const { return (folder.path() / "organisation.key").string(); }
    std::filesystem::path progressFolder() const { return folder.path() / "progress"; }
    std::string progressFile(const std::string& user = "E1") const { return (progressFolder() / (user + ".xml")).string(); }
};

/// Learners who play scripts, and HR's index on their folder (SQLite, or PostgreSQL when the
/// run gives a server), which `records` runs on with the organisation's time zone.
struct RecordsOrganisation : Learner {
    std::string index = freshIndexTarget(folder.path());
    const std::string& db() const { return index; }
    Run records(std::vector<std::string> arguments)
    {
        for (const std::string& option : {std::string("--db"), db(), std::string("--data-dir"), folder.path().string(),
                                          std::string("--key-file"), key(), std::string("--time-zone"), std::string("Asia/Tokyo")}) {
            arguments.push_back(option);
        }
        return tool(tool::runRecords, arguments);
    }
};

} // namespace mamori::test
