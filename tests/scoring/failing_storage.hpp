#pragma once
// Storage that fails on purpose: the Nth write and everything after it fail with "No space
// left on device", as a full disk would.

#include "mamori/scoring/storage.hpp"

namespace mamori::test {

class FailingStorage final : public scoring::Storage {
public:
    /// Writes (replaceDurably and keepCopy) from the `failFrom`-th on fail; 0 never fails.
    explicit FailingStorage(int failFrom = 0) : failFrom_(failFrom) {}

    void failFrom(int write) { failFrom_ = write; writes_ = 0; }
    int writes() const { return writes_; }

    scoring::Result<std::optional<std::string>> read(const std::filesystem::path& file, std::size_t maxBytes) override
    {
        return real_.read(file, maxBytes);
    }
    scoring::Result<scoring::Done> replaceDurably(const std::filesystem::path& target, std::string_view bytes) override
    {
        if (fails()) return scoring::refuse("disk-full", "cannot write " + target.string() + ".tmp: No space left on device");
        return real_.replaceDurably(target, bytes);
    }
    scoring::Result<scoring::Done> keepCopy(const std::filesystem::path& source, const std::filesystem::path& copy) override
    {
        if (fails()) return scoring::refuse("disk-full", "cannot write " + copy.string() + ": No space left on device");
        return real_.keepCopy(source, copy);
    }
    scoring::Result<scoring::Done> move(const std::filesystem::path& from, const std::filesystem::path& to) override
    {
        return real_.move(from, to);
    }

private:
    bool fails() { return failFrom_ > 0 && ++writes_ >= failFrom_; }

    scoring::PosixStorage real_;
    int failFrom_ = 0;
    int writes_ = 0;
};

} // namespace mamori::test
