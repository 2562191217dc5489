#include "app/demo_contracts.h"

#include <algorithm>
#include <map>
#include <random>

#include "app/demo.h"
#include "core/time_zone.h"
#include "domain/approvals/approval_service.h"
#include "domain/contracts/contract_approvals.h"
#include "domain/contracts/contract_service.h"
#include "domain/customers/customer_service.h"
#include "domain/deals/deal_service.h"
#include "domain/org/auth_service.h"
#include "domain/products/product_service.h"

namespace quanke::app {
namespace {

constexpr std::int64_t kHour = 3600LL * 1000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kYuan = 100;  // fen

struct DemoProduct {
  const char* code;
  const char* name;
  const char* spec;
  const char* unit;
  std::int64_t list_yuan;
  int category;  // index into kCategories
};
const char* kCategories[] = {"软件订阅", "实施与培训", "硬件设备"};
const DemoProduct kProducts[] = {
    {"SW-STD", "圈客 CRM 标准版", "每用户每年", "用户/年", 1200, 0},
    {"SW-PRO", "圈客 CRM 专业版", "每用户每年", "用户/年", 3600, 0},
    {"SW-ENT", "圈客 CRM 企业版", "每用户每年，含 API", "用户/年", 6800, 0},
    {"SW-BI", "销售分析模块", "每企业每年", "套/年", 19800, 0},
    {"SW-APP", "外勤移动端", "每用户每年", "用户/年", 600, 0},
    {"SV-IMPL", "标准实施服务", "10 人天以内", "项", 30000, 1},
    {"SV-DATA", "历史数据迁移", "10 万条以内", "项", 8000, 1},
    {"SV-TRAIN", "现场培训", "每场半天，30 人以内", "场", 5000, 1},
    {"SV-CUST", "定制开发", "按人天", "人天", 2500, 1},
    {"SV-SUPP", "VIP 运维支持", "7×24 小时", "年", 36000, 1},
    {"HW-PAD", "门店平板", "10.1 英寸，含支架", "台", 2300, 2},
    {"HW-POS", "扫码枪", "二维码，USB", "个", 380, 2},
    {"HW-PRN", "票据打印机", "80mm 热敏", "台", 1100, 2},
    {"HW-GPS", "车载定位终端", "4G 全网通", "台", 650, 2},
    {"HW-CARD", "工牌考勤卡", "IC 卡，100 张", "盒", 300, 2},
};

}  // namespace

Status LoadDemoContracts(storage::Database& db, const std::string& tenant_code, Instant now) {
  FixedClock clock(now - 200 * kDay);
  org::AuthService auth(db, clock);
  events::Bus events;
  customers::CustomerService customer_service(db, clock, events);
  deals::DealService deals(db, clock);
  products::ProductService products(db, clock);
  contracts::ContractService contracts(db, clock);
  contracts::MoneyService money(db, clock);
  std::mt19937 rng(20261208);
  auto uniform = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };

  std::vector<std::string> usernames = {"admin"};
  for (int i = 1; i <= 17; ++i) usernames.push_back((i < 10 ? "rep0" : "rep") + std::to_string(i));
  std::vector<std::string> everyone = usernames;
  for (const char* u : {"ceo", "vp", "huabei", "huadong", "huanan", "bj1.lead", "bj2.lead", "tj.lead", "sh1.lead",
                        "hz.lead", "gz.lead", "sz.lead"})
    everyone.push_back(u);
  auto callers = DemoCallers(db, auth, tenant_code, everyone);
  if (!callers.ok()) return callers.status();
  std::map<Id, const org::Caller*> by_id;
  for (const auto& [name, c] : *callers) by_id[c.user_id] = &c;
  // The admin records the demo's contracts (their owner is the customer's owner); their
  // approvals (the flows of LoadDemoApprovals) are decided by whoever each step waits on, an
  // hour later each, so contracts, change orders and receipts read as approved. A few reps'
  // submissions stay pending below.
  const org::Caller& admin = callers->at("admin");
  approvals::SubjectRegistry subjects;
  contracts::RegisterApprovalSubjects(subjects);
  approvals::ApprovalService approvals_service(db, clock, subjects);
  auto approve = [&](std::optional<Id> approval_id) -> Status {
    if (!approval_id) return Status::Ok();
    for (int step = 0; step < 10; ++step) {
      auto d = approvals_service.Get(admin, *approval_id);
      if (!d.ok()) return d.status();
      const auto& view = d->view;
      if (view.approval.status != "pending" || view.waiting_on.empty()) return Status::Ok();
      auto who = by_id.find(view.waiting_on.front().user_id);
      if (who == by_id.end()) return Status::Internal("a demo approver without a login");
      clock.Set(clock.Now() + kHour);
      if (auto a = approvals_service.Approve(*who->second, *approval_id, view.approval.version, "同意"); !a.ok())
        return a.status();
    }
    return Status::Ok();
  };
  auto zone = TimeZone::Find("Asia/Shanghai");
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(now);
  const std::int64_t day_of_month = std::stoll(FormatDate(today).substr(8, 2));

  // The catalogue.
  std::vector<Id> category_ids;
  for (const char* name : kCategories) {
    products::CategoryInput in;
    in.name = name;
    in.position = static_cast<std::int64_t>(category_ids.size());
    auto c = products.CreateCategory(admin, in);
    if (!c.ok()) return c.status();
    category_ids.push_back(c->id);
  }
  std::vector<products::Product> catalogue;
  for (const auto& p : kProducts) {
    products::ProductInput in;
    in.code = p.code;
    in.name = p.name;
    in.spec = p.spec;
    in.unit = p.unit;
    in.list_price_fen = p.list_yuan * kYuan;
    in.category_id = std::optional<Id>(category_ids[static_cast<size_t>(p.category)]);
    auto made = products.Create(admin, in);
    if (!made.ok()) return made.status();
    catalogue.push_back(*made);
  }

  // Whom the contracts are for: every won opportunity, then other customers of the reps.
  struct Target {
    Id customer_id = 0;
    std::optional<Id> opportunity_id;
    std::string name;
    std::int64_t amount_fen = 0;
  };
  std::vector<Target> targets;
  {
    clock.Set(now);
    deals::OpportunityFilter won;
    won.statuses = {"won"};
    PageRequest page;
    page.limit = 200;
    auto list = deals.List(admin, won, page);
    if (!list.ok()) return list.status();
    for (const auto& v : list->items)
      targets.push_back({v.opportunity.customer_id, v.opportunity.id, v.opportunity.name, v.opportunity.amount_fen});
  }
  for (size_t r = 1; r < usernames.size() && targets.size() < 60; ++r) {
    customers::CustomerFilter mine;
    mine.mine = true;
    mine.with_countdown = false;
    PageRequest page;
    page.limit = 3;
    auto list = customer_service.List(callers->at(usernames[r]), mine, page);
    if (!list.ok()) return list.status();
    for (const auto& v : list->items) targets.push_back({v.customer.id, std::nullopt, v.customer.name + " 服务合同", 0});
  }
  if (targets.size() > 60) targets.resize(60);

  for (size_t i = 0; i < targets.size(); ++i) {
    const Target& t = targets[i];
    // Signed 20–400 days ago; a year long, so the older ones have ended.
    std::int64_t age = i < 3 ? 60 + static_cast<std::int64_t>(i) * 40 : uniform(20, 400);
    // Six signed this month (the month's targets have something to attain).
    if (i >= 3 && i < 9) age = day_of_month > 1 ? 1 + static_cast<std::int64_t>(i - 3) % (day_of_month - 1) : 0;
    const LocalDate signed_on = today - static_cast<LocalDate>(age);
    clock.Set(std::min(zone->StartOf(signed_on, 10) + uniform(0, 6) * kHour, now - kHour));  // never ahead of now
    contracts::ContractInput in;
    in.customer_id = t.customer_id;
    in.opportunity_id = std::optional<std::optional<Id>>(t.opportunity_id);
    in.name = t.name;
    in.sign_date = std::optional<std::string>(FormatDate(signed_on));
    in.start_date = std::optional<std::string>(FormatDate(signed_on + 1));
    in.end_date = std::optional<std::string>(FormatDate(signed_on + 365 - (i % 4 == 3 ? 300 : 0)));
    // One or two lines of the catalogue, a fifth of them sold below list.
    std::vector<contracts::ContractItem> items;
    const int lines = i < 3 ? 1 : static_cast<int>(uniform(1, 2));
    for (int l = 0; l < lines; ++l) {
      const auto& p = catalogue[static_cast<size_t>(uniform(0, static_cast<std::int64_t>(catalogue.size()) - 1))];
      contracts::ContractItem it;
      it.product_id = p.id;
      it.quantity = i < 3 || p.unit == std::string("项") || p.unit == std::string("年") ? 2 : uniform(2, 10);
      it.unit_price_fen = uniform(0, 4) == 0 ? p.list_price_fen * uniform(70, 95) / 100 : p.list_price_fen;
      it.list_price_fen = -1;
      items.push_back(it);
    }
    in.items = items;
    // Plans of 2–4 instalments from the start, every 60 days (the first three contracts' fall in
    // each overdue bucket).
    const int parts = static_cast<int>(uniform(2, 4));
    std::int64_t total = 0;
    for (const auto& it : items) total += it.quantity * it.unit_price_fen;
    std::vector<contracts::InstalmentInput> plan;
    std::int64_t left = total;
    for (int k = 0; k < parts; ++k) {
      contracts::InstalmentInput x;
      x.due_date = FormatDate(signed_on + 15 + 60 * k);
      x.amount_fen = k + 1 == parts ? left : total / parts;
      left -= x.amount_fen;
      plan.push_back(x);
    }
    in.instalments = plan;
    const bool draft = i % 20 == 19;
    in.submit = !draft;
    auto made = contracts.Create(admin, in);
    if (!made.ok()) return made.status();
    if (draft) continue;
    if (Status a = approve(made->contract.approval_id); !a.ok()) return a;
    auto read = contracts.Get(admin, made->contract.id);
    if (!read.ok()) return read.status();
    const contracts::Contract& c = read->contract;
    if (c.status != "active") continue;
    if (i == 11) {  // one void (cancelled before any money came in)
      clock.Set(clock.Now() + 2 * kDay);
      if (auto v = contracts.Void(admin, c.id, "客户取消采购"); !v.ok()) return v.status();
      continue;
    }
    // Receipts: the instalments due before today paid, except the first three contracts'
    // (overdue, one per bucket) and now and then a partial one.
    for (const auto& inst : c.instalments) {
      LocalDate due = 0;
      ParseDate(inst.due_date, &due);
      if (due >= today - 3) break;
      std::int64_t amount = inst.amount_fen;
      if (i < 3) amount = inst.seq == 1 ? amount / 2 : 0;
      else if (uniform(0, 5) == 0) amount = amount * uniform(30, 80) / 100;
      if (amount <= 0) continue;
      clock.Set(zone->StartOf(due + static_cast<LocalDate>(uniform(-5, 2)), 11));
      contracts::ReceiptInput r;
      r.amount_fen = amount;
      r.received_on = FormatDate(zone->DateOf(clock.Now()));
      r.method = uniform(0, 3) == 0 ? "alipay" : "bank";
      r.account = "招商银行 6225 **** 8866";
      auto got = money.Receive(admin, c.id, r);
      if (!got.ok()) return got.status();
      if (Status a = approve(got->approval_id); !a.ok()) return a;
    }
    if (i % 3 == 0) {
      contracts::Invoice v;
      v.type = i % 2 == 0 ? "vat_special" : "electronic";
      v.number = "FP" + std::to_string(20260000 + static_cast<std::int64_t>(i) * 7);
      v.title = t.name;
      v.amount_fen = c.total_fen / 2;
      v.issued_on = FormatDate(signed_on + 10);
      clock.Set(zone->StartOf(signed_on + 10, 15));
      if (auto got = money.Issue(admin, c.id, v); !got.ok()) return got.status();
    }
  }

  // A few reps submit contracts of their own: pending for their department heads.
  clock.Set(now - 2 * kDay);
  for (const char* who : {"rep01", "rep02", "rep05"}) {
    const org::Caller& rep = callers->at(who);
    customers::CustomerFilter mine;
    mine.mine = true;
    mine.with_countdown = false;
    PageRequest page;
    page.limit = 1;
    auto list = customer_service.List(rep, mine, page);
    if (!list.ok()) return list.status();
    if (list->items.empty()) continue;
    contracts::ContractInput in;
    in.customer_id = list->items.front().customer.id;
    in.name = list->items.front().customer.name + " 年度订阅";
    contracts::ContractItem it;
    it.product_id = catalogue[1].id;
    it.quantity = 20;
    it.unit_price_fen = catalogue[1].list_price_fen;
    it.list_price_fen = -1;
    in.items = std::vector<contracts::ContractItem>{it};
    in.start_date = std::optional<std::string>(FormatDate(today + 7));
    in.end_date = std::optional<std::string>(FormatDate(today + 371));
    in.instalments = std::vector<contracts::InstalmentInput>{{std::nullopt, FormatDate(today + 14), 20 * catalogue[1].list_price_fen, ""}};
    in.submit = true;
    if (auto made = contracts.Create(rep, in); !made.ok()) return made.status();
    clock.Set(clock.Now() + 3 * kHour);
  }

  // The daily sweep of today: contracts past their end become ended, reminders go out.
  contracts::ContractSweep sweep(db, clock);
  clock.Set(now);
  if (auto swept = sweep.Run(admin.tenant_id, now); !swept.ok()) return swept.status();
  return Status::Ok();
}

}  // namespace quanke::app
