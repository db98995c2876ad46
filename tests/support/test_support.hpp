#pragma once
// Helpers shared by the test programs.

#include "mamori/lessons/loader.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mamori::test {

/// The repository's root and the shipped packs, as configured by CMake.
std::filesystem::path sourceDir();
std::filesystem::path shippedPacksDir();

/// A folder under the system's temporary directory, removed when the object goes away.
class TemporaryDirectory {
public:
    TemporaryDirectory();
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }
    /// Writes `content` to `relative` inside the folder (creating sub-folders) and returns its path.
    std::filesystem::path write(const std::filesystem::path& relative, std::string_view content) const;

private:
    std::filesystem::path path_;
};

/// Wraps pack content (lessons, quizzes, scenarios) in a valid bilingual <pack> root.
std::string packXml(std::string_view body, std::string_view languages = "ja en");

/// A bilingual text element: `<name><ja>ja</ja><en>en</en></name>`.
std::string text(std::string_view name, std::string_view ja, std::string_view en);

/// Loads XML from memory, with assets looked up in `directory`.
lessons::LoadResult loadXml(std::string_view xml, const std::filesystem::path& directory = {});

/// A real 1×1 PNG and 8×8 JPEG, which decode; and a PNG whose header declares `width`×`height`
/// (an image bomb's header, with no pixels behind it).
std::string tinyPng();
std::string tinyJpeg();
std::string pngDeclaring(std::uint32_t width, std::uint32_t height);

/// Diagnostics as "LINE: severity: message" lines, for readable assertions.
std::vector<std::string> describe(const std::vector<lessons::Diagnostic>& diagnostics);

} // namespace mamori::test

#include <doctest/doctest.h>

// Readable values in failed checks.
namespace doctest {
template <>
struct StringMaker<mamori::lessons::Span> {
    static String convert(const mamori::lessons::Span& span)
    {
        const char* style = span.emphasis == mamori::lessons::Emphasis::Em       ? "em"
                            : span.emphasis == mamori::lessons::Emphasis::Strong ? "strong"
                                                                                 : "plain";
        const std::string slot = span.slot.empty() ? "" : ", slot " + span.slot;
        return String(("{\"" + span.text + "\", " + style + slot + "}").c_str());
    }
};
template <>
struct StringMaker<std::vector<mamori::lessons::Span>> {
    static String convert(const std::vector<mamori::lessons::Span>& spans)
    {
        String out = "[";
        for (const auto& span : spans) out += StringMaker<mamori::lessons::Span>::convert(span) + " ";
        return out + "]";
    }
};
} // namespace doctest
