// The reports: ranges, the metrics report by department or person, the records behind a number,
// and their exports (docs/api-targets.md "Ranges", "Reports").
#include "domain/reports/report_service.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "domain/org/audit_repository.h"
#include "domain/org/department_repository.h"
#include "domain/org/policy.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/countdown.h"

namespace quanke::reports {
namespace {
using storage::Connection;
namespace json = boost::json;

constexpr int kMaxYears = 3;

struct Ymd {
  int y = 0, m = 0, d = 0;
};
Ymd Split(LocalDate date) {
  const std::string t = FormatDate(date);
  return {std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 2)), std::stoi(t.substr(8, 2))};
}
// The date of year y, month m (may run past 12 or below 1: the years carry), day d; a day past
// the month's end (29 February of a common year) is the next month's first.
LocalDate MakeDate(int y, int m, int d) {
  while (m > 12) m -= 12, ++y;
  while (m < 1) m += 12, --y;
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
  LocalDate out = 0;
  if (!ParseDate(text, &out)) return MakeDate(y, m + 1, 1);
  return out;
}
std::pair<LocalDate, LocalDate> Months(int y, int first_month, int count) {
  return {MakeDate(y, first_month, 1), MakeDate(y, first_month + count, 1) - 1};
}

// The days of a preset around `today`; false when the preset is unknown.
bool PresetDays(const std::string& preset, LocalDate today, std::pair<LocalDate, LocalDate>* out) {
  const Ymd t = Split(today);
  const int monday = today - ((today % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday
  const int quarter = (t.m - 1) / 3 * 3 + 1;
  if (preset == "today") *out = {today, today};
  else if (preset == "yesterday") *out = {today - 1, today - 1};
  else if (preset == "thisWeek") *out = {monday, monday + 6};
  else if (preset == "lastWeek") *out = {monday - 7, monday - 1};
  else if (preset == "thisMonth") *out = Months(t.y, t.m, 1);
  else if (preset == "lastMonth") *out = Months(t.y, t.m - 1, 1);
  else if (preset == "thisQuarter") *out = Months(t.y, quarter, 3);
  else if (preset == "lastQuarter") *out = Months(t.y, quarter - 3, 3);
  else if (preset == "thisYear") *out = Months(t.y, 1, 12);
  else if (preset == "all") *out = {std::min(MakeDate(2000, 1, 1), today), today};  // imports may predate the tenant
  else return false;
  return true;
}

// Each listed person's values of the metrics, in their order (PeopleInRange's order).
using Values = std::vector<std::vector<std::int64_t>>;
Result<Values> PeopleValues(Connection& conn, Id tenant_id, const TimeZone& zone,
                            const std::vector<const MetricInfo*>& metrics, const Range& range,
                            const std::vector<Person>& people, const std::vector<Id>* users,
                            const CustomerLevels& levels) {
  Values out(people.size(), std::vector<std::int64_t>(metrics.size(), 0));
  for (size_t i = 0; i < metrics.size(); ++i) {
    auto v = ValuesOfPeople(conn, tenant_id, zone, *metrics[i], range, people, users, levels);
    if (!v.ok()) return v.status();
    for (size_t k = 0; k < people.size(); ++k) out[k][i] = (*v)[k];
  }
  return out;
}

bool AllZero(const std::vector<std::int64_t>& v) {
  return std::all_of(v.begin(), v.end(), [](std::int64_t x) { return x == 0; });
}

void Add(std::vector<std::int64_t>& sum, const std::vector<std::int64_t>& v) {
  for (size_t i = 0; i < v.size(); ++i) sum[i] += v[i];
}

// Orders the rows by the sort metric (stable: departments, then people by name, on ties) and
// ranks them 1-based, ties sharing a rank.
void SortAndRank(std::vector<ReportRow>& rows, size_t column, bool descending) {
  auto better = [&](const ReportRow& a, const ReportRow& b) {
    return descending ? a.values[column] > b.values[column] : a.values[column] < b.values[column];
  };
  std::stable_sort(rows.begin(), rows.end(), better);
  for (size_t i = 0; i < rows.size(); ++i)
    rows[i].rank = i > 0 && rows[i].values[column] == rows[i - 1].values[column] ? rows[i - 1].rank
                                                                                   : static_cast<int>(i) + 1;
}

std::string Filters(const std::string& report, const Range& range, const std::vector<const MetricInfo*>& metrics,
                    const std::optional<Id>& department_id, const std::optional<Id>& user_id,
                    const CustomerLevels& levels) {
  json::array keys;
  for (const auto* m : metrics) keys.push_back(json::string(m->key));
  json::object o{{"report", report},
                 {"from", FormatDate(range.first)},
                 {"to", FormatDate(range.last)},
                 {"metrics", std::move(keys)}};
  if (department_id) o["departmentId"] = IdToString(*department_id);
  if (user_id) o["userId"] = IdToString(*user_id);
  if (!levels.empty()) {
    json::array l;
    for (const auto& level : levels) l.push_back(json::string(level));
    o["customerLevels"] = std::move(l);
  }
  return json::serialize(o);
}

// The tenant's zone and the query's range.
Result<std::pair<TimeZone, Range>> ZoneAndRange(Connection& conn, Id tenant_id, Instant now, const RangeQuery& q) {
  auto zone = pool::TenantZone(conn, tenant_id);
  if (!zone.ok()) return zone.status();
  auto range = ResolveRange(*zone, now, q);
  if (!range.ok()) return range.status();
  return std::pair{*zone, *range};
}

}  // namespace

Result<Range> ResolveRange(const TimeZone& zone, Instant now, const RangeQuery& q) {
  const LocalDate today = zone.DateOf(now);
  if (q.from || q.to) {
    std::vector<FieldIssue> issues;
    if (q.preset) issues.push_back({"preset", "invalid_value"});
    if (!q.from) issues.push_back({"from", "invalid_value"});
    if (!q.to) issues.push_back({"to", "invalid_value"});
    if (q.from && q.to) {
      const Ymd f = Split(*q.from);
      if (*q.to < *q.from || *q.to >= MakeDate(f.y + kMaxYears, f.m, f.d)) {
        issues.push_back({"from", "invalid_value"});
        issues.push_back({"to", "invalid_value"});
      }
    }
    if (!issues.empty()) return Status::Validation(std::move(issues));
    return RangeOf(zone, *q.from, *q.to);
  }
  std::pair<LocalDate, LocalDate> days;
  if (!PresetDays(q.preset.value_or("thisMonth"), today, &days))
    return Status::Validation({{"preset", "invalid_value"}});
  return RangeOf(zone, days.first, days.second);
}

Result<MetricReport> ReportService::MetricsReport(const org::Caller& caller, const MetricsQuery& q) {
  if (Status s = org::Require(caller, "report.view"); !s.ok()) return s;
  const Instant now = clock_.Now();
  auto compute = [&] { return Compute(caller, q, now); };
  if (caller.scope != org::DataScope::kAll) return compute();
  // Every caller who sees the whole company gets the same answer to the same question.
  constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
  std::string key = IdToString(caller.tenant_id) + "|" + (q.department_id ? IdToString(*q.department_id) : "-") + "|" +
                    (q.group_by_user ? "u" : "d") + "|" + q.sort.value_or("") + "|" + q.range.preset.value_or("") + "|" +
                    (q.range.from ? std::to_string(*q.range.from) : "") + "|" +
                    (q.range.to ? std::to_string(*q.range.to) : "") + "|" + std::to_string(now / kDayMs) + "|";
  for (const auto* m : q.metrics) key += std::string(m->key) + ",";
  key += "|";
  for (const auto& level : q.customer_levels) key += level + ",";
  return company_.Get(key, now, compute);
}

Result<MetricReport> ReportService::Compute(const org::Caller& caller, const MetricsQuery& q, Instant now) {
  MetricReport out;
  out.as_of = now;
  out.customer_levels = q.customer_levels;
  for (const auto& m : Metrics())
    if (q.metrics.empty() || std::find(q.metrics.begin(), q.metrics.end(), &m) != q.metrics.end())
      out.metrics.push_back(&m);
  size_t column = 0;
  bool descending = true;
  if (q.sort) {
    const bool minus = !q.sort->empty() && (*q.sort)[0] == '-';
    const std::string key = minus ? q.sort->substr(1) : *q.sort;
    auto it = std::find_if(out.metrics.begin(), out.metrics.end(), [&](const MetricInfo* m) { return key == m->key; });
    if (it == out.metrics.end()) return Status::Validation({{"sort", "invalid_value"}});
    column = static_cast<size_t>(it - out.metrics.begin());
    descending = minus;
  }  // else the first of the answer's metrics (the catalogue's order), descending

  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto zr = ZoneAndRange(conn, caller.tenant_id, out.as_of, q.range);
  if (!zr.ok()) return zr.status();
  out.range = zr->second;
  out.department_id = q.department_id;
  if (!out.department_id && caller.scope != org::DataScope::kAll) out.department_id = caller.department_id;
  auto people = PeopleInRange(conn, caller, out.department_id, zr->first, out.range);
  if (!people.ok()) return people.status();
  auto departments = org::ListDepartments(conn, caller.tenant_id);
  if (!departments.ok()) return departments.status();
  // A caller who sees part of the company reads the aggregate of their people only.
  std::vector<Id> ids;
  for (const auto& p : *people) ids.push_back(p.user_id);
  const bool everyone = caller.scope == org::DataScope::kAll && !out.department_id;
  auto values =
      PeopleValues(conn, caller.tenant_id, zr->first, out.metrics, out.range, *people, everyone ? nullptr : &ids,
                   q.customer_levels);
  if (!values.ok()) return values.status();

  std::map<Id, const org::Department*> by_id;
  for (const auto& d : *departments) by_id[d.id] = &d;
  if (out.department_id) {
    out.department_name = by_id.count(*out.department_id) ? by_id[*out.department_id]->name : "";
  } else {
    auto tenant = org::GetTenant(conn, caller.tenant_id);
    if (!tenant.ok()) return tenant.status();
    out.department_name = tenant->name;
  }
  // The department whose children are the rows: the one asked for; for the company, its one top
  // department when it has exactly one (the company itself, as in most trees), else none.
  std::optional<Id> level = out.department_id;
  if (!level) {
    std::vector<Id> roots;
    for (const auto& d : *departments)
      if (!d.parent_id) roots.push_back(d.id);
    if (roots.size() == 1) level = roots.front();
  }
  // The department directly below the level on the way up from `d` (0: none, the level itself).
  auto child_of_level = [&](Id d) -> Id {
    Id below = 0;
    for (int guard = 0; guard < 1000; ++guard) {
      if (level ? d == *level : !by_id.count(d)) return below;
      auto it = by_id.find(d);
      if (it == by_id.end()) return 0;
      below = d;
      if (!it->second->parent_id) return level ? 0 : below;
      d = *it->second->parent_id;
    }
    return 0;
  };

  const std::vector<std::int64_t> zeros(out.metrics.size(), 0);
  std::map<Id, ReportRow> department_rows;  // by department id
  std::vector<ReportRow> member_rows;
  std::map<Id, size_t> member_row_of;  // a person who moved is one row: their stays summed
  std::set<Id> resigned;
  for (size_t k = 0; k < people->size(); ++k) {
    const Person& p = (*people)[k];
    const std::vector<std::int64_t>& mine = (*values)[k];
    const Id child = q.group_by_user ? 0 : child_of_level(p.department_id);
    if (child != 0) {
      auto [it, fresh] = department_rows.try_emplace(child);
      if (fresh) it->second = ReportRow{"department", child, by_id[child]->name, std::nullopt, zeros, 0};
      Add(it->second.values, mine);
      continue;
    }
    if (!p.active) resigned.insert(p.user_id);
    const auto d = by_id.find(p.department_id);
    const std::optional<std::string> department = d == by_id.end() ? std::nullopt : std::optional(d->second->name);
    if (auto it = member_row_of.find(p.user_id); it != member_row_of.end()) {
      Add(member_rows[it->second].values, mine);
      member_rows[it->second].department_name = department;  // the later stay's
      continue;
    }
    member_row_of[p.user_id] = member_rows.size();
    member_rows.push_back(ReportRow{"user", p.user_id, p.name, department, mine, 0});
  }
  // Departments in the tree's order, then the people (by name: PeopleInScope's order); resigned
  // people only with a number.
  for (const auto& d : *departments)
    if (auto it = department_rows.find(d.id); it != department_rows.end()) out.rows.push_back(std::move(it->second));
  for (auto& r : member_rows)
    if (!resigned.count(r.id) || !AllZero(r.values)) out.rows.push_back(std::move(r));
  out.total = zeros;
  for (const auto& r : out.rows) Add(out.total, r.values);
  if (!out.metrics.empty()) SortAndRank(out.rows, column, descending);
  return out;
}

Result<MetricReport> ReportService::ExportMetrics(const org::Caller& caller, const MetricsQuery& q) {
  if (Status s = org::Require(caller, "report.export"); !s.ok()) return s;
  auto report = MetricsReport(caller, q);
  if (!report.ok()) return report.status();
  Status s = storage::InTransaction(db_, [&](Connection& conn) {
    return audit::RecordAction(conn, caller, clock_.Now(), "report.export", "report", std::nullopt,
                               Filters("metrics", report->range, report->metrics, report->department_id,
                                       std::nullopt, report->customer_levels));
  });
  if (!s.ok()) return s;
  return report;
}

namespace {

// The records' filter of a query: the people the caller may see there (every user of the tenant
// for a caller who sees the whole company and names nobody).
Result<RecordFilter> RecordFilterOf(Connection& conn, const org::Caller& caller, const RecordsQuery& q,
                                    const TimeZone& zone, const Range& range) {
  if (q.user_id && q.department_id) return Status::Validation({{"userId", "invalid_value"}});
  RecordFilter f;
  f.metric = q.metric;
  f.range = range;
  f.customer_levels = q.customer_levels;
  if (!q.user_id && !q.department_id && caller.scope == org::DataScope::kAll) return f;
  // The records behind the numbers: a person who moved, on the days they were where asked.
  auto people = PeopleInRange(conn, caller, q.department_id, zone, range);
  if (!people.ok()) return people.status();
  f.users.emplace();
  for (const auto& p : *people) {
    if (q.user_id && p.user_id != *q.user_id) continue;
    if (p.whole) f.users->push_back(p.user_id);
    else f.stays.emplace_back(p.user_id, RangeOf(zone, p.first, p.last));
  }
  if (q.user_id && f.users->empty() && f.stays.empty()) {
    auto known = org::UserBriefs(conn, caller.tenant_id, {*q.user_id});
    if (!known.ok()) return known.status();
    if (known->empty()) return Status::NotFound();
    return Status::Error("permission.denied", "This person is outside your data scope.")
        .With("userId", IdToString(*q.user_id));
  }
  return f;
}

}  // namespace

Result<Page<MetricRecord>> ReportService::Records(const org::Caller& caller, const RecordsQuery& q,
                                                  const PageRequest& page) {
  if (Status s = org::Require(caller, "report.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto zr = ZoneAndRange(**lease, caller.tenant_id, clock_.Now(), q.range);
  if (!zr.ok()) return zr.status();
  auto f = RecordFilterOf(**lease, caller, q, zr->first, zr->second);
  if (!f.ok()) return f.status();
  return ListMetricRecords(**lease, caller.tenant_id, zr->first, *f, page);
}

Result<RecordsExport> ReportService::ExportRecords(const org::Caller& caller, const RecordsQuery& q) {
  if (Status s = org::Require(caller, "report.export"); !s.ok()) return s;
  RecordsExport out;
  {
    auto lease = db_.ReadForList();
    if (!lease.ok()) return lease.status();
    auto zr = ZoneAndRange(**lease, caller.tenant_id, clock_.Now(), q.range);
    if (!zr.ok()) return zr.status();
    out.range = zr->second;
    out.zone = zr->first.name();
    auto f = RecordFilterOf(**lease, caller, q, zr->first, out.range);
    if (!f.ok()) return f.status();
    auto total = CountMetricRecords(**lease, caller.tenant_id, *f);
    if (!total.ok()) return total.status();
    if (*total > kMaxExportRows)
      return Status::Error("report.too_large", "The export has more rows than allowed; choose fewer days or people.")
          .With("limit", kMaxExportRows)
          .With("total", *total);
    PageRequest all;
    all.limit = static_cast<int>(kMaxExportRows);
    auto page = ListMetricRecords(**lease, caller.tenant_id, zr->first, *f, all);
    if (!page.ok()) return page.status();
    out.records = std::move(page->items);
  }
  Status s = storage::InTransaction(db_, [&](Connection& conn) {
    return audit::RecordAction(conn, caller, clock_.Now(), "report.export", "report", std::nullopt,
                               Filters("records", out.range, {q.metric}, q.department_id, q.user_id,
                                       q.customer_levels));
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::reports
