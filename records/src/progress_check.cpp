#include "mamori/records/progress_check.hpp"

#include "mamori/records/learner_id.hpp"
#include "mamori/records/progress_file.hpp"
#include "mamori/records/progress_limits.hpp"
#include "mamori/records/signing.hpp"
#include "progress_scan.hpp"

namespace mamori::records {
namespace {

using Status = ProgressCheck::Status;

Status statusOf(SignatureCheck check)
{
    switch (check) {
    case SignatureCheck::Valid: return Status::Valid;
    case SignatureCheck::Unsigned: return Status::Unsigned;
    case SignatureCheck::OtherKey: return Status::OtherKey;
    case SignatureCheck::Tampered: return Status::Tampered;
    }
    return Status::Corrupt;
}

ProgressCheck failed(Status status, std::string problem, std::string signature = {})
{
    ProgressCheck check;
    check.status = status;
    check.problem = std::move(problem);
    check.signature = std::move(signature);
    return check;
}

/// Checks content read from a file whose records must belong to `learnerId` (nullopt: its
/// name names no learner).
ProgressCheck checkContent(const std::string& bytes, const std::string& shownPath, const std::optional<std::string>& learnerId,
                           const OrganisationKey& key)
{
    const VerifiedContent verified = verifySignature(bytes, key);
    const std::string signature = signatureValue(bytes);
    if (verified.check != SignatureCheck::Valid) {
        if (verified.check == SignatureCheck::Unsigned && bytes.find("</progress>") == std::string::npos) {
            return failed(Status::Corrupt, "the file is incomplete (cut off before its end)", signature);
        }
        return failed(statusOf(verified.check), std::string(signatureCheckName(verified.check)), signature);
    }
    // Files as Mamori writes them are scanned; any other (an older schema, a fault) goes
    // through tinyxml2 and the migrations, which accept nothing the scanner refuses.
    std::optional<ProgressDocument> document = parseWrittenProgress(verified.content, shownPath);
    if (!document) {
        auto parsed = parseProgress(verified.content, shownPath);
        if (!parsed) {
            return failed(parsed.refusal().code == scoring::RefusalCode::ProgressNewer ? Status::Newer : Status::Corrupt, parsed.refusal().message,
                          signature);
        }
        document = std::move(parsed.value());
    }
    ProgressCheck check;
    check.signature = signature;
    check.progress = std::move(document->progress);
    check.history = std::move(document->history);
    check.writtenBy = std::move(document->writtenBy);
    if (!learnerId || check.progress->learnerId != *learnerId) {
        check.status = Status::WrongLearner;
        check.problem = "holds the records of learner '" + check.progress->learnerId + "', but its name " +
                        (learnerId ? "says '" + *learnerId + "'" : "names no learner (LEARNER-ID.xml)") +
                        ": a file renamed, swapped or copied over another";
        return check;
    }
    check.status = Status::Valid;
    return check;
}

ProgressCheck checkNamed(const Folder& folder, std::string_view name, const std::optional<std::string>& learnerId,
                         const OrganisationKey& key, Storage& storage)
{
    auto content = storage.read(folder, name, kMaxProgressFileBytes);
    if (!content) {
        const Status status = content.refusal().code == scoring::RefusalCode::NotRegular ? Status::NotRegular : Status::Unreadable;
        return failed(status, content.refusal().message);
    }
    if (!content.value()) return failed(Status::Missing, "no such file");
    return checkContent(*content.value(), folder.pathOf(name).string(), learnerId, key);
}

} // namespace

std::string_view checkStatusName(Status status)
{
    switch (status) {
    case Status::Valid: return "valid";
    case Status::Missing: return "missing";
    case Status::NotRegular: return "not-regular";
    case Status::Unreadable: return "unreadable";
    case Status::Corrupt: return "corrupt";
    case Status::Unsigned: return "unsigned";
    case Status::OtherKey: return "other-key";
    case Status::Tampered: return "tampered";
    case Status::Newer: return "newer";
    case Status::WrongLearner: return "wrong-learner";
    }
    return "?";
}

ProgressCheck checkProgressAt(const Folder& folder, std::string_view name, const std::string& learnerId,
                              const OrganisationKey& key, Storage& storage)
{
    return checkNamed(folder, name, learnerId, key, storage);
}

ProgressCheck checkProgressContent(const std::string& content, const std::string& shownName, const std::string& learnerId,
                                   const OrganisationKey& key)
{
    if (content.size() > kMaxProgressFileBytes) return failed(Status::Unreadable, "larger than a progress file can be");
    return checkContent(content, shownName, learnerId, key);
}

ProgressCheck checkProgressFile(const std::filesystem::path& file, const OrganisationKey& key, Storage& storage)
{
    auto folder = Folder::open(file.parent_path(), Links::Follow);
    if (!folder) return failed(Status::Unreadable, folder.refusal().message);
    const std::string name = file.filename().string();
    return checkNamed(folder.value(), name, learnerIdInFileName(name), key, storage);
}

} // namespace mamori::records
