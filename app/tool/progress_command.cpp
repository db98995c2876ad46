// mamori-tool progress show|verify: reading learners' progress files as HR does.

#include "command.hpp"

#include "key_location.hpp"
#include "settings_options.hpp"
#include "mamori/records/progress_check.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/progress_limits.hpp"

#include <cmath>
#include <ostream>
#include <sstream>

namespace mamori::tool {
namespace {

using namespace mamori::records;
using namespace mamori::scoring;

constexpr std::string_view kUsage =
    "usage: mamori-tool progress show [--key-file FILE] FILE\n"
    "       mamori-tool progress verify [--key-file FILE] FILE...\n"
    "       mamori-tool progress compare [--key-file FILE] EARLIER LATER\n"
    "  show     prints a learner's records readably, whether the file is intact, and its save\n"
    "           history with any restore from the backup\n"
    "  verify   checks each file: a regular file, signed with the organisation key, unaltered,\n"
    "           holding the learner its name says (LEARNER-ID.xml); exit 0 when all are intact,\n"
    "           1 naming each file that is not\n"
    "  compare  tells whether LATER continues EARLIER, a copy of the same learner's file kept\n"
    "           before: exit 0 when it does, 1 when it was rolled back or forked\n"
    "The key is --key-file, else the key-file setting (mamori-tool config show); it must exist.\n"
    "Exit 2 on usage errors.\n";

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
        for (const InboxRunRecord& r : pack.inboxRuns) {
            out << "  inbox " << r.inboxId << ", run " << r.number << " (pack " << r.packVersion << "), started "
                << formatTimestamp(r.started);
            if (r.finished) {
                out << ", finished " << formatTimestamp(*r.finished) << ": " << number(r.percent) << "% (" << number(r.score) << "/"
                    << number(r.maxScore) << ") " << (r.passed ? "PASSED" : "FAILED") << '\n';
            } else {
                out << ": in progress\n";
            }
            for (const InboxStep& s : r.steps) {
                out << "    " << formatTimestamp(s.at) << "  " << s.messageId << ": " << inboxActionName(s.action)
                    << (s.target.empty() ? "" : " " + s.target) << '\n';
            }
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

/// The app that wrote the file's last save, as the file notes it.
void showWrittenBy(const std::optional<std::string>& writtenBy, std::ostream& out)
{
    out << "written by: " << (writtenBy ? *writtenBy : "unknown (a Mamori from before files noted their app)") << '\n';
}

void showHistory(const SaveHistory& history, std::ostream& out)
{
    if (!history.started()) {
        out << "\nhistory: none yet (written by a Mamori without save histories; one starts at the next save)\n";
        return;
    }
    out << "\nhistory: save " << history.head.generation << " (chain " << history.head.value.substr(0, 16) << "…), "
        << history.checkpoints.size() << " checkpoint" << (history.checkpoints.size() == 1 ? "" : "s") << '\n';
    for (const Checkpoint& c : history.checkpoints) {
        out << "  save " << c.save.generation << ", " << formatTimestamp(c.at) << ": " << c.what << '\n';
    }
    if (history.events.empty()) return;
    out << "events:\n";
    for (const HistoryEvent& e : history.events) {
        out << "  " << formatTimestamp(e.at) << ", save " << e.generation << ": " << eventKindName(e.kind) << " — " << e.detail << '\n';
    }
}

/// One line on what a history's events say, for `verify`; empty when there are none.
std::string eventsSummary(const SaveHistory& history)
{
    std::size_t restored = 0, other = 0;
    for (const HistoryEvent& e : history.events) (e.kind == HistoryEvent::Kind::Restored ? restored : other) += 1;
    if (restored + other == 0) return "";
    std::string text;
    if (restored) text += std::to_string(restored) + " restore" + (restored == 1 ? "" : "s") + " from the backup";
    if (other) text += std::string(text.empty() ? "" : ", ") + std::to_string(other) + " other event" + (other == 1 ? "" : "s");
    return text + " on record (see progress show)";
}

/// "FILE: error: PROBLEM", unless the problem already names the file and its line.
std::string problemLine(const std::string& file, const std::string& problem)
{
    if (problem.starts_with(file + ":")) return problem;
    // "FILE is a symbolic link…" names the file already: say it once.
    if (problem.starts_with(file + " ")) return file + ": error: " + problem.substr(file.size() + 1);
    return file + ": error: " + problem;
}

struct Options {
    std::vector<std::string> files;
};

bool parseOptions(std::span<const std::string_view> args, app::Config& settings, Options& options, Streams streams)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (auto taken = takeSettingOption(settings, args, i, "progress", streams)) {
            if (!*taken) return false;
        } else if (args[i].starts_with("-")) {
            streams.err << "mamori-tool progress: unknown option '" << args[i] << "'\n" << kUsage;
            return false;
        } else {
            options.files.emplace_back(args[i]);
        }
    }
    return true;
}

int verify(const Options& options, const OrganisationKey& key, Streams streams)
{
    PosixStorage storage;
    int bad = 0;
    for (const std::string& file : options.files) {
        const ProgressCheck check = checkProgressFile(file, key, storage);
        if (check.valid()) {
            const std::string events = eventsSummary(check.history);
            streams.out << file << ": ok (learner " << check.progress->learnerId;
            if (check.history.started()) streams.out << ", save " << check.history.head.generation;
            streams.out << ")" << (events.empty() ? "" : "; " + events) << '\n';
        } else {
            ++bad;
            streams.out << problemLine(file, check.problem) << '\n';
        }
    }
    streams.out << options.files.size() << " file" << (options.files.size() == 1 ? "" : "s") << " checked: " << bad
                << " not intact\n";
    return bad == 0 ? kExitOk : kExitProblems;
}

int showFile(const std::string& file, const OrganisationKey& key, Streams streams)
{
    PosixStorage storage;
    const ProgressCheck check = checkProgressFile(file, key, storage);
    if (check.valid()) {
        streams.out << "file: " << file << " (intact, signed with key " << key.id() << ")\n";
        showWrittenBy(check.writtenBy, streams.out);
        show(*check.progress, streams.out);
        showHistory(check.history, streams.out);
        return kExitOk;
    }
    streams.out << "file: " << file << "\nWARNING: " << check.problem << ": these records cannot be trusted\n";
    if (check.status == ProgressCheck::Status::NotRegular || check.status == ProgressCheck::Status::Unreadable ||
        check.status == ProgressCheck::Status::Missing) {
        return kExitProblems;
    }
    // Show what the file claims anyway, so that HR can see what was changed.
    auto folder = Folder::open(std::filesystem::path(file).parent_path(), Links::Follow);
    auto content = folder ? storage.read(folder.value(), std::filesystem::path(file).filename().string(), kMaxProgressFileBytes)
                          : scoring::Result<std::optional<std::string>>(folder.refusal());
    if (content && content.value()) {
        std::string text = *content.value();
        const auto signature = text.rfind("\n<!-- mamori-signature");
        if (signature != std::string::npos) text.resize(signature + 1);
        if (auto parsed = parseProgress(text, file)) {
            showWrittenBy(parsed.value().writtenBy, streams.out);
            show(parsed.value().progress, streams.out);
            showHistory(parsed.value().history, streams.out);
        } else {
            streams.out << parsed.refusal().message << '\n';
        }
    }
    return kExitProblems;
}

/// How the file at `now` stands to an earlier copy of it, as HR's index will judge it.
int compare(const std::string& earlierFile, const std::string& nowFile, const OrganisationKey& key, Streams streams)
{
    PosixStorage storage;
    const ProgressCheck earlier = checkProgressFile(earlierFile, key, storage);
    const ProgressCheck now = checkProgressFile(nowFile, key, storage);
    // An archived copy may carry any name: what counts is that both verify and are the same learner's.
    for (const auto& [check, file] : {std::pair{&earlier, &earlierFile}, std::pair{&now, &nowFile}}) {
        if (!check->progress) {
            streams.out << problemLine(*file, check->problem) << '\n';
            return kExitProblems;
        }
    }
    if (earlier.progress->learnerId != now.progress->learnerId) {
        streams.out << nowFile << ": error: holds learner '" << now.progress->learnerId << "', " << earlierFile << " learner '"
                    << earlier.progress->learnerId << "'\n";
        return kExitProblems;
    }
    const LineageVerdict verdict = compareLineage(earlier.history, now.history);
    const bool fine = verdict.lineage == Lineage::Same || verdict.lineage == Lineage::Descendant;
    streams.out << nowFile << ": " << (fine ? "" : "error: ") << lineageName(verdict.lineage) << " against " << earlierFile << ": "
                << verdict.explanation << '\n';
    return fine ? kExitOk : kExitProblems;
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
    app::Config settings = loadSettings("progress", streams);
    if (!parseOptions(args.subspan(1), settings, options, streams)) return kExitUsage;
    const std::size_t wanted = action == "show" ? 1 : action == "compare" ? 2 : 0;
    if (action != "show" && action != "verify" && action != "compare") {
        streams.err << "mamori-tool progress: unknown action '" << action << "'\n" << kUsage;
        return kExitUsage;
    }
    if (options.files.empty() || (wanted && options.files.size() != wanted)) {
        streams.err << "mamori-tool progress " << action << ": "
                    << (action == "show" ? "one FILE" : action == "compare" ? "an EARLIER and a LATER file" : "at least one FILE")
                    << " is needed\n" << kUsage;
        return kExitUsage;
    }
    auto key = app::keyForReading(settings.key());
    if (!key) {
        streams.err << "mamori-tool progress: error: " << key.refusal().message << '\n';
        return kExitProblems;
    }
    for (const std::string& warning : key.value().warnings) streams.err << "mamori-tool progress: warning: " << warning << '\n';
    if (action == "verify") return verify(options, key.value().key, streams);
    if (action == "compare") return compare(options.files[0], options.files[1], key.value().key, streams);
    return showFile(options.files[0], key.value().key, streams);
}

} // namespace mamori::tool
