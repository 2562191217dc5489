#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "core/time_zone.h"
#include "domain/activity/work_log_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::activity {

// Work logs: one per author, kind and period (a second submission updates it). Visible to the
// author and to whoever has the author in their data scope; opening someone else's log records
// a read receipt. Thread-safe.
// The money statistics of a work log (contractAmountFen, paymentAmountFen), filled by a module
// above this one (contracts, wired in app/main.cc): the caller's figures for the local days
// [first, last], whose instants are [from, to). Unset: they stay 0.
using MoneyStatsHook = std::function<Status(storage::Connection& conn, const org::Caller& caller, Instant from,
                                            Instant to, LocalDate first, LocalDate last, WorkStats& stats)>;

class WorkLogService {
 public:
  WorkLogService(storage::Database& db, const Clock& clock, MoneyStatsHook money_stats = {})
      : db_(db), clock_(clock), money_stats_(std::move(money_stats)) {}

  // The period that contains `date` and its statistics so far, for the form.
  Result<WorkLog> Draft(const org::Caller& caller, const std::string& kind,
                        std::optional<LocalDate> date);
  Result<WorkLog> Submit(const org::Caller& caller, const WorkLogInput& in);
  Result<Page<WorkLog>> List(const org::Caller& caller, const WorkLogFilter& filter,
                             const PageRequest& page);
  Result<WorkLog> Get(const org::Caller& caller, Id id);
  // People in the caller's scope (active, excluding the caller) without a daily log for `date`.
  Result<std::vector<std::pair<Id, std::string>>> Missing(const org::Caller& caller,
                                                          std::optional<LocalDate> date);

 private:
  // CountWorkStats and the money statistics of one period.
  Result<WorkStats> StatsOf(storage::Connection& conn, const org::Caller& caller, const TimeZone& zone,
                            LocalDate first, LocalDate last) const;

  storage::Database& db_;
  const Clock& clock_;
  MoneyStatsHook money_stats_;
};

}  // namespace quanke::activity
