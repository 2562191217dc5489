// The metric catalogue, ranges of local days, the per-user values and the people a caller may
// see under a department (docs/api-targets.md, "Metrics").
#include "domain/reports/metrics.h"

#include <set>

#include "core/ids.h"
#include "domain/org/department_repository.h"
#include "domain/org/user_repository.h"
#include "domain/reports/report_repository.h"

namespace quanke::reports {

const std::vector<MetricInfo>& Metrics() {
  static const std::vector<MetricInfo> kMetrics = {
      {"contractAmountFen", true, true}, {"paymentAmountFen", true, true},  {"newCustomers", false, true},
      {"followUps", false, true},        {"visits", false, true},           {"customersVisited", false, false},
      {"newOpportunities", false, true}, {"wonOpportunities", false, true}, {"wonAmountFen", true, true},
      {"newLeads", false, true},         {"convertedLeads", false, true},   {"workLogs", false, false},
  };
  return kMetrics;
}

const MetricInfo* FindMetric(std::string_view key) {
  for (const auto& m : Metrics())
    if (key == m.key) return &m;
  return nullptr;
}

Range RangeOf(const TimeZone& zone, LocalDate first, LocalDate last) {
  return Range{first, last, zone.StartOf(first), zone.StartOf(last + 1)};
}

Result<std::map<Id, std::int64_t>> ValuesPerUser(storage::Connection& conn, Id tenant_id, const MetricInfo& metric,
                                                 const Range& range) {
  auto values = MetricValuesPerUser(conn, tenant_id, metric, range);
  if (!values.ok()) return values.status();
  std::erase_if(*values, [](const auto& kv) { return kv.second == 0; });
  return values;
}

Result<std::vector<Person>> PeopleInScope(storage::Connection& conn, const org::Caller& caller,
                                          std::optional<Id> department_id) {
  auto departments = org::ListDepartments(conn, caller.tenant_id);
  if (!departments.ok()) return departments.status();
  std::map<Id, std::vector<Id>> children;
  std::set<Id> known;
  for (const auto& d : *departments) {
    known.insert(d.id);
    if (d.parent_id) children[*d.parent_id].push_back(d.id);
  }
  auto subtree = [&](Id root) {
    std::set<Id> out;
    std::vector<Id> todo{root};
    while (!todo.empty()) {
      const Id id = todo.back();
      todo.pop_back();
      if (!out.insert(id).second) continue;
      for (Id c : children[id]) todo.push_back(c);
    }
    return out;
  };
  if (department_id && !known.count(*department_id)) return Status::NotFound();

  // The departments whose people the caller sees (none for scope self: only the caller).
  const bool all = caller.scope == org::DataScope::kAll;
  std::set<Id> visible;
  if (caller.scope == org::DataScope::kDepartmentTree) visible = subtree(caller.department_id);
  if (caller.scope == org::DataScope::kDepartment) visible = {caller.department_id};
  // The caller's own department is always theirs to name (a self scope sees only the caller in it).
  if (department_id && !all && !visible.count(*department_id) && *department_id != caller.department_id)
    return Status::Error("permission.denied", "This department is outside your data scope.")
        .With("departmentId", IdToString(*department_id));

  std::optional<std::set<Id>> under;
  if (department_id) under = subtree(*department_id);
  auto users = org::AllUserBriefs(conn, caller.tenant_id);
  if (!users.ok()) return users.status();
  std::vector<Person> out;
  for (const auto& u : *users) {
    if (under && !under->count(u.department_id)) continue;
    const bool seen = all || u.id == caller.user_id || visible.count(u.department_id) > 0;
    if (seen) out.push_back(Person{u.id, u.name, u.department_id, u.active});
  }
  return out;
}

}  // namespace quanke::reports
