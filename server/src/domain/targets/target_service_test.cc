// Attainment over a fixed clock (docs/api-targets.md "Attainment"): the actuals are shared for at
// most a minute and `asOf` says when they were read; `daysLeft` counts the tenant's days, 1 on the
// last day of the period and 0 from the next local midnight on. The rest of the service is tested
// over HTTP (server/tests/api/targets.test.mjs).
#include "domain/targets/target_service.h"

#include <gtest/gtest.h>

#include "org_test_fixture.h"

namespace quanke::targets {
namespace {
using storage::V;

// 2024-03-01 00:00 and 2024-04-01 00:00 in Shanghai (UTC+8), worked out by hand.
constexpr Instant kMarchStart = 1709222400000;
constexpr Instant kAprilStart = 1711900800000;
constexpr Instant kSecond = 1000;
constexpr Instant kMinute = 60 * kSecond;

class TargetServiceTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    company_ = std::make_unique<org::testing::DemoCompany>(GetParam(), 1795000000000, /*customers=*/0);
    ASSERT_TRUE(company_->ok());
  }
  void FollowUp(Id id, Id author, Instant at) {
    Status s = storage::InTransaction(company_->db(), [&](storage::Connection& c) {
      return c.Exec("INSERT INTO follow_ups (tenant_id, id, customer_id, author_id, type, text, created_at) VALUES "
                    "($1, $2, 1, $3, 'call', 'text', $4)",
                    {V(company_->TenantId()), V(id), V(author), V(at)});
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }
  std::unique_ptr<org::testing::DemoCompany> company_;
};

TEST_P(TargetServiceTest, AttainmentIsAtMostAMinuteOldAndCountsTheTenantsDaysLeft) {
  const Id rep = company_->UserId("rep01");
  constexpr Instant kStart = kAprilStart - 20 * kSecond;  // 2024-03-31 23:59:40 local: March's last day
  FixedClock clock(kStart);
  TargetService service(company_->db(), clock);
  const org::Caller admin = company_->As("admin");
  TargetItem item{"2024-03", "user", rep, 4, std::nullopt, std::nullopt};
  ASSERT_TRUE(service.Write(admin, "followUps", {item}).ok());
  FollowUp(1, rep, kMarchStart + kMinute);
  FollowUp(2, rep, kMarchStart - kMinute);  // February: not counted

  const auto rep_row = [&](const Result<Attainment>& a) -> const AttainmentRow* {
    EXPECT_TRUE(a.ok()) << a.status().message();
    if (!a.ok()) return nullptr;
    for (const auto& r : a->rows)
      if (r.assignee == Assignee{AssigneeType::kUser, rep}) return &r;
    return nullptr;
  };
  const Id team = company_->As("rep01").department_id;
  auto first = service.AttainmentOf(admin, "followUps", "2024-03", team);
  ASSERT_NE(rep_row(first), nullptr);
  EXPECT_EQ(rep_row(first)->actual, 1);
  EXPECT_EQ(rep_row(first)->rate_bp, 2500);
  EXPECT_EQ(first->days_left, 1);
  EXPECT_EQ(first->as_of, kStart);

  FollowUp(3, rep, kAprilStart - 2 * kMinute);  // 23:58 on 31 March
  clock.Set(kStart + 29 * kSecond);  // 00:00:09 on 1 April: March is over
  auto held = service.AttainmentOf(company_->As("rep01"), "followUps", "2024-03", std::nullopt);
  ASSERT_NE(rep_row(held), nullptr);
  EXPECT_EQ(rep_row(held)->actual, 1) << "the answer of 29 s ago, whoever asks";
  EXPECT_EQ(held->as_of, kStart);
  EXPECT_EQ(held->days_left, 0);

  clock.Set(kStart + 61 * kSecond);
  auto fresh = service.AttainmentOf(admin, "followUps", "2024-03", team);
  ASSERT_NE(rep_row(fresh), nullptr);
  EXPECT_EQ(rep_row(fresh)->actual, 2);
  EXPECT_EQ(rep_row(fresh)->rate_bp, 5000);
  EXPECT_EQ(fresh->as_of, kStart + 61 * kSecond);
  Period period;
  auto mine = service.Mine(company_->As("rep01"), "2024-03", &period);
  ASSERT_TRUE(mine.ok()) << mine.status().message();
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().actual, 2);
  EXPECT_EQ(mine->front().rank, 1);
}

// A rep who moved from their team to another at 01:00 on 15 March: the team keeps what they did
// before that day (the rep is still its row), the other team gets the rest, the region the sum.
TEST_P(TargetServiceTest, AMoveSplitsTheActualsWhereTheyWereEarned) {
  const Id rep = company_->UserId("rep01");
  const Id team = company_->As("rep01").department_id;
  Id other = 0, region = 0;
  {
    auto lease = company_->db().Read();
    auto r = (*lease)->Query("SELECT parent_id FROM departments WHERE id = $1", {V(team)});
    ASSERT_TRUE(r.ok() && !r->empty());
    region = r->front().Int(0);
    auto o = (*lease)->Query("SELECT id FROM departments WHERE parent_id = $1 AND id <> $2 ORDER BY id LIMIT 1",
                             {V(region), V(team)});
    ASSERT_TRUE(o.ok() && !o->empty());
    other = o->front().Int(0);
  }
  constexpr Instant kDay = 86400000;
  const Instant moved = kMarchStart + 14 * kDay + 3600 * kSecond;  // 15 March 01:00 local
  FollowUp(1, rep, kMarchStart + kMinute);
  FollowUp(2, rep, kMarchStart + 14 * kDay - kMinute);  // 14 March 23:59
  FollowUp(3, rep, kMarchStart + 14 * kDay + kMinute);  // 15 March 00:01: the day of the move
  Status s = storage::InTransaction(company_->db(), [&](storage::Connection& c) -> Status {
    const Id tenant = company_->TenantId();
    if (Status e = c.Exec("UPDATE user_departments SET to_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND to_at IS NULL",
                          {V(tenant), V(rep), V(moved)});
        !e.ok())
      return e;
    if (Status e = c.Exec("INSERT INTO user_departments (tenant_id, user_id, from_at, to_at, department_id) VALUES "
                          "($1, $2, $3, NULL, $4)",
                          {V(tenant), V(rep), V(moved), V(other)});
        !e.ok())
      return e;
    return c.Exec("UPDATE users SET department_id = $3 WHERE tenant_id = $1 AND id = $2", {V(tenant), V(rep), V(other)});
  });
  ASSERT_TRUE(s.ok()) << s.message();
  FixedClock clock(kAprilStart + kMinute);
  TargetService service(company_->db(), clock);
  const org::Caller admin = company_->As("admin");
  auto actual = [](const Result<Attainment>& a, Assignee who) -> std::int64_t {
    EXPECT_TRUE(a.ok()) << a.status().message();
    if (a.ok())
      for (const auto& r : a->rows)
        if (r.assignee == who) return r.actual;
    return -1;
  };
  auto by_team = service.AttainmentOf(admin, "followUps", "2024-03", region);
  EXPECT_EQ(actual(by_team, {AssigneeType::kDepartment, team}), 2);
  EXPECT_EQ(actual(by_team, {AssigneeType::kDepartment, other}), 1);
  EXPECT_EQ(by_team->total.actual, 3);
  auto old_team = service.AttainmentOf(admin, "followUps", "2024-03", team);
  EXPECT_EQ(actual(old_team, {AssigneeType::kUser, rep}), 2) << "the rep who left is still the team's row";
  EXPECT_EQ(old_team->total.actual, 2);
  auto new_team = service.AttainmentOf(admin, "followUps", "2024-03", other);
  EXPECT_EQ(actual(new_team, {AssigneeType::kUser, rep}), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, TargetServiceTest, ::testing::ValuesIn(testing::Backends()));

}  // namespace
}  // namespace quanke::targets
