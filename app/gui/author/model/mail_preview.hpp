#pragma once
// What the author mode shows of one inbox message, built without a window so that tests read it:
// the sender's name and real address, reply-to, date, subject and headers; the body with each
// link's real target written beside its shown text and each marked phrase followed by its id;
// attachments as a learner sees them and with their hidden characters made visible ([RLO]); the
// clues with the part each points at; the consequence and the debrief. All in one language.

#include "ui_strings.hpp"

#include "mamori/lessons/model.hpp"
#include "mamori/lessons/pack_library.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mamori::app {

/// How the body marks what the learner never sees: `{0}` is the link's target or the phrase's id.
struct MailMarkers {
    std::string linkTarget = "〔→ {0}〕";
    std::string phraseId = "〔{0}〕";
};

/// The anchors of the marker spans added to the body, so that the screen can colour them.
inline constexpr std::string_view kLinkTargetAnchor = "\x01target";
inline constexpr std::string_view kPhraseIdAnchor = "\x01phrase";

struct MailAttachmentPreview {
    std::string id;
    std::string shown;      ///< as a mail client shows it (visual order: an RLO trick takes effect)
    std::string revealed;   ///< logical order with hidden characters as markers: "請求書_[RLO]fdp.exe"
    bool hidden = false;    ///< the name holds hidden characters
    std::string size;
};

struct MailCluePreview {
    lessons::MailPart part;
    std::string partText;   ///< what the part is: a link's shown text and target, a phrase, an attachment's revealed name…
    lessons::RichText explanation;
};

struct MailPreview {
    lessons::Verdict verdict = lessons::Verdict::Legitimate;
    std::string fromName, fromAddress, replyTo, date, subject;
    std::vector<std::pair<std::string, std::string>> headers;   ///< name, value
    /// Each paragraph: link spans keep their link id as anchor and are followed by a span
    /// (anchor kLinkTargetAnchor) with the real target; phrases keep their id and are followed by
    /// one (anchor kPhraseIdAnchor) with that id.
    std::vector<lessons::RichText> body;
    std::vector<MailAttachmentPreview> attachments;
    std::vector<MailCluePreview> clues;
    lessons::RichText consequence, debrief;
};

MailPreview buildMailPreview(const lessons::MailMessage& message, lessons::Language language, const MailMarkers& markers = {});

/// The characters the previews show that are not among a pack's texts (addresses, targets,
/// headers, sizes, names in visual order), for the font's glyphs.
std::string mailPreviewCharacters(const lessons::PackLibrary& library);

/// Every character the author window may draw, for the font: the packs' texts, the app's words
/// and mailPreviewCharacters, with invisible characters (U+202E…) as the markers the previews
/// show instead, since the font has no glyph for them.
std::string authorCharacters(const lessons::PackLibrary& library, const UiStrings& strings);

} // namespace mamori::app
