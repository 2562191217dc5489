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

// Each user's value of `metric` over `range` (users with a non-zero value only); of `users` only
// when given, of the records whose customer has one of `levels` when some are given.
Result<std::map<Id, std::int64_t>> MetricValuesPerUser(storage::Connection& conn, Id tenant_id,
                                                       const MetricInfo& metric, const Range& range,
                                                       const std::vector<Id>* users = nullptr,
                                                       const CustomerLevels& levels = {});

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
  // With `users`: also these people's records on these days only (their stays in a department).
  std::vector<std::pair<Id, Range>> stays;
  CustomerLevels customer_levels;  // empty: every record
};

// The records of the metric in the range by the users, newest first (at desc, id desc),
// keyset-paginated with their total. validation.failed `cursor` when it is malformed.
Result<Page<MetricRecord>> ListMetricRecords(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                             const RecordFilter& f, const PageRequest& page);
// How many records ListMetricRecords would list in all (an export's limit).
Result<std::int64_t> CountMetricRecords(storage::Connection& conn, Id tenant_id, const RecordFilter& f);

// The aggregate of additive metrics per local day and person (docs/api-targets.md, "Freshness";
// migration 0035): its state, the marks the triggers leave on sealed days that changed, the sums
// a report reads, and the writes of the refresh (metric_days.cc).
struct MetricState {
  Id tenant_id = 0;
  std::string zone;
  LocalDate first_day = 0, sealed_through = 0, checked_through = 0;
  Instant refreshed_at = 0;
};
struct MetricMark {
  Id id = 0;
  std::optional<Instant> at;
  std::optional<std::string> on_date;
};
Result<std::optional<MetricState>> ReadMetricState(storage::Connection& conn, Id tenant_id);
// Stores the state; `sealed_before` is the instant sealed_through + 1 starts (the triggers' limit).
Status WriteMetricState(storage::Connection& conn, const MetricState& state, Instant sealed_before);
// The tenant's marks, oldest first, at most `limit`.
Result<std::vector<MetricMark>> ReadMetricMarks(storage::Connection& conn, Id tenant_id, int limit);
Status DeleteMetricMarks(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids);
// Drops the tenant's aggregate, marks and state.
Status WipeMetricAggregate(storage::Connection& conn, Id tenant_id);
// The local day of the earliest source row of any metric (nullopt: none).
Result<std::optional<LocalDate>> EarliestMetricDay(storage::Connection& conn, Id tenant_id, const TimeZone& zone);

// Replaces the additive metrics' rows of the days span.first..span.last with what the sources
// hold. `offset_ms` set: every day d of the span starts at d * 86400000 - offset_ms (one UTC
// offset throughout), so the rows are grouped by day in SQL; unset: the span is one day.
Status WriteMetricDays(storage::Connection& conn, Id tenant_id, const Range& span,
                       std::optional<std::int64_t> offset_ms);
// Replaces the month rows of the month first..last with the sums of its day rows.
Status RollUpMetricMonth(storage::Connection& conn, Id tenant_id, LocalDate first, LocalDate last);

// Sums of the aggregate for one metric per user: the month rows keyed inside `months` (spans of
// month keys, a month's key being its first day) and the day rows inside `days`; of `users` only
// when given.
struct DaySpan {
  LocalDate first = 0, last = 0;
};
Result<std::map<Id, std::int64_t>> SumMetricAggregate(storage::Connection& conn, Id tenant_id,
                                                      const MetricInfo& metric, const std::vector<DaySpan>& months,
                                                      const std::vector<DaySpan>& days,
                                                      const std::vector<Id>* users = nullptr);

// customersVisited from visit_pairs (each person's last visit of each customer): each person's
// number of customers visited in `range`, or nullopt when some pair's last visit is at or after
// the range's end (a past range: the pairs cannot tell, the visits must be read). Of `users` only
// when given.
Result<std::optional<std::map<Id, std::int64_t>>> CustomersVisitedFromPairs(storage::Connection& conn, Id tenant_id,
                                                                            const Range& range,
                                                                            const std::vector<Id>* users = nullptr);
// Builds the tenant's visit_pairs again from the visits.
Status RebuildVisitPairs(storage::Connection& conn, Id tenant_id);

}  // namespace quanke::reports
