#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/targets/target_types.h"
#include "storage/database.h"

namespace quanke::targets {

class ActualsCache;

// Targets (目标) per metric, period and assignee, their decomposition, period locks, the change
// log and attainment (达成) (docs/api-targets.md, "Targets"). Reading needs `target.view` and
// shows the company plus the departments and people of the caller's data scope; writing,
// decomposing and locking need `target.configure` (403 permission.denied). Every write is one
// transaction with one change row per changed field. Thread-safe.
class TargetService {
 public:
  TargetService(storage::Database& db, const Clock& clock);
  ~TargetService();

  // The metric's targets of one year with the assignees, locks and integrity flags.
  // validation.failed `metric` (unknown or not targetable), `year`.
  // `customer_level` (every call below): the targets of one customer level, "" for every customer;
  // validation.failed `customerLevel` for another value than A/B/C/D.
  Result<TargetSheet> Sheet(const org::Caller& caller, const std::string& metric, int year,
                            const std::string& customer_level = "");
  // Upserts the items (value null removes). validation.failed naming items[i].field; 409
  // target.locked (details.period) when a period is locked; nothing is written then.
  Result<std::vector<Target>> Write(const org::Caller& caller, const std::string& metric,
                                    const std::vector<TargetItem>& items, const std::string& customer_level = "");
  // A split of `total` over periods or people; nothing written. validation.failed.
  Result<Decomposition> Decompose(const org::Caller& caller, const DecomposeInput& in);

  Result<std::vector<TargetLock>> Locks(const org::Caller& caller, int year);
  // Idempotent; a lock or unlock that changes something is recorded as a change (field "lock").
  // validation.failed `period`.
  Status Lock(const org::Caller& caller, const std::string& period);
  Status Unlock(const org::Caller& caller, const std::string& period);
  // Newest first; only the changes of assignees the caller may see (and the locks).
  Result<Page<TargetChange>> Changes(const org::Caller& caller, const ChangeFilter& filter, const PageRequest& page);

  // The attainment of a level (figures at most a minute old: `asOf` says when they were read) (the company, or a department: 403 permission.denied outside
  // the scope, 404 not_found unknown) for one metric and period (default this month).
  Result<Attainment> AttainmentOf(const org::Caller& caller, const std::string& metric,
                                  const std::optional<std::string>& period, std::optional<Id> department_id,
                                  const std::string& customer_level = "");
  // The same for an export: needs report.export too, audited as "report.export".
  Result<Attainment> ExportAttainment(const org::Caller& caller, const std::string& metric,
                                      const std::optional<std::string>& period, std::optional<Id> department_id,
                                      const std::string& customer_level = "");
  // The caller's own attainment rows, one per metric (and customer level) with a target for them in the period
  // (default this month), ranked among their department's direct members. Also answers the
  // period's from/to through `period_out`.
  Result<std::vector<AttainmentRow>> Mine(const org::Caller& caller, const std::optional<std::string>& period,
                                          Period* period_out);

 private:
  storage::Database& db_;
  const Clock& clock_;
  std::unique_ptr<ActualsCache> actuals_;  // thread-safe itself
};

}  // namespace quanke::targets
