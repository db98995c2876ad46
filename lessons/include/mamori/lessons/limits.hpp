#pragma once
/// \file
/// Hard limits on what a pack may contain. They keep a broken or hostile file from
/// exhausting memory or time; each is far above what a real training needs.

#include <cstddef>

namespace mamori::lessons::limits {

inline constexpr std::size_t kMaxPackFileBytes = 16u * 1024 * 1024;  ///< pack.xml size
inline constexpr std::size_t kMaxAssetBytes = 64u * 1024 * 1024;     ///< one image or audio file
/// A picture's sides and pixels, read from its header before it is decoded: a small file may
/// declare 20000×20000 and take gigabytes to show. 16 megapixels is 64 MB decoded.
inline constexpr int kMaxImageSide = 8192;
inline constexpr long kMaxImagePixels = 4096L * 4096L;
inline constexpr int kMaxNestingDepth = 100;                         ///< element depth: tinyxml2's own limit
inline constexpr int kMaxDiagnostics = 200;                          ///< reports per file, then stop
inline constexpr std::size_t kMaxIdLength = 64;
inline constexpr std::size_t kMaxTextBytes = 16 * 1024;              ///< one text in one language
inline constexpr std::size_t kMaxAttributeBytes = 1024;
/// Attributes in one tag. The XML parser checks each new attribute against all before it
/// (quadratic), so a tag with a million of them would take hours; no element of the format has 20.
inline constexpr int kMaxAttributesPerTag = 64;
inline constexpr int kMaxLessons = 200;
inline constexpr int kMaxPagesPerLesson = 200;
inline constexpr int kMaxBlocksPerPage = 100;
inline constexpr int kMaxListItems = 50;
inline constexpr int kMaxQuizzes = 100;                              ///< per pack
inline constexpr int kMaxQuestionsPerQuiz = 1000;
inline constexpr int kMaxChoices = 9;                                ///< number keys 1..9 pick them
inline constexpr int kMaxSteps = 12;
inline constexpr int kMaxPairs = 12;
inline constexpr int kMaxAcceptedAnswers = 50;
inline constexpr int kMaxRegions = 9;                                ///< per hotspot; number keys 1..9 pick them
inline constexpr int kMaxPolygonCorners = 64;
inline constexpr int kMaxScenarios = 100;                            ///< per pack
inline constexpr int kMaxScenarioNodes = 500;                        ///< nodes + endings
inline constexpr int kMaxOptions = 9;
inline constexpr int kMaxConditions = 20;
inline constexpr int kMaxPoints = 1000;
inline constexpr int kMaxMinutes = 24 * 60;
inline constexpr int kMaxTimeLimitSeconds = 24 * 60 * 60;
inline constexpr int kMaxAttempts = 100;
inline constexpr int kMaxScoreMagnitude = 1000;                      ///< scenario score changes
inline constexpr int kMaxInboxes = 50;                               ///< per pack
inline constexpr int kMinMessages = 6;                               ///< per inbox: fewer is no exercise
inline constexpr int kMaxMessages = 20;
inline constexpr int kMaxMailHeaders = 20;
inline constexpr int kMaxMailParagraphs = 20;
inline constexpr int kMaxMailLinks = 20;
inline constexpr int kMaxMailAttachments = 10;
inline constexpr int kMaxMailClues = 20;

} // namespace mamori::lessons::limits
