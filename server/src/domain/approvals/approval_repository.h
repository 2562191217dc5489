#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/approvals/approval_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// Every SQL text on the approval engine's tables (approval_flows, approvals, approval_tasks,
// approval_history, approval_requests). Functions take the tenant id: Start runs inside other
// modules' transactions and the demo seeds without a request.
namespace quanke::approvals {

// ---- Flows ----
// Live flows of the tenant by (subject type, position, id); `subject_type` "" for all.
Result<std::vector<ApprovalFlow>> ListFlows(storage::Connection& conn, Id tenant_id, const std::string& subject_type);
// not_found when deleted or not the tenant's.
Result<ApprovalFlow> GetFlow(storage::Connection& conn, Id tenant_id, Id id);
Status InsertFlow(storage::Connection& conn, Id tenant_id, const ApprovalFlow& f);
// Writes every field of `f` with version `f.version`.
Status UpdateFlow(storage::Connection& conn, Id tenant_id, const ApprovalFlow& f);
Status DeleteFlow(storage::Connection& conn, Id tenant_id, Id id, Instant now);

// ---- Approvals ----
Status InsertApproval(storage::Connection& conn, Id tenant_id, const Approval& a);
// With the applicant's name; not_found when not the tenant's.
Result<Approval> GetApproval(storage::Connection& conn, Id tenant_id, Id id);
// The decision's conditional write: sets step, status and decided_at and raises the version,
// only if the version is still `expected` (false otherwise: someone else acted first).
Result<bool> AdvanceApproval(storage::Connection& conn, Id tenant_id, Id id, std::int64_t expected,
                             std::optional<std::int64_t> current_step, const std::string& status,
                             std::optional<Instant> decided_at);

// The inbox (docs/api-approvals.md): pending — the caller's pending tasks; done — approvals the
// caller decided a task of; mine — the caller's own; with `subject_id` — that object's.
// The statements of one page of that list and of its total (for ListApprovals and the plan test).
struct ListStatements {
  storage::Statement page, count;
};
Result<ListStatements> ApprovalListStatements(const org::Caller& caller, const ApprovalFilter& filter,
                                              const PageRequest& page);
Result<Page<Approval>> ListApprovals(storage::Connection& conn, const org::Caller& caller, const ApprovalFilter& filter,
                                     const PageRequest& page);
// The caller's pending tasks (the badge).
Result<std::int64_t> CountPending(storage::Connection& conn, const org::Caller& caller);

// ---- Tasks ----
Status InsertTasks(storage::Connection& conn, Id tenant_id, Id approval_id, const std::vector<Task>& tasks);
// Every task of the approval with the approvers' names, by step and approver.
Result<std::vector<Task>> ListTasks(storage::Connection& conn, Id tenant_id, Id approval_id);
Status SetTask(storage::Connection& conn, Id tenant_id, Id approval_id, std::int64_t step, Id approver_id,
               const std::string& state, const std::string& comment, Instant at);
// Moves the step's tasks in state `from` to `to`.
Status MoveStepTasks(storage::Connection& conn, Id tenant_id, Id approval_id, std::int64_t step,
                     const std::string& from, const std::string& to);
// Every pending or waiting task of the approval becomes cancelled.
Status CancelOpenTasks(storage::Connection& conn, Id tenant_id, Id approval_id);
// Who may act now on each of the approvals (their pending tasks), with names.
Result<std::map<Id, std::vector<Waiting>>> WaitingOn(storage::Connection& conn, Id tenant_id,
                                                     const std::vector<Id>& approval_ids);
// Whether the user has a task of any step of the approval.
Result<bool> IsApprover(storage::Connection& conn, Id tenant_id, Id approval_id, Id user_id);

// ---- History ----
Status InsertHistory(storage::Connection& conn, Id tenant_id, Id approval_id, const HistoryRow& h);
Result<std::vector<HistoryRow>> ListHistory(storage::Connection& conn, Id tenant_id, Id approval_id);

// ---- Requests (expense, leave) ----
Status InsertRequest(storage::Connection& conn, Id tenant_id, const Request& r);
Result<std::optional<Request>> GetRequest(storage::Connection& conn, Id tenant_id, Id id);
Status SetRequestApproval(storage::Connection& conn, Id tenant_id, Id id, Id approval_id, const std::string& status);
Status SetRequestStatus(storage::Connection& conn, Id tenant_id, Id id, const std::string& status);

}  // namespace quanke::approvals
