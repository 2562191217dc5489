#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/time_zone.h"
#include "domain/targets/target_rules.h"

// What the targets module hands out (docs/api-targets.md, "Targets"). No SQL, no JSON.
namespace quanke::targets {

// "company", "department", "user". The company's assignee id is 0 (null in the API).
enum class AssigneeType { kCompany, kDepartment, kUser };
const char* AssigneeTypeName(AssigneeType type);
bool ParseAssigneeType(std::string_view text, AssigneeType* out);

struct Assignee {
  AssigneeType type = AssigneeType::kCompany;
  Id id = 0;  // 0 for the company
  bool operator==(const Assignee&) const = default;
  bool operator<(const Assignee& o) const { return type != o.type ? type < o.type : id < o.id; }
};

// A stored target: one metric, period and assignee with its three tiers (目标 / 冲刺 / 挑战).
struct Target {
  Id id = 0;
  std::string metric;
  std::string customer_level;  // 客户类型: "" for every customer, else the level (A/B/C/D) counted
  Period period;
  Assignee assignee;
  std::string assignee_name;
  std::int64_t value = 0;
  std::optional<std::int64_t> sprint_value;
  std::optional<std::int64_t> challenge_value;
  Instant updated_at = 0;
  Id updated_by = 0;
  std::string updated_by_name;
};

// One item of PUT /targets as read from JSON; the service checks it. `value` nullopt removes.
struct TargetItem {
  std::string period;
  std::string assignee_type;
  std::optional<Id> assignee_id;
  std::optional<std::int64_t> value;
  std::optional<std::int64_t> sprint_value;
  std::optional<std::int64_t> challenge_value;
};

// A row of the sheet's assignees: the company, the department tree in pre-order, each
// department's direct active members after it (only what the caller's scope shows).
struct SheetAssignee {
  Assignee assignee;
  std::string name;
  std::optional<Id> parent_department_id;  // a department's parent
  std::optional<Id> department_id;         // a member's department
  int depth = 0;
};

struct SheetCell {
  Period period;
  Assignee assignee;
  std::int64_t value = 0;
  std::optional<std::int64_t> sprint_value;
  std::optional<std::int64_t> challenge_value;
};

struct SheetIssue {
  SheetFlag::Kind kind = SheetFlag::Kind::kChildrenSum;
  Period period;
  Assignee assignee;
  std::int64_t expected = 0;
  std::int64_t actual = 0;
};

struct TargetSheet {
  std::string metric;
  std::string customer_level;
  int year = 0;
  std::vector<std::string> locked;
  std::vector<SheetAssignee> assignees;
  std::vector<SheetCell> cells;
  std::vector<SheetIssue> flags;
};

// POST /targets/decompose: split `total` over periods (one assignee) or over people (one period).
struct DecomposeInput {
  std::string metric;
  std::string customer_level;  // history: the actuals of that level's customers
  std::string method;  // even, weights, history
  std::int64_t total = 0;
  // periods: {parent, into} with the assignee (default the company)
  std::optional<std::string> periods_parent;
  std::string periods_into;  // quarters, months
  std::optional<std::string> assignee_type;
  std::optional<Id> assignee_id;
  // people: {period, departmentId, into}
  std::optional<std::string> people_period;
  std::optional<Id> people_department_id;
  std::string people_into;  // departments, users
  std::vector<std::pair<std::string, std::int64_t>> weights;  // key → weight
  bool has_periods = false;
  bool has_people = false;
};

struct DecomposePart {
  Period period;
  Assignee assignee;
  std::string assignee_name;
  std::int64_t value = 0;
  std::optional<std::int64_t> baseline;
};

struct Decomposition {
  std::vector<DecomposePart> items;
  std::optional<std::int64_t> baseline_total;
};

struct TargetLock {
  std::string period;
  Instant locked_at = 0;
  Id locked_by = 0;
  std::string locked_by_name;
};

// One changed field of a target, or a lock/unlock (field "lock", metric "").
struct TargetChange {
  Id id = 0;
  Instant at = 0;
  Id by = 0;
  std::string by_name;
  std::string metric;
  std::string customer_level;
  std::string period;
  std::optional<Assignee> assignee;  // nullopt for a lock
  std::string assignee_name;
  std::string field;  // value, sprintValue, challengeValue, lock
  std::optional<std::int64_t> before;
  std::optional<std::int64_t> after;
};

struct ChangeFilter {
  std::string metric;  // "" = every metric
  std::string period;  // "" = every period; a year names every period inside it
};

struct AttainmentRow {
  Assignee assignee;
  std::string name;
  std::optional<std::int64_t> target;
  std::optional<std::int64_t> sprint;
  std::optional<std::int64_t> challenge;
  std::int64_t actual = 0;
  std::optional<std::int64_t> rate_bp;
  std::int64_t left = 0;
  int rank = 0;
  std::string metric;  // for /targets/mine, whose rows are one per metric (and customer level)
  std::string customer_level;
};

struct Attainment {
  std::string metric;
  std::string customer_level;
  Period period;
  Instant as_of = 0;
  int days_left = 0;
  std::optional<Id> department_id;
  std::string department_name;
  AttainmentRow total;
  std::vector<AttainmentRow> rows;
};

}  // namespace quanke::targets
