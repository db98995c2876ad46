#pragma once
// The shipped packs, loaded once for all content tests, and the small lookups they share.

#include "mamori/lessons/pack_library.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace mamori::test {

/// The four training packs (the tour is the app's introduction, not a training).
inline const std::vector<std::string> kTrainingPacks{"basics", "telework", "departing", "targeted-attacks"};

inline const lessons::PackLibrary& shippedLibrary()
{
    static const lessons::PackLibrary loaded = lessons::loadPackLibrary(shippedPacksDir());
    return loaded;
}

inline const lessons::Pack& shippedPack(const std::string& id)
{
    const lessons::Pack* found = shippedLibrary().find(id);
    REQUIRE_MESSAGE(found, "pack " << id << " did not load");
    return *found;
}

/// The final quiz: the pack-level quiz with the largest pool.
inline const lessons::Quiz& finalQuiz(const lessons::Pack& pack)
{
    REQUIRE_FALSE(pack.quizzes.empty());
    const lessons::Quiz* best = &pack.quizzes.front();
    for (const lessons::Quiz& quiz : pack.quizzes) {
        if (quiz.pool.size() > best->pool.size()) best = &quiz;
    }
    return *best;
}

} // namespace mamori::test
