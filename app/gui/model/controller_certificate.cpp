// A learner saves the certificate of a pack they completed, from their own signed records: the
// same document, and the same verification code, that HR makes from the index.

#include "controller.hpp"

#include "key_location.hpp"

#include "mamori/records/certificate.hpp"

#include <sys/stat.h>
#include <unistd.h>

namespace mamori::app {

using namespace mamori::lessons;

void AppController::saveCertificate(const std::string& packId)
{
    if (!model_.session) return;
    std::optional<records::CertificateFacts> facts = records::certificateFactsFromProgress(model_.session->progress(), packId);
    if (!facts) {
        notify(Notice::Level::Warning, "certificate.not-complete");
        return;
    }
    if (const auto p = pack(packId)) {
        if (p->title.has(Language::Japanese)) facts->titleJapanese = p->title.plain(Language::Japanese);
        if (p->title.has(Language::English)) facts->titleEnglish = p->title.plain(Language::English);
    }
    auto key = keyForReading(env_.key);
    if (!key) {
        refused(key.refusal());
        return;
    }
    // In the learner's data folder, readable by them only: it names them and their score.
    const std::filesystem::path folder = env_.dataDir / "certificates";
    // The data folder may be a share: a planted link in place of the folder would send the
    // learner's certificate elsewhere, so only a real folder of our own is written into.
    struct stat info {};
    ::mkdir(folder.c_str(), 0700);
    if (::lstat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid()) {
        notify(Notice::Level::Error, "certificate.failed", {}, {folder.string() + " is not a folder of yours"});
        return;
    }
    const std::filesystem::path file = folder / (facts->learnerId + "-" + packId + ".pdf");
    const records::TimeZone zone = records::TimeZone::ofThisComputer();
    if (auto problem = records::writeCertificatePdf(*facts, key.value().key, env_.certificateUrl, zone, file)) {
        notify(Notice::Level::Error, "certificate.failed", {}, {*problem});
        return;
    }
    notify(Notice::Level::Success, "certificate.saved", {}, {file.string()});
}

} // namespace mamori::app
