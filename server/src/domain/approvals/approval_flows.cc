// FlowService: approval flows per subject type, versioned; running approvals keep the steps they
// resolved at their start, so an edit or a delete never changes them.
#include <map>

#include "core/text_list.h"
#include "domain/approvals/approval_internal.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/role_repository.h"
#include "domain/org/user_repository.h"

namespace quanke::approvals {
namespace {
using storage::Connection;


// The fields of a flow after a create or PATCH, checked against the doc and the organisation.
Status Validate(Connection& conn, Id tenant_id, const ApprovalFlow& f) {
  std::vector<FieldIssue> issues;
  if (!IsSubjectType(f.subject_type)) issues.push_back({"subjectType", "invalid_value"});
  if (IsBlank(f.name)) issues.push_back({"name", "required"});
  else if (f.name.size() > 200) issues.push_back({"name", "too_long"});
  if (f.min_amount_fen && *f.min_amount_fen < 0) issues.push_back({"minAmountFen", "invalid_value"});
  if (f.max_amount_fen && f.min_amount_fen && *f.max_amount_fen <= *f.min_amount_fen)
    issues.push_back({"maxAmountFen", "invalid_value"});
  if (f.max_amount_fen && *f.max_amount_fen <= 0) issues.push_back({"maxAmountFen", "invalid_value"});
  auto more = CheckSteps(f.steps);
  issues.insert(issues.end(), more.begin(), more.end());
  // Named users must be active users of the tenant; roles must exist.
  for (size_t i = 0; i < f.steps.size(); ++i) {
    const FlowStep& s = f.steps[i];
    const std::string at = "steps[" + std::to_string(i) + "].";
    if (s.approver_type == "users" && !s.user_ids.empty() && s.user_ids.size() <= 50) {
      auto users = org::UserBriefs(conn, tenant_id, s.user_ids);
      if (!users.ok()) return users.status();
      std::map<Id, bool> active;
      for (const auto& u : *users) active[u.id] = u.active;
      for (Id id : s.user_ids)
        if (!active.count(id) || !active[id]) {
          issues.push_back({at + "userIds", "invalid_value"});
          break;
        }
    }
    if (s.approver_type == "role" && s.role_id) {
      auto role = org::GetRole(conn, tenant_id, *s.role_id);
      if (!role.ok() && role.status().code() != "not_found") return role.status();
      if (!role.ok()) issues.push_back({at + "roleId", "invalid_value"});
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

void Apply(const FlowInput& in, ApprovalFlow& f) {
  if (in.subject_type) f.subject_type = *in.subject_type;
  if (in.name) f.name = *in.name;
  if (in.enabled) f.enabled = *in.enabled;
  if (in.position) f.position = *in.position;
  if (in.min_amount_fen) f.min_amount_fen = *in.min_amount_fen;
  if (in.max_amount_fen) f.max_amount_fen = *in.max_amount_fen;
  if (in.steps) f.steps = *in.steps;
}

}  // namespace

Result<ApprovalFlow> FlowService::Insert(Connection& conn, Id tenant_id, ApprovalFlow flow, Instant now) {
  flow.id = Ids().Next();
  flow.version = 1;
  flow.created_at = flow.updated_at = now;
  if (Status s = InsertFlow(conn, tenant_id, flow); !s.ok()) return s;
  return flow;
}

Result<std::vector<ApprovalFlow>> FlowService::List(const org::Caller& caller, const std::string& subject_type) {
  if (!subject_type.empty() && !IsSubjectType(subject_type))
    return Status::Validation({{"subjectType", "invalid_value"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListFlows(**lease, caller.tenant_id, subject_type);
}

Result<ApprovalFlow> FlowService::Get(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return GetFlow(**lease, caller.tenant_id, id);
}

Result<ApprovalFlow> FlowService::Create(const org::Caller& caller, const FlowInput& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  std::vector<FieldIssue> missing;
  if (!in.subject_type) missing.push_back({"subjectType", "required"});
  if (!in.name) missing.push_back({"name", "required"});
  if (!in.steps) missing.push_back({"steps", "required"});
  if (!missing.empty()) return Status::Validation(std::move(missing));
  ApprovalFlow f;
  Apply(in, f);
  Result<ApprovalFlow> out = Status::Internal("not written");
  const Instant now = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status v = Validate(conn, caller.tenant_id, f); !v.ok()) return v;
    out = Insert(conn, caller.tenant_id, f, now);
    if (!out.ok()) return out.status();
    return audit::RecordAction(conn, caller, now, "approval_flow.create", "approval_flow", out->id);
  });
  if (!s.ok()) return s;
  return out;
}

Result<ApprovalFlow> FlowService::Update(const org::Caller& caller, Id id, const FlowInput& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  Result<ApprovalFlow> out = Status::Internal("not written");
  const Instant now = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto f = GetFlow(conn, caller.tenant_id, id);
    if (!f.ok()) return f.status();
    Apply(in, *f);
    if (Status v = Validate(conn, caller.tenant_id, *f); !v.ok()) return v;
    f->version += 1;
    f->updated_at = now;
    if (Status w = UpdateFlow(conn, caller.tenant_id, *f); !w.ok()) return w;
    out = *f;
    return audit::RecordAction(conn, caller, now, "approval_flow.update", "approval_flow", id,
                               "{\"version\":" + std::to_string(f->version) + "}");
  });
  if (!s.ok()) return s;
  return out;
}

Status FlowService::Delete(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto f = GetFlow(conn, caller.tenant_id, id);
    if (!f.ok()) return f.status();
    if (Status w = DeleteFlow(conn, caller.tenant_id, id, now); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "approval_flow.delete", "approval_flow", id);
  });
}

}  // namespace quanke::approvals
