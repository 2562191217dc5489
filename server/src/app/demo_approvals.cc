#include "app/demo_approvals.h"

#include <algorithm>

#include "app/demo.h"
#include "core/time_zone.h"
#include "domain/approvals/approval_service.h"
#include "domain/org/auth_service.h"

namespace quanke::app {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kYuan = 100;  // fen

approvals::FlowStep HeadStep(std::int64_t levels = 1) {
  approvals::FlowStep s;
  s.name = levels == 1 ? "部门负责人" : "上级负责人";
  s.approver_type = "dept_head";
  s.levels = levels;
  return s;
}

approvals::FlowStep UserStep(const char* name, Id user) {
  approvals::FlowStep s;
  s.name = name;
  s.approver_type = "users";
  s.user_ids = {user};
  return s;
}

approvals::FlowInput Flow(const char* type, const char* name, std::int64_t position, std::optional<std::int64_t> min,
                          std::optional<std::int64_t> max, std::vector<approvals::FlowStep> steps) {
  approvals::FlowInput in;
  in.subject_type = type;
  in.name = name;
  in.position = position;
  in.min_amount_fen = min;
  in.max_amount_fen = max;
  in.steps = std::move(steps);
  return in;
}

// One demo request and what becomes of it: decisions by username ("" ends the list).
struct DemoRequest {
  const char* applicant;
  const char* type;  // expense, leave
  const char* title;
  std::int64_t amount_fen;
  const char* category;  // expense category or leave type
  int days_ago;
  std::vector<std::pair<const char*, const char*>> decisions;  // {username, verb:comment}
};

const std::vector<DemoRequest>& Requests() {
  static const std::vector<DemoRequest> kRequests = {
      {"rep01", "expense", "北京华信拜访差旅费", 386 * kYuan, "差旅", 2, {}},
      {"rep02", "leave", "年假两天", 0, "annual", 1, {}},
      {"rep08", "expense", "上海客户答谢餐费", 1280 * kYuan, "招待", 3, {}},
      {"rep09", "leave", "病假半天", 0, "sick", 1, {}},
      {"bj1.lead", "expense", "北京一组季度团建", 2400 * kYuan, "团建", 4, {}},
      {"sh1.lead", "expense", "上海展会物料", 3600 * kYuan, "市场", 2, {}},
      {"hz.lead", "leave", "事假一天", 0, "personal", 1, {}},
      {"rep04", "expense", "天津项目投标保证金垫付", 6800 * kYuan, "投标", 5, {{"bj2.lead", "approve:情况属实"}}},
      {"rep03", "expense", "打车费", 128 * kYuan, "交通", 9, {{"bj1.lead", "approve:"}}},
      {"rep10", "leave", "年假一天", 0, "annual", 8, {{"sh1.lead", "approve:注意交接"}}},
      {"rep05", "expense", "个人手机话费", 199 * kYuan, "通讯", 7, {{"bj2.lead", "reject:话费不在报销范围内"}}},
      {"rep11", "expense", "杭州客户拜访住宿", 560 * kYuan, "差旅", 6, {{"hz.lead", "return:请补充发票照片"}}},
      {"rep12", "leave", "调休半天", 0, "other", 3, {{"rep12", "withdraw:"}}},
  };
  return kRequests;
}

}  // namespace

Status LoadDemoApprovals(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now - 14 * kDay);
  org::AuthService auth(db, clock);
  approvals::SubjectRegistry subjects;
  approvals::RegisterRequestSubjects(subjects);
  approvals::FlowService flows(db, clock);
  approvals::ApprovalService service(db, clock, subjects);
  std::vector<std::string> usernames = {"admin", "ceo", "bj1.lead", "bj2.lead", "sh1.lead", "hz.lead"};
  for (const auto& r : Requests()) usernames.push_back(r.applicant);
  std::sort(usernames.begin(), usernames.end());
  usernames.erase(std::unique(usernames.begin(), usernames.end()), usernames.end());
  auto callers = DemoCallers(db, auth, tenant_code, usernames);
  if (!callers.ok()) return callers.status();
  const org::Caller& admin = callers->at("admin");
  const Id ceo = callers->at("ceo").user_id;
  constexpr std::int64_t kLargeContract = 100000 * kYuan, kLargeExpense = 5000 * kYuan;
  for (const auto& in : {
           Flow("contract", "合同审批", 0, std::nullopt, kLargeContract, {HeadStep()}),
           Flow("contract", "合同审批（大额）", 1, kLargeContract, std::nullopt, {HeadStep(), UserStep("总经理", ceo)}),
           Flow("discount", "折扣审批", 0, std::nullopt, std::nullopt, {HeadStep(), HeadStep(2)}),
           Flow("contract_change", "合同变更审批", 0, std::nullopt, std::nullopt, {HeadStep()}),
           Flow("receipt", "回款确认", 0, std::nullopt, std::nullopt, {UserStep("财务确认", admin.user_id)}),
           Flow("expense", "报销", 0, std::nullopt, kLargeExpense, {HeadStep()}),
           Flow("expense", "报销（大额）", 1, kLargeExpense, std::nullopt, {HeadStep(), UserStep("总经理", ceo)}),
           Flow("leave", "请假", 0, std::nullopt, std::nullopt, {HeadStep()}),
       })
    if (auto f = flows.Create(admin, in); !f.ok()) return f.status();

  for (const auto& r : Requests()) {
    clock.Set(now - r.days_ago * kDay - 5 * kHour);
    approvals::RequestInput in;
    in.type = r.type;
    in.title = r.title;
    in.reason = r.title;
    if (in.type == "expense") {
      in.amount_fen = r.amount_fen;
      in.category = r.category;
    } else {
      in.leave_type = r.category;
      const std::string start = FormatDate(static_cast<LocalDate>((now + (8 - r.days_ago) * kDay) / kDay));
      in.start_date = start;
      in.end_date = start;
      in.half_days = in.leave_type == "sick" || in.leave_type == "other" ? 1 : 2;
    }
    auto a = service.SubmitRequest(callers->at(r.applicant), in);
    if (!a.ok()) return a.status();
    std::int64_t version = a->view.approval.version;
    for (const auto& [who, what] : r.decisions) {
      clock.Set(clock.Now() + 3 * kHour);
      const std::string text = what;
      const std::string verb = text.substr(0, text.find(':'));
      const std::string comment = text.substr(text.find(':') + 1);
      const org::Caller& by = callers->at(who);
      const Id id = a->view.approval.id;
      Result<approvals::ApprovalDetail> d = verb == "approve"  ? service.Approve(by, id, version, comment)
                                            : verb == "reject" ? service.Reject(by, id, version, comment)
                                            : verb == "return" ? service.Return(by, id, version, comment)
                                                               : service.Withdraw(by, id, version);
      if (!d.ok()) return d.status();
      version = d->view.approval.version;
    }
  }
  return Status::Ok();
}

}  // namespace quanke::app
