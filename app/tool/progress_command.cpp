// mamori-tool progress show|verify: reading learners' progress files as HR does.

#include "command.hpp"

#include "data_paths.hpp"
#include "mamori/scoring/progress_file.hpp"
#include "mamori/scoring/progress_store.hpp"
#include "mamori/scoring/signing.hpp"

#include <cmath>
#include <ostream>
#include <sstream>

namespace mamori::tool {
namespace {

using namespace mamori::scoring;

constexpr std::string_view kUsage =
    "usage: mamori-tool progress show [--key-file FILE] FILE\n"
    "       mamori-tool progress verify [--key-file FILE] FILE...\n"
    "  show    prints a learner's records readably, and whether the file is intact\n"
    "  verify  checks each file's signature and content; exit 0 when all are intact,\n"
    "          1 naming each file that is tampered with or damaged, 2 on usage errors\n";

std::string number(double value)
{
    std::ostringstream out;
    out << std::round(value * 100) / 100;
    return out.str();
}

std::string describeResponse(const Response& r)
{
    std::string out;
    for (const std::string& c : r.choices) out += (out.empty() ? "" : " ") + c;
    for (const auto& [left, right] : r.matches) out += (out.empty() ? "" : " ") + left + "=" + right;
    if (!r.text.empty()) out += "\"" + r.text + "\"";
    return out.empty() ? "(no answer)" : out;
}

std::string_view certaintyWord(Certainty c)
{
    return c == Certainty::Low ? "low" : c == Certainty::Medium ? "medium" : "high";
}

void show(const LearnerProgress& p, std::ostream& out)
{
    out << "learner: " << p.learnerId << (p.displayName.empty() ? "" : " (" + p.displayName + ")") << '\n';
    out << "created: " << formatTimestamp(p.created) << '\n';
    for (const auto& [id, pack] : p.packs) {
        out << "\npack " << id << " (version " << pack.lastVersion << ")\n";
        if (pack.resume) {
            out << "  continue at: " << pack.resume->activityId << (pack.resume->pageId.empty() ? "" : " / " + pack.resume->pageId) << '\n';
        }
        if (!pack.pageViews.empty()) {
            out << "  pages viewed: " << pack.pageViews.size() << '\n';
            for (const PageView& v : pack.pageViews) out << "    " << formatTimestamp(v.at) << "  " << v.lessonId << " / " << v.pageId << '\n';
        }
        for (const AttemptRecord& a : pack.attempts) {
            out << "  quiz " << a.quizId << ", attempt " << a.number << " (pack " << a.packVersion << ", seed " << a.seed
                << "), started " << formatTimestamp(a.started);
            if (a.finished) {
                out << ", " << (a.end == AttemptEnd::TimedOut ? "timed out" : "submitted") << " " << formatTimestamp(*a.finished)
                    << ": " << number(a.percent) << "% (" << number(a.score) << "/" << number(a.maxScore) << ") "
                    << (a.passed ? "PASSED" : "FAILED") << '\n';
            } else {
                out << ": in progress, at question " << a.position + 1 << " of " << a.questions.size() << '\n';
            }
            for (const CarriedGrade& c : a.carried) out << "    " << c.questionId << ": carried over " << number(c.score) << "/" << number(c.maxScore) << '\n';
            for (const AnswerStep& s : a.steps) {
                out << "    " << formatTimestamp(s.at) << "  " << s.questionId << ": " << describeResponse(s.response);
                if (s.certainty) out << " [" << certaintyWord(*s.certainty) << " certainty]";
                out << " -> " << number(s.score) << "/" << number(s.maxScore) << ", " << s.secondsTaken << " s\n";
            }
        }
        for (const ScenarioRunRecord& r : pack.runs) {
            out << "  scenario " << r.scenarioId << ", run " << r.number << " (pack " << r.packVersion << "), started "
                << formatTimestamp(r.started);
            if (r.finished) {
                out << ", ended " << formatTimestamp(*r.finished) << " at " << r.endingId << " (" << r.outcome << "): score "
                    << r.score << " " << (r.passed ? "PASSED" : "FAILED") << '\n';
            } else {
                out << ": in progress\n";
            }
            for (const ScenarioStep& s : r.path) out << "    " << formatTimestamp(s.at) << "  " << s.nodeId << " -> " << s.optionId << '\n';
        }
        for (const Completion& c : pack.completions) {
            out << "  completed " << completionKindName(c.kind) << " " << c.id << " on " << formatTimestamp(c.at) << " (pack "
                << c.packVersion << ")\n";
        }
        if (!pack.reviews.empty()) {
            out << "  review deck: " << pack.reviews.size() << " question" << (pack.reviews.size() == 1 ? "" : "s") << '\n';
            for (const ReviewItem& r : pack.reviews) {
                out << "    " << r.questionId << ": stage " << r.stage << ", due " << formatTimestamp(r.due) << " (added "
                    << formatTimestamp(r.added) << ", " << r.reviews << " review" << (r.reviews == 1 ? "" : "s") << ", "
                    << r.lapses << " lapse" << (r.lapses == 1 ? "" : "s") << ")\n";
            }
        }
    }
}

struct Options {
    std::filesystem::path keyFile;
    std::vector<std::string> files;
};

bool parseOptions(std::span<const std::string_view> args, Options& options, Streams streams)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--key-file") {
            if (i + 1 >= args.size()) {
                streams.err << "mamori-tool progress: --key-file needs a value\n" << kUsage;
                return false;
            }
            options.keyFile = std::string(args[++i]);
        } else if (args[i].starts_with("-")) {
            streams.err << "mamori-tool progress: unknown option '" << args[i] << "'\n" << kUsage;
            return false;
        } else {
            options.files.emplace_back(args[i]);
        }
    }
    if (options.keyFile.empty()) options.keyFile = app::defaultKeyFile();
    return true;
}

} // namespace

int runProgress(std::span<const std::string_view> args, Streams streams)
{
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        (args.empty() ? streams.err : streams.out) << kUsage;
        return args.empty() ? kExitUsage : kExitOk;
    }
    const std::string_view action = args[0];
    Options options;
    if (!parseOptions(args.subspan(1), options, streams)) return kExitUsage;
    if (action != "show" && action != "verify") {
        streams.err << "mamori-tool progress: unknown action '" << action << "'\n" << kUsage;
        return kExitUsage;
    }
    if (options.files.empty() || (action == "show" && options.files.size() != 1)) {
        streams.err << "mamori-tool progress " << action << ": " << (action == "show" ? "one FILE" : "at least one FILE")
                    << " is needed\n" << kUsage;
        return kExitUsage;
    }
    auto key = loadOrganisationKey(options.keyFile);
    if (!key) {
        streams.err << "mamori-tool progress: error: " << key.refusal().message << '\n';
        return kExitProblems;
    }
    PosixStorage storage;
    if (action == "verify") {
        int bad = 0;
        for (const std::string& file : options.files) {
            const ProgressCheck check = checkProgressFile(file, key.value(), storage);
            if (check.valid()) {
                streams.out << file << ": ok (learner " << check.progress->learnerId << ")\n";
            } else {
                ++bad;
                streams.out << file << ": error: " << check.problem << '\n';
            }
        }
        streams.out << options.files.size() << " file" << (options.files.size() == 1 ? "" : "s") << " checked: " << bad
                    << " not intact\n";
        return bad == 0 ? kExitOk : kExitProblems;
    }

    const std::string& file = options.files[0];
    const ProgressCheck check = checkProgressFile(file, key.value(), storage);
    if (check.valid()) {
        streams.out << "file: " << file << " (intact, signed with key " << key.value().id() << ")\n";
        show(*check.progress, streams.out);
        return kExitOk;
    }
    streams.out << "file: " << file << "\nWARNING: " << check.problem << ": these records cannot be trusted\n";
    // Show what the file claims anyway, so that HR can see what was changed.
    auto content = storage.read(file, kMaxProgressFileBytes);
    if (content && content.value()) {
        std::string text = *content.value();
        const auto signature = text.rfind("\n<!-- mamori-signature");
        if (signature != std::string::npos) text.resize(signature + 1);
        if (auto parsed = parseProgress(text, std::filesystem::path(file).filename().string())) show(parsed.value(), streams.out);
        else streams.out << parsed.refusal().message << '\n';
    }
    return kExitProblems;
}

} // namespace mamori::tool
