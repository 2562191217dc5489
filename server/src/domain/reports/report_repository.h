#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/reports/metrics.h"
#include "storage/database.h"

namespace quanke::reports {

// The SQL of the metrics: each metric reads one table of the module that owns it (contracts,
// receipts, customers, follow_ups, opportunities, leads, work_logs), read-only, under one
// definition per metric that both the per-user sums and the records behind them use — the
// reports' read of other modules' tables allowed by docs/architecture.md ("Table ownership").
// Every function takes the tenant id: callers cut to their people (PeopleInScope).

// Each user's value of `metric` over `range` (users with a non-zero value only).
Result<std::map<Id, std::int64_t>> MetricValuesPerUser(storage::Connection& conn, Id tenant_id,
                                                       const MetricInfo& metric, const Range& range);

// One record behind a metric (docs/api-targets.md MetricRecord).
struct MetricRecord {
  std::string kind;  // contract, receipt, customer, followUp, opportunity, lead, workLog
  Id id = 0;
  Instant at = 0;  // a receipt's day at 00:00 local
  std::string title;
  std::optional<Id> customer_id;
  std::string customer_name;
  Id user_id = 0;
  std::string user_name;
  std::optional<std::int64_t> amount_fen;
};

struct RecordFilter {
  const MetricInfo* metric = nullptr;
  Range range;
  std::optional<std::vector<Id>> users;  // nullopt: every user of the tenant
};

// The records of the metric in the range by the users, newest first (at desc, id desc),
// keyset-paginated with their total. validation.failed `cursor` when it is malformed.
Result<Page<MetricRecord>> ListMetricRecords(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                             const RecordFilter& f, const PageRequest& page);
// How many records ListMetricRecords would list in all (an export's limit).
Result<std::int64_t> CountMetricRecords(storage::Connection& conn, Id tenant_id, const RecordFilter& f);

}  // namespace quanke::reports
