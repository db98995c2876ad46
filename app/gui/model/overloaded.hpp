#pragma once
// Visiting a variant with one lambda per alternative: std::visit(Overloaded{...}, v).

namespace mamori::app {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace mamori::app
