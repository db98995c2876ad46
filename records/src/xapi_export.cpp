// exportXapi: the index's learners, one at a time, streamed as a JSON array into a
// temporary file beside the target, renamed over it once complete.

#include "mamori/records/xapi_export.hpp"

#include "mamori/records/regular_file.hpp"
#include "xapi_statements.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mamori::records {

using scoring::Done;
using scoring::Result;

namespace {

/// A file written in pieces to a temporary name in the target's folder; the target is
/// replaced by commit() only, and the temporary file removed when never committed.
class StagedFile {
public:
    static Result<StagedFile> create(const std::filesystem::path& target)
    {
        const std::filesystem::path folder = target.parent_path().empty() ? "." : target.parent_path();
        std::string name = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
        const int fd = ::mkostemp(name.data(), O_CLOEXEC); // created afresh, owner-only: it holds personal data
        if (fd < 0) return systemRefusal("cannot create a temporary file beside", target, errno);
        std::FILE* stream = ::fdopen(fd, "wb");
        if (!stream) {
            const int error = errno;
            ::close(fd);
            ::unlink(name.c_str());
            return systemRefusal("cannot write", name, error);
        }
        return StagedFile(stream, name, target);
    }

    StagedFile(StagedFile&& other) noexcept
        : stream_(std::exchange(other.stream_, nullptr)), temporary_(std::move(other.temporary_)),
          target_(std::move(other.target_))
    {
    }
    StagedFile& operator=(StagedFile&&) = delete;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile()
    {
        if (stream_) {
            std::fclose(stream_);
            ::unlink(temporary_.c_str());
        }
    }

    Result<Done> write(std::string_view bytes)
    {
        if (std::fwrite(bytes.data(), 1, bytes.size(), stream_) != bytes.size())
            return systemRefusal("cannot write", temporary_, errno);
        return Done{};
    }

    Result<Done> commit()
    {
        std::FILE* stream = std::exchange(stream_, nullptr);
        const bool flushed = std::fflush(stream) == 0 && ::fsync(::fileno(stream)) == 0;
        const int error = errno;
        const bool closed = std::fclose(stream) == 0;
        if (!flushed || !closed || ::rename(temporary_.c_str(), target_.c_str()) != 0) {
            const int failure = flushed && closed ? errno : error;
            ::unlink(temporary_.c_str());
            return systemRefusal("cannot write", target_, failure);
        }
        return Done{};
    }

private:
    StagedFile(std::FILE* stream, std::string temporary, std::filesystem::path target)
        : stream_(stream), temporary_(std::move(temporary)), target_(std::move(target))
    {
    }
    std::FILE* stream_;
    std::string temporary_;
    std::filesystem::path target_;
};

/// Only nothing or a regular file may stand at the target: a link there would have the
/// export replace the link, not what a person expects it to name.
Result<Done> checkTarget(const std::filesystem::path& target)
{
    struct stat info {};
    if (::lstat(target.c_str(), &info) != 0) {
        if (errno == ENOENT) return Done{};
        return systemRefusal("cannot look at", target, errno);
    }
    if (!S_ISREG(info.st_mode)) {
        return scoring::refuse("not-regular", target.string() + " is " + fileKindName(info.st_mode) +
                                                  ", not a file: name a new or regular file for the export");
    }
    return Done{};
}

/// An absolute http(s) IRI with a host, and nothing that would break the IRIs built on it.
Result<Done> checkHomePage(const std::string& home)
{
    if (home.empty()) {
        return scoring::refuse("no-home-page",
                               "xAPI needs the organisation's home page for learners' accounts and activity ids: "
                               "set home-page (--home-page https://learning.example.com)");
    }
    const std::size_t scheme = home.starts_with("https://") ? 8 : home.starts_with("http://") ? 7 : 0;
    const bool hasHost = scheme && home.size() > scheme && home[scheme] != '/';
    const bool plain = home.find_first_of(" \t\r\n\"<>\\^`{|}?#") == std::string::npos;
    if (!hasHost || !plain) {
        return scoring::refuse("bad-home-page", "the home-page setting '" + home +
                                                    "' is not an http(s) address such as https://learning.example.com");
    }
    return Done{};
}

} // namespace

Result<XapiExportReport> exportXapi(OrgIndex& index, const XapiExportOptions& options)
{
    if (auto home = checkHomePage(options.homePage); !home) return home.refusal();
    if (auto target = checkTarget(options.outFile); !target) return target.refusal();
    auto file = StagedFile::create(options.outFile);
    if (!file) return file.refusal();
    StagedFile& out = file.value();
    const xapi::Site site(options.homePage);
    XapiExportReport report;
    if (auto begun = out.write("["); !begun) return begun.refusal();
    auto visited = index.forEachLearner(options.packId, [&](const IndexedLearner& learner) -> Result<Done> {
        const std::vector<nlohmann::json> statements = xapi::learnerStatements(learner, site);
        if (statements.empty()) return Done{};
        ++report.learners;
        std::string text;
        for (const nlohmann::json& statement : statements) {
            text += report.statements++ ? ",\n" : "\n";
            // A text that is not UTF-8 (the index keeps what the files held) is mended, not refused.
            text += statement.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
        return out.write(text);
    });
    if (!visited) return visited.refusal();
    if (auto ended = out.write(report.statements ? "\n]\n" : "]\n"); !ended) return ended.refusal();
    if (auto committed = out.commit(); !committed) return committed.refusal();
    return report;
}

} // namespace mamori::records
