#include "man_pages.hpp"

#include "app_usage.hpp"
#include "command_help.hpp"
#include "config.hpp"
#include "man_page_writer.hpp"

namespace mamori::tool::man {
namespace {

/// `part` without its first line (a heading such as "  Environment:", which the page has).
std::string_view withoutFirstLine(std::string_view part)
{
    const std::size_t end = part.find('\n');
    return end == std::string_view::npos ? std::string_view() : part.substr(end + 1);
}

/// "  Mamori: trade-secret protection training (守り).\n" → "trade-secret protection training (守り)".
std::string_view appSummary()
{
    std::string_view summary = app::appUsageParts().summary;
    if (const std::size_t colon = summary.find(": "); colon != std::string_view::npos) summary.remove_prefix(colon + 2);
    while (!summary.empty() && (summary.back() == '\n' || summary.back() == '.')) summary.remove_suffix(1);
    return summary;
}

/// Where Mamori looks for things; both programs read them.
std::string files()
{
    return section("FILES") +
           item(bold("/etc/mamori/mamori.conf"),
                "The system's settings, which an administrator controls: lines 'name = value' (see SETTINGS), '#' "
                "starts a comment. A line 'lock = name, name' locks those settings: the user's file, the environment "
                "and the command line cannot change them. Problems are reported as FILE:LINE: error: ... and the line "
                "is ignored.") +
           item(bold("/etc/mamori/organisation.key"),
                "The organisation key that signs and verifies progress files, when it exists (the key-file setting); "
                "made with mamori-tool key create, never as a side effect.") +
           item(bold("$XDG_CONFIG_HOME/mamori/mamori.conf"),
                "The user's settings (default ~/.config/mamori/mamori.conf), read after the system's.") +
           item(bold("$XDG_CONFIG_HOME/mamori/organisation.key"), "The key when there is no system key.") +
           item(bold("$XDG_CONFIG_HOME/mamori/settings.xml"),
                "The app's own settings on this computer: language, text size, sound, theme, the window's place and "
                "the learners who signed in here (mamori --settings).") +
           item(bold("$XDG_DATA_HOME/mamori"),
                "The data folder (the data-dir setting; default ~/.local/share/mamori): learners' signed progress "
                "files in progress/LEARNER-ID.xml, each with its backup, and the records view's exports in exports/. "
                "It may be a network share.") +
           item(bold("$XDG_DATA_HOME/mamori/index.sqlite"),
                "HR's index of everyone's records (the index setting; mamori-tool records, mamori --records). Keep it "
                "on a local disk, or use a PostgreSQL database.") +
           item(bold("$XDG_STATE_HOME/mamori/outbox"),
                "Progress files waiting to be pushed to the records server (the sync-url setting; default "
                "~/.local/state/mamori/outbox).") +
           item(bold("$XDG_CACHE_HOME/mamori"),
                "Built font atlases (default ~/.cache/mamori); deleting it is always safe.") +
           item(bold("/usr/share/mamori/packs"),
                "The lesson packs installed with Mamori (the packs-dir setting, --packs), with organisation.xml, the "
                "organisation's profile, beside them when there is one.") +
           item(bold("/usr/share/mamori/assets"), "The UI's words and sounds (MAMORI_ASSETS).");
}

/// The XDG variables both programs honour (a relative path is ignored, as the specification says).
std::string xdgEnvironment()
{
    return item(bold("XDG_CONFIG_HOME"), "Where the user's settings and key are (default ~/.config).") +
           item(bold("XDG_DATA_HOME"), "Where the data folder is by default (default ~/.local/share).") +
           item(bold("HOME"), "The user's home, for the defaults above.");
}

std::string settings()
{
    std::string text = section("SETTINGS") +
                       paragraph("Each setting comes from its default, then /etc/mamori/mamori.conf, then "
                                 "$XDG_CONFIG_HOME/mamori/mamori.conf, then the environment ($MAMORI_KEY_FILE), then "
                                 "the command line (--data-dir for data-dir and so on; --db for index, --packs for "
                                 "packs-dir); a setting the system file locks keeps its value there. "
                                 "mamori-tool config show prints each one's value and where it came from.");
    for (const app::Config::Description& setting : app::Config::descriptions())
        text += item(bold(setting.name), setting.summary);
    return text;
}

std::string seeAlso(std::string_view other)
{
    return section("SEE ALSO") + ".BR " + escaped(other) + " (1)\n";
}

} // namespace

std::string mamoriPage(std::string_view version)
{
    const app::AppUsageParts& usage = app::appUsageParts();
    return pageHeader("mamori", version) + section("NAME") + "mamori \\- " + escaped(appSummary()) + '\n' +
           section("SYNOPSIS") + helpToTroff(usage.synopsis) + section("DESCRIPTION") +
           paragraph("Mamori is a desktop training and quiz app: short illustrated lessons with narration, quizzes and "
                     "branching scenarios, read from XML lesson packs, in Japanese and English. Learners sign in, and "
                     "their progress is saved after every answer in a progress file signed with the organisation's "
                     "key, so that HR can tell an intact file from an edited one.") +
           paragraph("With --author it is the trainers' author mode, with --records HR's records view; with --script "
                     "it replays a script through the window, for tests and screenshots. Everything works from the "
                     "keyboard.") +
           section("OPTIONS") + helpToTroff(usage.options) + section("EXIT STATUS") +
           paragraph("0 when the app was closed normally.") + helpToTroff(usage.exitStatus) + section("ENVIRONMENT") +
           helpToTroff(withoutFirstLine(usage.environment)) + xdgEnvironment() +
           item(bold("XDG_STATE_HOME"), "Where the outbox of progress files to push is (default ~/.local/state).") +
           files() + settings() + seeAlso("mamori-tool");
}

std::string mamoriToolPage(std::string_view version)
{
    // As a help text would show them: "usage:" on the first, the others under it.
    std::string synopsis;
    for (const ToolCommand& command : toolCommands())
        synopsis +=
            (synopsis.empty() ? "usage: " : "       ") + ("mamori-tool " + std::string(command.synopsis)) + '\n';
    synopsis += "       mamori-tool --help | --version\n";

    std::string commands = section("COMMANDS");
    for (const ToolCommand& command : toolCommands()) {
        commands += subsection(command.name) + paragraph(command.summary) + helpToTroff(commandHelp(command));
    }
    return pageHeader("mamori-tool", version) + section("NAME") +
           "mamori\\-tool \\- check lesson packs and learners' records of Mamori (守り), without a window\n" +
           section("SYNOPSIS") + helpToTroff(synopsis) + section("DESCRIPTION") +
           paragraph("mamori-tool is the headless side of Mamori, the trade-secret protection training: trainers "
                     "validate and lint the lesson packs they write and convert Moodle question banks; "
                     "administrators make the organisation key and check the settings; HR verifies learners' "
                     "signed progress files and keeps the index of everyone's records, with its reports and "
                     "certificates. It uses no GUI code.") +
           paragraph("mamori-tool help COMMAND, or mamori-tool COMMAND --help, prints a command's help, which is "
                     "also below.") +
           commands + section("EXIT STATUS") + paragraph(toolExitStatus()) +
           paragraph("Each command's help above says what its statuses mean for it.") + section("ENVIRONMENT") +
           item(bold("MAMORI_KEY_FILE"), "The organisation key, unless the system's settings lock key-file.") +
           xdgEnvironment() +
           item(bold("PGPASSWORD"),
                "The password of a PostgreSQL index; better, ~/.pgpass (see libpq's documentation).") +
           files() + settings() + seeAlso("mamori");
}

} // namespace mamori::tool::man
