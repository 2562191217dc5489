#include "http/target_json.h"

#include <boost/json.hpp>

#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;
using targets::Assignee;
using targets::AssigneeType;

namespace {

// The company's assignee id is null in the API (0 in the tables).
json::value AssigneeIdJson(const Assignee& a) {
  return a.type == AssigneeType::kCompany ? json::value(nullptr) : json::value(IdToString(a.id));
}

json::value OptInt(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

// "" (every customer) is null.
json::value LevelJson(const std::string& level) { return level.empty() ? json::value(nullptr) : json::value(level); }

json::object UserRef(Id id, const std::string& name) { return json::object{{"id", IdToString(id)}, {"name", name}}; }

}  // namespace

json::object TargetJson(const targets::Target& t) {
  return json::object{{"id", IdToString(t.id)},
                      {"metric", t.metric},
                      {"customerLevel", LevelJson(t.customer_level)},
                      {"period", targets::FormatPeriod(t.period)},
                      {"periodKind", targets::PeriodKindName(t.period.kind)},
                      {"from", FormatDate(targets::FirstDay(t.period))},
                      {"to", FormatDate(targets::LastDay(t.period))},
                      {"assigneeType", targets::AssigneeTypeName(t.assignee.type)},
                      {"assigneeId", AssigneeIdJson(t.assignee)},
                      {"assigneeName", t.assignee_name},
                      {"value", t.value},
                      {"sprintValue", OptInt(t.sprint_value)},
                      {"challengeValue", OptInt(t.challenge_value)},
                      {"updatedAt", InstantJson(t.updated_at)},
                      {"updatedBy", UserRef(t.updated_by, t.updated_by_name)}};
}

json::object TargetSheetJson(const targets::TargetSheet& s) {
  json::array locked;
  for (const auto& p : s.locked) locked.push_back(json::value(p));
  json::array assignees;
  for (const auto& a : s.assignees)
    assignees.push_back(json::object{{"assigneeType", targets::AssigneeTypeName(a.assignee.type)},
                                     {"assigneeId", AssigneeIdJson(a.assignee)},
                                     {"name", a.name},
                                     {"parentDepartmentId", IdJson(a.parent_department_id)},
                                     {"departmentId", IdJson(a.department_id)},
                                     {"depth", a.depth}});
  json::array cells;
  for (const auto& c : s.cells)
    cells.push_back(json::object{{"period", targets::FormatPeriod(c.period)},
                                 {"assigneeType", targets::AssigneeTypeName(c.assignee.type)},
                                 {"assigneeId", AssigneeIdJson(c.assignee)},
                                 {"value", c.value},
                                 {"sprintValue", OptInt(c.sprint_value)},
                                 {"challengeValue", OptInt(c.challenge_value)}});
  json::array flags;
  for (const auto& f : s.flags)
    flags.push_back(json::object{{"kind", targets::SheetFlagKindName(f.kind)},
                                 {"period", targets::FormatPeriod(f.period)},
                                 {"assigneeType", targets::AssigneeTypeName(f.assignee.type)},
                                 {"assigneeId", AssigneeIdJson(f.assignee)},
                                 {"expected", f.expected},
                                 {"actual", f.actual}});
  return json::object{{"metric", s.metric},
                      {"customerLevel", LevelJson(s.customer_level)},
                      {"year", s.year},
                      {"locked", std::move(locked)},
                      {"assignees", std::move(assignees)},
                      {"cells", std::move(cells)},
                      {"flags", std::move(flags)}};
}

json::object DecompositionJson(const targets::Decomposition& d) {
  json::array items;
  for (const auto& p : d.items)
    items.push_back(json::object{{"period", targets::FormatPeriod(p.period)},
                                 {"assigneeType", targets::AssigneeTypeName(p.assignee.type)},
                                 {"assigneeId", AssigneeIdJson(p.assignee)},
                                 {"assigneeName", p.assignee_name},
                                 {"value", p.value},
                                 {"baseline", OptInt(p.baseline)}});
  return json::object{{"items", std::move(items)}, {"baselineTotal", OptInt(d.baseline_total)}};
}

json::object TargetLockJson(const targets::TargetLock& l) {
  return json::object{{"period", l.period}, {"lockedAt", InstantJson(l.locked_at)}, {"lockedBy", UserRef(l.locked_by, l.locked_by_name)}};
}

json::object TargetChangeJson(const targets::TargetChange& c) {
  json::object o{{"id", IdToString(c.id)},
                 {"at", InstantJson(c.at)},
                 {"by", UserRef(c.by, c.by_name)},
                 {"metric", c.metric},
                 {"customerLevel", LevelJson(c.customer_level)},
                 {"period", c.period},
                 {"field", c.field},
                 {"before", OptInt(c.before)},
                 {"after", OptInt(c.after)}};
  // A lock names no assignee.
  o["assigneeType"] = c.assignee ? json::value(targets::AssigneeTypeName(c.assignee->type)) : json::value(nullptr);
  o["assigneeId"] = c.assignee ? AssigneeIdJson(*c.assignee) : json::value(nullptr);
  o["assigneeName"] = c.assignee ? json::value(c.assignee_name) : json::value(nullptr);
  return o;
}

json::object AttainmentRowJson(const targets::AttainmentRow& r) {
  json::object o{{"assigneeType", targets::AssigneeTypeName(r.assignee.type)},
                 {"assigneeId", AssigneeIdJson(r.assignee)},
                 {"name", r.name},
                 {"target", OptInt(r.target)},
                 {"sprint", OptInt(r.sprint)},
                 {"challenge", OptInt(r.challenge)},
                 {"actual", r.actual},
                 {"rateBp", OptInt(r.rate_bp)},
                 {"left", r.left},
                 {"rank", r.rank}};
  if (!r.metric.empty()) {
    o["metric"] = r.metric;
    o["customerLevel"] = LevelJson(r.customer_level);
  }
  return o;
}

json::object AttainmentJson(const targets::Attainment& a) {
  json::array rows;
  for (const auto& r : a.rows) rows.push_back(AttainmentRowJson(r));
  return json::object{{"metric", a.metric},
                      {"customerLevel", LevelJson(a.customer_level)},
                      {"period", targets::FormatPeriod(a.period)},
                      {"from", FormatDate(targets::FirstDay(a.period))},
                      {"to", FormatDate(targets::LastDay(a.period))},
                      {"asOf", InstantJson(a.as_of)},
                      {"daysLeft", a.days_left},
                      {"department", json::object{{"id", IdJson(a.department_id)}, {"name", a.department_name}}},
                      {"total", AttainmentRowJson(a.total)},
                      {"rows", std::move(rows)}};
}

}  // namespace quanke::http
