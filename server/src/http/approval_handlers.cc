// Approval flows, approvals (the inbox and the decisions) and expense / leave requests
// (docs/api-approvals.md).
#include <boost/json.hpp>

#include "domain/approvals/approval_service.h"
#include "http/approval_json.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

// ---- Flows ----

std::vector<approvals::FlowStep> ReadSteps(FieldReader& top, const json::value& v) {
  std::vector<approvals::FlowStep> out;
  if (!v.is_array()) {
    top.AddIssue("steps", "wrong_type");
    return out;
  }
  const auto& arr = v.get_array();
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string at = "steps[" + std::to_string(i) + "]";
    const auto* o = arr[i].if_object();
    if (!o) {
      top.AddIssue(at, "wrong_type");
      continue;
    }
    FieldReader in(*o);
    approvals::FlowStep s;
    s.name = in.String("name", false, 100).value_or("");
    s.approver_type = in.String("approverType", true, 20).value_or("");
    s.user_ids = in.IdArray("userIds").value_or(std::vector<Id>{});
    if (auto role = in.NullableId("roleId")) s.role_id = *role;
    s.levels = in.Int("levels").value_or(1);
    s.mode = in.String("mode", false, 10).value_or("any");
    if (Status st = in.Finish(); !st.ok())
      for (const auto& f : st.fields()) top.AddIssue(at + "." + f.field, f.issue);
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<std::optional<std::int64_t>> NullableInt(FieldReader& in, const json::object& obj, const char* key) {
  const auto* v = obj.if_contains(key);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<std::int64_t>();
  if (v->is_int64()) return std::optional<std::int64_t>(v->get_int64());
  in.AddIssue(key, "wrong_type");
  return std::nullopt;
}

Result<approvals::FlowInput> ReadFlow(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  approvals::FlowInput f;
  f.subject_type = in.String("subjectType", false, 40);
  f.name = in.String("name", false, 200);
  f.enabled = in.Bool("enabled");
  f.position = in.Int("position");
  f.min_amount_fen = NullableInt(in, *obj, "minAmountFen");
  f.max_amount_fen = NullableInt(in, *obj, "maxAmountFen");
  if (const auto* steps = obj->if_contains("steps")) f.steps = ReadSteps(in, *steps);
  if (Status s = in.Finish(); !s.ok()) return s;
  return f;
}

Result<Response> FlowAnswer(int status, const Result<approvals::ApprovalFlow>& f) {
  if (!f.ok()) return f.status();
  return JsonResponse(status, ApprovalFlowJson(*f));
}

Result<Response> ListFlows(Context& ctx) {
  auto list = ctx.services.approval_flows.List(ctx.caller, ctx.req.Query("subjectType").value_or(""));
  if (!list.ok()) return list.status();
  json::array items;
  for (const auto& f : *list) items.push_back(ApprovalFlowJson(f));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

Result<Response> CreateFlow(Context& ctx) {
  auto in = ReadFlow(ctx.req.body);
  if (!in.ok()) return in.status();
  return FlowAnswer(201, ctx.services.approval_flows.Create(ctx.caller, *in));
}

Result<Response> GetFlow(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return FlowAnswer(200, ctx.services.approval_flows.Get(ctx.caller, *id));
}

Result<Response> UpdateFlow(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadFlow(ctx.req.body);
  if (!in.ok()) return in.status();
  return FlowAnswer(200, ctx.services.approval_flows.Update(ctx.caller, *id, *in));
}

Result<Response> DeleteFlow(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.approval_flows.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

// ---- Approvals ----

Result<Response> DetailAnswer(int status, const Result<approvals::ApprovalDetail>& d) {
  if (!d.ok()) return d.status();
  return JsonResponse(status, ApprovalDetailJson(*d));
}

Result<Response> ListApprovals(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-createdAt", {"createdAt"});
  if (!page.ok()) return page.status();
  approvals::ApprovalFilter f;
  f.box = ctx.req.Query("box").value_or("pending");
  if (f.box.empty()) f.box = "pending";
  f.subject_type = ctx.req.Query("subjectType").value_or("");
  f.status = ctx.req.Query("status").value_or("");
  f.q = ctx.req.Query("q").value_or("");
  auto subject = ReadIdQuery(ctx.req, "subjectId");
  if (!subject.ok()) return subject.status();
  f.subject_id = *subject;
  auto list = ctx.services.approvals.List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, ApprovalJson));
}

Result<Response> ApprovalCounts(Context& ctx) {
  auto pending = ctx.services.approvals.PendingCount(ctx.caller);
  if (!pending.ok()) return pending.status();
  return JsonResponse(200, json::object{{"pending", *pending}});
}

Result<Response> GetApproval(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return DetailAnswer(200, ctx.services.approvals.Get(ctx.caller, *id));
}

// {version, comment}: `version` required unless a comment; `comment` required by reject, return
// and comment (checked by the service).
struct DecisionBody {
  std::int64_t version = 0;
  std::string comment;
};

Result<DecisionBody> ReadDecision(const std::string& body, bool needs_version) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  DecisionBody d;
  auto version = in.Int("version", needs_version);
  d.comment = in.String("comment", false, 2000).value_or("");
  if (Status s = in.Finish(); !s.ok()) return s;
  d.version = version.value_or(0);
  return d;
}

template <typename Act>
Result<Response> Decision(Context& ctx, bool needs_version, Act act) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = ReadDecision(ctx.req.body, needs_version);
  if (!body.ok()) return body.status();
  return DetailAnswer(200, act(*id, *body));
}

Result<Response> Approve(Context& ctx) {
  return Decision(ctx, true, [&](Id id, const DecisionBody& b) {
    return ctx.services.approvals.Approve(ctx.caller, id, b.version, b.comment);
  });
}

Result<Response> Reject(Context& ctx) {
  return Decision(ctx, true, [&](Id id, const DecisionBody& b) {
    return ctx.services.approvals.Reject(ctx.caller, id, b.version, b.comment);
  });
}

Result<Response> ReturnToApplicant(Context& ctx) {
  return Decision(ctx, true, [&](Id id, const DecisionBody& b) {
    return ctx.services.approvals.Return(ctx.caller, id, b.version, b.comment);
  });
}

Result<Response> CommentOn(Context& ctx) {
  return Decision(ctx, false, [&](Id id, const DecisionBody& b) {
    return ctx.services.approvals.Comment(ctx.caller, id, b.comment);
  });
}

Result<Response> Withdraw(Context& ctx) {
  return Decision(ctx, true, [&](Id id, const DecisionBody& b) {
    return ctx.services.approvals.Withdraw(ctx.caller, id, b.version);
  });
}

Result<Response> SubmitRequest(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  approvals::RequestInput r;
  r.type = in.String("type", true, 20).value_or("");
  r.title = in.String("title", true, 200).value_or("");
  r.amount_fen = in.Int("amountFen");
  r.category = in.String("category", false, 100).value_or("");
  r.leave_type = in.String("leaveType", false, 20);
  r.start_date = in.String("startDate", false, 10);
  r.end_date = in.String("endDate", false, 10);
  r.half_days = in.Int("halfDays");
  r.reason = in.String("reason", true, 2000).value_or("");
  r.attachment_ids = in.IdArray("attachmentIds").value_or(std::vector<Id>{});
  if (Status s = in.Finish(); !s.ok()) return s;
  return DetailAnswer(201, ctx.services.approvals.SubmitRequest(ctx.caller, r));
}

}  // namespace

void AddApprovalRoutes(Router& router) {
  router.Add({"GET", "/api/v1/approval-flows", ListFlows});
  router.Add({"POST", "/api/v1/approval-flows", CreateFlow, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/approval-flows/{id}", GetFlow});
  router.Add({"PATCH", "/api/v1/approval-flows/{id}", UpdateFlow, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/approval-flows/{id}", DeleteFlow, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/approvals", ListApprovals});
  router.Add({"GET", "/api/v1/approvals/counts", ApprovalCounts});
  router.Add({"GET", "/api/v1/approvals/{id}", GetApproval});
  router.Add({"POST", "/api/v1/approvals/{id}/approve", Approve, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/approvals/{id}/reject", Reject, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/approvals/{id}/return", ReturnToApplicant, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/approvals/{id}/comment", CommentOn, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/approvals/{id}/withdraw", Withdraw, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/approval-requests", SubmitRequest, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
