#pragma once
/// \file
/// What the progress file reader accepts. The writer checks every save against the reader
/// itself (progress_store.cpp), so these are also the limits of what is ever written.
/// Input limits (learner_input.hpp, the clock's range) are tighter, so a learner meets a
/// clear message at input long before a save could reach these.

#include <cstddef>

namespace mamori::records {

/// A progress file larger than this is refused as damaged, and a save that would make one
/// is refused.
inline constexpr std::size_t kMaxProgressFileBytes = 64u * 1024 * 1024;

/// One text in a record (a display name, a typed answer, an id, an event's description),
/// in characters. Names and answers are limited to far less at input.
inline constexpr std::size_t kMaxRecordTextCharacters = 4096;

/// Saves whose chain values a file keeps besides its own (see save_history.hpp).
inline constexpr std::size_t kRecentSaves = 32;

/// An organisation key file: 64 hex digits and some whitespace.
inline constexpr std::size_t kMaxKeyFileBytes = 4096;

} // namespace mamori::records
