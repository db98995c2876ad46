#pragma once
// `mamori-tool play`'s player: each command of a learner script done against the engine, as the
// learner's action, with a line of output once it is saved. It stops at the first failure.

#include "command.hpp"
#include "script_expectations.hpp"
#include "script_verbs.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/scoring/clock.hpp"
#include "mamori/scoring/learner_session.hpp"

#include <string>

namespace mamori::tool {

class ScriptRunner final : public app::ScriptPlayer {
public:
    ScriptRunner(scoring::LearnerSession& session, const lessons::PackLibrary& library, scoring::FakeClock& clock,
                 std::string file, Streams streams);

    /// Plays one command; false after printing why it failed.
    bool run(const app::ScriptCommand& command);
    /// True after `quit`: the rest of the script is not played.
    bool quitting() const { return quitting_; }

private:
    void name(const app::ScriptCommand& c) override;
    void language(const app::ScriptCommand& c) override;
    void open(const app::ScriptCommand& c) override;
    void view(const app::ScriptCommand& c) override;
    void start(const app::ScriptCommand& c) override;
    void goTo(const app::ScriptCommand& c) override;
    void answer(const app::ScriptCommand& c) override;
    void submit(const app::ScriptCommand& c) override;
    void review(const app::ScriptCommand& c) override;
    void play(const app::ScriptCommand& c) override;
    void choose(const app::ScriptCommand& c) override;
    void mail(const app::ScriptCommand& c) override;
    void wait(const app::ScriptCommand& c) override;
    void expect(const app::ScriptCommand& c) override;
    void quit(const app::ScriptCommand& c) override;

    void fail(const std::string& message);
    void said(const std::string& text, bool afterAction = true);
    const lessons::Pack* pack(const std::string& qualified, std::string& id);

    scoring::LearnerSession& session_;
    const lessons::PackLibrary& library_;
    scoring::FakeClock& clock_;
    std::string file_;
    Streams streams_;
    int line_ = 0;
    bool failed_ = false;
    bool quitting_ = false;
    const lessons::Pack* lessonPack_ = nullptr;
    std::string lessonId_;
    const lessons::Pack* quizPack_ = nullptr;
    std::string quizId_;
    const lessons::Pack* scenarioPack_ = nullptr;
    std::string scenarioId_;
    const lessons::Pack* inboxPack_ = nullptr;
    std::string inboxId_;
    app::ScriptFocus::Subject subject_ = app::ScriptFocus::Subject::None;
};

} // namespace mamori::tool
