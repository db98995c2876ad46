#pragma once
// The building blocks the screens share: wrapped rich text, buttons the script mode can
// find, answer rows, callouts, badges.

#include "ui_context.hpp"

#include "mamori/lessons/text.hpp"
#include "mamori/scoring/completion.hpp"

#include <functional>
#include <string>
#include <vector>

namespace mamori::app::ui {

/// Draws text with emphasis, wrapped to the available width with Japanese line-breaking rules
/// (no line starts with 、。」 and the like). `font` is the regular face; <strong> uses bold.
void richText(UiContext& ui, const lessons::RichText& text, ImFont* font, ImU32 colour, float wrapWidth = 0);

/// Plain wrapped text in one font and colour.
void wrappedText(UiContext& ui, const std::string& text, ImFont* font, ImU32 colour, float wrapWidth = 0);

/// A translated text in the learner's language.
void localizedText(UiContext& ui, const lessons::LocalizedText& text, ImFont* font, ImU32 colour, float wrapWidth = 0);

/// A button tracked under `name`. `primary` buttons are larger and filled.
bool button(UiContext& ui, const std::string& name, const char* label, bool enabled = true, bool primary = false);

/// The width `button` will take for `label`, to lay out a row before drawing it.
float buttonWidth(UiContext& ui, const char* label, bool primary = false);

/// Puts the next widget, `nextWidth` wide, on the line of the last one when it fits there,
/// and on a new line when not: a row of buttons wraps at large text sizes instead of running
/// off the window.
void sameLineIfRoom(float nextWidth);

/// `text` cut at a character boundary and ended with "…" so that it fits `width` in the
/// current font; unchanged when it fits.
std::string fitText(const std::string& text, float width);

enum class Mark { None, Right, Wrong, Partly };

/// A full-width answer row: a radio circle (or check box when `multiple`), an optional
/// number badge for the keyboard, and wrapped text. Returns true when clicked or activated.
/// `width` 0 takes the whole line; `marker` false draws no radio or check box (ordering rows).
bool choiceRow(UiContext& ui, const std::string& name, int number, const lessons::LocalizedText& text, bool selected,
               bool multiple, Mark mark = Mark::None, bool enabled = true, float width = 0, bool marker = true);

/// A highlighted box around content drawn by `body`; returns its rectangle.
WidgetRect box(UiContext& ui, ImU32 background, ImU32 border, const std::function<void()>& body);

/// A callout: tip, warning or rule, with its label.
void callout(UiContext& ui, lessons::CalloutKind kind, const lessons::RichText& text);

/// "Not started", "In progress", "Passed", "Failed", coloured.
void statusBadge(UiContext& ui, scoring::ActivityStatus status);

/// A thin progress bar with a label inside.
void progressBar(UiContext& ui, float fraction, const std::string& label, float width);

/// Where an anchored span of a text (a mail's link or phrase) was drawn: one rectangle per line
/// it covers.
struct AnchorRect {
    std::string anchor;
    ImVec2 min, max;
};

/// richText whose anchored spans (lessons::Span::anchor) take the colour `anchorColour` gives
/// them; returns where each was drawn, for the caller to make them interactive.
std::vector<AnchorRect> anchoredText(UiContext& ui, const lessons::RichText& text, ImFont* font, ImU32 colour,
                                     const std::function<ImU32(const std::string& anchor)>& anchorColour, float wrapWidth = 0);

/// Space between sections, scaled.
void gap(UiContext& ui, float pixels = 10);

/// Draws `content` when any of it is in view, and otherwise only reserves the height it had
/// when last drawn at this width, language and text size: a long page, review or catalog costs
/// a frame what is on screen, not all of it. `id` names the block within the window.
void whenVisible(UiContext& ui, const std::string& id, const std::function<void()>& content);

/// Digits 1-9 typed while no text field has the keyboard (for picking choices by number).
int digitPressed();

/// Enter pressed while no text field has the keyboard (or the answer field, which submits).
bool enterPressed();

} // namespace mamori::app::ui
