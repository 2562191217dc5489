// The pure rules of the approval engine: flow choice, approver resolution, step completion and
// the stored JSON of steps.
#include "domain/approvals/approval_rules.h"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

namespace quanke::approvals {
namespace {
namespace json = boost::json;

json::value Parse(const std::string& text) {
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  return ec ? json::value(nullptr) : v;
}

std::string Str(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::optional<Id> IdOf(const json::value* v) {
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_string()) return ParseId(std::string(v->as_string()));
  return std::nullopt;
}

json::array IdArray(const std::vector<Id>& ids) {
  json::array a;
  for (Id id : ids) a.emplace_back(IdToString(id));
  return a;
}

std::vector<Id> IdsOf(const json::value* v) {
  std::vector<Id> out;
  if (!v || !v->is_array()) return out;
  for (const auto& e : v->as_array())
    if (auto id = IdOf(&e)) out.push_back(*id);
  return out;
}

// A department's head who may approve for `applicant`, or why none may: "" when found.
std::string HeadProblem(const std::vector<Person>* heads, Id applicant, std::vector<Id>* out) {
  if (!heads || heads->empty()) return "无负责人";
  bool resigned = false, self = false;
  for (const auto& p : *heads) {
    if (p.id == applicant) self = true;
    else if (!p.active) resigned = true;
    else out->push_back(p.id);
  }
  if (!out->empty()) return {};
  return self ? "负责人为申请人本人" : resigned ? "负责人已离职" : "无负责人";
}

std::string DepartmentName(const OrgView& org, Id department) {
  auto it = org.department_names.find(department);
  return it == org.department_names.end() ? IdToString(department) : it->second;
}

// The department `levels - 1` parents above `department`, or nullopt past the root.
std::optional<Id> Up(const OrgView& org, Id department, std::int64_t levels) {
  std::optional<Id> at = department;
  for (std::int64_t i = 1; i < levels && at; ++i) {
    auto it = org.parent.find(*at);
    at = it == org.parent.end() ? std::nullopt : it->second;
  }
  return at;
}

// The heads of the department `step.levels` up, moving up past missing ones (each a Skip).
std::vector<Id> ResolveHead(const FlowStep& step, std::int64_t index, Id applicant, Id department, const OrgView& org,
                            std::vector<Skip>& skips, std::string& note) {
  std::vector<Id> out;
  std::optional<Id> at = Up(org, department, std::max<std::int64_t>(step.levels, 1));
  std::int64_t level = std::max<std::int64_t>(step.levels, 1);
  while (at) {
    auto it = org.heads.find(*at);
    const std::string problem = HeadProblem(it == org.heads.end() ? nullptr : &it->second, applicant, &out);
    if (problem.empty()) return out;
    const std::string text = "第" + std::to_string(level) + "级部门「" + DepartmentName(org, *at) + "」" + problem +
                             "，转上一级";
    skips.push_back({index, text});
    note += (note.empty() ? "" : "；") + text;
    auto parent = org.parent.find(*at);
    at = parent == org.parent.end() ? std::nullopt : parent->second;
    ++level;
  }
  return out;
}

}  // namespace

const std::vector<std::string>& SubjectTypes() {
  static const std::vector<std::string> kTypes = {"contract", "discount", "contract_change",
                                                  "receipt",  "expense",  "leave"};
  return kTypes;
}

bool IsSubjectType(const std::string& type) {
  const auto& all = SubjectTypes();
  return std::find(all.begin(), all.end(), type) != all.end();
}

const ApprovalFlow* ChooseFlow(const std::vector<ApprovalFlow>& flows, std::int64_t amount_fen) {
  const ApprovalFlow* best = nullptr;
  for (const auto& f : flows) {
    if (!f.enabled) continue;
    if (f.min_amount_fen && amount_fen < *f.min_amount_fen) continue;
    if (f.max_amount_fen && amount_fen >= *f.max_amount_fen) continue;
    if (!best || f.position < best->position || (f.position == best->position && f.id < best->id)) best = &f;
  }
  return best;
}

Resolution ResolveSteps(const std::vector<FlowStep>& steps, Id applicant, Id department, const OrgView& org) {
  Resolution out;
  for (size_t i = 0; i < steps.size(); ++i) {
    const FlowStep& s = steps[i];
    const auto index = static_cast<std::int64_t>(i);
    ResolvedStep r;
    r.name = s.name;
    r.mode = s.mode;
    r.approver_type = s.approver_type;
    std::vector<Id> candidates;
    bool had_applicant = false;
    if (s.approver_type == "users") {
      for (Id id : s.user_ids) {
        auto it = org.people.find(id);
        if (it != org.people.end() && it->second.active) candidates.push_back(id);
      }
    } else if (s.approver_type == "role") {
      if (s.role_id)
        if (auto it = org.role_members.find(*s.role_id); it != org.role_members.end())
          for (const auto& p : it->second)
            if (p.active) candidates.push_back(p.id);
    } else if (s.approver_type == "dept_head") {
      candidates = ResolveHead(s, index, applicant, department, org, out.skips, r.note);
      if (candidates.empty()) {
        const std::string text = "已无上级部门，跳过此步";
        out.skips.push_back({index, text});
        r.note += (r.note.empty() ? "" : "；") + text;
        r.skipped = true;
        out.steps.push_back(std::move(r));
        continue;
      }
    }
    std::set<Id> seen;
    for (Id id : candidates) {
      if (id == applicant) {
        had_applicant = true;
        continue;
      }
      if (seen.insert(id).second) r.approvers.push_back(id);
    }
    if (r.approvers.empty()) {
      const std::string text = had_applicant ? "审批人仅有申请人本人，跳过此步" : "没有可用的审批人，跳过此步";
      out.skips.push_back({index, text});
      r.note += (r.note.empty() ? "" : "；") + text;
      r.skipped = true;
    } else if (!out.first_step) {
      out.first_step = index;
    }
    out.steps.push_back(std::move(r));
  }
  return out;
}

bool StepComplete(const std::string& mode, const std::vector<std::string>& states) {
  if (states.empty()) return true;
  if (mode == "all") return std::all_of(states.begin(), states.end(), [](const std::string& s) { return s == "approved"; });
  return std::any_of(states.begin(), states.end(), [](const std::string& s) { return s == "approved"; });
}

std::optional<std::int64_t> NextStep(const std::vector<ResolvedStep>& steps, std::int64_t step) {
  for (auto i = step + 1; i < static_cast<std::int64_t>(steps.size()); ++i)
    if (!steps[static_cast<size_t>(i)].skipped && !steps[static_cast<size_t>(i)].approvers.empty()) return i;
  return std::nullopt;
}

std::vector<FieldIssue> CheckSteps(const std::vector<FlowStep>& steps) {
  std::vector<FieldIssue> issues;
  if (steps.empty() || steps.size() > 10) issues.push_back({"steps", "invalid_value"});
  for (size_t i = 0; i < steps.size(); ++i) {
    const FlowStep& s = steps[i];
    const std::string at = "steps[" + std::to_string(i) + "].";
    if (s.name.find_first_not_of(" \t\r\n") == std::string::npos) issues.push_back({at + "name", "required"});
    else if (s.name.size() > 100) issues.push_back({at + "name", "too_long"});
    if (s.mode != "any" && s.mode != "all") issues.push_back({at + "mode", "invalid_value"});
    if (s.approver_type == "users") {
      if (s.user_ids.empty()) issues.push_back({at + "userIds", "required"});
      else if (s.user_ids.size() > 50) issues.push_back({at + "userIds", "invalid_value"});
    } else if (s.approver_type == "role") {
      if (!s.role_id) issues.push_back({at + "roleId", "required"});
    } else if (s.approver_type == "dept_head") {
      if (s.levels < 1 || s.levels > 5) issues.push_back({at + "levels", "invalid_value"});
    } else {
      issues.push_back({at + "approverType", "invalid_value"});
    }
  }
  return issues;
}

std::string FlowStepsToJson(const std::vector<FlowStep>& steps) {
  json::array a;
  for (const auto& s : steps)
    a.push_back(json::object{{"name", s.name},
                             {"approverType", s.approver_type},
                             {"userIds", IdArray(s.user_ids)},
                             {"roleId", s.role_id ? json::value(IdToString(*s.role_id)) : json::value(nullptr)},
                             {"levels", s.levels},
                             {"mode", s.mode}});
  return json::serialize(a);
}

std::vector<FlowStep> FlowStepsFromJson(const std::string& text) {
  std::vector<FlowStep> out;
  const json::value v = Parse(text);
  if (!v.is_array()) return out;
  for (const auto& e : v.as_array()) {
    if (!e.is_object()) continue;
    const auto& o = e.as_object();
    FlowStep s;
    s.name = Str(o, "name");
    s.approver_type = Str(o, "approverType");
    s.user_ids = IdsOf(o.if_contains("userIds"));
    s.role_id = IdOf(o.if_contains("roleId"));
    if (const auto* l = o.if_contains("levels"); l && l->is_int64()) s.levels = l->as_int64();
    s.mode = Str(o, "mode");
    out.push_back(std::move(s));
  }
  return out;
}

std::string ResolvedStepsToJson(const std::vector<ResolvedStep>& steps) {
  json::array a;
  for (const auto& s : steps)
    a.push_back(json::object{{"name", s.name},
                             {"mode", s.mode},
                             {"approverType", s.approver_type},
                             {"approvers", IdArray(s.approvers)},
                             {"skipped", s.skipped},
                             {"note", s.note}});
  return json::serialize(a);
}

std::vector<ResolvedStep> ResolvedStepsFromJson(const std::string& text) {
  std::vector<ResolvedStep> out;
  const json::value v = Parse(text);
  if (!v.is_array()) return out;
  for (const auto& e : v.as_array()) {
    if (!e.is_object()) continue;
    const auto& o = e.as_object();
    ResolvedStep s;
    s.name = Str(o, "name");
    s.mode = Str(o, "mode");
    s.approver_type = Str(o, "approverType");
    s.approvers = IdsOf(o.if_contains("approvers"));
    if (const auto* k = o.if_contains("skipped"); k && k->is_bool()) s.skipped = k->as_bool();
    s.note = Str(o, "note");
    out.push_back(std::move(s));
  }
  return out;
}

std::string IdsToJson(const std::vector<Id>& ids) { return json::serialize(IdArray(ids)); }

std::vector<Id> IdsFromJson(const std::string& text) {
  const json::value v = Parse(text);
  return IdsOf(&v);
}

}  // namespace quanke::approvals
