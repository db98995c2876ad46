// The words of `mamori --help`, in the parts its man page files apart (app_usage.hpp).

#include "app_usage.hpp"

namespace mamori::app {

const AppUsageParts& appUsageParts()
{
    static const AppUsageParts parts{
        .synopsis =
            "usage: mamori [--data-dir DIR] [--packs DIR] [--user ID] [--key-file FILE] [--settings FILE] [--sync URL] [--mute]\n"
            "       mamori --script SCRIPT --user ID [--screenshot-dir DIR] [--now TIME] [other options]\n"
            "       mamori --author [--packs DIR] [--script AUTHOR-SCRIPT [--screenshot-dir DIR]]\n"
            "       mamori --records [--db FILE|URL] [--data-dir DIR] [--roster FILE] [--role hr|trainer|manager]\n"
            "              [--manager NAME] [--export-dir DIR] [--script RECORDS-SCRIPT [--screenshot-dir DIR] [--now TIME]]\n",
        .summary =
            "  Mamori: trade-secret protection training (守り).\n",
        .options =
            "  --data-dir DIR        where learners' progress is kept (default: the data-dir setting, else\n"
            "                        $XDG_DATA_HOME/mamori)\n"
            "  --packs DIR           the lesson packs to offer (default: the packs-dir setting, else the packs\n"
            "                        installed with Mamori, share/mamori/packs); refused when locked\n"
            "  --user ID             sign in as this learner (created on first use)\n"
            "  --key-file FILE       the organisation key that signs progress files; it must exist (default:\n"
            "                        $MAMORI_KEY_FILE, the key-file setting, /etc/mamori/organisation.key,\n"
            "                        $XDG_CONFIG_HOME/mamori/organisation.key)\n"
            "  --settings FILE       the app's settings (default: $XDG_CONFIG_HOME/mamori/settings.xml)\n"
            "  --sync URL            after each completion, push the learner's signed progress file to the\n"
            "                        organisation's records server (postgresql://…, a role that may only add\n"
            "                        files); off by default (the sync-url setting). Work done offline is pushed\n"
            "                        later; a failed push never stops the training or loses progress\n"
            "  --mute                do not open an audio device\n"
            "  --script SCRIPT       replay a learner script through the window (tests/scripts/README.md), then exit\n"
            "  --screenshot-dir DIR  with --script: save a PNG of every screen the script passes through\n"
            "  --now TIME            with --script: start the clock at TIME, in UTC (2026-04-01T09:00:00Z)\n"
            "  --author              trainers' author mode: the packs of --packs as a tree (jump to any page,\n"
            "                        question or node), each question's answer key, each option's score and\n"
            "                        flags, the diagnostics; a save is read again within a second (inotify;\n"
            "                        edits made from another machine on a network share are not seen: use\n"
            "                        Reload). No learner signs in and no progress is written\n"
            "  --records             HR's records view: dashboard, people, person detail, item analysis. It reads\n"
            "                        the index only (--data-dir: ingest that folder's progress files into it\n"
            "                        first, in the background); it never writes a learner's progress\n"
            "  --db FILE|URL         with --records: the index (default: the index setting)\n"
            "  --roster FILE         with --records: import this roster (CSV) into the index first\n"
            "  --role ROLE           with --records: hr sees everyone; trainer sees figures and item analysis,\n"
            "                        never a name; manager sees only the people of --manager NAME\n"
            "  --export-dir DIR      with --records: where exports and certificates are saved (default:\n"
            "                        $XDG_DATA_HOME/mamori/exports)\n"
            "  With --records, --script takes a records script (app/gui/records/model/records_script.hpp:\n"
            "  tab, department, manager, pack, state, search, sort, open-person, items, screenshot…)\n"
            "  --help, --version\n",
        .exitStatus =
            "  Exit status with --script: 0 the script ran to its end, 1 it failed (SCRIPT:LINE: error: ...),\n"
            "  2 the command line was wrong (an unknown option, a missing value, an invalid --user or --now);\n"
            "  in any mode, 3 an internal check (a Dear ImGui assertion) failed: the message names it.\n",
        .environment =
            "  Environment:\n"
            "  MAMORI_FONT=FILE      the Japanese font (default: fontconfig's IPA P Gothic, else IPA Gothic,\n"
            "                        else any Japanese sans-serif font)\n"
            "  MAMORI_ASSETS=DIR     the UI's words and sounds (default: the installed ones, share/mamori/assets)\n"
            "  MAMORI_KEY_FILE=FILE  the organisation key (see --key-file)\n"
            "  XDG_CACHE_HOME        the built fonts are cached in $XDG_CACHE_HOME/mamori (default\n"
            "                        ~/.cache/mamori); deleting it is always safe\n"
            "  MAMORI_REPORT=1       print the start-up time, the font atlas and resident memory to stderr\n"
            "  MAMORI_QUIT_AFTER_FRAMES=N  close after N frames (for start-up benchmarks)\n"
            "  SDL_AUDIODRIVER=dummy  play sounds nowhere (machines without a sound card)\n",
        .settings =
            "  Settings come from /etc/mamori/mamori.conf (an administrator's, which may lock them), then\n"
            "  $XDG_CONFIG_HOME/mamori/mamori.conf, then these options; mamori-tool config show prints them.\n",
    };
    return parts;
}

const std::string& appUsage()
{
    static const std::string text = [] {
        const AppUsageParts& p = appUsageParts();
        std::string all;
        for (std::string_view part : {p.synopsis, p.summary, p.options, p.exitStatus, p.environment, p.settings})
            all += part;
        return all;
    }();
    return text;
}

} // namespace mamori::app
