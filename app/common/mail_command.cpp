#include "mail_command.hpp"

namespace mamori::app {

std::optional<MailCommand> readMailCommand(const std::vector<std::string>& args, std::string& problem)
{
    if (args.size() < 2) {
        problem = "mail takes a message and an action";
        return std::nullopt;
    }
    const std::optional<scoring::InboxAction> action = scoring::inboxActionFromName(args[1]);
    if (!action) {
        problem = "unknown mail action '" + args[1] +
                  "'; the actions are open, open-link, open-attachment, reply, mark, unmark, report, delete and mark-safe";
        return std::nullopt;
    }
    const bool needsTarget = scoring::inboxActionHasTarget(*action);
    if (needsTarget != (args.size() == 3)) {
        problem = "'" + args[1] + (needsTarget ? "' needs what it acts on (a link, an attachment or a part)" : "' takes nothing after it");
        return std::nullopt;
    }
    return MailCommand{args[0], *action, needsTarget ? args[2] : std::string()};
}

} // namespace mamori::app
