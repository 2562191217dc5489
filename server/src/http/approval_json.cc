// Approval flows, approvals and requests as the API answers them (docs/api-approvals.md).
#include "http/approval_json.h"

#include <boost/json.hpp>

#include "domain/approvals/approval_rules.h"
#include "http/json_io.h"

namespace quanke::http {
namespace json = boost::json;

namespace {
json::array IdStrings(const std::vector<Id>& ids) {
  json::array a;
  for (Id id : ids) a.emplace_back(IdToString(id));
  return a;
}

json::value OptInt(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

// A step's state from its tasks: a rejection or return ends it so; complete is approved; the
// current step of a pending approval is pending; any other is waiting.
std::string StepState(const approvals::Approval& a, std::int64_t step, const std::vector<std::string>& states) {
  const auto& s = a.steps[static_cast<size_t>(step)];
  if (s.skipped) return "skipped";
  for (const auto& t : states)
    if (t == "rejected" || t == "returned") return t;
  if (!states.empty() && approvals::StepComplete(s.mode, states)) return "approved";
  if (a.status == "pending" && a.current_step == step) return "pending";
  return "waiting";
}
}  // namespace

json::object ApprovalFlowJson(const approvals::ApprovalFlow& f) {
  json::array steps;
  for (const auto& s : f.steps)
    steps.push_back(json::object{{"name", s.name},
                                 {"approverType", s.approver_type},
                                 {"userIds", IdStrings(s.user_ids)},
                                 {"roleId", IdJson(s.role_id)},
                                 {"levels", s.levels},
                                 {"mode", s.mode}});
  return json::object{{"id", IdToString(f.id)},
                      {"subjectType", f.subject_type},
                      {"name", f.name},
                      {"enabled", f.enabled},
                      {"position", f.position},
                      {"minAmountFen", OptInt(f.min_amount_fen)},
                      {"maxAmountFen", OptInt(f.max_amount_fen)},
                      {"steps", std::move(steps)},
                      {"version", f.version},
                      {"updatedAt", InstantJson(f.updated_at)}};
}

json::object ApprovalJson(const approvals::ApprovalView& v) {
  const approvals::Approval& a = v.approval;
  json::array waiting;
  for (const auto& w : v.waiting_on) waiting.push_back(json::object{{"userId", IdToString(w.user_id)}, {"name", w.name}});
  return json::object{{"id", IdToString(a.id)},
                      {"subjectType", a.subject_type},
                      {"subjectId", IdToString(a.subject_id)},
                      {"title", a.title},
                      {"amountFen", a.amount_fen},
                      {"applicantId", IdToString(a.applicant_id)},
                      {"applicantName", a.applicant_name},
                      {"departmentId", IdToString(a.department_id)},
                      {"status", a.status},
                      {"flowId", IdJson(a.flow_id)},
                      {"flowName", a.flow_name},
                      {"currentStep", OptInt(a.current_step)},
                      {"createdAt", InstantJson(a.created_at)},
                      {"decidedAt", InstantJson(a.decided_at)},
                      {"waitingOn", std::move(waiting)}};
}

json::object ApprovalRequestJson(const approvals::Request& r) {
  return json::object{{"id", IdToString(r.id)},
                      {"type", r.type},
                      {"title", r.title},
                      {"amountFen", r.amount_fen},
                      {"category", r.category},
                      {"leaveType", r.type == "leave" ? json::value(r.leave_type) : json::value(nullptr)},
                      {"startDate", TextJson(r.start_date)},
                      {"endDate", TextJson(r.end_date)},
                      {"halfDays", r.half_days},
                      {"reason", r.reason},
                      {"attachmentIds", IdStrings(r.attachment_ids)},
                      {"status", r.status},
                      {"approvalId", IdJson(r.approval_id)},
                      {"applicantId", IdToString(r.applicant_id)},
                      {"createdAt", InstantJson(r.created_at)}};
}

json::object ApprovalDetailJson(const approvals::ApprovalDetail& d) {
  const approvals::Approval& a = d.view.approval;
  json::object o = ApprovalJson(d.view);
  json::array steps;
  for (size_t i = 0; i < a.steps.size(); ++i) {
    const auto step = static_cast<std::int64_t>(i);
    json::array approvers;
    std::vector<std::string> states;
    for (const auto& t : d.tasks) {
      if (t.step != step) continue;
      states.push_back(t.state);
      approvers.push_back(json::object{{"userId", IdToString(t.approver_id)},
                                       {"name", t.approver_name},
                                       {"state", t.state},
                                       {"comment", t.comment},
                                       {"actedAt", InstantJson(t.acted_at)}});
    }
    steps.push_back(json::object{{"name", a.steps[i].name},
                                 {"mode", a.steps[i].mode},
                                 {"state", StepState(a, step, states)},
                                 {"approvers", std::move(approvers)},
                                 {"note", a.steps[i].note}});
  }
  json::array history;
  for (const auto& h : d.history)
    history.push_back(json::object{{"action", h.action},
                                   {"step", OptInt(h.step)},
                                   {"userId", IdJson(h.user_id)},
                                   {"userName", h.user_name},
                                   {"comment", h.comment},
                                   {"at", InstantJson(h.at)}});
  o["steps"] = std::move(steps);
  o["history"] = std::move(history);
  o["subject"] = json::object{{"type", a.subject_type},
                              {"id", IdToString(a.subject_id)},
                              {"title", a.title},
                              {"link", a.link.empty() ? "/approvals/" + IdToString(a.id) : a.link}};
  o["request"] = d.request ? json::value(ApprovalRequestJson(*d.request)) : json::value(nullptr);
  o["canApprove"] = d.can_approve;
  o["canWithdraw"] = d.can_withdraw;
  o["canComment"] = d.can_comment;
  o["version"] = a.version;
  return o;
}

}  // namespace quanke::http
