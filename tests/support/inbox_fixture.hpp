#pragma once
// A small inbox exercise for tests: one malicious message with every kind of part (a reply-to,
// a header, a link whose text hides its target, a phrase, an attachment with a right-to-left
// override) and five legitimate ones, so that it holds the six messages an inbox needs.

#include <string>

namespace mamori::test {

/// The malicious message `m-bad`: clues on its sender, link `l-pay`, attachment `a-inv` and
/// phrase `p-today`; phrase `p-thanks` is no clue.
std::string maliciousMessageXml();

/// A legitimate message `id` with one link `ID-l` to its own domain.
std::string legitimateMessageXml(const std::string& id);

/// `<inbox id="inbox" pass-mark="70">` holding `firstMessage` and five legitimate messages.
std::string inboxXml(const std::string& firstMessage = maliciousMessageXml(), const std::string& attributes = "pass-mark=\"70\"");

} // namespace mamori::test
