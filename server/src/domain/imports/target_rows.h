#pragma once

// The target rows of an import: a row's text cells (field keys of docs/api-imports.md,
// "Targets") as one cell of the targets sheet, and its problems under the same keys.

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/imports/import_types.h"
#include "domain/targets/target_types.h"

namespace quanke::imports {

struct TargetRow {
  std::string metric;          // the catalogue key ("" when the cell names none)
  std::string period;          // as written ("2026-Q4"); the targets module reads it
  std::string assignee;        // as written: 公司 / company, a department's name, a user's username or name
  std::string customer_level;  // "" for every customer
  targets::TargetItem item;    // the values (period set; the assignee resolved in the batch)
  std::string label;           // "assignee period", for the row's error
  std::vector<FieldIssue> issues;  // cells that cannot be read, under the row's keys
};

// The row as a cell, with the cells that cannot be read as issues under the row's keys. A metric
// is its key or its Chinese or English name (as the web's target pages show them); money metrics'
// values are in yuan ("¥12,000", "1.5") as fen, counts whole numbers.
TargetRow ReadTargetRow(const Row& row);

// Whether the assignee cell names the company (公司, 全公司, company).
bool NamesCompany(const std::string& text);

// The targets module's field name as the import's key ("assigneeId" -> "assignee").
std::string TargetImportField(const std::string& field);

}  // namespace quanke::imports
