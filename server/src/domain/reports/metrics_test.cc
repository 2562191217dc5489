// The metrics seam (docs/api-targets.md "Metrics"): every metric's per-user value over March 2024
// in Asia/Shanghai, from rows written with SQL at 23:59 and 00:01 local around both ends of the
// month, deleted and not, against numbers worked out by hand below; the same figures as the
// work-log statistics; the records behind a number; and who a caller sees under a department.
#include "domain/reports/metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "domain/activity/work_log_repository.h"
#include "domain/contracts/money_repository.h"
#include "domain/reports/metric_days.h"
#include "domain/reports/report_repository.h"
#include "domain/reports/report_service.h"
#include "org_test_fixture.h"

namespace quanke::reports {
namespace {
using storage::V;

// 2024-03-01 00:00 and 2024-04-01 00:00 in Shanghai (UTC+8), worked out by hand.
constexpr Instant kMarchStart = 1709222400000;
constexpr Instant kAprilStart = 1711900800000;
constexpr Instant kMinute = 60000;
constexpr Instant kBefore = kMarchStart - kMinute;     // 2024-02-29 23:59: outside
constexpr Instant kFirst = kMarchStart + kMinute;      // 2024-03-01 00:01: inside
constexpr Instant kMid = kMarchStart + 14 * 86400000;  // 2024-03-15 00:00: inside
constexpr Instant kLast = kAprilStart - kMinute;       // 2024-03-31 23:59: inside
constexpr Instant kAfter = kAprilStart + kMinute;      // 2024-04-01 00:01: outside

LocalDate Date(const std::string& text) {
  LocalDate d = 0;
  EXPECT_TRUE(ParseDate(text, &d)) << text;
  return d;
}

class MetricsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    company_ = std::make_unique<org::testing::DemoCompany>(GetParam(), 1795000000000, /*customers=*/0);
    ASSERT_TRUE(company_->ok());
    tenant_ = company_->TenantId();
    a_ = company_->UserId("rep01");
    b_ = company_->UserId("rep04");
    auto zone = TimeZone::Find("Asia/Shanghai");
    ASSERT_TRUE(zone.ok());
    zone_ = *zone;
    march_ = RangeOf(*zone, Date("2024-03-01"), Date("2024-03-31"));
  }

  void Exec(const std::string& sql, const storage::Params& p) {
    Status s = storage::InTransaction(company_->db(), [&](storage::Connection& c) { return c.Exec(sql, p); });
    ASSERT_TRUE(s.ok()) << s.message() << "\n" << sql;
  }
  Id Department(const std::string& name, const std::string& tenant = "demo") {
    auto lease = company_->db().Read();
    auto r = (*lease)->Query("SELECT id FROM departments WHERE tenant_id = $1 AND name = $2",
                             {V(company_->TenantId(tenant)), V(name)});
    return r.ok() && !r->empty() ? r->front().Int(0) : 0;
  }
  std::map<Id, std::int64_t> Values(const char* key) {
    const MetricInfo* m = FindMetric(key);
    EXPECT_NE(m, nullptr) << key;
    if (!m) return {};
    auto lease = company_->db().Read();
    auto v = ValuesPerUser(**lease, tenant_, *zone_, *m, march_);
    EXPECT_TRUE(v.ok()) << key << ": " << v.status().message();
    return v.ok() ? *v : std::map<Id, std::int64_t>{};
  }

  void Contract(Id id, Id owner, std::optional<Instant> activated, std::int64_t fen, bool deleted = false) {
    Exec("INSERT INTO contracts (tenant_id, id, number, name, customer_id, owner_id, total_fen, status, "
         "activated_at, created_at, updated_at, deleted_at) VALUES ($1, $2, $3, $4, 1, $5, $6, 'active', $7, $8, $8, "
         "$9)",
         {V(tenant_), V(id), V("T-" + std::to_string(id)), V("合同" + std::to_string(id)), V(owner), V(fen),
          V(activated), V(kMid), V(deleted ? std::optional<Instant>(kMid) : std::nullopt)});
  }
  void Receipt(Id id, Id owner, const char* day, std::int64_t fen, const char* status, bool deleted = false) {
    Exec("INSERT INTO receipts (tenant_id, id, contract_id, customer_id, owner_id, amount_fen, received_on, method, "
         "status, created_at, deleted_at) VALUES ($1, $2, 1, 1, $3, $4, $5, 'bank', $6, $7, $8)",
         {V(tenant_), V(id), V(owner), V(fen), V(day), V(status), V(kMid),
          V(deleted ? std::optional<Instant>(kMid) : std::nullopt)});
  }
  void Customer(Id id, std::optional<Id> by, Instant at, bool deleted = false) {
    Exec("INSERT INTO customers (tenant_id, id, name, name_norm, created_by, created_at, updated_at, deleted_at) "
         "VALUES ($1, $2, $3, $3, $4, $5, $5, $6)",
         {V(tenant_), V(id), V("客户" + std::to_string(id)), V(by), V(at),
          V(deleted ? std::optional<Instant>(kMid) : std::nullopt)});
  }
  void FollowUp(Id id, Id author, Instant at, const char* type, Id customer, bool deleted = false) {
    Exec("INSERT INTO follow_ups (tenant_id, id, customer_id, author_id, type, text, created_at, deleted_at) VALUES "
         "($1, $2, $3, $4, $5, 'text', $6, $7)",
         {V(tenant_), V(id), V(customer), V(author), V(type), V(at),
          V(deleted ? std::optional<Instant>(kMid) : std::nullopt)});
  }
  void Opportunity(Id id, Id owner, Instant created, const char* status, std::optional<Instant> closed,
                   std::int64_t fen, bool deleted = false) {
    Exec("INSERT INTO opportunities (tenant_id, id, customer_id, name, amount_fen, process_id, stage_id, "
         "stage_position, max_position, stage_entered_at, status, closed_at, owner_id, last_activity_at, created_at, "
         "updated_at, deleted_at) VALUES ($1, $2, 1, 'o', $3, 1, 1, 1, 1, $4, $5, $6, $7, $4, $4, $4, $8)",
         {V(tenant_), V(id), V(fen), V(created), V(status), V(closed), V(owner),
          V(deleted ? std::optional<Instant>(kMid) : std::nullopt)});
  }
  void Lead(Id id, Id by, Id owner, Instant created, std::optional<Instant> converted, bool deleted = false) {
    Exec("INSERT INTO leads (tenant_id, id, name, owner_id, created_by, created_at, updated_at, converted_at, "
         "deleted_at) VALUES ($1, $2, 'l', $3, $4, $5, $5, $6, $7)",
         {V(tenant_), V(id), V(owner), V(by), V(created), V(converted),
          V(deleted ? std::optional<Instant>(kMid) : std::nullopt)});
  }
  // A move as org::UpdateUser writes it: the stay ends, the next begins, the user row follows.
  void Move(Id user, Id to, Instant at) {
    Exec("UPDATE user_departments SET to_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND to_at IS NULL",
         {V(tenant_), V(user), V(at)});
    Exec("INSERT INTO user_departments (tenant_id, user_id, from_at, to_at, department_id) VALUES ($1, $2, $3, NULL, $4)",
         {V(tenant_), V(user), V(at), V(to)});
    Exec("UPDATE users SET department_id = $3 WHERE tenant_id = $1 AND id = $2", {V(tenant_), V(user), V(to)});
  }
  void Contact(Id id, std::optional<Id> by, Instant at, bool deleted = false) {
    Exec("INSERT INTO contacts (tenant_id, id, customer_id, name, created_by, created_at, updated_at, deleted_at) "
         "VALUES ($1, $2, 1, 'c', $3, $4, $4, $5)",
         {V(tenant_), V(id), V(by), V(at), V(deleted ? std::optional<Instant>(kMid) : std::nullopt)});
  }
  void StageChange(Id id, std::optional<Id> by, Instant at, const char* direction) {
    Exec("INSERT INTO opportunity_stage_changes (tenant_id, id, opportunity_id, process_version, to_stage_id, "
         "to_name, to_kind, to_position, direction, amount_fen, probability, user_id, at) VALUES ($1, $2, 1, 1, 2, "
         "'报价', 'open', 2, $3, 100, 50, $4, $5)",
         {V(tenant_), V(id), V(direction), V(by), V(at)});
  }
  void WorkLog(Id id, Id author, Instant at) {
    Exec("INSERT INTO work_logs (tenant_id, id, author_id, kind, period_start, period_end, created_at, updated_at) "
         "VALUES ($1, $2, $3, 'daily', $4, $4, $5, $5)",
         {V(tenant_), V(id), V(author), V(static_cast<std::int64_t>(id)), V(at)});
  }

  std::unique_ptr<org::testing::DemoCompany> company_;
  Id tenant_ = 0, a_ = 0, b_ = 0;
  Range march_;
  std::optional<TimeZone> zone_;
};

TEST_P(MetricsTest, CatalogueAndRangeAreTheDocs) {
  std::vector<std::string> keys;
  for (const auto& m : Metrics()) keys.push_back(m.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"contractAmountFen", "paymentAmountFen", "newCustomers", "newContacts",
                                            "followUps", "visits", "customersVisited", "newOpportunities",
                                            "advancedOpportunities", "wonOpportunities", "wonAmountFen", "newLeads",
                                            "convertedLeads", "workLogs"}));
  for (const auto& m : Metrics()) {
    const std::string k = m.key;
    EXPECT_EQ(m.fen, k.ends_with("Fen")) << k;
    EXPECT_EQ(m.targetable, k != "customersVisited" && k != "workLogs" && k != "newContacts" &&
                                k != "advancedOpportunities")
        << k;
    EXPECT_EQ(FindMetric(k), &m);
  }
  EXPECT_EQ(FindMetric("nope"), nullptr);
  EXPECT_EQ(march_.from, kMarchStart);
  EXPECT_EQ(march_.to, kAprilStart);
  EXPECT_EQ(march_.first, Date("2024-03-01"));
  EXPECT_EQ(march_.last, Date("2024-03-31"));
}

TEST_P(MetricsTest, EveryMetricCountsItsRowsInsideTheLocalDays) {
  const Id a = a_, b = b_;
  Contract(1, a, kFirst, 100000);
  Contract(2, a, kBefore, 200000);
  Contract(3, a, kLast, 300000);
  Contract(4, a, kAfter, 400000);
  Contract(5, a, kMid, 500000, /*deleted=*/true);
  Contract(6, a, std::nullopt, 600000);
  Contract(7, b, kMarchStart, 700000);
  Contract(8, b, kAprilStart, 800000);  // the next month's first instant: outside
  Receipt(1, a, "2024-03-01", 1000, "confirmed");
  Receipt(2, a, "2024-02-29", 2000, "confirmed");
  Receipt(3, a, "2024-03-31", 3000, "confirmed");
  Receipt(4, a, "2024-04-01", 4000, "confirmed");
  Receipt(5, a, "2024-03-15", 5000, "pending");
  Receipt(6, a, "2024-03-15", 6000, "confirmed", /*deleted=*/true);
  Receipt(7, b, "2024-03-10", 7000, "confirmed");
  Customer(1, a, kFirst);
  Customer(2, a, kBefore);
  Customer(3, a, kLast, /*deleted=*/true);  // deleted customers count
  Customer(4, a, kAfter);
  Customer(5, b, kMarchStart + 1);
  Customer(6, std::nullopt, kMid);
  FollowUp(1, a, kFirst, "call", 1);
  FollowUp(2, a, kBefore, "visit", 1);
  FollowUp(3, a, kLast, "visit", 1);
  FollowUp(4, a, kMid, "visit", 1);
  FollowUp(5, a, kMid, "visit", 2);
  FollowUp(6, a, kMid, "visit", 3, /*deleted=*/true);
  FollowUp(7, a, kAfter, "visit", 4);
  FollowUp(8, b, kMid, "visit", 5);
  FollowUp(9, b, kMid, "note", 5, /*deleted=*/true);
  FollowUp(10, b, kAprilStart, "visit", 5);
  Opportunity(1, a, kFirst, "open", std::nullopt, 1);
  Opportunity(2, a, kBefore, "won", kFirst, 10000);
  Opportunity(3, a, kMid, "won", kAfter, 20000);
  Opportunity(4, a, kMid, "won", kLast, 30000, /*deleted=*/true);
  Opportunity(5, a, kMid, "lost", kMid, 50000);
  Opportunity(6, b, kLast, "won", kLast, 40000);
  Lead(1, a, b, kFirst, kLast);
  Lead(2, a, a, kBefore, kFirst);
  Lead(3, a, a, kMid, std::nullopt, /*deleted=*/true);
  Lead(4, b, a, kAfter, kAfter);
  Lead(5, b, b, kMid, std::nullopt);
  WorkLog(1, a, kFirst);
  WorkLog(2, a, kBefore);
  WorkLog(3, a, kLast);
  WorkLog(4, b, kAfter);
  WorkLog(5, b, kMid);
  Contact(1, a, kFirst);
  Contact(2, a, kBefore);
  Contact(3, a, kLast, /*deleted=*/true);  // deleted contacts count, as customers
  Contact(4, b, kAfter);
  Contact(5, std::nullopt, kMid);  // added before contacts had an author: nobody's
  StageChange(1, a, kFirst, "forward");
  StageChange(2, a, kMid, "back");
  StageChange(3, a, kMid, "close");  // lost or invalid: no advance
  StageChange(4, b, kLast, "forward");
  StageChange(5, b, kAfter, "forward");
  StageChange(6, std::nullopt, kMid, "forward");  // a system move

  using M = std::map<Id, std::int64_t>;
  EXPECT_EQ(Values("contractAmountFen"), (M{{a, 400000}, {b, 700000}}));
  EXPECT_EQ(Values("paymentAmountFen"), (M{{a, 4000}, {b, 7000}}));
  EXPECT_EQ(Values("newCustomers"), (M{{a, 2}, {b, 1}}));
  EXPECT_EQ(Values("followUps"), (M{{a, 4}, {b, 1}}));
  EXPECT_EQ(Values("visits"), (M{{a, 3}, {b, 1}}));
  EXPECT_EQ(Values("customersVisited"), (M{{a, 2}, {b, 1}}));
  EXPECT_EQ(Values("newOpportunities"), (M{{a, 3}, {b, 1}}));
  EXPECT_EQ(Values("wonOpportunities"), (M{{a, 1}, {b, 1}}));
  EXPECT_EQ(Values("wonAmountFen"), (M{{a, 10000}, {b, 40000}}));
  EXPECT_EQ(Values("newLeads"), (M{{a, 1}, {b, 1}}));
  EXPECT_EQ(Values("convertedLeads"), (M{{a, 1}, {b, 1}}));
  EXPECT_EQ(Values("workLogs"), (M{{a, 2}, {b, 1}}));
  EXPECT_EQ(Values("newContacts"), (M{{a, 2}}));
  EXPECT_EQ(Values("advancedOpportunities"), (M{{a, 1}, {b, 1}}));

  // The work-log statistics of the same person and days say the same.
  auto lease = company_->db().Read();
  ASSERT_TRUE(lease.ok());
  auto stats = activity::CountWorkStats(**lease, company_->As("rep01"), march_.from, march_.to);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->new_customers, 2);
  EXPECT_EQ(stats->follow_ups, 4);
  EXPECT_EQ(stats->visits, 3);
  auto money = contracts::OwnerMoneyStats(**lease, tenant_, a, march_.from, march_.to, "2024-03-01", "2024-03-31");
  ASSERT_TRUE(money.ok());
  EXPECT_EQ(money->first, 400000);
  EXPECT_EQ(money->second, 4000);

  // The records behind A's follow-ups, newest first, a page at a time, with their total.
  auto zone = TimeZone::Find("Asia/Shanghai");
  RecordFilter f;
  f.metric = FindMetric("followUps");
  f.range = march_;
  f.users = std::vector<Id>{a};
  PageRequest page;
  page.limit = 3;
  auto first = ListMetricRecords(**lease, tenant_, *zone, f, page);
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_EQ(first->items.size(), 3u);
  EXPECT_EQ(first->total, 4);
  EXPECT_EQ(first->items[0].id, 3);  // 03-31 23:59
  EXPECT_EQ(first->items[0].at, kLast);
  EXPECT_EQ(first->items[0].kind, "followUp");
  EXPECT_EQ(first->items[0].customer_name, "客户1");
  EXPECT_EQ(first->items[1].id, 5);  // 03-15, the higher id first
  EXPECT_EQ(first->items[2].id, 4);
  ASSERT_TRUE(first->next_cursor);
  page.cursor = *first->next_cursor;
  auto second = ListMetricRecords(**lease, tenant_, *zone, f, page);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->items.size(), 1u);
  EXPECT_EQ(second->items[0].id, 1);
  EXPECT_FALSE(second->next_cursor);

  // Receipts are dated: their instant is the day's local midnight, and pages walk the days.
  f.metric = FindMetric("paymentAmountFen");
  f.users = std::nullopt;
  page = PageRequest{};
  page.limit = 1;
  std::vector<std::pair<Id, Instant>> receipts;
  for (;;) {
    auto p = ListMetricRecords(**lease, tenant_, *zone, f, page);
    ASSERT_TRUE(p.ok()) << p.status().message();
    for (const auto& r : p->items) receipts.emplace_back(r.id, r.at);
    if (!p->next_cursor) break;
    page.cursor = *p->next_cursor;
  }
  EXPECT_EQ(receipts, (std::vector<std::pair<Id, Instant>>{
                          {3, kAprilStart - 86400000}, {7, kMarchStart + 9 * 86400000}, {1, kMarchStart}}));
  auto count = CountMetricRecords(**lease, tenant_, f);
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 3);
}

std::vector<Id> Ids(const Result<std::vector<Person>>& people) {
  std::vector<Id> out;
  if (people.ok())
    for (const auto& p : *people) out.push_back(p.user_id);
  std::sort(out.begin(), out.end());
  return out;
}

TEST_P(MetricsTest, PeopleInScopeAreTheCallersPeopleUnderTheDepartment) {
  const Id bj1 = Department("北京一组"), bj2 = Department("北京二组"), north = Department("华北大区");
  ASSERT_NE(bj1 * bj2 * north, 0);
  Exec("UPDATE users SET status = 'resigned' WHERE tenant_id = $1 AND username = 'rep03'", {V(tenant_)});
  auto ids = [&](std::initializer_list<const char*> names) {
    std::vector<Id> out;
    for (const char* n : names) out.push_back(company_->UserId(n));
    std::sort(out.begin(), out.end());
    return out;
  };
  auto lease = company_->db().Read();
  ASSERT_TRUE(lease.ok());
  auto& c = **lease;
  const auto bj1_people = ids({"bj1.lead", "rep01", "rep02", "rep03"});

  // The whole company for an administrator: all 30 demo people, the resigned one marked.
  auto all = PeopleInScope(c, company_->As("admin"), std::nullopt);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->size(), 30u);
  for (const auto& p : *all) EXPECT_EQ(p.active, p.user_id != company_->UserId("rep03"));
  EXPECT_EQ(Ids(PeopleInScope(c, company_->As("admin"), bj1)), bj1_people);

  // A team lead (department and below): the team, whichever level is asked.
  EXPECT_EQ(Ids(PeopleInScope(c, company_->As("bj1.lead"), std::nullopt)), bj1_people);
  EXPECT_EQ(Ids(PeopleInScope(c, company_->As("bj1.lead"), bj1)), bj1_people);
  EXPECT_EQ(PeopleInScope(c, company_->As("bj1.lead"), bj2).status().code(), "permission.denied");
  EXPECT_EQ(PeopleInScope(c, company_->As("bj1.lead"), north).status().code(), "permission.denied");
  // Another tenant's department and an unknown id do not exist here.
  EXPECT_EQ(PeopleInScope(c, company_->As("bj1.lead"), Department("北京二组", "other")).status().code(),
            "not_found");
  EXPECT_EQ(PeopleInScope(c, company_->As("admin"), 123456789).status().code(), "not_found");

  // A regional manager sees a team below; the region's people include both teams.
  EXPECT_EQ(Ids(PeopleInScope(c, company_->As("huabei"), bj1)), bj1_people);
  auto region = Ids(PeopleInScope(c, company_->As("huabei"), north));
  for (Id id : ids({"huabei", "bj1.lead", "rep01", "rep04", "tj.lead", "rep07"}))
    EXPECT_TRUE(std::binary_search(region.begin(), region.end(), id)) << id;
  EXPECT_FALSE(std::binary_search(region.begin(), region.end(), company_->UserId("rep08")));

  // A rep (self): only themselves, in their own department too; another department is refused.
  EXPECT_EQ(Ids(PeopleInScope(c, company_->As("rep01"), std::nullopt)), ids({"rep01"}));
  EXPECT_EQ(Ids(PeopleInScope(c, company_->As("rep01"), bj1)), ids({"rep01"}));
  EXPECT_EQ(PeopleInScope(c, company_->As("rep01"), bj2).status().code(), "permission.denied");
}

TEST_P(MetricsTest, ARecordsExportStopsAboveAHundredThousandRows) {
  // 100,001 work logs of rep01 in March 2024, one statement.
  Exec("INSERT INTO work_logs (tenant_id, id, author_id, kind, period_start, period_end, created_at, updated_at) "
       "WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < CAST($3 AS BIGINT)) "
       "SELECT $1, i, $2, 'daily', i, i, CAST($4 AS BIGINT) + i, CAST($4 AS BIGINT) + i FROM n",
       {V(tenant_), V(a_), V(ReportService::kMaxExportRows + 1), V(kMid)});
  FixedClock clock(kAprilStart);
  ReportService reports(company_->db(), clock);
  RecordsQuery q;
  q.metric = FindMetric("workLogs");
  q.range.from = Date("2024-03-01");
  q.range.to = Date("2024-03-31");
  auto refused = reports.ExportRecords(company_->As("admin"), q);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), "report.too_large");
  EXPECT_EQ(refused.status().Detail("total"), std::optional<DetailValue>(ReportService::kMaxExportRows + 1));
  EXPECT_EQ(refused.status().Detail("limit"), std::optional<DetailValue>(ReportService::kMaxExportRows));

  // At the limit it exports every record, newest first.
  Exec("DELETE FROM work_logs WHERE tenant_id = $1 AND id = 1", {V(tenant_)});
  auto all = reports.ExportRecords(company_->As("admin"), q);
  ASSERT_TRUE(all.ok()) << all.status().message();
  ASSERT_EQ(static_cast<std::int64_t>(all->records.size()), ReportService::kMaxExportRows);
  EXPECT_EQ(all->records.front().id, ReportService::kMaxExportRows + 1);
  EXPECT_EQ(all->records.back().id, 2);
  // Without report.export: refused before anything is read.
  EXPECT_EQ(reports.ExportRecords(company_->As("rep01"), q).status().code(), "permission.denied");
}

TEST_P(MetricsTest, WholeCompanyReportsAreAtMostAMinuteOld) {
  WorkLog(1, a_, kFirst);
  FixedClock clock(kAprilStart + 1000);  // 2024-04-01 local: lastMonth is March
  ReportService reports(company_->db(), clock);
  MetricsQuery q;
  q.metrics = {FindMetric("workLogs")};
  q.range.preset = "lastMonth";
  q.group_by_user = true;
  auto logs_of_a = [&](const Result<MetricReport>& r) -> std::int64_t {
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok())
      for (const auto& row : r->rows)
        if (row.id == a_) return row.values.at(0);
    return -1;
  };
  auto first = reports.MetricsReport(company_->As("admin"), q);
  EXPECT_EQ(logs_of_a(first), 1);
  EXPECT_EQ(first->range.first, Date("2024-03-01"));
  WorkLog(2, a_, kMid);
  clock.Set(kAprilStart + 1000 + 29000);
  // Whole-company callers share the answer of 29 s ago, saying so; a team lead reads now.
  auto held = reports.MetricsReport(company_->As("ceo"), q);
  EXPECT_EQ(logs_of_a(held), 1);
  EXPECT_EQ(held->as_of, kAprilStart + 1000);
  EXPECT_EQ(logs_of_a(reports.MetricsReport(company_->As("bj1.lead"), q)), 2);
  clock.Set(kAprilStart + 1000 + 61000);
  auto fresh = reports.MetricsReport(company_->As("admin"), q);
  EXPECT_EQ(logs_of_a(fresh), 2);
  EXPECT_EQ(fresh->as_of, kAprilStart + 1000 + 61000);
}

// The day x person aggregate (metric_days.h) against a brute-force count of generated rows:
// sealed months, partial months, today from the sources, then rows of sealed days changed
// behind its back (deleted, backdated, older than anything held) before and after a refresh.
TEST_P(MetricsTest, TheDayAggregateAnswersWhatABruteForceCountSays) {
  constexpr Instant kDay = 86400000;
  constexpr Instant kJanuary = kMarchStart - 60 * kDay;  // 2024-01-01 00:00 local
  const Instant now = kAprilStart + 10 * kDay + 3600000;  // 2024-04-11 01:00 local
  // What each generated row adds: metric, person, local day, value.
  struct Part {
    std::string metric;
    Id user;
    LocalDate day;
    std::int64_t value;
    std::string row;  // "table:id", to take a row's parts away
    Id customer = 0;  // of a visit
  };
  std::vector<Part> parts;
  std::mt19937 random(17);
  auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(random); };
  const Id people[] = {a_, b_};
  for (Id i = 1000; i < 1400; ++i) {
    const Id who = people[pick(0, 1)];
    const Instant at = pick(kJanuary, now + 20 * 3600000);  // into today (still open)
    const bool visit = pick(0, 2) == 0, deleted = pick(0, 9) == 0;
    const Id customer = pick(1, 30);
    FollowUp(i, who, at, visit ? "visit" : "call", customer, deleted);
    if (deleted) continue;
    parts.push_back({"followUps", who, zone_->DateOf(at), 1, "f:" + std::to_string(i)});
    if (visit) parts.push_back({"visits", who, zone_->DateOf(at), 1, "f:" + std::to_string(i), customer});
  }
  for (Id i = 1000; i < 1100; ++i) {
    const Id who = people[pick(0, 1)];
    const LocalDate day = Date("2024-01-01") + static_cast<LocalDate>(pick(0, 101));  // through 2024-04-11
    const bool confirmed = pick(0, 3) > 0, deleted = pick(0, 9) == 0;
    const std::int64_t fen = pick(1, 1000000);
    Receipt(i, who, FormatDate(day).c_str(), fen, confirmed ? "confirmed" : "pending", deleted);
    if (confirmed && !deleted) parts.push_back({"paymentAmountFen", who, day, fen, "r:" + std::to_string(i)});
  }
  for (Id i = 1000; i < 1100; ++i) {
    const std::optional<Id> by = pick(0, 4) == 0 ? std::nullopt : std::optional<Id>(people[pick(0, 1)]);
    const Instant at = pick(kJanuary, now);
    Customer(i, by, at, pick(0, 9) == 0);  // deleted customers count
    if (by) parts.push_back({"newCustomers", *by, zone_->DateOf(at), 1, "c:" + std::to_string(i)});
  }
  // Rows of every other source, checked against the sources' own figures.
  for (Id i = 1000; i < 1060; ++i) {
    Contact(i, people[pick(0, 1)], pick(kJanuary, now), pick(0, 9) == 0);
    StageChange(i, people[pick(0, 1)], pick(kJanuary, now), pick(0, 3) == 0 ? "back" : "forward");
  }
  Opportunity(1, a_, kFirst, "won", kLast, 10000);
  Opportunity(2, b_, kMid, "open", std::nullopt, 5);
  Lead(1, a_, b_, kFirst, kLast);
  WorkLog(1, a_, kMid);
  Contract(1, b_, kMid, 300000);

  auto state = [&]() -> std::optional<MetricState> {
    auto lease = company_->db().Read();
    auto s = ReadMetricState(**lease, tenant_);
    EXPECT_TRUE(s.ok());
    return s.ok() ? *s : std::nullopt;
  };
  auto marks = [&]() -> std::int64_t {
    auto lease = company_->db().Read();
    auto r = (*lease)->Query("SELECT COUNT(*) FROM metric_dirty WHERE tenant_id = $1", {V(tenant_)});
    return r.ok() ? r->front().Int(0) : -1;
  };
  using M = std::map<Id, std::int64_t>;
  auto brute = [&](const std::string& metric, LocalDate first, LocalDate last) {
    M out;
    std::set<std::pair<Id, Id>> visited;  // customersVisited: distinct (person, customer) of the visits
    for (const auto& p : parts)
      if (metric == "customersVisited" && p.metric == "visits" && p.day >= first && p.day <= last)
        visited.insert({p.user, p.customer});
      else if (p.metric == metric && p.day >= first && p.day <= last)
        out[p.user] += p.value;
    for (const auto& [user, customer] : visited) ++out[user];
    std::erase_if(out, [](const auto& kv) { return kv.second == 0; });
    return out;
  };
  const std::vector<std::pair<std::string, std::string>> ranges = {
      {"2024-03-01", "2024-03-31"}, {"2024-02-15", "2024-03-20"}, {"2024-01-01", "2024-04-11"},
      {"2024-04-10", "2024-04-11"}, {"2024-02-29", "2024-02-29"}, {"2023-06-01", "2024-04-30"}};
  auto check = [&](const std::string& when) {
    auto lease = company_->db().Read();
    for (const auto& [from, to] : ranges) {
      const Range range = RangeOf(*zone_, Date(from), Date(to));
      for (const auto& m : Metrics()) {
        auto got = ValuesPerUser(**lease, tenant_, *zone_, m, range);
        ASSERT_TRUE(got.ok()) << got.status().message();
        const std::string k = m.key;
        M want;
        if (k == "followUps" || k == "visits" || k == "customersVisited" || k == "paymentAmountFen" ||
            k == "newCustomers") {
          want = brute(k, range.first, range.last);
        } else {
          auto sources = MetricValuesPerUser(**lease, tenant_, m, range);
          ASSERT_TRUE(sources.ok());
          want = *sources;
          std::erase_if(want, [](const auto& kv) { return kv.second == 0; });
        }
        EXPECT_EQ(*got, want) << when << " " << k << " " << from << ".." << to;
        // A caller who keeps one person gets that person's number.
        const std::vector<Id> only_b{b_};
        auto of_b = ValuesPerUser(**lease, tenant_, *zone_, m, range, &only_b);
        ASSERT_TRUE(of_b.ok());
        EXPECT_EQ(of_b->count(b_) ? of_b->at(b_) : 0, want.count(b_) ? want.at(b_) : 0)
            << when << " " << k << " " << from << ".." << to << " for one person";
      }
    }
  };

  check("before any refresh");
  auto first = RefreshMetricDays(company_->db(), tenant_, now, 0);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_TRUE(first->caught_up);
  auto held = state();
  ASSERT_TRUE(held);
  EXPECT_EQ(held->zone, "Asia/Shanghai");
  EXPECT_EQ(held->first_day, Date("2024-01-01"));
  EXPECT_EQ(held->sealed_through, Date("2024-04-10"));
  EXPECT_EQ(first->days_sealed, Date("2024-04-10") - Date("2024-01-01") + 1);
  check("after the first refresh");
  // Today's rows leave no marks; a sealed day's changes do.
  FollowUp(2000, a_, now - 1000, "call", 1);
  parts.push_back({"followUps", a_, zone_->DateOf(now - 1000), 1, "f:2000"});
  EXPECT_EQ(marks(), 0);

  // Behind the aggregate's back: a sealed follow-up deleted, a receipt backdated to February, a
  // customer created a year before everything held, a sealed day's row moved to another person.
  Id gone = 0;
  for (const auto& p : parts)
    if (p.metric == "followUps" && p.day < Date("2024-04-01")) gone = std::stoll(p.row.substr(2));
  ASSERT_NE(gone, 0);
  Exec("UPDATE follow_ups SET deleted_at = $3 WHERE tenant_id = $1 AND id = $2", {V(tenant_), V(gone), V(now)});
  std::vector<Part> gone_parts;
  for (const auto& p : parts)
    if (p.row == "f:" + std::to_string(gone)) gone_parts.push_back(p);
  std::erase_if(parts, [&](const Part& p) { return p.row == "f:" + std::to_string(gone); });
  Receipt(3000, b_, "2024-02-10", 777, "confirmed");
  parts.push_back({"paymentAmountFen", b_, Date("2024-02-10"), 777, "r:3000"});
  Customer(3000, a_, kJanuary - 300 * kDay);
  parts.push_back({"newCustomers", a_, zone_->DateOf(kJanuary - 300 * kDay), 1, "c:3000"});
  Id moved = 0;
  for (auto& p : parts)
    if (p.metric == "newCustomers" && p.user == a_ && p.day >= Date("2024-01-01") && !moved) {
      moved = std::stoll(p.row.substr(2));
      p.user = b_;
    }
  ASSERT_NE(moved, 0);
  Exec("UPDATE customers SET created_by = $3 WHERE tenant_id = $1 AND id = $2", {V(tenant_), V(moved), V(b_)});
  EXPECT_GE(marks(), 4);
  check("with marked days");

  auto second = RefreshMetricDays(company_->db(), tenant_, now, 0);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_EQ(marks(), 0);
  EXPECT_EQ(state()->first_day, MonthOf(zone_->DateOf(kJanuary - 300 * kDay)).first);
  check("after the marks were taken in");

  // The deleted follow-up restored from the recycle bin (activity::RestoreFollowUp clears
  // deleted_at): its sealed day is marked and counts it again.
  Exec("UPDATE follow_ups SET deleted_at = NULL, deleted_by = NULL WHERE tenant_id = $1 AND id = $2",
       {V(tenant_), V(gone)});
  parts.insert(parts.end(), gone_parts.begin(), gone_parts.end());
  EXPECT_GE(marks(), 1);
  check("with a restored follow-up marked");
  auto restored = RefreshMetricDays(company_->db(), tenant_, now, 0);
  ASSERT_TRUE(restored.ok()) << restored.status().message();
  EXPECT_EQ(marks(), 0);
  check("after the restore was taken in");

  // A month later, a refresh sealing one month at a time.
  const Instant later = now + 22 * kDay;  // 2024-05-03
  FollowUp(2001, b_, now + 5 * kDay, "visit", 1);
  parts.push_back({"followUps", b_, zone_->DateOf(now + 5 * kDay), 1, "f:2001"});
  parts.push_back({"visits", b_, zone_->DateOf(now + 5 * kDay), 1, "f:2001", 1});
  auto step = RefreshMetricDays(company_->db(), tenant_, later, 1);
  ASSERT_TRUE(step.ok());
  EXPECT_FALSE(step->caught_up);
  EXPECT_EQ(state()->sealed_through, Date("2024-04-30"));
  auto rest = RefreshMetricDays(company_->db(), tenant_, later, 0);
  ASSERT_TRUE(rest.ok());
  EXPECT_TRUE(rest->caught_up);
  EXPECT_EQ(state()->sealed_through, Date("2024-05-02"));
  check("a month later");

  // The backfill command's rebuild gives the same figures.
  ASSERT_TRUE(RebuildMetricDays(company_->db(), tenant_, later).ok());
  check("after a rebuild");

  // And a sealed month is read from its month row, not from the sources.
  Exec("UPDATE metric_months SET value = value + 1000 WHERE tenant_id = $1 AND metric = 'followUps' AND month = $2 "
       "AND user_id = $3",
       {V(tenant_), V(static_cast<std::int64_t>(Date("2024-03-01"))), V(a_)});
  auto lease = company_->db().Read();
  auto march = ValuesPerUser(**lease, tenant_, *zone_, *FindMetric("followUps"), march_);
  ASSERT_TRUE(march.ok());
  EXPECT_EQ((*march)[a_], brute("followUps", march_.first, march_.last)[a_] + 1000);
  // customersVisited of a range that ends today or later is read from the visit pairs.
  const Range year = RangeOf(*zone_, Date("2024-01-01"), Date("2024-12-31"));
  ASSERT_GT(brute("customersVisited", year.first, year.last)[a_], 0);
  Exec("DELETE FROM visit_pairs WHERE tenant_id = $1 AND user_id = $2", {V(tenant_), V(a_)});
  auto visited = ValuesPerUser(**lease, tenant_, *zone_, *FindMetric("customersVisited"), year);
  ASSERT_TRUE(visited.ok());
  EXPECT_EQ(visited->count(a_), 0u);
  EXPECT_EQ(visited->at(b_), brute("customersVisited", year.first, year.last)[b_]);
}

// A person who moved from 北京一组 to 北京二组 at 01:00 on 15 March: what they did before that day
// counts for 北京一组, from that day on (the day of the move included) for 北京二组 — in the report by
// department, in one row per person, in the records behind each number, and for 北京一组's manager
// after the person left.
TEST_P(MetricsTest, APersonWhoMovedCountsWhereTheyWereOnEachDay) {
  const Id bj1 = Department("北京一组"), bj2 = Department("北京二组"), north = Department("华北大区");
  ASSERT_EQ(company_->As("rep01").department_id, bj1);
  FollowUp(1, a_, kFirst, "call", 1);
  FollowUp(2, a_, kMid - kMinute, "call", 1);  // 14 March 23:59: 北京一组
  FollowUp(3, a_, kMid + kMinute, "call", 1);  // 15 March 00:01, before the move: the day is 北京二组's
  FollowUp(4, a_, kLast, "visit", 1);
  Move(a_, bj2, kMid + 3600000);
  FixedClock clock(kAprilStart + 1000);  // lastMonth is March
  ReportService reports(company_->db(), clock);
  MetricsQuery q;
  q.metrics = {FindMetric("followUps")};
  q.range.preset = "lastMonth";
  q.department_id = north;
  auto row = [](const Result<MetricReport>& r, Id id) -> std::int64_t {
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok())
      for (const auto& x : r->rows)
        if (x.id == id) return x.values.at(0);
    return -1;
  };
  auto by_department = reports.MetricsReport(company_->As("admin"), q);
  EXPECT_EQ(row(by_department, bj1), 2);
  EXPECT_EQ(row(by_department, bj2), 2);
  EXPECT_EQ(by_department->total.at(0), 4);

  q.group_by_user = true;
  auto by_person = reports.MetricsReport(company_->As("admin"), q);
  EXPECT_EQ(row(by_person, a_), 4);
  EXPECT_EQ(std::count_if(by_person->rows.begin(), by_person->rows.end(), [&](const ReportRow& r) { return r.id == a_; }),
            1) << "one row for a person who moved";

  // 北京一组's manager still sees what the person did there, and only that.
  MetricsQuery own;
  own.metrics = q.metrics;
  own.range = q.range;
  own.group_by_user = true;
  auto lead = reports.MetricsReport(company_->As("bj1.lead"), own);
  EXPECT_EQ(row(lead, a_), 2);

  auto records = [&](const org::Caller& caller, std::optional<Id> department, std::optional<Id> user) {
    RecordsQuery rq;
    rq.metric = FindMetric("followUps");
    rq.range = q.range;
    rq.department_id = department;
    rq.user_id = user;
    PageRequest page;
    page.limit = 50;
    auto r = reports.Records(caller, rq, page);
    EXPECT_TRUE(r.ok()) << r.status().message();
    std::vector<Id> ids;
    if (r.ok())
      for (const auto& x : r->items) ids.push_back(x.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  EXPECT_EQ(records(company_->As("admin"), bj1, std::nullopt), (std::vector<Id>{1, 2}));
  EXPECT_EQ(records(company_->As("admin"), bj2, std::nullopt), (std::vector<Id>{3, 4}));
  EXPECT_EQ(records(company_->As("admin"), std::nullopt, a_), (std::vector<Id>{1, 2, 3, 4}));
  EXPECT_EQ(records(company_->As("bj1.lead"), std::nullopt, std::nullopt), (std::vector<Id>{1, 2}));
  EXPECT_EQ(records(company_->As("bj1.lead"), std::nullopt, a_), (std::vector<Id>{1, 2}));
}

INSTANTIATE_TEST_SUITE_P(Backends, MetricsTest, ::testing::ValuesIn(testing::Backends()));

}  // namespace
}  // namespace quanke::reports
