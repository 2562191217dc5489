#include <functional>
#include <set>

#include "domain/customers/customer_types.h"
#include "domain/org/department_repository.h"
#include "domain/org/tenant_repository.h"
#include "domain/targets/target_internal.h"

namespace quanke::targets {
namespace {

// Salt of the advisory lock key of a tenant's targets (other modules lock other keys).
constexpr std::int64_t kTargetsLockSalt = 0x7461726765747300;  // "targets\0"

// The departments a scope shows: all, the caller's subtree, the caller's own, or none.
std::set<Id> VisibleDepartments(const org::Caller& caller, const std::vector<org::Department>& all) {
  std::set<Id> out;
  switch (caller.scope) {
    case org::DataScope::kAll:
      for (const auto& d : all) out.insert(d.id);
      break;
    case org::DataScope::kDepartmentTree: {
      out.insert(caller.department_id);
      // Departments come parents-first only by chance, so walk until nothing is added.
      for (bool grew = true; grew;) {
        grew = false;
        for (const auto& d : all)
          if (d.parent_id && out.count(*d.parent_id) && out.insert(d.id).second) grew = true;
      }
      break;
    }
    case org::DataScope::kDepartment: out.insert(caller.department_id); break;
    case org::DataScope::kSelf: break;
  }
  return out;
}

}  // namespace

const char* AssigneeTypeName(AssigneeType type) {
  switch (type) {
    case AssigneeType::kCompany: return "company";
    case AssigneeType::kDepartment: return "department";
    case AssigneeType::kUser: return "user";
  }
  return "company";
}

bool ParseAssigneeType(std::string_view text, AssigneeType* out) {
  for (AssigneeType t : {AssigneeType::kCompany, AssigneeType::kDepartment, AssigneeType::kUser}) {
    if (text == AssigneeTypeName(t)) {
      *out = t;
      return true;
    }
  }
  return false;
}

Result<ScopeTree> LoadScope(storage::Connection& conn, const org::Caller& caller) {
  auto tenant = org::GetTenant(conn, caller.tenant_id);
  if (!tenant.ok()) return tenant.status();
  auto departments = org::ListDepartments(conn, caller.tenant_id);
  if (!departments.ok()) return departments.status();
  auto people = reports::PeopleInScope(conn, caller, std::nullopt);
  if (!people.ok()) return people.status();

  ScopeTree tree;
  tree.people = std::move(*people);
  const std::set<Id> visible = VisibleDepartments(caller, *departments);
  std::map<std::optional<Id>, std::vector<const org::Department*>> children;  // visible parent → visible children
  std::set<Id> has_children;
  for (const auto& d : *departments) {
    tree.parent_of[d.id] = d.parent_id;
    if (d.parent_id) has_children.insert(*d.parent_id);
    if (!visible.count(d.id)) continue;
    const bool parent_visible = d.parent_id && visible.count(*d.parent_id);
    children[parent_visible ? d.parent_id : std::nullopt].push_back(&d);
  }
  std::map<Id, std::vector<const reports::Person*>> members;  // department → active members in scope
  std::vector<const reports::Person*> loose;                  // active people whose department is not shown
  for (const auto& p : tree.people) {
    if (!p.active) continue;
    if (visible.count(p.department_id)) members[p.department_id].push_back(&p);
    else loose.push_back(&p);
  }

  const auto add = [&tree](SheetAssignee a, int parent, bool complete) {
    tree.position[a.assignee] = tree.assignees.size();
    tree.assignees.push_back(std::move(a));
    tree.nodes.push_back({parent, complete});
    return static_cast<int>(tree.assignees.size() - 1);
  };
  const auto add_member = [&add](const reports::Person& p, int parent, int depth) {
    add({{AssigneeType::kUser, p.user_id}, p.name, std::nullopt, p.department_id, depth}, parent, true);
  };
  add({{AssigneeType::kCompany, 0}, tenant->name, std::nullopt, std::nullopt, 0}, -1,
      caller.scope == org::DataScope::kAll);
  // A department's children are all on the sheet unless the scope stops at the department itself.
  const bool subtrees_whole = caller.scope == org::DataScope::kAll || caller.scope == org::DataScope::kDepartmentTree;
  std::function<void(std::optional<Id>, int, int)> walk = [&](std::optional<Id> parent_id, int parent, int depth) {
    for (const org::Department* d : children[parent_id]) {
      const int at = add({{AssigneeType::kDepartment, d->id}, d->name, d->parent_id, std::nullopt, depth}, parent,
                         subtrees_whole || !has_children.count(d->id));
      for (const reports::Person* p : members[d->id]) add_member(*p, at, depth + 1);
      walk(d->id, at, depth + 1);
    }
  };
  walk(std::nullopt, 0, 1);
  for (const reports::Person* p : loose) add_member(*p, 0, 1);
  return tree;
}

std::vector<const SheetAssignee*> ScopeTree::ChildDepartments(std::optional<Id> department_id) const {
  std::vector<const SheetAssignee*> out;
  const Assignee parent = department_id ? Assignee{AssigneeType::kDepartment, *department_id} : Assignee{};
  const auto at = position.find(parent);
  if (at == position.end()) return out;
  for (size_t i = 0; i < assignees.size(); ++i)
    if (nodes[i].parent == static_cast<int>(at->second) && assignees[i].assignee.type == AssigneeType::kDepartment)
      out.push_back(&assignees[i]);
  return out;
}

std::vector<const SheetAssignee*> ScopeTree::Members(std::optional<Id> department_id) const {
  std::vector<const SheetAssignee*> out;
  for (const auto& a : assignees)
    if (a.assignee.type == AssigneeType::kUser && (!department_id || a.department_id == department_id))
      out.push_back(&a);
  return out;
}

bool ScopeTree::Within(Id department, Id ancestor) const {
  for (std::optional<Id> d = department; d;) {
    if (*d == ancestor) return true;
    const auto it = parent_of.find(*d);
    d = it == parent_of.end() ? std::nullopt : it->second;
  }
  return false;
}

std::vector<Id> ScopeTree::PeopleUnder(std::optional<Id> department_id) const {
  std::vector<Id> out;
  for (const auto& p : people)
    if (!department_id || Within(p.department_id, *department_id)) out.push_back(p.user_id);
  return out;
}

Result<const reports::MetricInfo*> TargetableMetric(const std::string& key, const char* field) {
  const reports::MetricInfo* m = reports::FindMetric(key);
  if (!m || !m->targetable) return Status::Validation({{field, key.empty() ? "required" : "invalid_value"}});
  return m;
}

Status CheckCustomerLevel(const std::string& level) {
  if (level.empty() || customers::IsLevel(level)) return Status::Ok();
  return Status::Validation({{"customerLevel", "invalid_value"}});
}

reports::CustomerLevels LevelsOf(const std::string& customer_level) {
  if (customer_level.empty()) return {};
  return {customer_level};
}

Result<Period> ReadPeriod(const std::string& text, const char* field) {
  const auto p = ParsePeriod(text);
  if (!p) return Status::Validation({{field, text.empty() ? "required" : "invalid_value"}});
  return *p;
}

Status LockTenantTargets(storage::Connection& conn, Id tenant_id) {
  return conn.LockKey(kTargetsLockSalt ^ tenant_id);
}

}  // namespace quanke::targets
