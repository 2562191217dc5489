// The daily reclaim sweep with several nodes on one database: each node runs the same job, and
// each tenant's sweep of the day still happens once (one audit entry, one notification per
// owner, each due customer reclaimed once). A sweep stopped between two batches (its node died)
// leaves whole batches only, and the next check finishes it. Each node is an OwnershipService of
// its own; on PostgreSQL its sweep lock is a session of its own, as on separate machines.
#include <gtest/gtest.h>

#include <latch>
#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "core/time_zone.h"
#include "domain/notify/notification_text.h"
#include "domain/ownership/ownership_service.h"
#include "org_test_fixture.h"

namespace quanke::ownership {
namespace {

using storage::V;
constexpr Instant kNow = 1795000000000;  // 2026-11-18 19:06 in Asia/Shanghai, after the sweep hour
constexpr std::int64_t kDay = 24LL * 3600 * 1000;
constexpr int kDue = 12;
constexpr int kRemind = 3;

LocalDate Today() {
  auto zone = TimeZone::Find("Asia/Shanghai");  // the demo company's zone
  EXPECT_TRUE(zone.ok());
  return zone->DateOf(kNow);
}

storage::Rows Query(storage::Database& db, std::string_view sql, const storage::Params& params = {}) {
  auto lease = db.Read();
  EXPECT_TRUE(lease.ok());
  auto r = (*lease)->Query(sql, params);
  EXPECT_TRUE(r.ok()) << r.status().message() << " in " << sql;
  return r.ok() ? std::move(*r) : storage::Rows{};
}

std::int64_t Count(storage::Database& db, std::string_view sql, const storage::Params& params) {
  auto rows = Query(db, sql, params);
  return rows.empty() ? -1 : rows.front().Int(0);
}

// The customers the test made due (by owner) and due soon, derived from the data it wrote.
struct Plan {
  Id tenant_id = 0;
  std::map<Id, std::vector<Id>> due_by_owner;
  std::map<Id, Id> home_pool;  // due customer → the pool it must end in
  std::vector<Id> remind;
};

// Every customer's clock restarts now (nothing due, nothing due soon), then kDue owned customers
// of tenant demo get a clock started 40 days ago (the demo's rules: 15 days without follow-up,
// in effect for 60 days) and kRemind one started 14 days ago (reclaimed in 2 days: reminded).
Plan MakeDue(org::testing::DemoCompany& company) {
  storage::Database& db = company.db();
  Plan plan;
  plan.tenant_id = company.TenantId();
  Status made = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
                if (Status s = conn.Exec("UPDATE customers SET clock_start_at = $1, last_follow_up_at = NULL, "
                                         "reminded_for = NULL WHERE owner_id IS NOT NULL",
                                         {V(kNow)});
                    !s.ok())
                  return s;
                auto owned = conn.Query(
                    "SELECT id, owner_id, home_pool_id FROM customers WHERE tenant_id = $1 AND owner_id IS NOT NULL "
                    "AND home_pool_id IS NOT NULL AND locked = 0 AND status <> 'deal' AND deleted_at IS NULL "
                    "ORDER BY owner_id, id",
                    {V(plan.tenant_id)});
                if (!owned.ok()) return owned.status();
                // In owner order, so that owners have several due customers each.
                std::vector<std::tuple<Id, Id, Id>> order;  // customer, owner, home pool
                for (const auto& row : owned->rows) order.emplace_back(row.Int(0), row.Int(1), row.Int(2));
                if (order.size() < static_cast<size_t>(kDue + kRemind))
                  return Status::Internal("the demo has too few owned customers");
                for (size_t i = 0; i < static_cast<size_t>(kDue + kRemind); ++i) {
                  const auto [id, owner, home] = order[i];
                  const bool due = i < static_cast<size_t>(kDue);
                  if (due) {
                    plan.due_by_owner[owner].push_back(id);
                    plan.home_pool[id] = home;
                  } else {
                    plan.remind.push_back(id);
                  }
                  if (Status s = conn.Exec("UPDATE customers SET clock_start_at = $2, claimed_at = $2 WHERE id = $1",
                                           {V(id), V(kNow - (due ? 40 : 14) * kDay)});
                      !s.ok())
                    return s;
                }
                return Status::Ok();
              });
  EXPECT_TRUE(made.ok()) << made.message();
  return plan;
}

// What every run of the sweep together must have done: each due customer reclaimed once into
// its home pool, nothing else moved, one notification per owner counting all its customers, one
// reminder per due-soon customer, one audit entry, every pool marked swept, no progress left.
void ExpectSweptOnce(storage::Database& db, const Plan& plan, LocalDate today) {
  const auto t = V(plan.tenant_id);
  for (const auto& [customer, pool] : plan.home_pool) {
    auto row = Query(db, "SELECT owner_id, pool_id FROM customers WHERE id = $1", {V(customer)});
    ASSERT_FALSE(row.empty());
    EXPECT_TRUE(row.front().IsNull(0)) << "customer " << customer << " still has an owner";
    EXPECT_EQ(row.front().OptInt(1), std::optional<std::int64_t>(pool)) << "customer " << customer;
  }
  EXPECT_EQ(Count(db,
                  "SELECT COUNT(*) FROM customer_owner_history WHERE tenant_id = $1 AND action = 'reclaim' AND "
                  "at >= $2",
                  {t, V(kNow)}),
            kDue);
  EXPECT_EQ(Count(db,
                  "SELECT COUNT(DISTINCT customer_id) FROM customer_owner_history WHERE tenant_id = $1 AND "
                  "action = 'reclaim' AND at >= $2",
                  {t, V(kNow)}),
            kDue);
  std::map<Id, std::vector<std::string>> counts;  // owner → the count of each reclaim notification
  for (const auto& row :
       Query(db, "SELECT user_id, params FROM notifications WHERE tenant_id = $1 AND type = 'customer.reclaimed'", {t})
           .rows)
    for (const auto& [k, v] : notify::ParamsFromJson(row.Text(1)))
      if (k == "count") counts[row.Int(0)].push_back(v);
  std::map<Id, std::vector<std::string>> want;
  for (const auto& [owner, list] : plan.due_by_owner) want[owner] = {std::to_string(list.size())};
  EXPECT_EQ(counts, want);
  std::multiset<Id> reminded;
  for (const auto& row : Query(db,
                               "SELECT object_id FROM notifications WHERE tenant_id = $1 AND "
                               "type = 'customer.reclaim_soon'",
                               {t})
                             .rows)
    reminded.insert(row.Int(0));
  EXPECT_EQ(reminded, std::multiset<Id>(plan.remind.begin(), plan.remind.end()));
  auto audit = Query(db, "SELECT details FROM audit_log WHERE tenant_id = $1 AND action = 'pool.sweep'", {t});
  ASSERT_EQ(audit.rows.size(), 1u);
  const std::string details = audit.front().Text(0);
  EXPECT_NE(details.find("\"reclaimed\":" + std::to_string(kDue) + ","), std::string::npos) << details;
  EXPECT_NE(details.find("\"reminded\":" + std::to_string(kRemind) + ","), std::string::npos) << details;
  EXPECT_EQ(Count(db,
                  "SELECT COUNT(*) FROM pools WHERE tenant_id = $1 AND (last_sweep_date IS NULL OR "
                  "last_sweep_date <> $2)",
                  {t, V(today)}),
            0);
  EXPECT_EQ(Count(db, "SELECT COUNT(*) FROM sweep_progress", {}), 0);
}

class SweepNodesTest : public ::testing::TestWithParam<std::string> {};

TEST_P(SweepNodesTest, ThreeNodesAtOnceSweepEachTenantOnce) {
  org::testing::DemoCompany company(GetParam(), kNow, /*customers=*/150);
  ASSERT_TRUE(company.ok());
  const Plan plan = MakeDue(company);
  ASSERT_GE(plan.due_by_owner.size(), 3u);
  std::vector<std::unique_ptr<OwnershipService>> nodes;
  events::Bus events;
  for (int i = 0; i < 3; ++i) nodes.push_back(std::make_unique<OwnershipService>(company.db(), company.clock(), events));

  std::latch start(3);
  std::vector<Result<std::int64_t>> answers(3, std::int64_t{0});
  std::vector<std::thread> threads;
  for (int i = 0; i < 3; ++i)
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      answers[i] = nodes[i]->RunScheduled(kNow);
    });
  for (auto& t : threads) t.join();
  std::int64_t total = 0;
  for (const auto& a : answers) {
    ASSERT_TRUE(a.ok()) << a.status().message();
    total += *a;
  }
  EXPECT_EQ(total, kDue);
  // The next checks of the day find every pool swept.
  for (auto& node : nodes) {
    auto again = node->RunScheduled(kNow + 60 * 1000);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
  }
  ExpectSweptOnce(company.db(), plan, Today());
}

TEST_P(SweepNodesTest, SweepStoppedBetweenBatchesIsFinishedByTheNextCheck) {
  org::testing::DemoCompany company(GetParam(), kNow, /*customers=*/150);
  ASSERT_TRUE(company.ok());
  const Plan plan = MakeDue(company);
  ASSERT_GE(plan.due_by_owner.size(), 3u);
  events::Bus events;
  // Node A: one owner per batch, and it "dies" after its first batch. Meanwhile node B's daily
  // job leaves the tenant alone, and a manual sweep there is refused.
  OwnershipService b(company.db(), company.clock(), events), c(company.db(), company.clock(), events);
  std::optional<Result<std::int64_t>> b_meanwhile;
  std::optional<Status> manual_meanwhile;
  SweepOptions dies;
  dies.batch = 1;
  dies.after_batch = [&] {
    b_meanwhile = b.RunScheduled(kNow);
    manual_meanwhile = b.Sweep(plan.tenant_id, kNow, /*dry_run=*/false).status();
    return Status::Error("unavailable", "the node died");
  };
  OwnershipService a(company.db(), company.clock(), events, dies);
  auto stopped = a.RunScheduled(kNow);
  ASSERT_FALSE(stopped.ok());
  ASSERT_TRUE(b_meanwhile && b_meanwhile->ok());
  EXPECT_EQ(**b_meanwhile, 0) << "another node's job swept while the lock was held";
  ASSERT_TRUE(manual_meanwhile);
  EXPECT_EQ(manual_meanwhile->code(), "unavailable");

  // Whole batches only: the first owner's customers are reclaimed and that owner notified; the
  // sweep has no audit entry, no reminders and no swept mark yet, and its progress is recorded.
  const auto t = V(plan.tenant_id);
  const auto& [first_owner, first_batch] = *plan.due_by_owner.begin();
  EXPECT_EQ(Count(company.db(),
                  "SELECT COUNT(*) FROM customer_owner_history WHERE tenant_id = $1 AND action = 'reclaim' AND at >= $2",
                  {t, V(kNow)}),
            static_cast<std::int64_t>(first_batch.size()));
  for (Id id : first_batch)
    EXPECT_EQ(Count(company.db(), "SELECT COUNT(*) FROM customers WHERE id = $1 AND owner_id IS NULL AND pool_id = $2",
                    {V(id), V(plan.home_pool.at(id))}),
              1);
  EXPECT_EQ(Count(company.db(),
                  "SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND owner_id IS NULL AND pool_id IS NULL", {t}),
            0)
      << "no customer without owner and pool";
  EXPECT_EQ(Count(company.db(),
                  "SELECT COUNT(*) FROM notifications WHERE tenant_id = $1 AND type = 'customer.reclaimed'", {t}),
            1);
  EXPECT_EQ(Count(company.db(), "SELECT COUNT(*) FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND "
                                "type = 'customer.reclaimed'",
                  {t, V(first_owner)}),
            1);
  EXPECT_EQ(Count(company.db(), "SELECT COUNT(*) FROM audit_log WHERE tenant_id = $1 AND action = 'pool.sweep'", {t}),
            0);
  EXPECT_EQ(Count(company.db(),
                  "SELECT COUNT(*) FROM notifications WHERE tenant_id = $1 AND type = 'customer.reclaim_soon'", {t}),
            0);
  EXPECT_EQ(Count(company.db(), "SELECT reclaimed FROM sweep_progress WHERE tenant_id = $1", {t}),
            static_cast<std::int64_t>(first_batch.size()));

  // Nodes B and C, at the next check, together: one of them finishes the sweep.
  const Instant next = kNow + 60 * 1000;
  std::latch start(2);
  Result<std::int64_t> by_b = std::int64_t{0}, by_c = std::int64_t{0};
  std::thread tb([&] { start.arrive_and_wait(); by_b = b.RunScheduled(next); });
  std::thread tc([&] { start.arrive_and_wait(); by_c = c.RunScheduled(next); });
  tb.join();
  tc.join();
  ASSERT_TRUE(by_b.ok()) << by_b.status().message();
  ASSERT_TRUE(by_c.ok()) << by_c.status().message();
  EXPECT_EQ(*by_b + *by_c, kDue - static_cast<std::int64_t>(first_batch.size()));
  ExpectSweptOnce(company.db(), plan, Today());
  auto details = Query(company.db(), "SELECT details FROM audit_log WHERE tenant_id = $1 AND action = 'pool.sweep'", {t});
  ASSERT_FALSE(details.empty());
  EXPECT_NE(details.front().Text(0).find("\"resumedFrom\":\"" + FormatInstant(kNow) + "\""), std::string::npos)
      << details.front().Text(0);
}

INSTANTIATE_TEST_SUITE_P(Backends, SweepNodesTest, ::testing::ValuesIn(testing::Backends()));

}  // namespace
}  // namespace quanke::ownership
