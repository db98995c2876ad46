#pragma once
// Writing a pack model out as pack.xml, in the format the loader reads. The starter pack of
// `new-pack` is written from fixed placeholder texts; this writer serialises any model (texts
// with emphasis, every question kind), so the importer has its own.

#include "mamori/lessons/model.hpp"

#include <string>
#include <vector>

namespace mamori::tool::moodle {

/// pack.xml's text, and the lines each question's element spans in it.
struct WrittenPack {
    std::string xml;
    struct Span {
        std::string questionId;
        int firstLine = 0;
        int lastLine = 0;
    };
    std::vector<Span> questions;

    /// The question whose element holds `line`, or nullptr.
    const Span* questionAt(int line) const;
};

/// Writes the pack's title, description, lessons (pages of headings, paragraphs, lists, callouts
/// and pictures) and quizzes in the pack's declared languages. Scenarios are not written.
WrittenPack writePack(const lessons::Pack& pack);

} // namespace mamori::tool::moodle
