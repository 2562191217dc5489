#include "app/demo_leads.h"

#include <algorithm>
#include <map>
#include <random>

#include "domain/activity/follow_up_repository.h"
#include "domain/leads/lead_repository.h"
#include "domain/leads/lead_service.h"
#include "domain/customers/normalize.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_repository.h"

namespace quanke::app {
namespace {
using storage::V;
constexpr std::int64_t kDay = 24LL * 3600 * 1000;

struct Place {
  const char* province;
  const char* city;
};
const Place kPlaces[] = {{"上海市", "上海市"}, {"浙江省", "杭州市"}, {"北京市", "北京市"}, {"广东省", "深圳市"},
                         {"江苏省", "南京市"}, {"上海市", "上海市"}, {"天津市", "天津市"}, {"广东省", "广州市"}};
const char* kIndustries[] = {"金融", "制造业", "IT互联网", "零售", "教育", "金融", "医疗"};
const char* kCampaigns[] = {"2026秋季展会", "双十一促销", "行业白皮书下载", "官网免费试用", ""};
const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"};
const char* kGiven[] = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明"};
const char* kBrands[] = {"瑞丰", "星河", "博远", "金桥", "汇通", "鼎盛", "华信", "启航", "蓝海", "正和", "嘉禾", "天成"};
const char* kTitles[] = {"采购经理", "IT主管", "总经理", "财务总监", "行政经理", ""};
const char* kNotes[] = {"电话联系上了，对方有采购意向，约了下周演示。", "加了微信，发了产品资料，等对方内部评估。",
                        "客户预算在审批中，下月初再跟进。", "打了两次没接，发了短信说明来意。"};
const char* kInvalid[] = {"空号", "同行咨询", "重复登记", "无采购需求"};

}  // namespace

Status LoadDemoLeads(storage::Database& db, const std::string& tenant_code, Instant now) {
  std::mt19937 rng(20261206);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto pick = [&](auto& array) { return array[static_cast<size_t>(uniform(0, static_cast<int>(std::size(array)) - 1))]; };
  return storage::InOwnTransaction(db, [&](storage::Connection& conn) -> Status {
    auto tenant = org::FindTenantByCode(conn, tenant_code);
    if (!tenant.ok()) return tenant.status();
    if (!*tenant) return Status::NotFound();
    const Id tenant_id = (*tenant)->id;
    std::map<std::string, Id> users;
    for (const char* u : {"admin", "huabei", "huadong", "rep01", "rep02", "rep03", "rep04", "rep08", "rep09", "rep10",
                          "rep11", "rep12", "sh1.lead"}) {
      auto rec = org::FindLoginRecord(conn, tenant_id, u);
      if (!rec.ok()) return rec.status();
      if (!*rec) return Status::NotFound();
      users[u] = (*rec)->user_id;
    }
    org::Caller system;
    system.tenant_id = tenant_id;
    system.user_id = users["admin"];
    system.scope = org::DataScope::kAll;

    // Sources with three months of costs (fen).
    const std::pair<const char*, std::int64_t> kSources[] = {{"展会", 3'000'000}, {"官网", 500'000}, {"百度推广", 2'000'000},
                                                             {"购买名单", 800'000}, {"客户转介绍", 0}, {"400热线", 300'000}};
    std::vector<Id> sources;
    auto zone = TimeZone::Find("Asia/Shanghai");
    if (!zone.ok()) return zone.status();
    int order = 0;
    for (const auto& [name, cost] : kSources) {
      leads::LeadSource s;
      s.id = Ids().Next();
      s.name = name;
      s.sort_order = order++;
      s.created_at = s.updated_at = now - 90 * kDay;
      for (int back = 2; back >= 0; --back) {
        const std::string month = FormatDate(zone->DateOf(now - back * 30 * kDay)).substr(0, 7);
        if (cost > 0 && (s.costs.empty() || s.costs.back().month != month)) s.costs.push_back({month, cost});
      }
      if (Status w = leads::InsertSource(conn, tenant_id, s); !w.ok()) return w;
      sources.push_back(s.id);
    }

    // Two lead pools with push rules.
    auto make_pool = [&](const char* name, const char* description, const std::vector<const char*>& members,
                         const char* admin, int sort) -> Result<Id> {
      pool::Pool p;
      p.id = Ids().Next();
      p.kind = "lead";
      p.name = name;
      p.description = description;
      p.sort_order = sort;
      p.created_at = p.updated_at = now - 90 * kDay;
      if (Status w = pool::InsertPool(conn, tenant_id, p); !w.ok()) return w;
      std::vector<pool::PoolMember> m;
      for (const char* u : members) m.push_back({"user", users[u], ""});
      if (Status w = pool::SetPoolAccess(conn, tenant_id, p.id, m, {users[admin]}); !w.ok()) return w;
      pool::PoolRules rules;
      rules.no_follow_up.days = 7;
      rules.no_deal.days = 60;
      auto v = pool::AppendRuleVersion(conn, tenant_id, p.id, rules, now - 90 * kDay, users["admin"], now - 90 * kDay);
      if (!v.ok()) return v.status();
      return p.id;
    };
    auto shanghai = make_pool("上海区线索池", "上海、江浙地区的线索，轮流分给华东销售",
                              {"rep08", "rep09", "rep10", "rep11", "rep12", "sh1.lead"}, "huadong", 0);
    if (!shanghai.ok()) return shanghai.status();
    auto finance = make_pool("金融行业线索池", "金融行业线索，分给手上线索最少的华北销售；其余留池供领取",
                             {"rep01", "rep02", "rep03", "rep04"}, "huabei", 1);
    if (!finance.ok()) return finance.status();
    auto rule = [&](const char* name, leads::PushMatch match, const char* strategy, std::vector<const char*> members,
                    std::optional<Id> user, std::int64_t position) {
      leads::PushRule r;
      r.id = Ids().Next();
      r.name = name;
      r.position = position;
      r.match = std::move(match);
      r.strategy = strategy;
      r.user_id = user;
      r.updated_at = now - 90 * kDay;
      std::int64_t o = 0;
      for (const char* u : members) r.members.push_back({users[u], "", ++o, std::nullopt, false});
      return r;
    };
    leads::PushMatch hotline;
    hotline.source_ids = {sources[5]};
    leads::PushMatch any;
    if (Status w = leads::ReplacePushRules(conn, system, *shanghai,
                                           {rule("400热线给组长", hotline, "user", {}, users["sh1.lead"], 0),
                                            rule("华东轮流分配", any, "round_robin", {"rep08", "rep09", "rep10", "rep11", "rep12"},
                                                 std::nullopt, 1)});
        !w.ok())
      return w;
    leads::PushMatch money;
    money.industries = {"金融"};
    if (Status w = leads::ReplacePushRules(conn, system, *finance,
                                           {rule("金融给最空闲的人", money, "least_loaded", {"rep01", "rep02", "rep03", "rep04"},
                                                 std::nullopt, 0)});
        !w.ok())
      return w;

    // ~300 leads over the last 60 days, oldest first.
    std::vector<Instant> times;
    for (int i = 0; i < 300; ++i) times.push_back(now - uniform(60, 60 * 24 * 60) * 60'000LL);
    std::sort(times.begin(), times.end());
    const std::vector<const char*> hand_reps = {"rep01", "rep02", "rep03", "rep08", "rep09"};
    int serial = 0;
    for (const Instant at : times) {
      leads::Lead l;
      l.id = Ids().Next();
      const Place& place = pick(kPlaces);
      l.province = place.province;
      l.city = place.city;
      l.industry = pick(kIndustries);
      l.campaign = pick(kCampaigns);
      l.name = std::string(pick(kSurnames)) + pick(kGiven) + (uniform(0, 1) ? pick(kGiven) : "");
      std::string city = place.city;
      if (city.size() > 3) city.resize(city.size() - 3);
      l.company = city + pick(kBrands) + (l.industry == std::string("金融") ? "投资管理有限公司" : "科技有限公司");
      l.company_norm = customers::NormalizeCompanyName(l.company);
      l.title = pick(kTitles);
      char mobile[16];
      std::snprintf(mobile, sizeof mobile, "15%d%08d", uniform(0, 9), 10000000 + serial++ * 7919 % 89999999);
      l.mobile = mobile;
      if (uniform(0, 3) == 0) l.wechat = "wx_" + std::string(mobile).substr(3);
      const int s = uniform(0, 9);
      l.source_id = sources[static_cast<size_t>(s < 3 ? 0 : s < 5 ? 1 : s < 7 ? 2 : s < 8 ? 3 : s < 9 ? 4 : 5)];
      const bool east = std::string(place.province) == "上海市" || std::string(place.province) == "浙江省" ||
                        std::string(place.province) == "江苏省";
      if (l.source_id == sources[3] || (!east && l.industry == std::string("金融"))) {
        l.pool_id = *finance;
      } else if (east) {
        l.pool_id = *shanghai;
      }
      if (l.pool_id) {
        auto id = leads::LeadService::Intake(conn, tenant_id, l, at);
        if (!id.ok()) return id.status();
      } else {
        l.owner_id = users[pick(hand_reps)];
        l.created_by = l.owner_id;
        l.created_at = l.updated_at = at;
        l.clock_start_at = at;
        if (Status w = leads::InsertLead(conn, tenant_id, l); !w.ok()) return w;
      }
    }

    // What happened to them: follow-ups, qualification, conversion into the customers they match
    // (the owner's own demo customers), invalid ones.
    auto owned = conn.Query("SELECT id, owner_id, created_at FROM leads WHERE tenant_id = $1 AND owner_id IS NOT NULL ORDER BY created_at",
                            {V(tenant_id)});
    if (!owned.ok()) return owned.status();
    for (const auto& row : owned->rows) {
      const Id id = row.Int(0);
      const Id owner = row.Int(1);
      const Instant created = row.Int(2);
      const int fate = uniform(0, 99);
      if (fate < 8) {
        if (Status w = leads::SetLeadStatus(conn, tenant_id, id, "invalid", pick(kInvalid), created + kDay); !w.ok()) return w;
        continue;
      }
      if (fate >= 45) continue;  // not contacted yet
      org::Caller caller = system;
      caller.user_id = owner;
      Instant at = created + uniform(1, 48) * 3600'000LL;
      const int times_followed = uniform(1, 3);
      for (int k = 0; k < times_followed && at < now; ++k) {
        activity::FollowUp f;
        f.id = Ids().Next();
        f.lead_id = id;
        f.type = uniform(0, 1) ? "call" : "wechat";
        f.text = pick(kNotes);
        f.created_at = at;
        if (Status w = activity::InsertFollowUp(conn, caller, f); !w.ok()) return w;
        if (Status w = leads::TouchLeadFollowUp(conn, tenant_id, id, at); !w.ok()) return w;
        at += uniform(24, 120) * 3600'000LL;
      }
      if (fate < 30) {
        if (Status w = leads::SetLeadStatus(conn, tenant_id, id, "qualified", "", std::min(at, now)); !w.ok()) return w;
      }
      if (fate < 18) {
        auto c = conn.Query("SELECT id FROM customers WHERE tenant_id = $1 AND owner_id = $2 AND deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET $3",
                            {V(tenant_id), V(owner), V(static_cast<std::int64_t>(uniform(0, 5)))});
        if (!c.ok()) return c.status();
        if (c->empty()) continue;
        const Id customer = c->front().Int(0);
        if (Status w = leads::MarkConverted(conn, caller, id, customer, std::nullopt, std::min(at, now)); !w.ok()) return w;
        // The demo's lead follow-ups keep to their leads: their ids are made now, not at their
        // times, and a customer's timeline is in id order.
      }
    }
    return Status::Ok();
  });
}

}  // namespace quanke::app
