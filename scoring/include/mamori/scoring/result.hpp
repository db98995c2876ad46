#pragma once
/// \file
/// The outcome of an action a learner takes: a value, or the reason it was refused.

#include <string>
#include <utility>
#include <variant>

namespace mamori::scoring {

/// Why an action was refused. `code` is stable (for tests and for the app, which shows its
/// own translated words); `message` is plain English for the command-line tool.
struct Refusal {
    std::string code;
    std::string message;
};

template <typename T>
class Result {
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

inline Refusal refuse(std::string code, std::string message)
{
    return Refusal{std::move(code), std::move(message)};
}

} // namespace mamori::scoring
