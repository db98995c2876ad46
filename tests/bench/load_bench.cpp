// Benchmark: how long loading and validating takes, for the shipped packs and for hostile
// inputs (which must each end in a clear error within a second, floods under 100 MB in Release),
// with the peak resident memory of each beyond what the input itself takes. Prints figures;
// asserts nothing.
//   build/tests/bench/load_bench [REPEATS]

#include "mamori/lessons/limits.hpp"
#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/pack_discovery.hpp"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <cstdio>
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
    return 0;
}
