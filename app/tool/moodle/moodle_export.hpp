#pragma once
// Writing a pack's quiz questions as a Moodle XML question bank: one category per quiz, texts in
// multilang spans when the pack has several languages, feedback, and each kind's grading as
// close as Moodle's fractions allow. What has no Moodle question form is listed, not dropped.

#include "mamori/lessons/diagnostic.hpp"
#include "mamori/lessons/model.hpp"

#include <string>
#include <vector>

namespace mamori::tool::moodle {

struct ExportResult {
    std::string xml;
    std::vector<lessons::Diagnostic> leftOut;   ///< one per element left out, at its line in pack.xml
    int quizzes = 0;
    int questions = 0;
};

ExportResult exportMoodle(const lessons::Pack& pack, const std::string& packFileName);

} // namespace mamori::tool::moodle
