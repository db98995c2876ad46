#pragma once
// Storage that fails on purpose: the Nth write and everything after it fail with "No space
// left on device", as a full disk would.

#include "mamori/records/storage.hpp"

namespace mamori::test {

class FailingStorage final : public records::Storage {
public:
    /// Writes (replaceDurably and keepCopy) from the `failFrom`-th on fail; 0 never fails.
    explicit FailingStorage(int failFrom = 0) : failFrom_(failFrom) {}

    void failFrom(int write)
    {
        failFrom_ = write;
        writes_ = 0;
    }
    int writes() const { return writes_; }

    scoring::Result<std::optional<std::string>> read(const records::Folder& folder, std::string_view name, std::size_t maxBytes) override
    {
        return real_.read(folder, name, maxBytes);
    }
    scoring::Result<scoring::Done> replaceDurably(const records::Folder& folder, std::string_view name, std::string_view bytes) override
    {
        if (fails()) return scoring::refuse(scoring::RefusalCode::DiskFull, "cannot write " + folder.pathOf(name).string() + ".tmp: No space left on device");
        return real_.replaceDurably(folder, name, bytes);
    }
    scoring::Result<scoring::Done> keepCopy(const records::Folder& folder, std::string_view source, std::string_view copy) override
    {
        if (fails()) return scoring::refuse(scoring::RefusalCode::DiskFull, "cannot write " + folder.pathOf(copy).string() + ": No space left on device");
        return real_.keepCopy(folder, source, copy);
    }
    scoring::Result<scoring::Done> move(const records::Folder& folder, std::string_view from, std::string_view to) override
    {
        return real_.move(folder, from, to);
    }

private:
    bool fails() { return failFrom_ > 0 && ++writes_ >= failFrom_; }

    records::PosixStorage real_;
    int failFrom_ = 0;
    int writes_ = 0;
};

} // namespace mamori::test
