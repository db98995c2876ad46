// mamori-tool records certificate: HR makes a certificate of completion as a PDF from the index,
// and anyone holding one checks its code against the index (records/certificate.hpp).

#include "key_location.hpp"
#include "records_options.hpp"

#include "mamori/lessons/pack_library.hpp"
#include "mamori/records/certificate.hpp"

#include <ostream>

namespace mamori::tool {
namespace {

using namespace mamori::records;

/// The pack's title in each language, from the packs folder; empty when the pack is not there.
void addTitles(CertificateFacts& facts, const std::filesystem::path& packsDir)
{
    const lessons::PackLibrary library = lessons::loadPackLibrary(packsDir);
    if (const lessons::Pack* pack = library.find(facts.packId)) {
        if (pack->title.has(lessons::Language::Japanese)) facts.titleJapanese = pack->title.plain(lessons::Language::Japanese);
        if (pack->title.has(lessons::Language::English)) facts.titleEnglish = pack->title.plain(lessons::Language::English);
    }
}

std::string percentText(std::optional<double> value)
{
    return value ? std::to_string(static_cast<int>(*value + 0.5)) + "%" : "no quiz";
}

int make(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    if (!options.learner || !options.pack || !options.out) {
        streams.err << "mamori-tool records certificate make: --learner ID, --pack ID and --out FILE.pdf are needed\n";
        return kExitUsage;
    }
    auto zone = TimeZone::namedOrLocal(settings.timeZone());
    if (!zone) {
        streams.err << "mamori-tool records certificate: " << zone.refusal().message << '\n';
        return kExitUsage;
    }
    auto key = app::keyForReading(settings.key());
    auto index = key ? openIndex(settings) : scoring::Result<OrgIndex>(key.refusal());
    if (!index) {
        streams.err << "mamori-tool records certificate: error: " << index.refusal().message << '\n';
        return kExitProblems;
    }
    auto facts = certificateFactsFor(index.value(), *options.learner, *options.pack);
    if (!facts) {
        streams.err << "mamori-tool records certificate: error: " << facts.refusal().message << '\n';
        return kExitProblems;
    }
    if (!facts.value()) {
        streams.err << "mamori-tool records certificate: " << *options.learner << " has no verified completion of " << *options.pack
                    << " in the index (" << shownIndex(settings) << "); run records ingest first if they completed it since\n";
        return kExitProblems;
    }
    CertificateFacts& certificate = *facts.value();
    addTitles(certificate, options.packsDir);
    if (auto problem = writeCertificatePdf(certificate, key.value().key, settings.certificateUrl(), zone.value(), *options.out)) {
        streams.err << "mamori-tool records certificate: error: " << *problem << '\n';
        return kExitProblems;
    }
    streams.out << "wrote the certificate of " << certificate.name << " (" << certificate.learnerId << ") for " << certificate.packId
                << " " << certificate.packVersion << ", completed on " << formatDate(zone.value().localDate(certificate.completedAt))
                << ", to " << options.out->string() << "; code "
                << certificateCode(key.value().key, certificate.learnerId, certificate.packId, certificate.packVersion,
                                   certificate.completedAt)
                << '\n';
    return kExitOk;
}

int verify(const app::Config& settings, const std::string& typed, Streams streams)
{
    const std::optional<std::string> code = normalizeCertificateCode(typed);
    if (!code) {
        streams.err << "mamori-tool records certificate verify: '" << typed
                    << "' is not a certificate code: 16 letters and digits, such as 7K2M-Q9XD-3FHA-W0TB\n";
        return kExitUsage;
    }
    auto zone = TimeZone::namedOrLocal(settings.timeZone());
    auto key = app::keyForReading(settings.key());
    auto index = key ? openIndex(settings) : scoring::Result<OrgIndex>(key.refusal());
    if (!index || !zone) {
        streams.err << "mamori-tool records certificate: error: " << (zone ? index.refusal() : zone.refusal()).message << '\n';
        return kExitProblems;
    }
    auto found = findCertificate(index.value(), key.value().key, *code);
    if (!found) {
        streams.err << "mamori-tool records certificate: error: " << found.refusal().message << '\n';
        return kExitProblems;
    }
    if (!found.value()) {
        streams.out << "NOT VERIFIED: no verified completion in the index has the code " << *code << '\n';
        return kExitProblems;
    }
    const CertificateFacts& facts = *found.value();
    streams.out << "VERIFIED: " << *code << " is the certificate of " << facts.name << " (" << facts.learnerId << ") for "
                << facts.packId << " " << facts.packVersion << ", completed on " << formatDate(zone.value().localDate(facts.completedAt))
                << ", score " << percentText(facts.scorePercent) << '\n';
    return kExitOk;
}

} // namespace

int recordsCertificate(const app::Config& settings, const RecordsOptions& options, Streams streams)
{
    const std::vector<std::string>& words = options.words;
    if (words.size() == 2 && words[1] == "make") return make(settings, options, streams);
    if (words.size() == 3 && words[1] == "verify") return verify(settings, words[2], streams);
    streams.err << "mamori-tool records certificate: make --learner ID --pack ID --out FILE.pdf, or verify CODE\n";
    return kExitUsage;
}

} // namespace mamori::tool
