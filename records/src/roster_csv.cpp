#include "roster_csv.hpp"

#include <csv.h>

#include <algorithm>
#include <cstring>

namespace mamori::records {

namespace {

/// Splits text into physical lines, each with its line break (`\n`, `\r\n` or a lone `\r`).
/// memchr, because find_first_of is slow on a long line; the next `\n` is remembered, so
/// that a file with only `\r` line breaks is not searched to its end for every line.
class PhysicalLines {
public:
    explicit PhysicalLines(std::string_view text) : text_(text) {}

    bool done() const { return at_ >= text_.size(); }

    std::string_view next()
    {
        if (nextLineFeed_ == kUnknown || nextLineFeed_ < at_) {
            const void* found = std::memchr(text_.data() + at_, '\n', text_.size() - at_);
            nextLineFeed_ =
                found ? static_cast<std::size_t>(static_cast<const char*>(found) - text_.data()) : text_.size();
        }
        const void* carriageReturn = std::memchr(text_.data() + at_, '\r', nextLineFeed_ - at_);
        std::size_t end = nextLineFeed_ == text_.size() ? text_.size() : nextLineFeed_ + 1;
        if (carriageReturn) {
            const auto cr = static_cast<std::size_t>(static_cast<const char*>(carriageReturn) - text_.data());
            end = cr + 1 == nextLineFeed_ ? cr + 2 : cr + 1;
        }
        const std::string_view line = text_.substr(at_, end - at_);
        at_ = end;
        return line;
    }

private:
    std::string_view text_;
    std::size_t at_ = 0;
    static constexpr std::size_t kUnknown = std::string_view::npos;
    std::size_t nextLineFeed_ = kUnknown;
};

/// Only spaces and tabs before the line break: libcsv starts no record there.
bool isBlank(std::string_view line)
{
    return std::all_of(line.begin(), line.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

/// Feeds libcsv one physical line at a time. libcsv calls back when a record ends, which can
/// only be at the end of a line, so the line a record started on is the line that was fed
/// when no record was open.
class CsvLineFeeder {
public:
    CsvLineFeeder() { reset(); }
    ~CsvLineFeeder() { csv_free(&parser_); }
    CsvLineFeeder(const CsvLineFeeder&) = delete;
    CsvLineFeeder& operator=(const CsvLineFeeder&) = delete;

    std::optional<CsvProblem> read(std::string_view text, const std::function<void(CsvRecord&&)>& onRecord,
                                   const std::function<void(CsvProblem&&)>& onProblem)
    {
        int line = 0;
        for (PhysicalLines lines(text); !lines.done();) {
            const std::string_view physical = lines.next();
            ++line;
            if (!open_) {
                if (isBlank(physical)) continue;
                open_ = true;
                record_.line = line;
            }
            if (!feed(physical)) {
                if (runaway_) {
                    return CsvProblem{record_.line, "runaway-value",
                                      "a value that starts on this line runs past " +
                                          std::to_string(kMaxCsvRunawayBytes / (1024 * 1024)) +
                                          " MiB (a quote that is never closed?); this is not a roster"};
                }
                if (csv_error(&parser_) != CSV_EPARSE) {
                    return CsvProblem{line, "csv-error",
                                      std::string("the CSV reader failed: ") + csv_strerror(csv_error(&parser_))};
                }
                onProblem({line, "bad-quote",
                           "a stray \" on this line: a value with \" in it must be in quotes, with the \" doubled "
                           "(\"say \"\"hi\"\"\"); the row is skipped"});
                reset();
                continue;
            }
            if (ended_) deliver(onRecord);
        }
        if (csv_fini(&parser_, &CsvLineFeeder::onField, &CsvLineFeeder::onRecordEnd, this) != 0) {
            const std::string lines = record_.line == line ? ""
                                                           : " (lines " + std::to_string(record_.line) + "-" +
                                                                 std::to_string(line) + " were read as one value)";
            onProblem(
                {record_.line, "unclosed-quote", "a quoted value that starts on this line is never closed" + lines});
            return std::nullopt;
        }
        if (ended_) deliver(onRecord);
        return std::nullopt;
    }

private:
    /// Parses one line in slices, so that a runaway value stops reading before it fills memory.
    bool feed(std::string_view line)
    {
        constexpr std::size_t kSlice = 64 * 1024;
        for (std::size_t at = 0; at < line.size(); at += kSlice) {
            const std::size_t size = std::min(kSlice, line.size() - at);
            if (csv_parse(&parser_, line.data() + at, size, &CsvLineFeeder::onField, &CsvLineFeeder::onRecordEnd,
                          this) != size) {
                return false;
            }
            if (csv_get_buffer_size(&parser_) > kMaxCsvRunawayBytes) {
                runaway_ = true;
                return false;
            }
        }
        return true;
    }

    void deliver(const std::function<void(CsvRecord&&)>& onRecord)
    {
        CsvRecord done = std::move(record_);
        record_ = CsvRecord{};
        open_ = ended_ = false;
        onRecord(std::move(done));
    }

    void reset()
    {
        csv_free(&parser_);
        // Strict: a stray quote is an error rather than text; strict-fini: so is a quoted
        // value still open at the end of the input.
        csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI);
        csv_set_blk_size(&parser_, 4096);
        record_ = CsvRecord{};
        open_ = ended_ = false;
    }

    // libcsv's callbacks only collect; the record is handed on after csv_parse returns.
    static void onField(void* data, std::size_t size, void* self)
    {
        CsvRecord& record = static_cast<CsvLineFeeder*>(self)->record_;
        if (record.fields.size() >= kMaxCsvFields) {
            record.tooManyFields = true;
            return;
        }
        CsvField& field = record.fields.emplace_back();
        if (size > kMaxCsvFieldBytes) {
            field.tooLong = true;
        } else if (data != nullptr) {
            field.text.assign(static_cast<const char*>(data), size);
        }
    }

    static void onRecordEnd(int /*terminator*/, void* self) { static_cast<CsvLineFeeder*>(self)->ended_ = true; }

    csv_parser parser_{};
    CsvRecord record_;
    bool open_ = false;
    bool ended_ = false;
    bool runaway_ = false;
};

} // namespace

std::optional<CsvProblem> readCsvRecords(std::string_view text, const std::function<void(CsvRecord&&)>& onRecord,
                                         const std::function<void(CsvProblem&&)>& onProblem)
{
    CsvLineFeeder feeder;
    return feeder.read(text, onRecord, onProblem);
}

} // namespace mamori::records
