// Decomposition helpers (分解): even, by weights, by history (docs/api-targets.md, "Decompose").
// Nothing is written: the answer is what the sheet would hold.
#include <map>

#include "domain/org/policy.h"
#include "domain/pool/countdown.h"
#include "domain/targets/target_internal.h"
#include "domain/targets/target_service.h"

namespace quanke::targets {
using storage::Connection;

namespace {

// One part of a split and the key its weight is named by (a period, or an assignee id).
struct Part {
  DecomposePart out;
  std::string key;
};

// The parts of a split over time for one assignee.
Result<std::vector<Part>> PeriodParts(const DecomposeInput& in, const ScopeTree& scope) {
  std::vector<FieldIssue> issues;
  const auto parent = ParsePeriod(in.periods_parent.value_or(""));
  if (!parent) issues.push_back({"periods.parent", "invalid_value"});
  const PeriodKind into = in.periods_into == "quarters" ? PeriodKind::kQuarter : PeriodKind::kMonth;
  const bool into_known = in.periods_into == "quarters" || in.periods_into == "months";
  if (parent && (!into_known || SubPeriods(*parent, into).empty())) issues.push_back({"periods.into", "invalid_value"});
  Assignee assignee;
  if (in.assignee_type && !ParseAssigneeType(*in.assignee_type, &assignee.type)) {
    issues.push_back({"assigneeType", "invalid_value"});
  } else if (assignee.type != AssigneeType::kCompany) {
    assignee.id = in.assignee_id.value_or(0);
    if (!scope.Has(assignee)) issues.push_back({"assigneeId", "invalid_value"});
  }
  if (in.method == "history") issues.push_back({"method", "invalid_value"});  // people only
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const SheetAssignee* who = scope.Find(assignee);
  std::vector<Part> parts;
  for (const Period& p : SubPeriods(*parent, into)) {
    Part part;
    part.out.period = p;
    part.out.assignee = assignee;
    part.out.assignee_name = who->name;
    part.key = FormatPeriod(p);
    parts.push_back(std::move(part));
  }
  return parts;
}

// The parts of a split over a department's child departments or members, for one period.
Result<std::vector<Part>> PeopleParts(const DecomposeInput& in, const ScopeTree& scope) {
  std::vector<FieldIssue> issues;
  const auto period = ParsePeriod(in.people_period.value_or(""));
  if (!period) issues.push_back({"people.period", "invalid_value"});
  if (in.people_department_id && !scope.Has({AssigneeType::kDepartment, *in.people_department_id}))
    issues.push_back({"people.departmentId", "invalid_value"});
  if (in.people_into != "departments" && in.people_into != "users") issues.push_back({"people.into", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const auto of = in.people_into == "departments" ? scope.ChildDepartments(in.people_department_id)
                                                  : scope.Members(in.people_department_id);
  if (of.empty()) return Status::Validation({{"people.into", "invalid_value"}});  // nothing to split over
  std::vector<Part> parts;
  for (const SheetAssignee* a : of) {
    Part part;
    part.out.period = *period;
    part.out.assignee = a->assignee;
    part.out.assignee_name = a->name;
    part.key = IdToString(a->assignee.id);
    parts.push_back(std::move(part));
  }
  return parts;
}

// The weights of `weights` by part (absent keys weigh 0); validation.failed `weights` when a key
// names no part, a weight is negative, or all are 0.
Result<std::vector<std::int64_t>> NamedWeights(const DecomposeInput& in, const std::vector<Part>& parts) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < parts.size(); ++i) index[parts[i].key] = i;
  std::vector<std::int64_t> weights(parts.size(), 0);
  bool any = false;
  for (const auto& [key, weight] : in.weights) {
    const auto it = index.find(key);
    if (it == index.end() || weight < 0) return Status::Validation({{"weights", "invalid_value"}});
    weights[it->second] = weight;
    any = any || weight > 0;
  }
  if (!any) return Status::Validation({{"weights", "invalid_value"}});
  return weights;
}

// Each part's actual over the 3 months before the period: a person's own, a department's the
// sum of its people in the caller's scope.
Result<std::vector<std::int64_t>> HistoryActuals(Connection& conn, const org::Caller& caller,
                                                 const reports::MetricInfo& metric, const reports::CustomerLevels& levels,
                                                 const ScopeTree& scope,
                                                 const std::vector<Part>& parts) {
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const auto [first, last] = HistoryWindow(parts.front().out.period);
  auto values = reports::ValuesPerUser(conn, caller.tenant_id, *zone, metric, reports::RangeOf(*zone, first, last),
                                       nullptr, levels);
  if (!values.ok()) return values.status();
  const auto value_of = [&](Id user) {
    const auto it = values->find(user);
    return it == values->end() ? std::int64_t{0} : it->second;
  };
  std::vector<std::int64_t> actuals;
  for (const Part& part : parts) {
    std::int64_t sum = 0;
    if (part.out.assignee.type == AssigneeType::kUser) sum = value_of(part.out.assignee.id);
    else
      for (Id user : scope.PeopleUnder(part.out.assignee.id)) sum += value_of(user);
    actuals.push_back(sum);
  }
  return actuals;
}

}  // namespace

Result<Decomposition> TargetService::Decompose(const org::Caller& caller, const DecomposeInput& in) {
  if (Status s = org::Require(caller, "target.configure"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  const reports::MetricInfo* metric = reports::FindMetric(in.metric);
  if (!metric || !metric->targetable) issues.push_back({"metric", "invalid_value"});
  if (in.method != "even" && in.method != "weights" && in.method != "history") issues.push_back({"method", "invalid_value"});
  if (in.total < 0) issues.push_back({"total", "invalid_value"});
  if (!CheckCustomerLevel(in.customer_level).ok()) issues.push_back({"customerLevel", "invalid_value"});
  if (in.has_periods == in.has_people) issues.push_back({in.has_periods ? "people" : "periods", in.has_periods ? "invalid_value" : "required"});
  if (!issues.empty()) return Status::Validation(std::move(issues));

  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto scope = LoadScope(**lease, caller);
  if (!scope.ok()) return scope.status();
  auto parts = in.has_periods ? PeriodParts(in, *scope) : PeopleParts(in, *scope);
  if (!parts.ok()) return parts.status();

  Decomposition out;
  std::vector<std::int64_t> values;
  if (in.method == "history") {
    auto actuals = HistoryActuals(**lease, caller, *metric, LevelsOf(in.customer_level), *scope, *parts);
    if (!actuals.ok()) return actuals.status();
    HistorySplit split = SplitByHistory(in.total, *actuals);
    for (size_t i = 0; i < parts->size(); ++i) (*parts)[i].out.baseline = split.baselines[i];
    out.baseline_total = split.baseline_total;
    values = std::move(split.values);
  } else if (in.method == "weights") {
    auto weights = NamedWeights(in, *parts);
    if (!weights.ok()) return weights.status();
    values = SplitByWeights(in.total, *weights);
  } else {
    values = SplitByWeights(in.total, std::vector<std::int64_t>(parts->size(), 1));
  }
  for (size_t i = 0; i < parts->size(); ++i) {
    (*parts)[i].out.value = values[i];
    out.items.push_back(std::move((*parts)[i].out));
  }
  return out;
}

}  // namespace quanke::targets
