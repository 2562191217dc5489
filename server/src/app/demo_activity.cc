#include "app/demo_activity.h"

#include "app/demo.h"

#include <cmath>
#include <map>
#include <random>

#include "core/time_zone.h"
#include "domain/activity/feed_events.h"
#include "domain/activity/work_logs.h"
#include "domain/customers/customer_service.h"
#include "domain/notify/webhooks.h"
#include "domain/org/auth_service.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/visits/visit_service.h"

namespace quanke::app {
namespace {

constexpr std::int64_t kMinute = 60 * 1000;
constexpr double kMetresPerDegree = 111320.0;

// Stands in for the network while the demo is loaded: answers as the robot at `url` would.
class DemoRobots final : public notify::WebhookTransport {
 public:
  Status CheckTarget(const std::string&, bool) override { return Status::Ok(); }
  Result<Answer> Post(const std::string& url, const std::string&, const std::string&, bool) override {
    if (url.find("dingtalk") != std::string::npos) return Answer{200, R"({"errcode":310000,"errmsg":"sign not match"})"};
    return Answer{200, R"({"errcode":0,"errmsg":"ok"})"};
  }
};

struct Rep {
  org::Caller caller;
  std::vector<customers::Customer> customers;  // own, with a position
};

}  // namespace

Status LoadDemoActivity(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now);
  org::AuthService auth(db, clock);
  events::Bus events;
  activity::FeedFollowsEvents(events);
  customers::CustomerService customer_service(db, clock, events);
  visits::VisitService visits(db, clock);
  activity::WorkLogService work_logs(db, clock);
  DemoRobots robots;
  notify::WebhookService webhooks(db, clock, robots, {2, 1});
  std::mt19937 rng(20261206);

  auto loaded = DemoCallers(db, auth, tenant_code, {"admin", "bj1.lead", "huadong", "rep01", "rep02", "rep03", "rep08"});
  if (!loaded.ok()) return loaded.status();
  const std::map<std::string, org::Caller>& callers = *loaded;
  const Id tenant_id = callers.at("admin").tenant_id;
  auto zone = TimeZone::Find("Asia/Shanghai");
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(now);

  std::map<std::string, Rep> reps;
  for (const char* username : {"rep01", "rep02", "rep03", "rep08"}) {
    Rep rep{callers.at(username), {}};
    customers::CustomerFilter mine;
    mine.mine = true;
    mine.with_countdown = false;
    PageRequest page;
    page.limit = 50;
    auto list = customer_service.List(rep.caller, mine, page);
    if (!list.ok()) return list.status();
    for (auto& v : list->items)
      if (v.customer.lat && v.customer.lng && rep.customers.size() < 4) rep.customers.push_back(v.customer);
    reps[username] = std::move(rep);
  }

  // A week of visits: each rep planned the day before and checked in at 10:30 and 15:00.
  auto check_in = [&](const Rep& rep, const customers::Customer& c, Instant at, double metres_off, double accuracy,
                      bool mock, const char* purpose) -> Status {
    clock.Set(at);
    const double bearing = std::uniform_real_distribution<double>(0, 2 * M_PI)(rng);
    visits::CheckInInput in;
    in.lat = *c.lat + metres_off * std::cos(bearing) / kMetresPerDegree;
    in.lng = *c.lng + metres_off * std::sin(bearing) / (kMetresPerDegree * std::cos(*c.lat * M_PI / 180));
    in.accuracy_m = accuracy;
    in.provider = mock ? "network" : "gps";
    in.mock_location = mock;
    in.customer_id = c.id;
    in.purpose = purpose;
    in.notes = "拜访" + c.name + "，沟通采购需求与报价。";
    auto k = visits.CheckInNow(rep.caller, in);
    return k.ok() ? Status::Ok() : k.status();
  };
  for (int ago = 6; ago >= 1; --ago) {
    const LocalDate day = today - ago;
    int i = 0;
    for (auto& [name, rep] : reps) {
      if (rep.customers.size() < 2) continue;
      const auto& first = rep.customers[static_cast<size_t>(ago + i) % rep.customers.size()];
      const auto& second = rep.customers[static_cast<size_t>(ago + i + 1) % rep.customers.size()];
      ++i;
      // The plans, made the evening before.
      clock.Set(zone->StartOf(day - 1, 19));
      for (const auto* c : {&first, &second}) {
        visits::PlanInput plan;
        plan.customer_id = c->id;
        plan.planned_at = zone->StartOf(day, c == &first ? 10 : 15);
        plan.notes = "面谈";
        if (auto p = visits.CreatePlan(rep.caller, plan); !p.ok()) return p.status();
      }
      // The morning visit; on three days something looks wrong.
      const double off = ago == 5 && name == "rep02" ? 2300 : std::uniform_real_distribution<double>(15, 120)(rng);
      const double accuracy = ago == 3 && name == "rep01" ? 450 : std::uniform_real_distribution<double>(8, 35)(rng);
      const bool mock = ago == 2 && name == "rep03";
      if (Status s = check_in(rep, first, zone->StartOf(day, 10) + 30 * kMinute, off, accuracy, mock, "商务拜访"); !s.ok())
        return s;
      // The afternoon visit is missed on the last two days.
      if (ago > 2)
        if (Status s = check_in(rep, second, zone->StartOf(day, 15) + 5 * kMinute,
                                std::uniform_real_distribution<double>(10, 80)(rng), 12, false, "回访");
            !s.ok())
          return s;
    }
  }
  // Upcoming plans: tomorrow and the day after.
  clock.Set(now);
  for (auto& [name, rep] : reps) {
    for (int ahead = 1; ahead <= 2 && ahead <= static_cast<int>(rep.customers.size()); ++ahead) {
      visits::PlanInput plan;
      plan.customer_id = rep.customers[static_cast<size_t>(ahead - 1)].id;
      plan.planned_at = zone->StartOf(today + ahead, 9 + ahead);
      plan.remind_minutes = std::optional<int>(30);
      plan.notes = ahead == 1 ? "送样品" : "签合同前确认条款";
      if (auto p = visits.CreatePlan(rep.caller, plan); !p.ok()) return p.status();
    }
  }

  // Daily logs of the last three days (rep03 skipped yesterday), read by their manager the next
  // morning.
  for (int ago = 3; ago >= 1; --ago) {
    for (const char* username : {"rep01", "rep02", "rep03"}) {
      if (ago == 1 && std::string(username) == "rep03") continue;
      clock.Set(zone->StartOf(today - ago, 18) + 20 * kMinute);
      activity::WorkLogInput in;
      in.kind = "daily";
      in.date = today - ago;
      static const char* kSummaries[] = {
          "今天拜访了两家客户，其中一家对报价比较满意，约了下周再谈。",
          "上午电话回访三家老客户，下午上门演示产品，客户技术负责人提了两个接口需求。",
          "和采购经理确认了试用范围，报价单已发出，等对方内部审批。",
          "跟进公海领回的客户，看了前任的跟进记录，客户去年有过采购意向，今天重新建立联系。",
          "陪同经理拜访重点客户，对方计划下季度扩大采购，需要准备年度框架协议。",
      };
      static const char* kPlans[] = {"明天整理方案，跟进上周的两家意向客户。", "准备演示环境，周四前回复接口问题。",
                                     "电话确认审批进度，同时开发两家新客户。"};
      const int pick = ago * 3 + static_cast<int>(std::string(username).back() - '0');
      in.summary = kSummaries[pick % 5];
      in.plan = kPlans[pick % 3];
      in.issues = ago == 2 ? "客户希望账期延长到 60 天，需要经理确认。" : "";
      const auto& rep = reps.at(username);
      if (!rep.customers.empty()) in.customer_ids = {rep.customers.front().id};
      auto log = work_logs.Submit(callers.at(username), in);
      if (!log.ok()) return log.status();
      clock.Set(zone->StartOf(today - ago + 1, 9));
      if (auto read = work_logs.Get(callers.at("bj1.lead"), log->id); !read.ok()) return read.status();
    }
  }

  // Message settings and two robots with their delivery log, then switched off.
  clock.Set(now - 2 * 3600 * 1000);
  const org::Caller& admin = callers.at("admin");
  notify::MessageSettings settings;
  settings.public_base_url = "http://127.0.0.1:8080";
  if (auto s = webhooks.SaveSettings(admin, settings); !s.ok()) return s.status();
  notify::WebhookInput wecom;
  wecom.kind = notify::WebhookKind::kWecom;
  wecom.markdown = true;
  wecom.url = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=demo-robot-key";
  wecom.events = std::vector<std::string>{"customer.reclaimed", "customer.assigned", "visit.plan_due", "webhook.test"};
  notify::WebhookInput dingtalk;
  dingtalk.kind = notify::WebhookKind::kDingtalk;
  dingtalk.secret = "SECdemo";
  dingtalk.url = "https://oapi.dingtalk.com/robot/send?access_token=demo-robot-token";
  dingtalk.events = std::vector<std::string>{"webhook.test"};
  for (auto* in : {&wecom, &dingtalk}) {
    auto hook = webhooks.Create(admin, *in);
    if (!hook.ok()) return hook.status();
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (attempt == 0)
        if (Status s = webhooks.SendTest(admin, hook->id); !s.ok()) return s;
      clock.Advance(kMinute);
      if (auto sent = webhooks.DeliverDue(); !sent.ok()) return sent.status();
    }
    notify::WebhookInput off;
    off.enabled = false;
    if (auto h = webhooks.Update(admin, hook->id, off); !h.ok()) return h.status();
  }
  return Status::Ok();
}

}  // namespace quanke::app
