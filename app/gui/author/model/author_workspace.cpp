#include "author_workspace.hpp"

#include "mamori/lessons/loader.hpp"
#include "mamori/lessons/pack_discovery.hpp"

#include <algorithm>
#include <map>

namespace mamori::app {
namespace {

namespace fs = std::filesystem;

lessons::LocalizedText plainTitle(const std::string& text)
{
    lessons::LocalizedText title;
    lessons::RichText rich;
    rich.spans.push_back(lessons::Span(text));
    title.set(lessons::Language::Japanese, rich);
    return title;
}

/// Adds the items of one pack, depth first, in document order.
class TreeBuilder {
public:
    TreeBuilder(std::vector<AuthorItem>& items, const AuthoredPack& authored) : items_(items), file_(authored.displayName) {}

    void pack(const lessons::Pack& pack)
    {
        AuthorItem& item = add(AuthorItemKind::Pack, 0, pack.id, pack.id, pack.title, 1);
        item.pack = &pack;
        pack_ = &pack;
        for (const lessons::Lesson& lesson : pack.lessons) {
            const std::string key = pack.id + "/lesson:" + lesson.id;
            add(AuthorItemKind::Lesson, 1, key, lesson.id, lesson.title, lesson.line);
            for (const lessons::Page& page : lesson.pages) add(AuthorItemKind::Page, 2, key + "/page:" + page.id, page.id, page.title, page.line).page = &page;
            for (const lessons::Quiz& quiz : lesson.quizzes) this->quiz(key, quiz, 2);
            for (const lessons::Scenario& scenario : lesson.scenarios) this->scenario(key, scenario, 2);
            for (const lessons::Inbox& inbox : lesson.inboxes) this->inbox(key, inbox, 2);
        }
        for (const lessons::Quiz& quiz : pack.quizzes) this->quiz(pack.id, quiz, 1);
        for (const lessons::Scenario& scenario : pack.scenarios) this->scenario(pack.id, scenario, 1);
        for (const lessons::Inbox& inbox : pack.inboxes) this->inbox(pack.id, inbox, 1);
    }

private:
    void quiz(const std::string& parent, const lessons::Quiz& quiz, int depth)
    {
        const std::string key = parent + "/quiz:" + quiz.id;
        add(AuthorItemKind::Quiz, depth, key, quiz.id, quiz.title, quiz.line).quiz = &quiz;
        for (const lessons::Question& question : quiz.pool) {
            AuthorItem& item = add(AuthorItemKind::Question, depth + 1, key + "/question:" + question.id, question.id, question.prompt, question.line);
            item.quiz = &quiz;
            item.question = &question;
        }
    }

    void scenario(const std::string& parent, const lessons::Scenario& scenario, int depth)
    {
        const std::string key = parent + "/scenario:" + scenario.id;
        add(AuthorItemKind::Scenario, depth, key, scenario.id, scenario.title, scenario.line).scenario = &scenario;
        for (const lessons::ScenarioNode& node : scenario.nodes) {
            AuthorItem& item = add(AuthorItemKind::Node, depth + 1, key + "/node:" + node.id, node.id, node.situation, node.line);
            item.scenario = &scenario;
            item.node = &node;
        }
        for (const lessons::ScenarioEnding& ending : scenario.endings) {
            AuthorItem& item = add(AuthorItemKind::Ending, depth + 1, key + "/ending:" + ending.id, ending.id, ending.title, ending.line);
            item.scenario = &scenario;
            item.ending = &ending;
        }
    }

    /// An inbox and its messages, each titled by its subject.
    void inbox(const std::string& parent, const lessons::Inbox& inbox, int depth)
    {
        const std::string key = parent + "/inbox:" + inbox.id;
        add(AuthorItemKind::Inbox, depth, key, inbox.id, inbox.title, inbox.line).inbox = &inbox;
        for (const lessons::MailMessage& message : inbox.messages) {
            AuthorItem& item = add(AuthorItemKind::Message, depth + 1, key + "/message:" + message.id, message.id, message.subject, message.line);
            item.inbox = &inbox;
            item.message = &message;
        }
    }

    AuthorItem& add(AuthorItemKind kind, int depth, std::string key, const std::string& id, const lessons::LocalizedText& title, int line)
    {
        AuthorItem item;
        item.key = std::move(key);
        item.kind = kind;
        item.depth = depth;
        item.id = id;
        item.title = title.empty() ? plainTitle(id) : title;
        item.file = file_;
        item.line = line;
        item.pack = pack_;
        items_.push_back(std::move(item));
        return items_.back();
    }

    std::vector<AuthorItem>& items_;
    std::string file_;
    const lessons::Pack* pack_ = nullptr;
};

} // namespace

AuthorWorkspace::AuthorWorkspace(fs::path folder) : folder_(std::move(folder)) {}

ReloadReport AuthorWorkspace::reload()
{
    std::map<fs::path, AuthoredPack> previous;
    for (AuthoredPack& p : packs_) previous[p.file] = std::move(p);
    packs_.clear();
    ReloadReport report;
    for (const fs::path& file : lessons::findPackFiles(folder_)) {
        AuthoredPack authored = previous.count(file) ? std::move(previous[file]) : AuthoredPack{file, fs::relative(file, folder_).string(), nullptr, {}, false};
        lessons::LoadResult loaded = lessons::loadPackFile(file, authored.displayName);
        authored.diagnostics = std::move(loaded.diagnostics);
        authored.broken = !loaded.ok();
        if (loaded.ok()) authored.shown = loaded.pack;   // a broken save keeps the last good version
        report.errors += loaded.errors;
        report.warnings += loaded.warnings;
        if (authored.broken) ++report.broken;
        packs_.push_back(std::move(authored));
    }
    report.packs = static_cast<int>(packs_.size());
    auto library = std::make_shared<lessons::PackLibrary>();
    for (const AuthoredPack& p : packs_) {
        if (p.shown) library->packs.push_back(p.shown);
    }
    library_ = std::move(library);
    rebuildItems();
    return report;
}

void AuthorWorkspace::rebuildItems()
{
    items_.clear();
    for (const AuthoredPack& authored : packs_) {
        if (authored.shown) TreeBuilder(items_, authored).pack(*authored.shown);
    }
}

const AuthorItem* AuthorWorkspace::find(const std::string& key) const
{
    const auto it = std::find_if(items_.begin(), items_.end(), [&](const AuthorItem& item) { return item.key == key; });
    return it == items_.end() ? nullptr : &*it;
}

const AuthorItem* AuthorWorkspace::itemAt(const lessons::Diagnostic& diagnostic) const
{
    const AuthorItem* best = nullptr;
    for (const AuthorItem& item : items_) {
        if (item.file != diagnostic.file) continue;
        if (item.kind == AuthorItemKind::Pack && !best) best = &item;
        if (item.line > 0 && item.line <= diagnostic.line && (!best || item.line >= best->line)) best = &item;
    }
    return best;
}

std::vector<lessons::Diagnostic> AuthorWorkspace::diagnostics() const
{
    std::vector<lessons::Diagnostic> all;
    for (const AuthoredPack& p : packs_) all.insert(all.end(), p.diagnostics.begin(), p.diagnostics.end());
    std::stable_sort(all.begin(), all.end(), [](const lessons::Diagnostic& a, const lessons::Diagnostic& b) {
        if (a.severity != b.severity) return a.severity == lessons::Severity::Error;
        if (a.file != b.file) return a.file < b.file;
        return a.line < b.line;
    });
    return all;
}

} // namespace mamori::app
