#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/targets/target_types.h"
#include "storage/database.h"

namespace quanke::targets {

struct ScopeTree;

// Targets one cell at a time inside the caller's transaction: what an import of targets
// (docs/api-imports.md, "Targets") writes through, with every check of PUT /targets — the
// permission (target.configure), the metric (targetable), the customer level, the item's values,
// the data scope (an assignee outside the caller's sheet is refused as unknown), the period's lock
// (409 target.locked, details.period) — and its change rows. Field issues name the item's fields
// without the `items[i].` prefix. The caller's sheet is read once, by Open; one writer serves one
// transaction (a batch of rows).
class CellWriter {
 public:
  // permission.denied without target.configure. Serialises the tenant's target writes until the
  // transaction ends, as PUT /targets does.
  static Result<CellWriter> Open(storage::Connection& conn, const org::Caller& caller);
  CellWriter(CellWriter&&) noexcept;
  ~CellWriter();

  // The target set for the cell, or nullopt. validation.failed for a metric, level or period that
  // cannot carry one, and `assigneeId` invalid_value for an assignee outside the caller's sheet.
  Result<std::optional<Target>> Find(storage::Connection& conn, const std::string& metric,
                                     const std::string& customer_level, const std::string& period,
                                     const Assignee& assignee) const;
  // Writes the cell (item.value set); answers it as stored.
  Result<Target> Write(storage::Connection& conn, const std::string& metric, const std::string& customer_level,
                       const TargetItem& item, Instant now) const;

 private:
  CellWriter(const org::Caller& caller, std::unique_ptr<ScopeTree> scope);

  const org::Caller& caller_;
  std::unique_ptr<ScopeTree> scope_;
};

}  // namespace quanke::targets
