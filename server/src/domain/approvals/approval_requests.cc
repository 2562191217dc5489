// Expense claims (报销) and leave requests (请假): the engine's own subjects. A request and its
// approval are written in one transaction; the request's status follows its approval.
#include "core/text_list.h"
#include "core/time_zone.h"
#include "domain/activity/attachment_links.h"
#include "domain/approvals/approval_internal.h"
#include "domain/org/audit_repository.h"

namespace quanke::approvals {
namespace {
using storage::Connection;


// The handler of types expense and leave: the request's status follows its approval; its
// applicant reads it (approvers read the approval as approvers).
class RequestSubjects : public SubjectHandler {
 public:
  Status OnDecided(Connection& conn, const org::Caller& by, Id subject_id, Outcome outcome, Id approval_id,
                   Instant now) override {
    return SetRequestStatus(conn, by.tenant_id, subject_id, OutcomeName(outcome));
  }
  bool CanRead(Connection& conn, const org::Caller& caller, Id subject_id) override {
    auto r = GetRequest(conn, caller.tenant_id, subject_id);
    return r.ok() && *r && (*r)->applicant_id == caller.user_id;
  }
};

Status Validate(const RequestInput& in) {
  std::vector<FieldIssue> issues;
  if (in.type != "expense" && in.type != "leave") issues.push_back({"type", "invalid_value"});
  if (IsBlank(in.title)) issues.push_back({"title", "required"});
  else if (in.title.size() > 200) issues.push_back({"title", "too_long"});
  if (IsBlank(in.reason)) issues.push_back({"reason", "required"});
  else if (in.reason.size() > 2000) issues.push_back({"reason", "too_long"});
  if (in.category.size() > 100) issues.push_back({"category", "too_long"});
  if (in.attachment_ids.size() > 20) issues.push_back({"attachmentIds", "invalid_value"});
  if (in.type == "expense") {
    if (!in.amount_fen) issues.push_back({"amountFen", "required"});
    else if (*in.amount_fen <= 0) issues.push_back({"amountFen", "invalid_value"});
  }
  if (in.type == "leave") {
    if (!in.leave_type) issues.push_back({"leaveType", "required"});
    else if (*in.leave_type != "annual" && *in.leave_type != "sick" && *in.leave_type != "personal" &&
             *in.leave_type != "other")
      issues.push_back({"leaveType", "invalid_value"});
    LocalDate start = 0, end = 0;
    const bool start_ok = in.start_date && ParseDate(*in.start_date, &start);
    const bool end_ok = in.end_date && ParseDate(*in.end_date, &end);
    if (!in.start_date) issues.push_back({"startDate", "required"});
    else if (!start_ok) issues.push_back({"startDate", "invalid_value"});
    if (!in.end_date) issues.push_back({"endDate", "required"});
    else if (!end_ok || (start_ok && end < start)) issues.push_back({"endDate", "invalid_value"});
    if (!in.half_days) issues.push_back({"halfDays", "required"});
    else if (*in.half_days < 1 || *in.half_days > 2000) issues.push_back({"halfDays", "invalid_value"});
  } else {
    for (const char* f : {"startDate", "endDate"}) {
      const auto& v = std::string(f) == "startDate" ? in.start_date : in.end_date;
      LocalDate d = 0;
      if (v && !ParseDate(*v, &d)) issues.push_back({f, "invalid_value"});
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

}  // namespace

void RegisterRequestSubjects(SubjectRegistry& registry) {
  auto handler = std::make_shared<RequestSubjects>();
  registry.Register("expense", handler);
  registry.Register("leave", handler);
}

Result<std::optional<Request>> RequestOf(Connection& conn, Id tenant_id, const Approval& a) {
  if (a.subject_type != "expense" && a.subject_type != "leave") return std::optional<Request>();
  return GetRequest(conn, tenant_id, a.subject_id);
}

Result<Started> WriteRequest(Connection& conn, const org::Caller& applicant, const RequestInput& in, Instant now,
                             Id* request_id) {
  Request r;
  r.id = Ids().Next();
  r.type = in.type;
  r.title = in.title;
  r.amount_fen = in.type == "expense" ? in.amount_fen.value_or(0) : 0;
  r.category = in.category;
  r.leave_type = in.type == "leave" ? in.leave_type.value_or("") : "";
  r.start_date = in.start_date;
  r.end_date = in.end_date;
  r.half_days = in.type == "leave" ? in.half_days.value_or(0) : 0;
  r.reason = in.reason;
  r.attachment_ids = in.attachment_ids;
  r.applicant_id = applicant.user_id;
  r.created_at = now;
  if (Status s = InsertRequest(conn, applicant.tenant_id, r); !s.ok()) return s;
  if (Status s = activity::LinkAttachments(conn, applicant, "approval_request", r.id, r.attachment_ids, "attachmentIds");
      !s.ok())
    return s;
  Subject subject{r.type, r.id, r.title, r.amount_fen, ""};
  auto started = Start(conn, applicant, subject, now);
  if (!started.ok()) return started.status();
  if (Status s = SetRequestApproval(conn, applicant.tenant_id, r.id, started->approval_id,
                                    started->approved_at_once ? "approved" : "pending");
      !s.ok())
    return s;
  if (request_id) *request_id = r.id;
  return started;
}

Result<ApprovalDetail> ApprovalService::SubmitRequest(const org::Caller& caller, const RequestInput& in) {
  if (Status s = Validate(in); !s.ok()) return s;
  Id approval_id = 0;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    Id request_id = 0;
    auto started = WriteRequest(conn, caller, in, clock_.Now(), &request_id);
    if (!started.ok()) return started.status();
    approval_id = started->approval_id;
    return audit::RecordAction(conn, caller, clock_.Now(), "approval_request.create", "approval_request", request_id);
  });
  if (!s.ok()) return s;
  return Get(caller, approval_id);
}

void RegisterAttachmentReaders() {
  // A request's attachments: its applicant and the approvers of its approval.
  activity::RegisterAttachmentReader("approval_request", [](Connection& conn, const org::Caller& caller, Id id) {
    auto r = GetRequest(conn, caller.tenant_id, id);
    if (!r.ok() || !*r) return false;
    if ((*r)->applicant_id == caller.user_id) return true;
    if (!(*r)->approval_id) return false;
    auto approver = IsApprover(conn, caller.tenant_id, *(*r)->approval_id, caller.user_id);
    return approver.ok() && *approver;
  });
}

}  // namespace quanke::approvals
