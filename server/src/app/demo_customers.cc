#include "app/demo_customers.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string_view>
#include <vector>

#include "core/time_zone.h"
#include "domain/customers/customer_repository.h"
#include "domain/activity/feed_repository.h"
#include "domain/customers/normalize.h"
#include "domain/customers/ownership_repository.h"
#include "domain/pool/pool_repository.h"

namespace quanke::app {
namespace {

struct City {
  const char* region;  // 华北 / 华东 / 华南
  const char* province;
  const char* city;
  double lat, lng;  // WGS-84 city centre
};

// Real city centres (WGS-84, approximate to a few hundred metres).
const std::vector<City>& Cities() {
  static const std::vector<City> kCities = {
      {"华北", "北京市", "北京市", 39.9042, 116.4074},   {"华北", "天津市", "天津市", 39.0842, 117.2010},
      {"华北", "河北省", "石家庄市", 38.0428, 114.5149}, {"华北", "河北省", "唐山市", 39.6309, 118.1802},
      {"华北", "山西省", "太原市", 37.8706, 112.5489},   {"华北", "内蒙古自治区", "呼和浩特市", 40.8424, 111.7490},
      {"华北", "河北省", "保定市", 38.8739, 115.4646},   {"华东", "上海市", "上海市", 31.2304, 121.4737},
      {"华东", "浙江省", "杭州市", 30.2741, 120.1551},   {"华东", "江苏省", "南京市", 32.0603, 118.7969},
      {"华东", "江苏省", "苏州市", 31.2990, 120.5853},   {"华东", "浙江省", "宁波市", 29.8683, 121.5440},
      {"华东", "江苏省", "无锡市", 31.4912, 120.3119},   {"华东", "安徽省", "合肥市", 31.8206, 117.2272},
      {"华东", "山东省", "济南市", 36.6512, 117.1201},   {"华东", "山东省", "青岛市", 36.0671, 120.3826},
      {"华南", "广东省", "广州市", 23.1291, 113.2644},   {"华南", "广东省", "深圳市", 22.5431, 114.0579},
      {"华南", "广东省", "东莞市", 23.0207, 113.7518},   {"华南", "广东省", "佛山市", 23.0215, 113.1214},
      {"华南", "福建省", "厦门市", 24.4798, 118.0894},   {"华南", "福建省", "福州市", 26.0745, 119.2965},
      {"华南", "广西壮族自治区", "南宁市", 22.8170, 108.3665}, {"华南", "海南省", "海口市", 20.0440, 110.1999},
  };
  return kCities;
}

const char* kBrands[] = {"华信", "鑫瑞", "恒达", "博远", "中科", "金桥", "瑞丰", "天诚", "宏图", "安泰",
                         "明德", "嘉禾", "远航", "新锐", "东方", "联创", "星辰", "卓越", "盛世", "汇通",
                         "正和", "永泰", "海纳", "智联", "云帆", "长城", "凯旋", "君安", "润达", "德邦"};
const char* kTrades[] = {"网络科技", "信息技术", "机械制造", "贸易", "医疗器械", "建筑工程", "食品",
                         "物流", "教育咨询", "新能源", "电子", "环保科技", "生物科技", "文化传媒", "餐饮管理"};
const char* kIndustries[] = {"互联网", "IT服务", "制造业", "批发零售", "医疗", "建筑", "食品饮料",
                             "物流", "教育", "能源", "电子", "环保", "医药", "传媒", "餐饮"};
const char* kSources[] = {"展会", "官网表单", "广告投放", "购买名单", "转介绍", "电话开发"};
const char* kScales[] = {"1-20人", "20-99人", "100-499人", "500-999人", "1000人以上"};
const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱"};
const char* kGiven[] = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明"};
const char* kTitles[] = {"总经理", "采购经理", "技术总监", "行政主管", "财务经理", "运营总监"};

// Which teams work which region, and the reps in them.
struct Region {
  const char* region;
  const char* department;  // the region's department (pool members)
  const char* pool;
  const char* manager;
  std::vector<const char*> reps;
};

const std::vector<Region>& Regions() {
  static const std::vector<Region> kRegions = {
      {"华北", "华北大区", "华北公海", "huabei", {"rep01", "rep02", "rep03", "rep04", "rep05", "rep06", "rep07", "bj1.lead", "bj2.lead", "tj.lead"}},
      {"华东", "华东大区", "华东公海", "huadong", {"rep08", "rep09", "rep10", "rep11", "rep12", "sh1.lead", "hz.lead"}},
      {"华南", "华南大区", "华南公海", "huanan", {"rep13", "rep14", "rep15", "rep16", "rep17", "gz.lead", "sz.lead"}},
  };
  return kRegions;
}

constexpr std::int64_t kDay = 24LL * 3600 * 1000;

// What reps wrote after talking to a customer, for the demo's follow-up records.
struct Note {
  const char* type;
  const char* text;
};
const Note kNotes[] = {
    {"call", "电话沟通了采购计划，对方预计下月启动选型，约好下周发报价。"},
    {"visit", "上门拜访，见到了采购经理，演示了产品，客户对价格比较敏感。"},
    {"wechat", "微信发了同行业案例，客户说周五前内部讨论后回复。"},
    {"call", "回访：客户在比较两家供应商，最关心交付周期。"},
    {"meeting", "线上会议演示了报表功能，技术总监问了接口对接的问题。"},
    {"visit", "拜访总经理，今年预算已批，等对方法务的合同模板。"},
    {"email", "邮件发送了正式报价单和服务条款。"},
    {"call", "客户暂时没有新需求，约定季度末再联系。"},
};

// A follow-up the demo writes once all customers exist, in time order (feed times never run
// backwards in id order, so items must be added oldest first).
struct DemoFollowUp {
  Instant at;
  Id customer_id;
  Id author_id;
  const Note* note;
};

Status WriteDemoFollowUps(storage::Connection& conn, Id tenant_id, std::vector<DemoFollowUp> items) {
  std::sort(items.begin(), items.end(), [](const DemoFollowUp& a, const DemoFollowUp& b) { return a.at < b.at; });
  for (const auto& f : items) {
    const Id id = Ids().Next();
    if (Status s = conn.Exec(
            "INSERT INTO follow_ups (tenant_id, id, customer_id, author_id, type, text, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {storage::V(tenant_id), storage::V(id), storage::V(f.customer_id), storage::V(f.author_id),
             storage::V(f.note->type), storage::V(f.note->text), storage::V(f.at)});
        !s.ok())
      return s;
    auto item = activity::AddFeedItem(conn, tenant_id, "followup", f.author_id, f.customer_id, id, f.note->text, f.at);
    if (!item.ok()) return item.status();
    if (std::string_view(f.note->type) == "visit")
      if (Status s = customers::RaiseLastVisit(conn, tenant_id, f.customer_id, f.at); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status LoadDemoCustomers(storage::Connection& conn, Id tenant_id, const std::map<std::string, Id>& departments,
                         const std::map<std::string, Id>& users, Instant now, int count) {
  std::mt19937 rng(20261126);
  auto pick = [&](auto& array) -> const char* {
    return array[std::uniform_int_distribution<size_t>(0, std::size(array) - 1)(rng)];
  };
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

  std::map<std::string, Id> pools;
  int order = 0;
  for (const auto& r : Regions()) {
    pool::Pool p;
    p.id = Ids().Next();
    p.name = r.pool;
    p.description = std::string(r.region) + "区域的公海客户";
    p.sort_order = order++;
    p.created_at = p.updated_at = now;
    if (Status s = pool::InsertPool(conn, tenant_id, p); !s.ok()) return s;
    if (Status s = pool::SetPoolAccess(conn, tenant_id, p.id, {{"department", departments.at(r.department), ""}},
                                       {users.at(r.manager)});
        !s.ok())
      return s;
    auto v = pool::AppendRuleVersion(conn, tenant_id, p.id, pool::PoolRules{}, now - 60 * kDay,
                                     users.at("admin"), now - 60 * kDay);
    if (!v.ok()) return v.status();
    pools[r.region] = p.id;
  }

  auto zone = TimeZone::Find("Asia/Shanghai");
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(now);
  std::map<std::string, int> held;  // rep → customers given so far
  // Follow-ups have their own random stream, so the customers stay what they were without them.
  std::mt19937 notes_rng(20261127);
  auto notes_uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(notes_rng); };
  std::mt19937 visit_rng(20261207);
  auto visit_uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(visit_rng); };
  std::vector<DemoFollowUp> follow_ups;
  std::set<std::string> names;
  int phone_serial = 0;
  int shared_with_team = 0;  // rep16's customers whose team rep15 is on
  for (int i = 0; i < count; ++i) {
    const City& city = Cities()[static_cast<size_t>(i) % Cities().size()];
    const Region* region = nullptr;
    for (const auto& r : Regions())
      if (std::string(r.region) == city.region) region = &r;
    customers::Customer c;
    c.id = Ids().Next();
    std::string short_city = city.city;
    if (short_city.size() > 3 && short_city.substr(short_city.size() - 3) == "市")
      short_city.resize(short_city.size() - 3);
    const size_t trade = static_cast<size_t>(uniform(0, static_cast<int>(std::size(kTrades)) - 1));
    do {
      const std::string brand = std::string(pick(kBrands)) + (uniform(0, 2) == 0 ? pick(kBrands) : "");
      c.short_name = brand;
      c.name = short_city + brand + kTrades[trade] + (uniform(0, 3) == 0 ? "股份有限公司" : "有限公司");
    } while (!names.insert(customers::NormalizeCompanyName(c.name)).second);  // no demo conflicts
    c.industry = kIndustries[trade];
    c.scale = pick(kScales);
    c.source = pick(kSources);
    c.level = std::string(1, "ABCCCDD"[uniform(0, 6)]);
    c.province = city.province;
    c.city = city.city;
    c.address = std::string(city.city) + "某区某路" + std::to_string(uniform(1, 999)) + "号";
    // Within about 8 km of the centre.
    c.lat = std::round((city.lat + std::uniform_real_distribution<double>(-0.07, 0.07)(rng)) * 1e6) / 1e6;
    c.lng = std::round((city.lng + std::uniform_real_distribution<double>(-0.08, 0.08)(rng)) * 1e6) / 1e6;
    c.phone = "0" + std::to_string(uniform(10, 99)) + "-" + std::to_string(60000000 + i);
    c.created_by = users.at("admin");
    c.created_at = now - static_cast<Instant>(uniform(40, 400)) * kDay;
    c.updated_at = now - static_cast<Instant>(uniform(0, 30)) * kDay - uniform(0, 86399) * 1000LL;
    c.last_follow_up_at = now - static_cast<Instant>(uniform(1, 60)) * kDay;

    // About one customer in six is held by a rep of its region, up to 14 each (some of them
    // deals, which do not count against the holding limit of 20).
    const char* owner = nullptr;
    if (uniform(0, 5) == 0) {
      const char* rep = region->reps[static_cast<size_t>(uniform(0, static_cast<int>(region->reps.size()) - 1))];
      if (held[rep] < 14) owner = rep;
    }
    if (owner) {
      const int n = held[owner]++;
      c.owner_id = users.at(owner);
      c.home_pool_id = pools.at(city.region);
      c.status = n % 5 == 4 ? "deal" : n % 2 ? "interested" : "potential";
      if (c.status == "deal") c.last_deal_at = now - static_cast<Instant>(uniform(1, 90)) * kDay;
      if (n < 3 && c.status != "deal") {
        // Days from reclaim: the clock started 12–14 days ago (15 days without follow-up).
        const int ago = 12 + n;
        c.clock_start_at = zone->StartOf(today - ago, 10);
        c.last_follow_up_at = zone->StartOf(today - ago, 11);
        c.level = "C";
      } else {
        c.clock_start_at = now - static_cast<Instant>(uniform(1, 10)) * kDay;
        c.last_follow_up_at = now - static_cast<Instant>(uniform(0, 5)) * kDay;
        // The owner wrote the last follow-up, so it is not before they received the customer.
        c.last_follow_up_at = std::max(*c.last_follow_up_at, *c.clock_start_at + 3600 * 1000);
      }
      c.claimed_at = c.clock_start_at;
      // A quarter of them the rep found and entered themselves (the recent new customers).
      if (n % 4 == 1) {
        c.created_by = c.owner_id;
        c.created_at = *c.claimed_at;
        c.updated_at = std::max(c.updated_at, c.created_at);
      }
      // One in four the region's manager visited long before handing it over (160–300 days ago,
      // after it was entered): unless the owner visited since, it counts as forgotten (150 days)
      // in the visit statistics. Its own random stream keeps the rest as it was.
      if (n % 4 == 3 && c.created_at < now - 200 * kDay) {
        const Instant visited = std::max(c.created_at + kDay, now - static_cast<Instant>(visit_uniform(160, 300)) * kDay);
        follow_ups.push_back({visited, c.id, users.at(region->manager), &kNotes[visit_uniform(0, 1) ? 1 : 5]});
      }
      // The owner's follow-ups: the last one is the customer's last follow-up time, the others
      // a few days apart before it, none before the owner claimed it.
      Instant at = *c.last_follow_up_at;
      for (int k = notes_uniform(1, 3); k > 0 && at >= *c.claimed_at; --k) {
        follow_ups.push_back({at, c.id, *c.owner_id, &kNotes[notes_uniform(0, static_cast<int>(std::size(kNotes)) - 1)]});
        at -= static_cast<Instant>(notes_uniform(2, 6)) * kDay + notes_uniform(0, 3600) * 1000LL;
      }
    } else {
      c.pool_id = pools.at(city.region);
      c.status = uniform(0, 3) == 0 ? "lost" : "potential";
      c.released_at = now - static_cast<Instant>(uniform(1, 120)) * kDay;
      c.times_reclaimed = uniform(0, 3);
      if (c.times_reclaimed > 0)
        c.previous_owner_id = users.at(region->reps[static_cast<size_t>(uniform(0, static_cast<int>(region->reps.size()) - 1))]);
      if (c.previous_owner_id) {
        // The previous owner's follow-ups stay with the customer: whoever claims it reads them.
        Instant at = *c.released_at - static_cast<Instant>(notes_uniform(16, 40)) * kDay;
        c.last_follow_up_at = at;
        for (int k = notes_uniform(1, 3); k > 0; --k) {
          follow_ups.push_back({at, c.id, *c.previous_owner_id, &kNotes[notes_uniform(0, static_cast<int>(std::size(kNotes)) - 1)]});
          at -= static_cast<Instant>(notes_uniform(3, 9)) * kDay + notes_uniform(0, 3600) * 1000LL;
        }
      } else {
        c.last_follow_up_at.reset();  // never worked: nobody wrote a follow-up
      }
    }
    std::vector<customers::Contact> contacts;
    const int contact_count = uniform(1, 2);
    for (int k = 0; k < contact_count; ++k) {
      customers::Contact ct;
      ct.id = Ids().Next();
      ct.customer_id = c.id;
      ct.name = std::string(pick(kSurnames)) + pick(kGiven) + (uniform(0, 1) ? pick(kGiven) : "");
      ct.title = pick(kTitles);
      ct.mobile = "139" + std::to_string(10000000 + (++phone_serial) * 37 % 90000000);
      ct.is_primary = k == 0;
      ct.created_at = ct.updated_at = c.created_at;
      ct.created_by = c.created_by;  // entered with the customer
      contacts.push_back(std::move(ct));
    }
    if (Status s = customers::InsertCustomer(conn, tenant_id, c, contacts); !s.ok()) return s;
    // rep15 is on the sales team (销售团队) of rep16's first three customers (深圳组): they see
    // the numbers masked and may reveal them (显示号码, within the daily quota).
    if (c.owner_id && *c.owner_id == users.at("rep16") && shared_with_team < 3) {
      ++shared_with_team;
      if (Status s = customers::AddTeamMember(conn, tenant_id, c.id, users.at("rep15"), "read", c.created_at); !s.ok())
        return s;
    }
    customers::HistoryEntry h;
    h.customer_id = c.id;
    h.action = "create";
    h.to_user_id = c.owner_id;
    h.pool_id = c.pool_id;
    h.actor_id = users.at("admin");
    h.at = c.created_at;
    if (Status s = customers::AppendHistory(conn, tenant_id, h); !s.ok()) return s;
    if (c.owner_id) {
      h.id = 0;
      h.action = "claim";
      h.pool_id = c.home_pool_id;
      h.actor_id = c.owner_id;
      h.at = *c.claimed_at;
      if (Status s = customers::AppendHistory(conn, tenant_id, h); !s.ok()) return s;
    } else if (c.previous_owner_id) {
      h.id = 0;
      h.action = "reclaim";
      h.from_user_id = c.previous_owner_id;
      h.to_user_id.reset();
      h.actor_id.reset();
      h.rule = "no_follow_up";
      h.at = *c.released_at;
      if (Status s = customers::AppendHistory(conn, tenant_id, h); !s.ok()) return s;
    }
  }
  return WriteDemoFollowUps(conn, tenant_id, std::move(follow_ups));
}

}  // namespace quanke::app
