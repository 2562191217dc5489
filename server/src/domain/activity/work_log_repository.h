#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/work_log_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of work logs (日报 / 周报 / 月报) and their read receipts, and the counts a log's
// statistics are made of. Every call takes the Caller: its tenant, and the caller as the reader
// (read_by_me), the author of what it writes, or the scope a list is cut to. None checks
// permissions, the service does. Logs are read with the author's name and department and the
// linked customers' names (org's and customers' tables, for the answer).
namespace quanke::activity {

// The caller's statistics for [from, to): customers created, follow-ups and visits written,
// customers followed up.
Result<WorkStats> CountWorkStats(storage::Connection& conn, const org::Caller& caller, Instant from,
                                 Instant to);

// One log; not_found when the tenant has none with this id.
Result<WorkLog> GetWorkLog(storage::Connection& conn, const org::Caller& caller, Id id);
// The caller's own log of this kind for the period starting on `period_start`; nullopt when none.
Result<std::optional<WorkLog>> FindOwnWorkLog(storage::Connection& conn, const org::Caller& caller,
                                              const std::string& kind, LocalDate period_start);
// Just the id of that log; nullopt when none.
Result<std::optional<Id>> OwnWorkLogId(storage::Connection& conn, const org::Caller& caller,
                                       const std::string& kind, LocalDate period_start);
// Logs by people in the caller's data scope matching the filter, newest first, keyset-paginated
// by id; validation error on a malformed cursor.
Result<Page<WorkLog>> ListWorkLogs(storage::Connection& conn, const org::Caller& caller,
                                   const WorkLogFilter& filter, const PageRequest& page);

// Writes a new log by the caller: id, kind, period, texts, statistics, linked customers (their
// ids), feed item and created_at (also its updated_at) of `w`.
Status InsertWorkLog(storage::Connection& conn, const org::Caller& caller, const WorkLog& w);
// Writes the log's texts, statistics, linked customers and updated_at.
Status UpdateWorkLog(storage::Connection& conn, const org::Caller& caller, const WorkLog& w);

// Records that the caller read the log (once; a second read changes nothing).
Status MarkWorkLogRead(storage::Connection& conn, const org::Caller& caller, Id log_id, Instant at);
// Who read the log, with their names, in the order they read it.
Result<std::vector<std::pair<Id, std::string>>> WorkLogReaders(storage::Connection& conn,
                                                               const org::Caller& caller,
                                                               Id log_id);
// Active people in the caller's data scope, the caller excepted, with no daily log for `day`, by
// name (a read of org's users against work logs).
Result<std::vector<std::pair<Id, std::string>>> UsersWithoutDailyLog(storage::Connection& conn,
                                                                     const org::Caller& caller,
                                                                     LocalDate day);

}  // namespace quanke::activity
