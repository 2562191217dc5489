// ApprovalService: the inbox, one approval's detail, and the decisions on it.
#include <set>

#include "core/text_list.h"
#include "domain/approvals/approval_internal.h"
#include "domain/notify/notifications.h"
#include "domain/org/audit_repository.h"
#include "domain/org/user_repository.h"

namespace quanke::approvals {
namespace {
using storage::Connection;


bool IsStatus(const std::string& s) {
  return s == "pending" || s == "approved" || s == "rejected" || s == "returned" || s == "withdrawn";
}

// Whether the caller may read the approval: its applicant, an approver of any step, or a reader
// of its subject.
Result<bool> MayRead(Connection& conn, const org::Caller& caller, const Approval& a, const SubjectRegistry& subjects) {
  if (a.applicant_id == caller.user_id) return true;
  auto approver = IsApprover(conn, caller.tenant_id, a.id, caller.user_id);
  if (!approver.ok() || *approver) return approver;
  SubjectHandler* handler = subjects.Find(a.subject_type);
  return handler && handler->CanRead(conn, caller, a.subject_id);
}

// The pending task of the caller at the approval's current step, or nullptr.
const Task* MyPendingTask(const Approval& a, const std::vector<Task>& tasks, Id user) {
  if (a.status != "pending" || !a.current_step) return nullptr;
  for (const auto& t : tasks)
    if (t.step == *a.current_step && t.approver_id == user && t.state == "pending") return &t;
  return nullptr;
}

// The approval as the caller sees it, with what they may do (read access checked already).
Result<ApprovalDetail> DetailOf(Connection& conn, const org::Caller& caller, Approval a) {
  ApprovalDetail d;
  auto tasks = ListTasks(conn, caller.tenant_id, a.id);
  if (!tasks.ok()) return tasks.status();
  auto history = ListHistory(conn, caller.tenant_id, a.id);
  if (!history.ok()) return history.status();
  auto request = RequestOf(conn, caller.tenant_id, a);
  if (!request.ok()) return request.status();
  d.request = std::move(*request);
  d.can_approve = MyPendingTask(a, *tasks, caller.user_id) != nullptr;
  d.can_withdraw = a.status == "pending" && a.applicant_id == caller.user_id;
  d.can_comment = true;
  for (const auto& t : *tasks)
    if (t.state == "pending") d.view.waiting_on.push_back({t.approver_id, t.approver_name});
  d.tasks = std::move(*tasks);
  d.history = std::move(*history);
  d.view.id = a.id;
  d.view.approval = std::move(a);
  return d;
}

// Reads the approval the caller may read (not_found otherwise).
Result<Approval> Readable(Connection& conn, const org::Caller& caller, Id id, const SubjectRegistry& subjects) {
  auto a = GetApproval(conn, caller.tenant_id, id);
  if (!a.ok()) return a.status();
  auto may = MayRead(conn, caller, *a, subjects);
  if (!may.ok()) return may.status();
  if (!*may) return Status::NotFound();
  return a;
}

const char* ActionName(int action) {
  static const char* kNames[] = {"approve", "reject", "return", "withdraw"};
  return kNames[action];
}

}  // namespace

Result<Page<ApprovalView>> ApprovalService::List(const org::Caller& caller, const ApprovalFilter& filter,
                                                 const PageRequest& page) {
  std::vector<FieldIssue> issues;
  if (filter.box != "pending" && filter.box != "done" && filter.box != "mine") issues.push_back({"box", "invalid_value"});
  if (!filter.subject_type.empty() && !IsSubjectType(filter.subject_type))
    issues.push_back({"subjectType", "invalid_value"});
  if (!filter.status.empty() && !IsStatus(filter.status)) issues.push_back({"status", "invalid_value"});
  if (filter.subject_id && filter.subject_type.empty()) issues.push_back({"subjectType", "required"});
  if (filter.q.size() > 200) issues.push_back({"q", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  auto lease = filter.subject_id ? db_.Read() : db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  if (filter.subject_id) {
    // An object's approvals: whoever may read the object.
    SubjectHandler* handler = subjects_.Find(filter.subject_type);
    if (!handler || !handler->CanRead(conn, caller, *filter.subject_id)) return Status::NotFound();
  }
  auto list = ListApprovals(conn, caller, filter, page);
  if (!list.ok()) return list.status();
  std::vector<Id> ids;
  for (const auto& a : list->items) ids.push_back(a.id);
  auto waiting = WaitingOn(conn, caller.tenant_id, ids);
  if (!waiting.ok()) return waiting.status();
  Page<ApprovalView> out;
  out.next_cursor = list->next_cursor;
  out.total = list->total;
  out.items.reserve(list->items.size());
  for (auto& a : list->items) {
    ApprovalView v;
    v.id = a.id;
    if (auto it = waiting->find(a.id); it != waiting->end()) v.waiting_on = std::move(it->second);
    v.approval = std::move(a);
    out.items.push_back(std::move(v));
  }
  return out;
}

Result<std::int64_t> ApprovalService::PendingCount(const org::Caller& caller) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return CountPending(**lease, caller);
}

Result<ApprovalDetail> ApprovalService::Get(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto a = Readable(**lease, caller, id, subjects_);
  if (!a.ok()) return a.status();
  return DetailOf(**lease, caller, std::move(*a));
}

Result<ApprovalDetail> ApprovalService::Approve(const org::Caller& caller, Id id, std::int64_t version,
                                                const std::string& comment) {
  return Decide(caller, id, version, comment, Action::kApprove);
}

Result<ApprovalDetail> ApprovalService::Reject(const org::Caller& caller, Id id, std::int64_t version,
                                               const std::string& comment) {
  if (IsBlank(comment)) return Status::Validation({{"comment", "required"}});
  return Decide(caller, id, version, comment, Action::kReject);
}

Result<ApprovalDetail> ApprovalService::Return(const org::Caller& caller, Id id, std::int64_t version,
                                               const std::string& comment) {
  if (IsBlank(comment)) return Status::Validation({{"comment", "required"}});
  return Decide(caller, id, version, comment, Action::kReturn);
}

Result<ApprovalDetail> ApprovalService::Withdraw(const org::Caller& caller, Id id, std::int64_t version) {
  return Decide(caller, id, version, "", Action::kWithdraw);
}

// One decision, in named steps: read and check (closed, turn, version); the conditional write of
// the approval (of two at once exactly one passes); the tasks; the end (the subject's handler);
// history, audit and notifications.
Result<ApprovalDetail> ApprovalService::Decide(const org::Caller& caller, Id id, std::int64_t version,
                                               const std::string& comment, Action action) {
  Result<ApprovalDetail> out = Status::Internal("not decided");
  const Instant now = clock_.Now();
  const Id tenant_id = caller.tenant_id;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto a = Readable(conn, caller, id, subjects_);
    if (!a.ok()) return a.status();
    if (a->status != "pending") return Status::Error("approval.closed", "the approval is decided already");
    auto tasks = ListTasks(conn, tenant_id, id);
    if (!tasks.ok()) return tasks.status();
    const Task* mine = MyPendingTask(*a, *tasks, caller.user_id);
    if (action == Action::kWithdraw ? a->applicant_id != caller.user_id : mine == nullptr)
      return Status::Error("approval.not_your_turn", "it is not your turn to act on this approval");
    if (version != a->version) return Status::Error("approval.version_conflict", "the approval has changed");

    // What the approval becomes.
    const std::int64_t step = a->current_step.value_or(0);
    std::optional<std::int64_t> next_step = a->current_step;
    std::string status = "pending";
    bool step_done = false;
    if (action == Action::kApprove) {
      const ResolvedStep& rs = a->steps.at(static_cast<size_t>(step));
      std::vector<std::string> states;
      for (const auto& t : *tasks)
        if (t.step == step) states.push_back(t.approver_id == caller.user_id ? "approved" : t.state);
      step_done = StepComplete(rs.mode, states);
      if (step_done) {
        next_step = NextStep(a->steps, step);
        if (!next_step) status = "approved";
      }
    } else {
      next_step.reset();
      status = action == Action::kReject ? "rejected" : action == Action::kReturn ? "returned" : "withdrawn";
    }
    const bool ended = status != "pending";
    auto advanced = AdvanceApproval(conn, tenant_id, id, version, next_step, status,
                                    ended ? std::optional<Instant>(now) : std::nullopt);
    if (!advanced.ok()) return advanced.status();
    if (!*advanced) return Status::Error("approval.version_conflict", "the approval has changed");

    if (mine) {
      const char* task_state = action == Action::kApprove ? "approved" : action == Action::kReject ? "rejected" : "returned";
      if (Status w = SetTask(conn, tenant_id, id, step, caller.user_id, task_state, comment, now); !w.ok()) return w;
    }
    if (ended && action != Action::kApprove) {
      if (Status w = CancelOpenTasks(conn, tenant_id, id); !w.ok()) return w;
    } else if (step_done) {
      if (Status w = MoveStepTasks(conn, tenant_id, id, step, "pending", "cancelled"); !w.ok()) return w;
      if (next_step)
        if (Status w = MoveStepTasks(conn, tenant_id, id, *next_step, "waiting", "pending"); !w.ok()) return w;
    }
    a->status = status;
    a->current_step = next_step;
    a->version += 1;
    if (ended) a->decided_at = now;

    if (ended) {
      if (SubjectHandler* handler = subjects_.Find(a->subject_type)) {
        const Outcome outcome = status == "approved"   ? Outcome::kApproved
                                : status == "rejected" ? Outcome::kRejected
                                : status == "returned" ? Outcome::kReturned
                                                       : Outcome::kWithdrawn;
        if (Status h = handler->OnDecided(conn, caller, a->subject_id, outcome, id, now); !h.ok()) return h;
      }
    }
    HistoryRow h;
    h.action = ActionName(static_cast<int>(action));
    h.step = action == Action::kWithdraw ? std::nullopt : std::optional<std::int64_t>(step);
    h.user_id = caller.user_id;
    h.comment = comment;
    h.at = now;
    if (Status w = InsertHistory(conn, tenant_id, id, h); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, std::string("approval.") + h.action, "approval", id,
                                       "{\"status\":\"" + status + "\"}");
        !w.ok())
      return w;
    if (step_done && next_step)
      if (Status w = detail::NotifyPending(conn, tenant_id, *a, *next_step, now); !w.ok()) return w;
    if (ended && action != Action::kWithdraw)
      if (Status w = detail::NotifyDecided(conn, tenant_id, *a, org::UserName(conn, tenant_id, caller.user_id), now);
          !w.ok())
        return w;
    out = DetailOf(conn, caller, std::move(*a));
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<ApprovalDetail> ApprovalService::Comment(const org::Caller& caller, Id id, const std::string& comment) {
  if (IsBlank(comment)) return Status::Validation({{"comment", "required"}});
  Result<ApprovalDetail> out = Status::Internal("not commented");
  const Instant now = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto a = Readable(conn, caller, id, subjects_);
    if (!a.ok()) return a.status();
    HistoryRow h;
    h.action = "comment";
    h.step = a->current_step;
    h.user_id = caller.user_id;
    h.comment = comment;
    h.at = now;
    if (Status w = InsertHistory(conn, caller.tenant_id, id, h); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "approval.comment", "approval", id); !w.ok()) return w;
    auto tasks = ListTasks(conn, caller.tenant_id, id);
    if (!tasks.ok()) return tasks.status();
    std::set<Id> told{a->applicant_id};
    for (const auto& t : *tasks) told.insert(t.approver_id);
    told.erase(caller.user_id);
    const std::string by = org::UserName(conn, caller.tenant_id, caller.user_id);
    for (Id user : told) {
      notify::Notification n;
      n.user_id = user;
      n.type = "approval.commented";
      n.params = {{"approvalId", IdToString(id)}, {"title", a->title}, {"by", by}};
      n.object_type = "approval";
      n.object_id = id;
      n.created_at = now;
      if (Status w = notify::Send(conn, caller.tenant_id, n); !w.ok()) return w;
    }
    out = DetailOf(conn, caller, std::move(*a));
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::approvals
