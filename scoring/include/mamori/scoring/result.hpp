#pragma once
/// \file
/// The outcome of an action a learner takes: a value, or the reason it was refused.

#include "mamori/scoring/refusal.hpp"

#include <string>
#include <utility>
#include <variant>

namespace mamori::scoring {

/// A value or a refusal. Ignoring one is a warning: a refusal nobody looks at is a failure
/// nobody hears of. Where dropping it is right, say so with `(void)` and a comment why.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : outcome_(std::move(value)) {}
    Result(Refusal refusal) : outcome_(std::move(refusal)) {}

    bool ok() const { return std::holds_alternative<T>(outcome_); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(outcome_); }
    T& value() { return std::get<T>(outcome_); }
    const Refusal& refusal() const { return std::get<Refusal>(outcome_); }

private:
    std::variant<T, Refusal> outcome_;
};

/// For actions that return nothing but may be refused.
struct Done {};

inline Refusal refuse(RefusalCode code, std::string message)
{
    return Refusal{code, std::move(message)};
}

} // namespace mamori::scoring
