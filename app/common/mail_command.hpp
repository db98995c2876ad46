#pragma once
// A learner script's `mail MESSAGE ACTION [TARGET]` line, read the same way by both players.

#include "mamori/scoring/learner_progress.hpp"

#include <optional>
#include <string>
#include <vector>

namespace mamori::app {

struct MailCommand {
    std::string messageId;
    scoring::InboxAction action = scoring::InboxAction::Open;
    std::string target;   ///< a link or attachment id, or a part (`sender`, `phrase:p1`)
};

/// Reads the arguments of a `mail` line; nullopt with `problem` set when they do not fit.
std::optional<MailCommand> readMailCommand(const std::vector<std::string>& args, std::string& problem);

} // namespace mamori::app
