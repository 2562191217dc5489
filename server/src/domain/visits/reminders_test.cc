// Visit-plan reminders are sent once even when several nodes' reminder jobs run at the same
// moment (on PostgreSQL each node has its own connection; before the plan was marked first, both
// jobs read the same due plans and both reminded).
#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "domain/visits/visit_service.h"
#include "org_test_fixture.h"

namespace quanke::visits {
namespace {

class RemindersTest : public ::testing::TestWithParam<std::string> {};

TEST_P(RemindersTest, TwoJobsAtOnceRemindEachPlanOnce) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/60);
  ASSERT_TRUE(company.ok());
  // A rep who owns customers, and those customers.
  std::string owner;
  {
    auto lease = company.db().Read();
    auto r = (*lease)->Query(
        "SELECT u.username FROM customers c JOIN users u ON u.tenant_id = c.tenant_id AND u.id = c.owner_id "
        "WHERE c.tenant_id = $1 AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1",
        {storage::V(company.TenantId())});
    ASSERT_TRUE(r.ok() && !r->empty());
    owner = r->front().Text(0);
  }
  const org::Caller rep = company.As(owner);
  std::vector<Id> own;
  {
    auto lease = company.db().Read();
    auto r = (*lease)->Query("SELECT id FROM customers WHERE tenant_id = $1 AND owner_id = $2 AND deleted_at IS NULL",
                             {storage::V(rep.tenant_id), storage::V(rep.user_id)});
    ASSERT_TRUE(r.ok());
    for (const auto& row : r->rows) own.push_back(row.Int(0));
  }
  ASSERT_FALSE(own.empty());
  VisitService planner(company.db(), company.clock());
  const Instant now = company.clock().Now();
  const int kPlans = 40;
  for (int i = 0; i < kPlans; ++i) {
    PlanInput in;
    in.customer_id = own[static_cast<size_t>(i) % own.size()];
    in.planned_at = now + 10 * 60 * 1000 + i;  // in ten minutes, reminded 15 minutes before: due
    in.remind_minutes = std::optional<int>(15);
    auto p = planner.CreatePlan(rep, in);
    ASSERT_TRUE(p.ok()) << p.status().message();
  }

  // Two nodes' jobs, started together.
  VisitService node_a(company.db(), company.clock()), node_b(company.db(), company.clock());
  std::latch start(2);
  Result<int> sent_a = 0, sent_b = 0;
  std::thread a([&] { start.arrive_and_wait(); sent_a = node_a.RemindDuePlans(); });
  std::thread b([&] { start.arrive_and_wait(); sent_b = node_b.RemindDuePlans(); });
  a.join();
  b.join();
  ASSERT_TRUE(sent_a.ok()) << sent_a.status().message();
  ASSERT_TRUE(sent_b.ok()) << sent_b.status().message();
  EXPECT_EQ(*sent_a + *sent_b, kPlans);

  auto lease = company.db().Read();
  auto n = (*lease)->Query("SELECT COUNT(*) FROM notifications WHERE tenant_id = $1 AND type = 'visit.plan_due'",
                           {storage::V(rep.tenant_id)});
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->front().Int(0), kPlans);
}

INSTANTIATE_TEST_SUITE_P(Backends, RemindersTest, ::testing::ValuesIn(testing::Backends()));

}  // namespace
}  // namespace quanke::visits
