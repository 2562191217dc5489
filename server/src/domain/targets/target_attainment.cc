// Attainment (达成): a metric's actual over a target's period against the target
// (docs/api-targets.md, "Attainment"), for a level and its children, and for the caller alone.
#include <algorithm>
#include <map>

#include "domain/org/audit_repository.h"
#include "domain/org/department_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"
#include "domain/targets/target_internal.h"
#include "domain/targets/target_repository.h"
#include "domain/targets/target_service.h"

namespace quanke::targets {
using storage::Connection;

namespace {

constexpr std::int64_t kBasisPoints = 10000;

AttainmentRow MakeRow(const Assignee& assignee, std::string name, const Target* target, std::int64_t actual) {
  AttainmentRow row;
  row.assignee = assignee;
  row.name = std::move(name);
  row.actual = actual;
  if (target) {
    row.target = target->value;
    row.sprint = target->sprint_value;
    row.challenge = target->challenge_value;
    if (target->value > 0) row.rate_bp = static_cast<std::int64_t>(static_cast<__int128>(actual) * kBasisPoints / target->value);
    row.left = std::max<std::int64_t>(target->value - actual, 0);
  }
  return row;
}

// Orders by rateBp descending (rows without one last, in their given order) and ranks: equal
// rates share a rank, the next rank counts the rows before it.
void RankRows(std::vector<AttainmentRow>& rows) {
  const auto key = [](const AttainmentRow& r) { return r.rate_bp.value_or(-1); };
  std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) { return key(a) > key(b); });
  for (size_t i = 0; i < rows.size(); ++i)
    rows[i].rank = i > 0 && key(rows[i]) == key(rows[i - 1]) ? rows[i - 1].rank : static_cast<int>(i + 1);
}

// The period named, or the month of today.
Result<Period> PeriodOrThisMonth(const std::optional<std::string>& text, LocalDate today) {
  if (!text) return MonthOf(today);
  return ReadPeriod(*text, "period");
}

int DaysLeft(const Period& period, LocalDate today) { return std::max(LastDay(period) - today + 1, 0); }

Result<Attainment> Compute(Connection& conn, ActualsCache& cache, const org::Caller& caller,
                           const std::string& metric_key, const std::string& customer_level,
                           const std::optional<std::string>& period_text, std::optional<Id> department_id,
                           Instant now) {
  if (Status s = org::Require(caller, "target.view"); !s.ok()) return s;
  auto metric = TargetableMetric(metric_key);
  if (!metric.ok()) return metric.status();
  if (Status s = CheckCustomerLevel(customer_level); !s.ok()) return s;
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(now);
  auto period = PeriodOrThisMonth(period_text, today);
  if (!period.ok()) return period.status();
  // The level: the one named, else the company, or the caller's department for a narrower scope.
  std::optional<Id> level = department_id;
  if (!level && caller.scope != org::DataScope::kAll) level = caller.department_id;
  // Each person's stays in the period (a person who moved counts where they were: PeopleInRange).
  const reports::Range range = reports::RangeOf(*zone, FirstDay(*period), LastDay(*period));
  auto people = reports::PeopleInRange(conn, caller, level, *zone, range);  // 403 / 404 for the level
  if (!people.ok()) return people.status();
  auto scope = LoadScope(conn, caller);
  if (!scope.ok()) return scope.status();
  auto actuals = cache.Get(conn, caller.tenant_id, *zone, **metric, customer_level, *period, now);
  if (!actuals.ok()) return actuals.status();
  auto targets = TargetsOfPeriod(conn, caller.tenant_id, metric_key, customer_level, FormatPeriod(*period));
  if (!targets.ok()) return targets.status();
  std::map<Assignee, const Target*> target_of;
  for (const Target& t : *targets) target_of[t.assignee] = &t;
  const auto target = [&](const Assignee& a) {
    const auto it = target_of.find(a);
    return it == target_of.end() ? nullptr : it->second;
  };

  Attainment out;
  out.metric = metric_key;
  out.customer_level = customer_level;
  out.period = *period;
  out.as_of = actuals->as_of;
  out.days_left = DaysLeft(*period, today);
  out.department_id = level;
  const Assignee level_assignee = level ? Assignee{AssigneeType::kDepartment, *level} : Assignee{};
  if (const SheetAssignee* shown = scope->Find(level_assignee)) {
    out.department_name = shown->name;
  } else {
    auto d = org::GetDepartment(conn, caller.tenant_id, *level);  // the caller's own, outside a self scope
    if (!d.ok()) return d.status();
    out.department_name = d->name;
  }
  // Each stay's actual: a whole period's from the shared actuals, a mover's stay over its days.
  std::vector<std::int64_t> actual_of;
  for (const auto& p : *people) {
    if (p.whole) {
      actual_of.push_back(actuals->Of(p.user_id));
      continue;
    }
    auto stay = reports::ValueOfStay(conn, caller.tenant_id, *zone, **metric, p, LevelsOf(customer_level));
    if (!stay.ok()) return stay.status();
    actual_of.push_back(*stay);
  }
  std::int64_t level_actual = 0;
  for (std::int64_t a : actual_of) level_actual += a;
  // The level's target only where the scope shows the level (a rep's department is not theirs).
  out.total = MakeRow(level_assignee, out.department_name, scope->Has(level_assignee) ? target(level_assignee) : nullptr,
                      level_actual);
  out.total.rank = 1;

  // The rows: the level's child departments, then its direct members. At the company level of
  // a one-root tree (the company itself on top) those of the root, as the reports do, so the first
  // screen is never a single row.
  std::optional<Id> rows_of = level;
  if (!level) {
    const auto roots = scope->ChildDepartments(std::nullopt);
    const bool loose = std::any_of(people->begin(), people->end(), [&](const reports::Person& p) {
      return !scope->Has({AssigneeType::kDepartment, p.department_id});
    });
    if (roots.size() == 1 && !loose) rows_of = roots.front()->assignee.id;
  }
  for (const SheetAssignee* d : scope->ChildDepartments(rows_of)) {
    std::int64_t actual = 0;
    for (size_t k = 0; k < people->size(); ++k)
      if (scope->Within((*people)[k].department_id, d->assignee.id)) actual += actual_of[k];
    out.rows.push_back(MakeRow(d->assignee, d->name, target(d->assignee), actual));
  }
  // Direct members: of the department, or at the company level those whose department is not
  // shown (a person's stays there summed). Resigned people only with a non-zero actual.
  std::map<Id, std::int64_t> direct_actual;
  std::vector<const reports::Person*> direct_people;
  for (size_t k = 0; k < people->size(); ++k) {
    const auto& p = (*people)[k];
    const bool direct = rows_of ? p.department_id == *rows_of
                                : !scope->Has({AssigneeType::kDepartment, p.department_id});
    if (!direct) continue;
    if (!direct_actual.count(p.user_id)) direct_people.push_back(&p);
    direct_actual[p.user_id] += actual_of[k];
  }
  for (const reports::Person* p : direct_people) {
    const std::int64_t actual = direct_actual[p->user_id];
    if (!p->active && actual == 0) continue;
    const Assignee a{AssigneeType::kUser, p->user_id};
    out.rows.push_back(MakeRow(a, p->name, target(a), actual));
  }
  RankRows(out.rows);
  return out;
}

}  // namespace

Result<Actuals> ActualsCache::Get(Connection& conn, Id tenant_id, const TimeZone& zone, const reports::MetricInfo& metric,
                                  const std::string& customer_level, const Period& period, Instant now) {
  const std::string key =
      IdToString(tenant_id) + "|" + metric.key + "|" + customer_level + "|" + FormatPeriod(period);
  return answers_.Get(key, now, [&]() -> Result<Actuals> {
    auto values = reports::ValuesPerUser(conn, tenant_id, zone, metric,
                                         reports::RangeOf(zone, FirstDay(period), LastDay(period)), nullptr,
                                         LevelsOf(customer_level));
    if (!values.ok()) return values.status();
    return Actuals{std::move(*values), now};
  });
}

Result<Attainment> TargetService::AttainmentOf(const org::Caller& caller, const std::string& metric,
                                               const std::optional<std::string>& period,
                                               std::optional<Id> department_id, const std::string& customer_level) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return Compute(**lease, *actuals_, caller, metric, customer_level, period, department_id, clock_.Now());
}

Result<Attainment> TargetService::ExportAttainment(const org::Caller& caller, const std::string& metric,
                                                   const std::optional<std::string>& period,
                                                   std::optional<Id> department_id,
                                                   const std::string& customer_level) {
  if (Status s = org::Require(caller, "report.export"); !s.ok()) return s;
  auto out = AttainmentOf(caller, metric, period, department_id, customer_level);
  if (!out.ok()) return out.status();
  // The details name the report and its filters (as every report export's do).
  std::string details = "{\"report\":\"targetAttainment\",\"metric\":\"" + out->metric + "\",\"period\":\"" +
                        FormatPeriod(out->period) + "\"";
  if (out->department_id) details += ",\"departmentId\":\"" + IdToString(*out->department_id) + "\"";
  if (!out->customer_level.empty()) details += ",\"customerLevel\":\"" + out->customer_level + "\"";
  details += '}';
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    return audit::RecordAction(conn, caller, clock_.Now(), "report.export", "report", std::nullopt, details);
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<AttainmentRow>> TargetService::Mine(const org::Caller& caller,
                                                       const std::optional<std::string>& period_text,
                                                       Period* period_out) {
  if (Status s = org::Require(caller, "target.view"); !s.ok()) return s;
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  auto period = PeriodOrThisMonth(period_text, zone->DateOf(clock_.Now()));
  if (!period.ok()) return period.status();
  *period_out = *period;
  const std::string period_key = FormatPeriod(*period);
  const Assignee me{AssigneeType::kUser, caller.user_id};
  const Instant now = clock_.Now();
  auto mine = TargetsOfAssignee(conn, caller.tenant_id, period_key, me);
  if (!mine.ok()) return mine.status();
  if (mine->empty()) return std::vector<AttainmentRow>();
  // The rank is among the active direct members of the caller's department who have a target
  // too: the people a department scope would show, whatever the caller's own scope (their
  // numbers are not answered, only the caller's place among them).
  org::Caller department_view = caller;
  department_view.scope = org::DataScope::kDepartment;
  auto peers = reports::PeopleInScope(conn, department_view, caller.department_id);
  if (!peers.ok()) return peers.status();

  std::vector<AttainmentRow> out;
  for (const Target& own : *mine) {
    const reports::MetricInfo* metric = reports::FindMetric(own.metric);
    if (!metric) continue;
    auto actuals = actuals_->Get(conn, caller.tenant_id, *zone, *metric, own.customer_level, *period, now);
    if (!actuals.ok()) return actuals.status();
    auto targets = TargetsOfPeriod(conn, caller.tenant_id, own.metric, own.customer_level, period_key);
    if (!targets.ok()) return targets.status();
    std::vector<AttainmentRow> rows;
    for (const auto& p : *peers) {
      if (!p.active && p.user_id != caller.user_id) continue;
      const Assignee a{AssigneeType::kUser, p.user_id};
      const auto t = std::find_if(targets->begin(), targets->end(), [&](const Target& x) { return x.assignee == a; });
      if (t == targets->end()) continue;
      rows.push_back(MakeRow(a, p.name, &*t, actuals->Of(p.user_id)));
    }
    RankRows(rows);
    for (auto& r : rows) {
      if (r.assignee != me) continue;
      r.metric = own.metric;
      r.customer_level = own.customer_level;
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace quanke::targets
