#pragma once
// The packs a trainer is writing, as the author mode shows them: each pack's last version that
// loaded, and the diagnostics of its latest read, so that a broken save shows its errors while
// the last good version stays on screen. Also the tree of what each pack holds (lessons, pages,
// quizzes, questions, scenarios, nodes, endings, inbox exercises and their messages), each item under a key that survives a reload
// as long as its ids do, and the way from a diagnostic's line to the item it is about.

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/model.hpp"
#include "mamori/lessons/pack_library.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct AuthoredPack {
    std::filesystem::path file;                    ///< its pack.xml
    std::string displayName;                       ///< the file as diagnostics name it: relative to the folder
    std::shared_ptr<const lessons::Pack> shown;    ///< the last version that loaded; null if none ever did
    std::vector<lessons::Diagnostic> diagnostics;  ///< of the latest read
    bool broken = false;                           ///< the latest read has errors: `shown` is older
};

enum class AuthorItemKind { Pack, Lesson, Page, Quiz, Question, Scenario, Node, Ending, Inbox, Message };

/// One item of the tree: where it is, what it is, and its place in the file.
struct AuthorItem {
    std::string key;          ///< "basics/lesson:intro/page:p2", "basics/quiz:final/question:q3", "attacks/inbox:box/message:m1"…
    AuthorItemKind kind = AuthorItemKind::Pack;
    int depth = 0;            ///< 0 for a pack
    std::string id;           ///< the item's own id
    lessons::LocalizedText title;   ///< a title, or the start of its text
    std::string file;         ///< the pack file it is in, as diagnostics name it
    int line = 0;
    // What it is, in the shown pack (valid until the next reload).
    const lessons::Pack* pack = nullptr;
    const lessons::Page* page = nullptr;
    const lessons::Quiz* quiz = nullptr;
    const lessons::Question* question = nullptr;
    const lessons::Scenario* scenario = nullptr;
    const lessons::ScenarioNode* node = nullptr;
    const lessons::ScenarioEnding* ending = nullptr;
    const lessons::Inbox* inbox = nullptr;
    const lessons::MailMessage* message = nullptr;
};

struct ReloadReport {
    int packs = 0;
    int broken = 0;           ///< packs whose latest read has errors
    int errors = 0, warnings = 0;
};

class AuthorWorkspace {
public:
    explicit AuthorWorkspace(std::filesystem::path folder);

    /// Reads every pack of the folder again (new packs appear, removed ones go).
    ReloadReport reload();

    const std::filesystem::path& folder() const { return folder_; }
    const std::vector<AuthoredPack>& packs() const { return packs_; }
    /// The tree, in document order: each pack, then what it holds, depth first.
    const std::vector<AuthorItem>& items() const { return items_; }
    const AuthorItem* find(const std::string& key) const;
    /// The item a diagnostic is about: the deepest item of its file starting at or before its line.
    const AuthorItem* itemAt(const lessons::Diagnostic& diagnostic) const;
    /// Every diagnostic of every pack, errors first, then by file and line.
    std::vector<lessons::Diagnostic> diagnostics() const;
    /// The packs shown, as a library (for the texts' characters and the map).
    std::shared_ptr<const lessons::PackLibrary> library() const { return library_; }

private:
    void rebuildItems();

    std::filesystem::path folder_;
    std::vector<AuthoredPack> packs_;
    std::vector<AuthorItem> items_;
    std::shared_ptr<const lessons::PackLibrary> library_ = std::make_shared<const lessons::PackLibrary>();
};

} // namespace mamori::app
