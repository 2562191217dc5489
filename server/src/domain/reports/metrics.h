#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/time_zone.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The metrics of docs/api-targets.md ("Metrics"): what each person did in a range of the
// tenant's days. The seam the targets module builds on (attainment = a metric over a period).
namespace quanke::reports {

struct MetricInfo {
  const char* key;
  bool fen;
  bool targetable;
  bool additive;  // a range's value is the sum of its days' (not customersVisited: distinct customers)
};
const std::vector<MetricInfo>& Metrics();            // the catalogue, in the doc's order
const MetricInfo* FindMetric(std::string_view key);  // null when unknown

// Whole local days first..last (inclusive) as the instants [from, to) in the tenant's zone.
struct Range {
  LocalDate first = 0, last = 0;
  Instant from = 0, to = 0;
};
Range RangeOf(const TimeZone& zone, LocalDate first, LocalDate last);
// The first and the last day of the calendar month holding `day`.
std::pair<LocalDate, LocalDate> MonthOf(LocalDate day);

// 客户类型 (docs/api-targets.md "Customer type"): the customer levels (A/B/C/D) a figure is
// narrowed to: only records whose customer has one of them count (a record without a customer,
// a work log or a lead not converted, counts for none); empty: every record.
using CustomerLevels = std::vector<std::string>;

// Each person's value of `metric` over `range` (in `zone`, the tenant's): every user of the tenant
// with a non-zero value (people outside any scope included: callers cut to their people). Read
// from the day x person aggregate where it holds the days (metric_days.h), from the sources
// for the rest: always what the sources say now. `users`, when given, is who the caller will
// keep: the aggregate's reads may then skip everyone else (others may still be answered).
// With `levels` every figure is read from the sources (the aggregate has no customer dimension).
Result<std::map<Id, std::int64_t>> ValuesPerUser(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                                 const MetricInfo& metric, const Range& range,
                                                 const std::vector<Id>* users = nullptr,
                                                 const CustomerLevels& levels = {});

// The people whose numbers a caller may see under a department (nullopt: the company): active
// users, plus resigned ones (active=false; reports show them only with a non-zero value).
// 403 permission.denied when the department is outside the caller's scope, 404 when unknown.
struct Person {
  Id user_id = 0;
  std::string name;
  Id department_id = 0;
  bool active = true;
  // PeopleInRange: the days of the range the person spent in department_id (`whole`: all of them).
  LocalDate first = 0, last = 0;
  bool whole = true;
};
Result<std::vector<Person>> PeopleInScope(storage::Connection& conn, const org::Caller& caller,
                                          std::optional<Id> department_id);

// The same over a range of days, where a number counts for the department its person was in on
// the record's local day (user_departments; the day of a move counts for the new department): a
// person who moved during the range is listed once per department they were in, `whole` false,
// with those days, and each such stay is kept when its department is under `department_id` and
// in the caller's scope (a manager sees what a person who left did while in the department).
Result<std::vector<Person>> PeopleInRange(storage::Connection& conn, const org::Caller& caller,
                                          std::optional<Id> department_id, const TimeZone& zone,
                                          const Range& range);

// One stay's value of `metric` over its days (a person who moved: PeopleInRange with whole false).
Result<std::int64_t> ValueOfStay(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                 const MetricInfo& metric, const Person& stay, const CustomerLevels& levels = {});

// Each listed person's value of `metric` (PeopleInRange's order): a whole person's from one read
// of everyone's over the range (of `users` only when given), a stay's over its days.
Result<std::vector<std::int64_t>> ValuesOfPeople(storage::Connection& conn, Id tenant_id, const TimeZone& zone,
                                                 const MetricInfo& metric, const Range& range,
                                                 const std::vector<Person>& people,
                                                 const std::vector<Id>* users = nullptr,
                                                 const CustomerLevels& levels = {});

}  // namespace quanke::reports
