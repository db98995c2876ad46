#pragma once
/// \file
/// Problems found in a pack, reported gcc-style so that editors can jump to them.

#include <string>
#include <vector>

namespace mamori::lessons {

enum class Severity { Warning, Error };

/// One problem at one place. `code` is a stable short name (`unknown-element`) for tests
/// and tools; `message` is what a trainer reads.
struct Diagnostic {
    std::string file;
    int line = 0;   ///< 1-based; 0 when the problem concerns the whole file
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
};

/// `FILE:LINE: error: MESSAGE` (or `FILE: error: MESSAGE` without a line).
std::string formatDiagnostic(const Diagnostic& diagnostic);

/// Diagnostics gathered while checking one file, with a cap so that a hostile file cannot
/// make the list grow without bound.
class DiagnosticList {
public:
    explicit DiagnosticList(std::string file);

    void error(int line, std::string code, std::string message);
    void warning(int line, std::string code, std::string message);

    const std::vector<Diagnostic>& all() const { return items_; }
    int errorCount() const { return errors_; }
    int warningCount() const { return warnings_; }
    bool hasErrors() const { return errors_ > 0; }
    /// True once the cap was reached; later reports are dropped.
    bool full() const;
    const std::string& file() const { return file_; }

    /// Sorts by line (stable), so reports read top to bottom like the file.
    void sortByLine();
    /// Turns every warning into an error (`--werror`).
    void promoteWarnings();

private:
    void add(Severity severity, int line, std::string code, std::string message);

    std::string file_;
    std::vector<Diagnostic> items_;
    int errors_ = 0;
    int warnings_ = 0;
};

} // namespace mamori::lessons
