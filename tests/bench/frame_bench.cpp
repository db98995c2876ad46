// Benchmark: the CPU time of one frame of each screen with its heaviest content — a long lesson
// page, a quiz question with nine choices, the review of a 50-question attempt, the catalog of 20
// packs — drawn by Dear ImGui without a window (the same code as the app, no renderer: what a
// frame costs the app's thread before the GPU). Target: under 1 ms. Prints figures; asserts nothing.
//   build/tests/bench/frame_bench [FRAMES]        (default 300 per screen)

#include "bench_figure.hpp"
#include "controller.hpp"
#include "fonts.hpp"
#include "screens.hpp"

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/text_visitor.hpp"
#include "mamori/records/organisation_key.hpp"
#include "mamori/records/storage.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>
#include <unistd.h>

using namespace mamori;
using namespace mamori::app;
namespace fs = std::filesystem;

namespace {

std::string both(const std::string& ja, const std::string& en)
{
    return "<ja>" + ja + "</ja><en>" + en + "</en>";
}

std::string sentence(int n)
{
    return both("営業秘密は、秘密として管理され、有用で、公然と知られていない情報です（" + std::to_string(n) +
                    "）。持ち出す前に、上長と情報管理の担当者に必ず相談してください。",
                "A trade secret is kept secret, useful and not publicly known (" + std::to_string(n) +
                    "). Before taking any of it out, always ask your manager and the information officer.");
}

/// A pack with `lessons` lessons of a few pages and a short quiz; the heavy one also has a page of
/// 40 paragraphs, a question with nine choices and a quiz of 50 questions.
std::string pack(const std::string& id, int lessons, bool heavy)
{
    std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pack id=\"" + id +
                    "\" version=\"1.0.0\" format=\"1\" languages=\"ja en\" minutes=\"30\">\n";
    x += "<title>" + both("営業秘密の研修 " + id, "Trade secrets " + id) + "</title>\n";
    x += "<description>" + sentence(0) + "</description>\n";
    for (int l = 0; l < lessons; ++l) {
        x += "<lesson id=\"l" + std::to_string(l) + "\" minutes=\"10\"><title>" + both("レッスン " + std::to_string(l), "Lesson " + std::to_string(l)) +
             "</title>\n";
        for (int p = 0; p < 3; ++p) {
            x += "<page id=\"p" + std::to_string(p) + "\"><title>" + both("ページ", "Page") + "</title><p>" + sentence(p) + "</p></page>\n";
        }
        x += "</lesson>\n";
    }
    if (heavy) {
        x += "<lesson id=\"long\" minutes=\"20\"><title>" + both("長いページ", "A long page") + "</title><page id=\"long\"><title>" +
             both("長いページ", "A long page") + "</title>\n";
        for (int p = 0; p < 40; ++p) {
            x += "<p>" + sentence(p) + "</p>\n";
            if (p % 8 == 0) x += "<list type=\"bullet\"><item>" + sentence(p + 1) + "</item><item>" + sentence(p + 2) + "</item></list>\n";
            if (p % 10 == 5) x += "<callout type=\"tip\">" + sentence(p + 3) + "</callout>\n";
        }
        x += "</page></lesson>\n";
        x += "<quiz id=\"nine\" pass-mark=\"50\" draw=\"1\" feedback=\"immediate\"><title>" + both("九択", "Nine choices") + "</title>\n";
        x += "<single id=\"q9\" points=\"1\" asks=\"knowledge\"><prompt>" + sentence(9) + "</prompt>\n";
        for (int c = 0; c < 9; ++c) {
            x += "<choice id=\"c" + std::to_string(c) + "\"" + (c == 0 ? " correct=\"true\"" : "") + ">" + sentence(c) + "<feedback>" +
                 sentence(c + 20) + "</feedback></choice>\n";
        }
        x += "<explanation>" + sentence(99) + "</explanation></single></quiz>\n";
        x += "<quiz id=\"fifty\" pass-mark=\"50\" draw=\"50\"><title>" + both("五十問", "Fifty questions") + "</title>\n";
        for (int q = 0; q < 50; ++q) {
            x += "<truefalse id=\"tf" + std::to_string(q) + "\" points=\"1\" asks=\"knowledge\" answer=\"" + (q % 3 ? "true" : "false") +
                 "\"><prompt>" + sentence(q) + "</prompt><explanation>" + sentence(q + 50) + "</explanation></truefalse>\n";
        }
        x += "</quiz>\n";
    } else {
        x += "<quiz id=\"check\" pass-mark=\"50\" draw=\"1\"><title>" + both("確認", "Check") + "</title><truefalse id=\"tf\" points=\"1\" "
             "asks=\"knowledge\" answer=\"true\"><prompt>" + sentence(1) + "</prompt><explanation>" + sentence(2) +
             "</explanation></truefalse></quiz>\n";
    }
    return x + "</pack>\n";
}

class NoTextures final : public TextureSource {
public:
    std::optional<Texture> get(const fs::path&) override { return Texture{reinterpret_cast<ImTextureID>(1), 640, 200}; }
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    const int frames = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    char folderName[] = "/tmp/mamori-frame-bench-XXXXXX";
    if (!::mkdtemp(folderName)) return 1;
    struct Folder {
        fs::path root;
        fs::path path() const { return root; }
        ~Folder() { fs::remove_all(root); }
    } folder{folderName};
    const fs::path packs = folder.path() / "packs";
    fs::create_directories(packs);
    for (int i = 0; i < 20; ++i) {
        const std::string id = "pack" + std::to_string(i);
        fs::create_directories(packs / id);
        std::ofstream(packs / id / "pack.xml") << pack(id, i == 0 ? 2 : 4, i == 0);
    }
    const auto shared = std::make_shared<const lessons::PackLibrary>(lessons::loadPackLibrary(packs));
    const lessons::PackLibrary& library = *shared;
    for (const auto& failure : library.failures) {
        for (const auto& d : failure.diagnostics) std::fprintf(stderr, "%s\n", lessons::formatDiagnostic(d).c_str());
    }
    if (library.packs.size() != 20) {
        std::fprintf(stderr, "frame_bench: %zu of 20 generated packs loaded\n", library.packs.size());
        return 1;
    }

    records::PosixStorage storage;
    scoring::FakeClock clock(std::chrono::sys_days(std::chrono::year(2026) / 4 / 1) + std::chrono::hours(9));
    if (!records::createOrganisationKey(folder.path() / "k.key")) return 1;
    AppModel model;
    AppController controller(AppEnvironment{shared, folder.path() / "data", {folder.path() / "k.key", "bench", false}, storage, clock}, model);
    controller.apply(action::ShowCreateLearner{true});
    controller.apply(action::EditSignInId{"E1"});
    controller.apply(action::EditSignInName{"山田 花子"});
    controller.apply(action::CreateLearner{});

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1280, 800);
    io.IniFilename = nullptr;
    std::string glyphs;
    for (const auto& p : library.packs) {
        lessons::visitTexts(*p, [&](const lessons::LocalizedText& t) {
            for (lessons::Language l : lessons::kAllLanguages) {
                if (t.has(l)) glyphs += t.plain(l);
            }
        });
    }
    std::vector<std::string> problems;
    const UiStrings strings = UiStrings::load(fs::path(MAMORI_SOURCE_DIR) / "assets" / "lang", problems);
    for (lessons::Language l : lessons::kAllLanguages) {
        for (const std::string& key : strings.keys(l)) glyphs += strings.get(key, l);
    }
    FontReport report;
    const Fonts fonts = buildFonts(glyphs, 1.0f, report);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));
    const Palette palette = applyTheme(Theme::Light, 1.0f);
    NoTextures textures;
    WidgetProbe probe;

    std::printf("font %s, %d glyphs; %d frames per screen, 1280x800, CPU time of this thread per frame\n",
                report.japaneseFont ? report.file.c_str() : "(built-in)", report.glyphs, frames);
    std::printf("%-34s %9s %9s %9s %9s\n", "screen (heaviest content)", "median ms", "p95 ms", "max ms", "target");
    auto measure = [&](const char* name) {
        std::vector<double> times;
        for (int frame = 0; frame < frames + 5; ++frame) {
            std::vector<Action> actions;
            const double start = threadCpuMs();
            io.DeltaTime = 1.0f / 60;
            ImGui::NewFrame();
            probe.beginFrame();
            UiContext ui{model, strings, fonts, palette, textures, probe, NarrationState::Stopped, "", 1.0f, clock.now(), actions};
            ui::drawApp(ui);
            ImGui::Render();
            if (frame >= 5) times.push_back(threadCpuMs() - start);   // after the layout settles
        }
        std::sort(times.begin(), times.end());
        std::printf("%-34s %9.3f %9.3f %9.3f %9s\n", name, times[times.size() / 2], times[times.size() * 95 / 100], times.back(), "< 1 ms");
        mamori::bench::figure((std::string("frame CPU median, ") + name).c_str(), times[times.size() / 2], "ms");
    };

    measure("catalog (20 packs)");
    controller.apply(action::OpenLesson{"pack0", "long"});
    measure("lesson (a page of 40 paragraphs)");
    controller.apply(action::StartQuiz{"pack0", "nine"});
    measure("quiz (a question of 9 choices)");
    controller.apply(action::StartQuiz{"pack0", "fifty"});
    for (int q = 0; q < 50; ++q) {
        controller.apply(action::PickChoice{"true"});
        controller.apply(action::ConfirmAnswer{});
    }
    controller.apply(action::SubmitQuiz{});
    measure(model.screen == Screen::Results ? "results (review of 50 questions)" : "results (NOT REACHED)");
    ImGui::DestroyContext();
    return 0;
}
