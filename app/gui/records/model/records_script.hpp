#pragma once
// The records view's own script, for the window tests and demonstrations: one command per line,
// run in order once the view has caught up with the one before (its worker idle, its rows those
// of its filters). Everything a command does is an action a user could take.
//
//   # a comment
//   tab people                      dashboard, people, person, items, unverified
//   department 営業部               or: department all (likewise manager, pack, state)
//   state overdue                   completed, in-progress, not-started, overdue, expired
//   search 山田                      (search with nothing after it clears)
//   sort score desc                 any column of the people table; asc or desc
//   open-person E00012
//   items telework-basics [VERSION]
//   sort-items facility desc        flagged, quiz, question, attempts, facility, discrimination
//   select-question QUIZ QUESTION
//   language en
//   export csv                      or xlsx
//   certificate E00012 telework-basics
//   expect-rows 12                  fails the run unless the table shows that many rows
//   expect-rows-at-least 1
//   screenshot NAME                 saves NAME.png in --screenshot-dir
//   refresh

#include "records_actions.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace mamori::app {

struct RecordsScreenshot { std::string name; };
struct ExpectRows { std::size_t count = 0; bool atLeast = false; };

using RecordsStepAction = std::variant<RecordsAction, RecordsScreenshot, ExpectRows>;

struct RecordsStep {
    int line = 0;
    std::string text;   ///< the line as written, for messages
    RecordsStepAction action;
};

struct RecordsScript {
    std::string file;
    std::vector<RecordsStep> steps;
    std::vector<std::string> errors;   ///< FILE:LINE: error: ...

    bool ok() const { return errors.empty(); }
};

RecordsScript parseRecordsScript(std::string_view text, const std::string& fileName);
/// Reads and parses `file` (a regular file of at most 1 MiB).
RecordsScript loadRecordsScript(const std::filesystem::path& file);

} // namespace mamori::app
