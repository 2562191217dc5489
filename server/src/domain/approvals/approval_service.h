#pragma once

#include <memory>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/approvals/approval_subjects.h"
#include "domain/approvals/approval_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::approvals {

// Approval flows (审批流程, docs/api-approvals.md): every signed-in user reads them, changing
// needs `settings.configure`. A PATCH raises the version; approvals already running keep the
// steps they resolved when they started, and a deleted flow's running approvals finish with
// theirs. Thread-safe.
class FlowService {
 public:
  FlowService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // By (subjectType, position); `subject_type` "" for all (validation.failed subjectType when
  // unknown).
  Result<std::vector<ApprovalFlow>> List(const org::Caller& caller, const std::string& subject_type);
  Result<ApprovalFlow> Get(const org::Caller& caller, Id id);
  // validation.failed as the doc lists.
  Result<ApprovalFlow> Create(const org::Caller& caller, const FlowInput& in);
  Result<ApprovalFlow> Update(const org::Caller& caller, Id id, const FlowInput& in);
  Status Delete(const org::Caller& caller, Id id);

  // Writes a validated flow. System path (demo): `tenant_id` without a caller.
  static Result<ApprovalFlow> Insert(storage::Connection& conn, Id tenant_id, ApprovalFlow flow, Instant now);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

// Approvals (审批) and the inbox: list and counts, detail, approve / reject / return / comment /
// withdraw, and the expense and leave requests. Reading one approval: its applicant, an approver
// of any of its steps, or whoever its subject's handler lets read the object (else not_found).
// Deciding: 409 approval.closed (decided already), 403 approval.not_your_turn (no pending task of
// the caller's at the current step; withdraw: not the applicant), 409 approval.version_conflict
// (the version moved: of two at once one stands). The end of an approval calls the subject's
// handler (OnDecided) in the decision's transaction; its failure fails the decision. Every action
// writes a history row and an audit entry (approval.approve, …); notifications approval.pending,
// approval.decided, approval.commented. Thread-safe.
class ApprovalService {
 public:
  ApprovalService(storage::Database& db, const Clock& clock, const SubjectRegistry& subjects)
      : db_(db), clock_(clock), subjects_(subjects) {}

  // validation.failed box / subjectType / status; subjectId needs subjectType and read access to
  // the object (not_found otherwise).
  Result<Page<ApprovalView>> List(const org::Caller& caller, const ApprovalFilter& filter, const PageRequest& page);
  Result<std::int64_t> PendingCount(const org::Caller& caller);
  Result<ApprovalDetail> Get(const org::Caller& caller, Id id);
  Result<ApprovalDetail> Approve(const org::Caller& caller, Id id, std::int64_t version, const std::string& comment);
  // validation.failed comment (required).
  Result<ApprovalDetail> Reject(const org::Caller& caller, Id id, std::int64_t version, const std::string& comment);
  Result<ApprovalDetail> Return(const org::Caller& caller, Id id, std::int64_t version, const std::string& comment);
  // Anyone who may read it; validation.failed comment (required).
  Result<ApprovalDetail> Comment(const org::Caller& caller, Id id, const std::string& comment);
  // The applicant, while pending.
  Result<ApprovalDetail> Withdraw(const org::Caller& caller, Id id, std::int64_t version);
  // An expense claim or leave request and its approval, one transaction. validation.failed per
  // the doc (type, title, amountFen, leaveType, startDate, endDate, halfDays, reason).
  Result<ApprovalDetail> SubmitRequest(const org::Caller& caller, const RequestInput& in);

 private:
  enum class Action { kApprove, kReject, kReturn, kWithdraw };
  Result<ApprovalDetail> Decide(const org::Caller& caller, Id id, std::int64_t version, const std::string& comment,
                                Action action);

  storage::Database& db_;
  const Clock& clock_;
  const SubjectRegistry& subjects_;
};

// The engine's own subjects, expense and leave (their requests' status follows the approval).
void RegisterRequestSubjects(SubjectRegistry& registry);
// An expense or leave request's attachments may be downloaded by its applicant and its approvers
// (once, at start-up).
void RegisterAttachmentReaders();

// The request of an expense or leave approval, inside a transaction (for the detail).
Result<std::optional<Request>> RequestOf(storage::Connection& conn, Id tenant_id, const Approval& a);

// Writes a request and starts its approval inside the caller's write transaction (the service's
// SubmitRequest and the demo). The input is validated already.
Result<Started> WriteRequest(storage::Connection& conn, const org::Caller& applicant, const RequestInput& in,
                             Instant now, Id* request_id = nullptr);

}  // namespace quanke::approvals
