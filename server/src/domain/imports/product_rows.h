#pragma once

// The product rows of an import: a row's text cells (field keys of docs/api-imports.md,
// "Products") as the products module's input, and its problems under the same keys.

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/imports/import_types.h"
#include "domain/products/product_types.h"

namespace quanke::imports {

struct ProductRow {
  products::ProductInput input;           // without the category (resolved in the batch)
  std::vector<std::string> category;      // the category path's names, top first; empty for none
  std::string label;                      // the product's code (else its name) as given
  std::vector<FieldIssue> issues;         // cells that cannot be read, under the row's keys
};

// The row as input, with the cells that cannot be read as issues under the row's keys. A price is
// read in yuan ("¥12,345.60", "1200") as fen; a status as on/off or 在售/上架 and 停售/下架.
ProductRow ReadProductRow(const Row& row);

// The products module's field name as the import's key ("listPriceFen" -> "listPrice").
std::string ProductImportField(const std::string& field);

// The fields of an edit that fills an existing product from the row's non-empty cells (policy update).
products::ProductInput ProductUpdateInput(const products::ProductInput& in);

}  // namespace quanke::imports
