#pragma once
// Upgrades of older progress-file schemas, applied to the XML before it is read. Each step
// takes a document of schema N to N + 1 and sets its `schema` attribute.

#include "mamori/scoring/result.hpp"

#include <tinyxml2.h>

#include <string>

namespace mamori::records {

/// Brings `document` from `schema` up to kProgressSchemaVersion.
scoring::Result<scoring::Done> migrateProgress(tinyxml2::XMLDocument& document, int schema, const std::string& displayName);

} // namespace mamori::records
