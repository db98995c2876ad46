#pragma once
// The learners' progress files of a folder, read from the directory a batch at a time, so that
// an ingest's memory does not grow with their number.

#include "index_rows.hpp"
#include "mamori/records/regular_file.hpp"

#include <dirent.h>
#include <vector>

namespace mamori::records {

class ProgressListing {
public:
    static scoring::Result<ProgressListing> open(const Folder& folder);

    ProgressListing(ProgressListing&& other) noexcept;
    ProgressListing& operator=(ProgressListing&&) = delete;
    ProgressListing(const ProgressListing&) = delete;
    ProgressListing& operator=(const ProgressListing&) = delete;
    ~ProgressListing();

    /// The next `count` files or fewer, `<id>.xml`, whatever stands there (a link or a FIFO is
    /// listed too, and reported by the check); backups and rejected files are not. Empty at the end.
    std::vector<FileStamp> next(std::size_t count);

private:
    explicit ProgressListing(DIR* dir) : dir_(dir) {}
    DIR* dir_ = nullptr;
};

} // namespace mamori::records
