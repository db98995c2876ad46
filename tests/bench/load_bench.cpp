// Benchmark: how long loading and validating takes, for the shipped packs and for hostile
// inputs (which must each end in a clear error within a second, floods under 100 MB in Release),
// with the peak resident memory of each beyond what the input itself takes; then, side by side
// in CPU time, generated valid packs of about 1, 10 and 16 MB parsed by bare tinyxml2 (the
// floor: the same bytes, the same parser settings, no validation and no model) and loaded by
// Mamori, with the ratio and its target. Prints figures; asserts nothing.
//   build/tests/bench/load_bench [REPEATS]     (best of REPEATS, 5 by default)

#include "bench_figure.hpp"
#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/pack_discovery.hpp"
// Header-only, shared with the test that proves its packs valid.
#include "../lessons/pack_generator.hpp"

#include <tinyxml2.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>

using namespace mamori::lessons;
using Clock = std::chrono::steady_clock;

namespace {

/// The best of `repeats` runs, in milliseconds.
double bestOf(int repeats, const std::function<void()>& run)
{
    double best = 1e18;
    for (int i = 0; i < repeats; ++i) {
        const auto start = Clock::now();
        run();
        best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    return best;
}

/// How long `run` takes in CPU time of this thread, in milliseconds: on a shared machine it is
/// far steadier than wall time, and it is what the side-by-side ratio compares.
double cpuMs(const std::function<void()>& run)
{
    auto now = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
    };
    const double start = now();
    run();
    return now() - start;
}

/// Resets the kernel's peak-resident-memory mark (VmHWM) to what is resident now.
void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double residentMb(const char* field)
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind(field, 0) == 0) return std::atof(line.c_str() + std::strlen(field)) / 1024.0;
    }
    return 0;
}

void report(const char* what, std::size_t bytes, const LoadResult& result, double ms, double peakMb)
{
    std::printf("%-44s %9.2f MB %9.1f ms %8.1f MB  %s (%d errors)\n", what, static_cast<double>(bytes) / 1e6, ms, peakMb,
                result.ok() ? "loaded" : result.diagnostics.empty() ? "refused" : result.diagnostics.front().code.c_str(),
                result.errors);
}

void measure(const char* what, const std::string& xml, int repeats, const std::filesystem::path& folder = {})
{
    LoadResult result;
    resetPeakMemory();
    const double before = residentMb("VmRSS:");
    const double ms = bestOf(repeats, [&] { result = loadPackFromMemory(xml, "bench.xml", folder); });
    report(what, xml.size(), result, ms, residentMb("VmHWM:") - before);
}

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

/// Loading and validating costs at most this many times a bare parse of the same bytes.
constexpr double kTargetRatio = 1.5;

/// The length of every text and attribute value under `node`: reading them is what makes
/// tinyxml2 finish its lazy work on them (entities, line ends).
std::size_t readAllValues(const tinyxml2::XMLNode& node)
{
    std::size_t total = 0;
    for (const tinyxml2::XMLNode* child = node.FirstChild(); child; child = child->NextSibling()) {
        if (const tinyxml2::XMLText* text = child->ToText()) total += std::strlen(text->Value());
        if (const tinyxml2::XMLElement* element = child->ToElement()) {
            for (const tinyxml2::XMLAttribute* a = element->FirstAttribute(); a; a = a->Next()) total += std::strlen(a->Value());
            total += readAllValues(*element);
        }
    }
    return total;
}

/// Generated valid packs, side by side in CPU time (best of `repeats`, measured alternately in
/// one run so that all see the same machine):
///  - parse: a bare tinyxml2 parse of the same bytes with the loader's settings: the document
///    made, parsed and freed, as any program that parses must (Mamori's load frees it too);
///  - +read: the same, also reading every text and attribute value once, which tinyxml2 does
///    lazily: the least any reader of the content pays, before checking anything;
///  - load: loadPackFromMemory, everything included (checks of the bytes and the markup, the
///    parse, every rule, the model built). The ratio is load / parse.
void compareWithBareParse(int repeats)
{
    std::printf("\n%-22s %10s %9s %11s %11s %11s %7s %7s  %s\n", "generated valid pack", "bytes", "elements", "parse CPU",
                "+read CPU", "load CPU", "ratio", "target", "diagnostics");
    for (const std::size_t target : {std::size_t{1'000'000}, std::size_t{10'000'000}, std::size_t{16'000'000}}) {
        const std::string xml = mamori::test::PackGenerator::generate(target);
        long elements = 0;  // start tags
        for (std::size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
            elements += at + 1 < xml.size() && xml[at + 1] != '/' && xml[at + 1] != '!' && xml[at + 1] != '?';
        }
        double parseMs = 1e18;
        double readMs = 1e18;
        double loadMs = 1e18;
        bool parsed = true;
        LoadResult result;
        for (int i = 0; i < repeats; ++i) {
            parseMs = std::min(parseMs, cpuMs([&] {
                                   tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
                                   document.Parse(xml.data(), xml.size());
                                   parsed = parsed && !document.Error();
                               }));
            std::size_t bytesRead = 0;
            readMs = std::min(readMs, cpuMs([&] {
                                  tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
                                  document.Parse(xml.data(), xml.size());
                                  bytesRead = readAllValues(document);
                              }));
            parsed = parsed && bytesRead > 0;
            result = {};  // the previous pack is freed outside the timing
            loadMs = std::min(loadMs, cpuMs([&] { result = loadPackFromMemory(xml, "generated.xml", {}); }));
        }
        char label[64];
        std::snprintf(label, sizeof label, "~%zu MB", target / 1'000'000);
        std::printf("%-22s %10zu %9ld %8.1f ms %8.1f ms %8.1f ms %6.2fx %6.1fx  %s%s: %d errors, %d warnings\n", label, xml.size(),
                    elements, parseMs, readMs, loadMs, loadMs / parseMs, kTargetRatio, parsed ? "" : "tinyxml2 failed; ",
                    result.ok() ? "loaded" : "REFUSED", result.errors, result.warnings);
        for (std::size_t i = 0; i < std::min<std::size_t>(result.diagnostics.size(), 5); ++i) {
            std::printf("    %s\n", formatDiagnostic(result.diagnostics[i]).c_str());
        }
        const std::string size = std::to_string(target / 1'000'000) + " MB";
        mamori::bench::figure(("pack load CPU, " + size).c_str(), loadMs, "ms");
        mamori::bench::figure(("pack load / bare parse, " + size).c_str(), loadMs / parseMs, "x");
    }
}

} // namespace

int main(int argc, char** argv)
{
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    std::printf("%-44s %12s %12s %11s  outcome\n", "input", "size", "best time", "peak +MB");
    for (const auto& file : findPackFiles(MAMORI_PACKS_DIR)) {
        const std::string xml = readFile(file);
        measure(("shipped " + file.parent_path().filename().string()).c_str(), xml, repeats, file.parent_path());
    }

    // A large valid pack: one shipped pack's lessons repeated under new ids, up to the size limit.
    const std::string header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pack id=\"big\" version=\"1\" format=\"1\" "
                               "languages=\"ja en\"><title><ja>大</ja><en>Big</en></title><description><ja>大</ja><en>Big</en>"
                               "</description>";
    std::string big = header;
    for (int i = 0; big.size() < limits::kMaxPackFileBytes - 400'000 && i < limits::kMaxLessons; ++i) {
        std::string lesson = "<lesson id=\"l" + std::to_string(i) + "\"><title><ja>課</ja><en>Lesson</en></title>";
        for (int page = 0; page < 50; ++page) {
            lesson += "<page id=\"p" + std::to_string(page) + "\"><title><ja>頁</ja><en>Page</en></title>";
            for (int b = 0; b < 10; ++b) {
                lesson += "<p><ja>営業秘密は、秘密として管理され、有用で、公然と知られていない情報です。</ja>"
                          "<en>A trade secret is managed as secret, useful, and not publicly known.</en></p>";
            }
            lesson += "</page>";
        }
        big += lesson + "</lesson>";
    }
    big += "</pack>";
    measure("valid pack of 200 lessons near the size limit", big, repeats);

    // Hostile inputs.
    measure("just over the size limit", std::string(limits::kMaxPackFileBytes + 1, ' '), repeats);
    std::string deep = "<pack>";
    for (int i = 0; i < 1'000'000; ++i) deep += "<p>";
    measure("1 million nested elements", deep, repeats);
    std::string bogus = header;
    while (bogus.size() < limits::kMaxPackFileBytes - 64) bogus += "<bogus attribute=\"x\"/>";
    measure("16 MiB of unknown elements", bogus + "</pack>", repeats);
    std::mt19937 random(1);
    std::string binary(limits::kMaxPackFileBytes, '\0');
    for (char& c : binary) c = static_cast<char>(random());
    measure("16 MiB of random bytes", binary, repeats);
    std::string lesson = "<lesson id=\"l\"><title><ja>課</ja><en>L</en></title><page id=\"p\"><title><ja>頁</ja><en>P</en></title><list>";
    std::string items = header + lesson;
    for (int i = 0; i < 600'000; ++i) items += "<item><ja>a</ja></item>";
    measure("600,000 items in one list", items + "</list></page></lesson></pack>", repeats);
    std::string flood = header + lesson;
    while (flood.size() < limits::kMaxPackFileBytes - 64) flood += "<item/>";
    measure("16 MiB of items in one list", flood + "</list></page></lesson></pack>", repeats);
    std::string spread = header;
    while (spread.size() < limits::kMaxPackFileBytes - 20'000) {
        spread += "<g>";
        for (int i = 0; i < 2000; ++i) spread += "<x/>";
        spread += "</g>";
    }
    measure("16 MiB of empty elements, spread out", spread + "</pack>", repeats);
    std::string text(limits::kMaxPackFileBytes - 1024, 'a');
    measure("16 MiB text with no markup", text, repeats);
    std::string attributes = "<pack id=\"x\" version=\"1\" format=\"1\" languages=\"ja en\" ";
    for (int i = 0; attributes.size() < limits::kMaxPackFileBytes - 64; ++i) attributes += "a" + std::to_string(i) + "=\"v\" ";
    measure("one element with a million attributes", attributes + "/>", repeats);
    std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE pack [<!ENTITY a \"aaaaaaaaaa\">";
    for (int i = 1; i < 10; ++i) laughs += "<!ENTITY e" + std::to_string(i) + " \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">";
    measure("entity expansion (billion laughs)", laughs + "]><pack>&e9;</pack>", repeats);

    compareWithBareParse(repeats);
    return 0;
}
