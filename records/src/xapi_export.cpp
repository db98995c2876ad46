// exportXapi: the index's learners, one at a time, streamed as a JSON array into a
// temporary file beside the target, renamed over it once complete (replaceReportFile).

#include "mamori/records/xapi_export.hpp"

#include "mamori/records/regular_file.hpp"
#include "mamori/records/report_export.hpp"
#include "xapi_statements.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace mamori::records {

using scoring::Done;
using scoring::Result;

namespace {

/// Appends to the temporary file that replaceReportFile made (never through a link).
class Appender {
public:
    static Result<Appender> open(const std::filesystem::path& file)
    {
        const int fd = ::open(file.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) return systemRefusal("cannot open", file, errno);
        std::FILE* stream = ::fdopen(fd, "wb");
        if (!stream) {
            const int error = errno;
            ::close(fd);
            return systemRefusal("cannot write", file, error);
        }
        return Appender(stream, file);
    }
    Appender(Appender&& other) noexcept : stream_(std::exchange(other.stream_, nullptr)), file_(std::move(other.file_)) {}
    Appender& operator=(Appender&&) = delete;
    ~Appender()
    {
        if (stream_) std::fclose(stream_);
    }
    Result<Done> write(std::string_view bytes)
    {
        if (std::fwrite(bytes.data(), 1, bytes.size(), stream_) != bytes.size()) return systemRefusal("cannot write", file_, errno);
        return Done{};
    }
    Result<Done> close()
    {
        const bool closed = std::fclose(std::exchange(stream_, nullptr)) == 0;
        if (!closed) return systemRefusal("cannot write", file_, errno);
        return Done{};
    }

private:
    Appender(std::FILE* stream, std::filesystem::path file) : stream_(stream), file_(std::move(file)) {}
    std::FILE* stream_;
    std::filesystem::path file_;
};

/// An absolute http(s) IRI with a host, and nothing that would break the IRIs built on it.
Result<Done> checkHomePage(const std::string& home)
{
    if (home.empty()) {
        return scoring::refuse(scoring::RefusalCode::NoHomePage,
                               "xAPI needs the organisation's home page for learners' accounts and activity ids: "
                               "set home-page (--home-page https://learning.example.com)");
    }
    const std::size_t scheme = home.starts_with("https://") ? 8 : home.starts_with("http://") ? 7 : 0;
    const bool hasHost = scheme && home.size() > scheme && home[scheme] != '/';
    const bool plain = home.find_first_of(" \t\r\n\"<>\\^`{|}?#") == std::string::npos;
    if (!hasHost || !plain) {
        return scoring::refuse(scoring::RefusalCode::BadHomePage, "the home-page setting '" + home +
                                                    "' is not an http(s) address such as https://learning.example.com");
    }
    return Done{};
}

} // namespace

Result<XapiExportReport> exportXapi(OrgIndex& index, const XapiExportOptions& options)
{
    if (auto home = checkHomePage(options.homePage); !home) return home.refusal();
    const xapi::Site site(options.homePage);
    XapiExportReport report;
    // The reports' way of writing an export: never through a link, never half a file.
    auto written = replaceReportFile(options.outFile, [&](const std::filesystem::path& temporary) -> Result<Done> {
        auto opened = Appender::open(temporary);
        if (!opened) return opened.refusal();
        Appender& out = opened.value();
        if (auto begun = out.write("["); !begun) return begun;
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
        if (!visited) return visited;
        if (auto ended = out.write(report.statements ? "\n]\n" : "]\n"); !ended) return ended;
        return out.close();
    });
    if (!written) return written.refusal();
    return report;
}

} // namespace mamori::records
