// Start (the seam for subject modules, approval_subjects.h): flow choice, approver resolution,
// the approval with its tasks and history, and the first step's notifications.
#include <set>

#include "domain/approvals/approval_internal.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_repository.h"
#include "domain/org/department_repository.h"
#include "domain/org/user_repository.h"

namespace quanke::approvals {
using storage::Connection;

const char* OutcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::kApproved: return "approved";
    case Outcome::kRejected: return "rejected";
    case Outcome::kReturned: return "returned";
    case Outcome::kWithdrawn: return "withdrawn";
  }
  return "approved";
}

namespace detail {

Result<OrgView> LoadOrgView(Connection& conn, Id tenant_id, const std::vector<FlowStep>& steps) {
  OrgView org;
  std::vector<Id> named;
  std::set<Id> roles;
  bool heads = false;
  for (const auto& s : steps) {
    if (s.approver_type == "users") named.insert(named.end(), s.user_ids.begin(), s.user_ids.end());
    else if (s.approver_type == "role" && s.role_id) roles.insert(*s.role_id);
    else if (s.approver_type == "dept_head") heads = true;
  }
  auto person = [](const org::UserBrief& u) { return Person{u.id, u.name, u.active}; };
  if (heads) {
    auto departments = org::ListDepartments(conn, tenant_id);
    if (!departments.ok()) return departments.status();
    for (const auto& d : *departments) {
      org.parent[d.id] = d.parent_id;
      org.department_names[d.id] = d.name;
    }
    auto list = org::DepartmentHeads(conn, tenant_id);
    if (!list.ok()) return list.status();
    for (const auto& u : *list) org.heads[u.department_id].push_back(person(u));
  }
  if (!named.empty()) {
    auto list = org::UserBriefs(conn, tenant_id, named);
    if (!list.ok()) return list.status();
    for (const auto& u : *list) org.people[u.id] = person(u);
  }
  for (Id role : roles) {
    auto list = org::RoleMembers(conn, tenant_id, role);
    if (!list.ok()) return list.status();
    for (const auto& u : *list) org.role_members[role].push_back(person(u));
  }
  return org;
}

Status NotifyPending(Connection& conn, Id tenant_id, const Approval& a, std::int64_t step, Instant now) {
  if (step < 0 || step >= static_cast<std::int64_t>(a.steps.size())) return Status::Ok();
  for (Id user : a.steps[static_cast<size_t>(step)].approvers) {
    notify::Notification n;
    n.user_id = user;
    n.type = "approval.pending";
    n.params = {{"approvalId", IdToString(a.id)}, {"title", a.title}, {"applicant", a.applicant_name}};
    n.object_type = "approval";
    n.object_id = a.id;
    n.created_at = now;
    if (Status s = notify::Send(conn, tenant_id, n); !s.ok()) return s;
  }
  return Status::Ok();
}

Status NotifyDecided(Connection& conn, Id tenant_id, const Approval& a, const std::string& by_name, Instant now) {
  notify::Notification n;
  n.user_id = a.applicant_id;
  n.type = "approval.decided";
  n.params = {{"approvalId", IdToString(a.id)}, {"title", a.title}, {"status", a.status}, {"by", by_name}};
  n.object_type = "approval";
  n.object_id = a.id;
  n.created_at = now;
  return notify::Send(conn, tenant_id, n);
}

}  // namespace detail

Result<bool> HasFlow(Connection& conn, Id tenant_id, const std::string& type, std::int64_t amount_fen) {
  auto flows = ListFlows(conn, tenant_id, type);
  if (!flows.ok()) return flows.status();
  return ChooseFlow(*flows, amount_fen) != nullptr;
}

Result<Started> Start(Connection& conn, const org::Caller& applicant, const Subject& subject, Instant now) {
  if (!IsSubjectType(subject.type)) return Status::Validation({{"subjectType", "invalid_value"}});
  const Id tenant_id = applicant.tenant_id;
  auto flows = ListFlows(conn, tenant_id, subject.type);
  if (!flows.ok()) return flows.status();
  const ApprovalFlow* flow = ChooseFlow(*flows, subject.amount_fen);

  Approval a;
  a.id = Ids().Next();
  a.subject_type = subject.type;
  a.subject_id = subject.id;
  a.title = subject.title;
  a.amount_fen = subject.amount_fen;
  a.link = subject.link;
  a.applicant_id = applicant.user_id;
  a.applicant_name = org::UserName(conn, tenant_id, applicant.user_id);
  a.department_id = applicant.department_id;
  a.created_at = now;
  Resolution resolution;
  if (flow) {
    auto org = detail::LoadOrgView(conn, tenant_id, flow->steps);
    if (!org.ok()) return org.status();
    resolution = ResolveSteps(flow->steps, applicant.user_id, applicant.department_id, *org);
    a.flow_id = flow->id;
    a.flow_name = flow->name;
    a.steps = resolution.steps;
  }
  std::vector<Task> tasks;
  if (resolution.first_step) {
    a.current_step = resolution.first_step;
    for (size_t i = 0; i < a.steps.size(); ++i) {
      const auto step = static_cast<std::int64_t>(i);
      if (a.steps[i].skipped || step < *resolution.first_step) continue;
      for (Id user : a.steps[i].approvers)
        tasks.push_back({step, user, "", step == *resolution.first_step ? "pending" : "waiting", "", std::nullopt});
    }
  } else {
    a.status = "approved";
    a.decided_at = now;
  }
  if (Status s = InsertApproval(conn, tenant_id, a); !s.ok()) return s;
  if (Status s = InsertTasks(conn, tenant_id, a.id, tasks); !s.ok()) return s;
  HistoryRow submit;
  submit.action = "submit";
  submit.user_id = applicant.user_id;
  submit.at = now;
  if (Status s = InsertHistory(conn, tenant_id, a.id, submit); !s.ok()) return s;
  for (const auto& skip : resolution.skips) {
    HistoryRow h;
    h.action = "skip";
    h.step = skip.step;
    h.comment = skip.note;
    h.at = now;
    if (Status s = InsertHistory(conn, tenant_id, a.id, h); !s.ok()) return s;
  }
  if (!resolution.first_step) {
    HistoryRow h;
    h.action = "auto_approve";
    h.comment = flow ? "所有步骤均已跳过" : "没有适用的审批流程";
    h.at = now;
    if (Status s = InsertHistory(conn, tenant_id, a.id, h); !s.ok()) return s;
  }
  if (Status s = audit::RecordAction(conn, applicant, now, "approval.submit", "approval", a.id,
                                     "{\"subjectType\":\"" + a.subject_type + "\"}");
      !s.ok())
    return s;
  if (resolution.first_step)
    if (Status s = detail::NotifyPending(conn, tenant_id, a, *resolution.first_step, now); !s.ok()) return s;
  return Started{a.id, !resolution.first_step.has_value()};
}

}  // namespace quanke::approvals
