#pragma once

// Reading a spreadsheet's cells as the import's rows hold them (text by field key): shared by the
// readers of every object (customers, products, targets).

#include <cstdint>
#include <optional>
#include <string>

#include "domain/imports/import_types.h"

namespace quanke::imports {

std::string Trim(const std::string& s);

// A cell's trimmed text; nullopt when the row has none or it is blank.
std::optional<std::string> Cell(const Row& row, const std::string& key);

// A number as written in a sheet: "12,345.6", "¥1,000", " 42 ".
std::optional<double> ParseNumber(const std::string& v);

// An amount in yuan as written in a sheet ("¥12,345.60", "1200") in fen, rounded to the fen.
std::optional<std::int64_t> YuanToFen(const std::string& v);

// A whole number as written in a sheet ("1,200", "42"); nullopt for a fraction or other text.
std::optional<std::int64_t> ParseCount(const std::string& v);

}  // namespace quanke::imports
