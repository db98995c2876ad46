#include "records_ui.hpp"

namespace mamori::app {

std::string RecordsUi::packTitle(const std::string& packId) const
{
    if (const lessons::Pack* pack = library.find(packId)) return pack->title.plain(model.language);
    return packId;
}

} // namespace mamori::app
