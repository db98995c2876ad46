#pragma once
// Upgrades of older progress-file schemas, applied to the XML before it is read. Each step
// takes a document of schema N to N + 1 and sets its `schema` attribute.

#include "mamori/scoring/result.hpp"

#include <tinyxml2.h>

#include <string>

namespace mamori::scoring {

/// Brings `document` from `schema` up to kProgressSchemaVersion.
Result<Done> migrateProgress(tinyxml2::XMLDocument& document, int schema, const std::string& displayName);

} // namespace mamori::scoring
