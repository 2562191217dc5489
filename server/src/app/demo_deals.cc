#include "app/demo_deals.h"

#include "app/demo.h"

#include <algorithm>
#include <map>
#include <random>

#include "core/time_zone.h"
#include "domain/customers/customer_service.h"
#include "domain/deals/deal_service.h"
#include "domain/org/auth_service.h"

namespace quanke::app {
namespace {

constexpr std::int64_t kDay = 24LL * 3600 * 1000;

deals::FeedbackField Field(const char* key, const char* label, const char* type, bool required) {
  deals::FeedbackField f;
  f.key = key;
  f.label = label;
  f.type = type;
  f.required = required;
  return f;
}

deals::StageInput StageOf(const char* name, int probability, const char* to_do, const char* to_watch,
                          std::vector<std::string> checklist, std::vector<deals::FeedbackField> feedback = {}) {
  deals::StageInput s;
  s.name = name;
  s.probability = probability;
  s.guidance_do = to_do;
  s.guidance_watch = to_watch;
  s.checklist = std::move(checklist);
  s.feedback_fields = std::move(feedback);
  return s;
}

deals::ProcessInput NewSalesProcess() {
  deals::ProcessInput in;
  in.name = "新签销售流程";
  in.kind = "pre_sale";
  in.description = "新客户从接洽到签约的标准打法：每个阶段做什么、注意什么，关键阶段必须反馈。";
  in.is_default = true;
  in.lost_reasons = std::vector<std::string>{"价格过高", "选择竞品", "需求取消", "联系不上"};
  in.invalid_reasons = std::vector<std::string>{"重复商机", "信息有误"};
  in.stale_days = 14;
  in.stages = std::vector<deals::StageInput>{
      StageOf("初步接洽", 10, "电话或上门了解客户业务现状，介绍公司与产品。", "不要一上来就报价；先确认对方是否有采购计划。",
              {"确认联系人职务", "发送公司介绍"}),
      StageOf("需求确认", 30, "与使用部门和决策人确认需求清单、预算和时间表。", "预算和决策人不清楚的商机不要往下推。",
              {"拿到需求清单", "确认预算范围"},
              {Field("budget", "预算", "money", true), Field("decision_maker", "决策人", "text", true)}),
      StageOf("方案报价", 50, "出具方案与报价，约客户演示。", "报价前与经理确认折扣权限。", {"方案演示", "报价单发出"},
              {Field("quote_amount", "报价金额", "money", true), Field("quote_file", "报价单", "attachment", false)}),
      StageOf("商务谈判", 70, "谈价格、付款方式与合同条款。", "竞品压价时先问清对方报价再让步。", {"确认付款方式"},
              {Field("sign_date", "预计签约日期", "date", true)}),
      StageOf("合同签订", 90, "走合同审批，安排签字盖章。", "合同金额与报价不一致要说明原因。", {"合同审批通过"}),
  };
  return in;
}

deals::ProcessInput RenewalProcess() {
  deals::ProcessInput in;
  in.name = "续约流程";
  in.kind = "after_sale";
  in.description = "老客户到期续约。";
  in.lost_reasons = std::vector<std::string>{"预算削减", "转用竞品", "业务调整"};
  in.invalid_reasons = std::vector<std::string>{"重复商机"};
  in.stale_days = 21;
  in.stages = std::vector<deals::StageInput>{
      StageOf("续约沟通", 40, "到期前两个月联系客户，回顾使用情况。", "先解决未关闭的售后问题。", {"使用情况回顾"}),
      StageOf("续约报价", 70, "按新价目表出续约报价。", "老客户折扣不得低于去年。", {},
              {Field("renewal_amount", "续约金额", "money", true)}),
      StageOf("续约签约", 90, "完成续约合同。", "", {}),
  };
  return in;
}

const char* kNames[] = {"年度采购项目", "系统升级项目", "新门店设备采购", "二期扩容", "全员培训服务", "数据平台建设"};
const char* kCompetitors[] = {"销售易", "纷享销客", "Salesforce", "本地服务商"};
const char* kDecisionMakers[] = {"王总", "李经理", "采购部张总监", "IT部刘主管"};

}  // namespace

Status LoadDemoDeals(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now - 200 * kDay);
  org::AuthService auth(db, clock);
  events::Bus events;
  customers::CustomerService customer_service(db, clock, events);
  deals::ProcessService processes(db, clock);
  deals::DealService deals(db, clock);
  std::mt19937 rng(20261207);
  auto uniform = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  std::int64_t recent_moves = 0;  // steps that would have landed in the last hour (see move)

  std::vector<std::string> usernames = {"admin"};
  for (int i = 1; i <= 17; ++i) usernames.push_back((i < 10 ? "rep0" : "rep") + std::to_string(i));
  auto callers = DemoCallers(db, auth, tenant_code, usernames);
  if (!callers.ok()) return callers.status();
  const org::Caller& admin = callers->at("admin");
  std::vector<org::Caller> reps;
  for (size_t i = 1; i < usernames.size(); ++i) reps.push_back(callers->at(usernames[i]));
  auto sales = processes.Create(admin, NewSalesProcess());
  if (!sales.ok()) return sales.status();
  auto renewal = processes.Create(admin, RenewalProcess());
  if (!renewal.ok()) return renewal.status();
  auto zone = TimeZone::Find("Asia/Shanghai");
  if (!zone.ok()) return zone.status();

  // The feedback a stage asks for before the opportunity leaves it.
  auto feedback_for = [&](const deals::Stage& s, std::int64_t amount, Instant at) {
    boost::json::object f;
    for (const auto& field : s.feedback_fields) {
      if (field.type == "money") f[field.key] = amount;
      else if (field.type == "date") f[field.key] = FormatDate(zone->DateOf(at) + static_cast<int>(uniform(10, 40)));
      else if (field.type == "text") f[field.key] = kDecisionMakers[uniform(0, 3)];
    }
    return f;
  };

  for (const auto& rep : reps) {
    customers::CustomerFilter mine;
    mine.mine = true;
    mine.with_countdown = false;
    PageRequest page;
    page.limit = 20;
    clock.Set(now);
    auto list = customer_service.List(rep, mine, page);
    if (!list.ok()) return list.status();
    for (const auto& v : list->items) {
      const int count = uniform(0, 2) == 0 ? 2 : 1;  // a second opportunity on a third of them
      for (int n = 0; n < count; ++n) {
        const bool renewing = v.customer.status == "deal" && uniform(0, 1) == 0;
        const deals::SalesProcess& process = renewing ? *renewal : *sales;
        const auto open = process.OpenStages();
        // How far it gets, and how it ends.
        const std::int64_t roll = uniform(0, 99);
        const char* outcome = roll < 20 ? "won" : roll < 33 ? "lost" : roll < 38 ? "invalid" : "open";
        const size_t reach = static_cast<size_t>(uniform(0, static_cast<std::int64_t>(open.size()) - 1));
        // Open ones mostly moved lately (a step takes 2–18 days); closed ones over six months.
        const std::int64_t age_days = outcome == std::string("open") ? uniform(2, 12 * static_cast<std::int64_t>(reach + 1))
                                                                     : uniform(20, 180);
        Instant at = now - age_days * kDay - uniform(0, 8) * 3600 * 1000;
        clock.Set(at);
        deals::OpportunityInput in;
        in.customer_id = v.customer.id;
        in.name = v.customer.name + " " + (renewing ? "续约" : kNames[uniform(0, 5)]);
        in.process_id = process.id;
        const std::int64_t amount = uniform(2, 300) * 1000000;  // ¥20,000 – ¥3,000,000 in fen
        in.amount_fen = amount;
        in.expected_close_date = FormatDate(zone->DateOf(at) + static_cast<int>(uniform(20, 120)));
        if (uniform(0, 2) == 0) in.competitors = std::vector<std::string>{kCompetitors[uniform(0, 3)]};
        if (uniform(0, 2) == 0) {
          deals::Item item;
          item.name = "圈客 CRM 专业版（年）";
          item.quantity = uniform(5, 50);
          item.unit_price_fen = 360000;
          item.discount_fen = item.quantity * item.unit_price_fen / 10 * uniform(0, 1);
          in.items = std::vector<deals::Item>{item};
          in.amount_fen = item.TotalFen();
        }
        auto made = deals.Create(rep, in);
        if (!made.ok()) return made.status();
        deals::OpportunityDetail d = std::move(*made);
        auto move = [&](const deals::Stage& to, const std::string& reason) -> Status {
          const Instant next = at + uniform(2, 18) * kDay;
          // A step that would land in the last hour is spread over the last two days instead
          // (without drawing from the random stream, which the rest of the demo depends on), so
          // the feed does not show dozens of moves at one instant; never before the previous step.
          at = next < now - 3600 * 1000
                   ? next
                   : std::max(at + 5 * 60 * 1000, now - 3600 * 1000 - static_cast<Instant>(recent_moves++ % 40) * 53 * 60 * 1000);
          clock.Set(at);
          deals::MoveInput m;
          m.stage_id = to.id;
          m.version = d.view.opportunity.version;
          m.reason = reason;
          if (const auto* from = process.StageById(d.view.opportunity.stage_id); from && to.kind != "lost" &&
                                                                                   to.kind != "invalid")
            m.feedback = feedback_for(*from, d.view.opportunity.amount_fen, at);
          auto moved = deals.Move(rep, d.view.opportunity.id, m);
          if (!moved.ok()) return moved.status();
          d = std::move(*moved);
          return Status::Ok();
        };
        for (size_t k = 1; k <= reach; ++k) {
          if (Status s = move(*open[k], ""); !s.ok()) return s;
          if (k >= 2 && uniform(0, 7) == 0) {  // went back a step, then on again
            if (Status s = move(*open[k - 1], ""); !s.ok()) return s;
            if (Status s = move(*open[k], ""); !s.ok()) return s;
          }
        }
        if (outcome == std::string("won")) {
          for (size_t k = reach + 1; k < open.size(); ++k)
            if (Status s = move(*open[k], ""); !s.ok()) return s;
          if (Status s = move(*process.Terminal("won"), ""); !s.ok()) return s;
        } else if (outcome == std::string("lost")) {
          const auto& reasons = process.lost_reasons;
          const auto& reason = reasons[static_cast<size_t>(uniform(0, static_cast<std::int64_t>(reasons.size()) - 1))];
          if (Status s = move(*process.Terminal("lost"), reason); !s.ok()) return s;
        } else if (outcome == std::string("invalid")) {
          if (Status s = move(*process.Terminal("invalid"), process.invalid_reasons.front()); !s.ok()) return s;
        }
      }
    }
  }
  return Status::Ok();
}

}  // namespace quanke::app
