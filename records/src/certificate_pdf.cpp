// A certificate as a one-page A4 PDF: cairo draws the text with the Japanese font (found by
// fontconfig under its family name) and the QR code module by module from libqrencode.

#include "mamori/records/certificate.hpp"
#include "mamori/records/report_export.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <qrencode.h>

#include <cstdio>
#include <memory>

namespace mamori::records {
namespace {

constexpr double kPageWidth = 595.28;   // A4 in points
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56;
constexpr const char* kFontFamily = "IPAPGothic";   // fonts-ipafont-gothic; fontconfig finds it by name

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

/// Draws `text` centred at `y`, in `size` points, shrunk to fit the page's text width.
void centred(cairo_t* cr, const std::string& text, double y, double size, bool bold = false)
{
    if (text.empty()) return;
    cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_text_extents_t extents;
    for (;;) {
        cairo_set_font_size(cr, size);
        cairo_text_extents(cr, text.c_str(), &extents);
        if (extents.x_advance <= kPageWidth - 2 * kMargin - 20 || size <= 8) break;
        size *= 0.92;
    }
    cairo_move_to(cr, (kPageWidth - extents.x_advance) / 2, y);
    cairo_show_text(cr, text.c_str());
}

void leftText(cairo_t* cr, const std::string& text, double x, double y, double size)
{
    cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
    cairo_move_to(cr, x, y);
    cairo_show_text(cr, text.c_str());
}

/// The QR code of `text` with its top left corner at (x, y), `side` points square, quiet zone included.
bool drawQr(cairo_t* cr, const std::string& text, double x, double y, double side)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!qr) return false;
    const int quiet = 4;
    const double module = side / (qr->width + 2 * quiet);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, side, side);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int row = 0; row < qr->width; ++row) {
        for (int column = 0; column < qr->width; ++column) {
            if (qr->data[row * qr->width + column] & 1) {
                cairo_rectangle(cr, x + (column + quiet) * module, y + (row + quiet) * module, module, module);
            }
        }
    }
    cairo_fill(cr);
    return true;
}

std::string percentText(std::optional<double> percent)
{
    if (!percent) return "—";
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", *percent);
    return text;
}

void drawPage(cairo_t* cr, const CertificateFacts& facts, const std::string& code, std::string_view verifyUrl, const TimeZone& zone)
{
    // A double frame in the heading colour of the app.
    cairo_set_source_rgb(cr, 0.12, 0.23, 0.42);
    cairo_set_line_width(cr, 3);
    cairo_rectangle(cr, 28, 28, kPageWidth - 56, kPageHeight - 56);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 0.8);
    cairo_rectangle(cr, 36, 36, kPageWidth - 72, kPageHeight - 72);
    cairo_stroke(cr);

    centred(cr, "修了証", 150, 40, true);
    centred(cr, "Certificate of Completion", 185, 18);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.12);
    centred(cr, facts.name + " 殿", 275, 28, true);
    centred(cr, "あなたは次の研修を修了したことを証します。", 320, 13);
    centred(cr, "has completed the training", 340, 12);
    centred(cr, facts.titleJapanese.empty() ? facts.packId : facts.titleJapanese, 400, 22, true);
    centred(cr, facts.titleEnglish, 430, 15);

    const Date completed = zone.localDate(facts.completedAt);
    const double labels = 150, values = 310;
    double y = 500;
    for (const auto& [label, value] : {std::pair<std::string, std::string>{"修了日 / Completed on", formatDate(completed)},
                                       {"得点 / Score", percentText(facts.scorePercent)},
                                       {"研修の版 / Version", facts.packVersion},
                                       {"社員番号 / Employee ID", facts.learnerId}}) {
        leftText(cr, label, labels, y, 11);
        leftText(cr, value, values, y, 13);
        y += 26;
    }

    // The verification code, and the QR code that holds it, at the foot of the page.
    const double qrSide = 118;
    drawQr(cr, certificateQrText(code, verifyUrl), kPageWidth - kMargin - qrSide, kPageHeight - kMargin - qrSide - 10, qrSide);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.12);
    leftText(cr, "確認コード / Verification code", kMargin + 10, kPageHeight - 150, 10);
    leftText(cr, code, kMargin + 10, kPageHeight - 128, 16);
    const std::string where = verifyUrl.empty() ? "人事部門にお問い合わせください / Ask your HR department to verify it"
                                                : std::string(verifyUrl);
    leftText(cr, where, kMargin + 10, kPageHeight - 108, 8);
    leftText(cr, "Mamori 守り", kMargin + 10, kPageHeight - 78, 9);
}

} // namespace

std::optional<std::string> writeCertificatePdf(const CertificateFacts& facts, const OrganisationKey& key, std::string_view verifyUrl,
                                               const TimeZone& zone, const std::filesystem::path& file)
{
    const std::string code = certificateCode(key, facts.learnerId, facts.packId, facts.packVersion, facts.completedAt);
    std::string pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &pdf, kPageWidth, kPageHeight);
    const std::string title = "修了証 / Certificate — " + facts.name;
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Mamori");
    cairo_t* cr = cairo_create(surface);
    drawPage(cr, facts, code, verifyUrl, zone);
    cairo_show_page(cr);
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (drawn != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS) {
        return std::string("cannot draw the certificate: ") + cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished);
    }
    auto written = replaceReportFile(file, [&](const std::filesystem::path& temporary) { return writeWholeFile(temporary, pdf); });
    if (!written) return written.refusal().message;
    return std::nullopt;
}

} // namespace mamori::records
