#include "mamori/lessons/diagnostic.hpp"

#include "mamori/lessons/limits.hpp"

#include <algorithm>
#include <climits>

namespace mamori::lessons {

std::string formatDiagnostic(const Diagnostic& d)
{
    std::string out = d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

DiagnosticList::DiagnosticList(std::string file) : file_(std::move(file)) {}

void DiagnosticList::error(int line, std::string code, std::string message)
{
    add(Severity::Error, line, std::move(code), std::move(message));
}

void DiagnosticList::warning(int line, std::string code, std::string message)
{
    add(Severity::Warning, line, std::move(code), std::move(message));
}

bool DiagnosticList::full() const
{
    return static_cast<int>(items_.size()) >= limits::kMaxDiagnostics;
}

void DiagnosticList::add(Severity severity, int line, std::string code, std::string message)
{
    if (full()) return;
    (severity == Severity::Error ? errors_ : warnings_)++;
    items_.push_back({file_, line, severity, std::move(code), std::move(message)});
    if (full()) {
        ++errors_;
        items_.push_back({file_, line, Severity::Error, "too-many-problems",
                          "too many problems; stopping after " + std::to_string(limits::kMaxDiagnostics)});
    }
}

void DiagnosticList::sortByLine()
{
    // The "too many problems" note stays last, where the reader stops.
    auto key = [](const Diagnostic& d) { return d.code == "too-many-problems" ? INT_MAX : d.line; };
    std::stable_sort(items_.begin(), items_.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

void DiagnosticList::promoteWarnings()
{
    for (Diagnostic& d : items_) {
        if (d.severity == Severity::Warning) d.severity = Severity::Error;
    }
    errors_ += warnings_;
    warnings_ = 0;
}

} // namespace mamori::lessons
