#include "mamori/lessons/organisation_profile.hpp"

#include "element_rules.hpp"
#include "pack_reader.hpp"
#include "read_context.hpp"
#include "text_reader.hpp"
#include "xml_document.hpp"

#include <algorithm>

namespace mamori::lessons {
namespace {

namespace fs = std::filesystem;
using detail::XMLElement;

/// A profile is a page of settings: far below a pack's limit.
constexpr std::size_t kMaxProfileBytes = 256 * 1024;
constexpr int kProfileFormat = 1;
/// A slot stands inside a sentence; a paragraph there would break it.
constexpr std::size_t kMaxSlotTextBytes = 300;

const detail::DocumentKind kProfileDocument{"organisation", "an organisation profile", "organisation profiles",
                                            kMaxProfileBytes, "it holds only names, contacts and places",
                                            "<organisation format=\"1\" languages=\"ja en\">",
                                            &detail::organisationElementRules()};

void readSlots(const XMLElement& root, detail::ReadContext& context, OrganisationProfile& profile)
{
    std::map<std::string, int> seen;  // key → line
    detail::ReadContext::forEach(root, "slot", [&](const XMLElement& e) {
        LocalizedText text = detail::readText(e, context);
        const char* rawKey = e.Attribute("key");
        if (!rawKey) return;  // reported by readText's structure check
        const std::string key = rawKey;
        const int line = detail::attributeLine(e, "key");
        if (!isSlotKey(key)) {
            context.diagnostics.error(line, "unknown-slot", detail::unknownSlotKeyMessage(key));
            return;
        }
        if (auto earlier = seen.find(key); earlier != seen.end()) {
            context.diagnostics.error(line, "duplicate-id",
                                      "slot " + detail::quote(key) + " is already set on line " + std::to_string(earlier->second));
            return;
        }
        seen.emplace(key, line);
        for (Language language : context.languages) {
            if (text.has(language) && text.in(language).plainSize() > kMaxSlotTextBytes) {
                context.error(e, "too-long",
                              "slot " + detail::quote(key) + " is longer than " + std::to_string(kMaxSlotTextBytes) +
                                  " bytes; it is shown inside a sentence");
            }
        }
        profile.slots.emplace(key, std::move(text));
    });
}

ProfileLoadResult load(std::string_view xml, std::string displayName, const fs::path& file)
{
    DiagnosticList diagnostics(std::move(displayName));
    auto profile = std::make_shared<OrganisationProfile>();
    tinyxml2::XMLDocument document(true, tinyxml2::PRESERVE_WHITESPACE);
    if (const XMLElement* root = detail::parseDocument(xml, kProfileDocument, document, diagnostics)) {
        detail::ReadContext context(diagnostics, file.parent_path());
        context.rules = &detail::organisationElementRules();
        context.slotsAllowed = false;
        context.checkStructure(*root);
        context.languages = detail::readLanguages(*root, context);
        if (const auto format = context.integer(*root, "format", 1, 1000); format && *format > kProfileFormat) {
            context.diagnostics.error(detail::attributeLine(*root, "format"), "unsupported-format",
                                      "the profile uses format " + std::to_string(*format) + ", but this version of Mamori reads format " +
                                          std::to_string(kProfileFormat));
        }
        profile->name = detail::readOptionalText(*root, "name", context);
        readSlots(*root, context, *profile);
    }
    diagnostics.sortByLine();
    ProfileLoadResult result;
    result.diagnostics = diagnostics.all();
    result.errors = diagnostics.errorCount();
    result.warnings = diagnostics.warningCount();
    if (!diagnostics.hasErrors()) {
        profile->file = file;
        result.profile = std::move(profile);
    }
    return result;
}

} // namespace

const std::vector<SlotKey>& slotKeys()
{
    static const std::vector<SlotKey> keys{
        {"report-to", "whom a learner tells first (上司 / your manager)"},
        {"security-contact", "the department for security incidents: lost devices, clicked links, leaks"},
        {"suspicious-mail-contact", "the phone number or mailbox for suspicious mail"},
        {"rules-location", "where the organisation's rules are kept"},
        {"completion-department", "the department that confirms training completion"},
        {"legal-contact", "the legal or compliance department"},
        {"whistleblowing-contact", "the internal whistle-blowing desk"},
    };
    return keys;
}

bool isSlotKey(std::string_view key)
{
    const auto& keys = slotKeys();
    return std::any_of(keys.begin(), keys.end(), [&](const SlotKey& k) { return k.key == key; });
}

const LocalizedText* OrganisationProfile::slot(std::string_view key) const
{
    auto it = slots.find(std::string(key));
    return it == slots.end() ? nullptr : &it->second;
}

ProfileLoadResult loadOrganisationProfileFromMemory(std::string_view xml, std::string displayName)
{
    return load(xml, std::move(displayName), {});
}

ProfileLoadResult loadOrganisationProfile(const fs::path& file, std::string displayName)
{
    if (displayName.empty()) displayName = file.string();
    std::string content;
    if (auto problem = detail::readBoundedFile(file, kMaxProfileBytes, content)) {
        ProfileLoadResult result;
        result.diagnostics.push_back({displayName, 0, Severity::Error, "cannot-read", std::move(*problem)});
        result.errors = 1;
        return result;
    }
    return load(content, displayName, file);
}

fs::path defaultProfileFile(const fs::path& packsFolder)
{
    return packsFolder / "organisation.xml";
}

} // namespace mamori::lessons
