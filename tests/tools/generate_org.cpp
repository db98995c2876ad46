// generate_org: writes a realistic organisation's progress files (and roster) for benchmarks
// of HR's index, or moves some of its learners on by a day. A thin front end over
// mamori_org_generator; see README.md beside it.

#include "org_generator.hpp"

#include "mamori/records/organisation_key.hpp"

#include <charconv>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

namespace {

namespace fs = std::filesystem;
using namespace mamori;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

constexpr std::string_view kUsage =
    "usage: generate_org --learners N --out DIR [--key-file FILE] [--seed S] [--roster FILE]\n"
    "                    [--packs DIR] [--threads T] [--advance PERCENT --round R]\n"
    "  --learners N       learners in the organisation (ids E000001...)\n"
    "  --out DIR          the data folder: files go to DIR/progress/<id>.xml\n"
    "  --key-file FILE    the organisation key that signs them (default DIR/organisation.key);\n"
    "                     made with a new random key when there is no such file\n"
    "  --seed S           the same seed gives the same files, byte for byte (default 1)\n"
    "  --roster FILE      also write the roster CSV (not with --advance)\n"
    "  --packs DIR        the lesson packs (default: the shipped ones)\n"
    "  --threads T        threads, each on its own learners (default 2)\n"
    "  --advance PERCENT  instead of generating, move PERCENT % of the learners on by a day\n"
    "  --round R          which day after the organisation's 'today' (1, 2, 3... in order; default 1)\n";

struct Arguments {
    test::OrgOptions options;
    std::optional<fs::path> keyFile;
    std::optional<double> advance;
    int round = 1;
    bool help = false;
};

template <typename Number> bool parseNumber(std::string_view text, Number& value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

/// The arguments, or a message saying what is wrong with them.
std::optional<std::string> parse(int argc, char** argv, Arguments& args)
{
    bool haveLearners = false, haveOut = false, haveRound = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view name = argv[i];
        if (name == "--help" || name == "-h") {
            args.help = true;
            return std::nullopt;
        }
        if (i + 1 >= argc) return "'" + std::string(name) + "' needs a value";
        const std::string_view value = argv[++i];
        if (name == "--learners") {
            if (!parseNumber(value, args.options.learners) || args.options.learners < 1)
                return "--learners needs a positive number";
            haveLearners = true;
        } else if (name == "--out") {
            args.options.dataDir = value;
            haveOut = true;
        } else if (name == "--key-file") {
            args.keyFile = fs::path(value);
        } else if (name == "--seed") {
            if (!parseNumber(value, args.options.seed)) return "--seed needs a whole number";
        } else if (name == "--roster") {
            args.options.rosterFile = value;
        } else if (name == "--packs") {
            args.options.packsDir = value;
        } else if (name == "--threads") {
            if (!parseNumber(value, args.options.threads) || args.options.threads < 1)
                return "--threads needs a positive number";
        } else if (name == "--advance") {
            double percent = 0;
            if (!parseNumber(value, percent) || percent < 0 || percent > 100)
                return "--advance needs a percentage from 0 to 100";
            args.advance = percent;
        } else if (name == "--round") {
            if (!parseNumber(value, args.round) || args.round < 1) return "--round needs a number from 1";
            haveRound = true;
        } else {
            return "unknown option '" + std::string(name) + "'";
        }
    }
    if (!haveLearners || !haveOut) return "--learners and --out are required";
    if (haveRound && !args.advance) return "--round goes with --advance";
    if (args.advance && !args.options.rosterFile.empty())
        return "the roster is written when generating; leave --roster out with --advance";
    return std::nullopt;
}

/// The key at `file`, made there when nothing is.
std::optional<records::OrganisationKey> organisationKey(const fs::path& file)
{
    auto loaded = records::loadOrganisationKey(file);
    if (loaded) {
        for (const std::string& warning : loaded.value().warnings)
            std::cerr << "generate_org: warning: " << warning << '\n';
        return loaded.value().key;
    }
    if (loaded.refusal().code != mamori::scoring::RefusalCode::KeyMissing) {
        std::cerr << "generate_org: " << loaded.refusal().message << '\n';
        return std::nullopt;
    }
    auto created = records::createOrganisationKey(file);
    if (!created) {
        std::cerr << "generate_org: " << created.refusal().message << '\n';
        return std::nullopt;
    }
    std::cerr << "generate_org: made a new organisation key at " << file.string() << '\n';
    return created.value();
}

void printSummary(const test::OrgSummary& summary, const Arguments& args)
{
    const test::OrgOptions& o = args.options;
    if (args.advance) {
        int moved = 0;
        for (int n : summary.learners) moved += n;
        std::printf("moved on %d of %d learners (%.2f %% asked, round %d, seed %llu)\n", moved, o.learners,
                    *args.advance, args.round, static_cast<unsigned long long>(o.seed));
    } else {
        std::printf("generated %d learners (seed %llu) into %s\n", o.learners, static_cast<unsigned long long>(o.seed),
                    (o.dataDir / "progress").string().c_str());
    }
    for (test::LearnerState state : test::allLearnerStates()) {
        std::printf("  %-12s %8d\n", std::string(test::learnerStateName(state)).c_str(), summary.count(state));
    }
    const double megabytes = static_cast<double>(summary.bytesWritten) / 1e6;
    std::printf("files written: %d, %.1f MB (%.1f KB each on average)\n", summary.filesWritten, megabytes,
                summary.filesWritten ? static_cast<double>(summary.bytesWritten) / 1e3 / summary.filesWritten : 0.0);
    if (summary.rosterBytes) {
        std::printf("roster: %s, %.1f MB\n", o.rosterFile.string().c_str(),
                    static_cast<double>(summary.rosterBytes) / 1e6);
    }
    if (summary.skipped) std::printf("skipped (file did not verify): %d\n", summary.skipped);
    if (summary.ranOutOfDays) std::printf("meant to finish but ran out of days: %d\n", summary.ranOutOfDays);
    std::printf("seconds: %.1f (%d threads)\n", summary.seconds, o.threads);
}

} // namespace

int main(int argc, char** argv)
{
    Arguments args;
    args.options.packsDir = MAMORI_PACKS_DIR;
    if (auto problem = parse(argc, argv, args)) {
        std::cerr << "generate_org: " << *problem << '\n' << kUsage;
        return kExitUsage;
    }
    if (args.help) {
        std::cout << kUsage;
        return kExitOk;
    }
    try {
        fs::create_directories(args.options.dataDir);
        auto key = organisationKey(args.keyFile.value_or(args.options.dataDir / "organisation.key"));
        if (!key) return kExitFailed;
        args.options.key = *key;
        const test::OrgSummary summary = args.advance
                                             ? test::advanceOrganisation(args.options, *args.advance, args.round)
                                             : test::generateOrganisation(args.options);
        printSummary(summary, args);
    } catch (const std::exception& error) {
        std::cerr << "generate_org: " << error.what() << '\n';
        return kExitFailed;
    }
    return kExitOk;
}
