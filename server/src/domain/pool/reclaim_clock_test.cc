#include "domain/pool/reclaim_clock.h"

#include <gtest/gtest.h>

namespace quanke::pool {
namespace {

class ReclaimClockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto tz = TimeZone::Find("Asia/Shanghai");
    ASSERT_TRUE(tz.ok());
    tz_ = std::make_unique<TimeZone>(*tz);
  }
  // 10:00 local time on 2026-11-`day`.
  Instant At(int day, int hour = 10) {
    LocalDate d = 0;
    EXPECT_TRUE(ParseDate("2026-11-01", &d));
    return tz_->StartOf(d + day - 1, hour);
  }
  LocalDate Day(int day) { return tz_->DateOf(At(day)); }
  std::unique_ptr<TimeZone> tz_;
};

TEST_F(ReclaimClockTest, FollowedUpOnTheFirstIsReclaimedByTheSweepOfTheSeventeenth) {
  PoolRules rules;  // 15 days without follow-up, 30 without a deal
  ClockInput in{"C", false, false, At(1, 9), At(1, 18)};
  auto d = NextDeadline(rules, in, *tz_);
  ASSERT_TRUE(d);
  EXPECT_STREQ(d->rule, "no_follow_up");
  EXPECT_EQ(d->days, 15);
  EXPECT_EQ(d->started_on, Day(1));
  EXPECT_EQ(d->reclaim_on, Day(17));
  EXPECT_FALSE(IsDue(*d, Day(16)));
  EXPECT_TRUE(IsDue(*d, Day(17)));
}

TEST_F(ReclaimClockTest, DaysAreLocalCalendarDays) {
  PoolRules rules;
  // 23:30 local on the 1st is 15:30 UTC the same day; 00:30 local on the 2nd is 16:30 UTC on the 1st.
  ClockInput late{"C", false, false, At(1, 23), std::nullopt};
  ClockInput early{"C", false, false, At(2, 0), std::nullopt};
  EXPECT_EQ(NextDeadline(rules, late, *tz_)->reclaim_on, Day(17));
  EXPECT_EQ(NextDeadline(rules, early, *tz_)->reclaim_on, Day(18));
}

TEST_F(ReclaimClockTest, ClockStartsAtTheLaterOfFollowUpAndReceipt) {
  PoolRules rules;
  rules.no_deal.enabled = false;
  ClockInput in{"C", false, false, At(5), At(2)};  // followed up before this owner received it
  EXPECT_EQ(NextDeadline(rules, in, *tz_)->started_on, Day(5));
}

TEST_F(ReclaimClockTest, LevelsHaveTheirOwnLimits) {
  PoolRules rules;
  rules.no_follow_up.days_by_level = {{"A", 7}};
  ClockInput a{"A", false, false, At(1), std::nullopt};
  ClockInput c{"C", false, false, At(1), std::nullopt};
  EXPECT_EQ(NextDeadline(rules, a, *tz_)->reclaim_on, Day(9));
  EXPECT_EQ(NextDeadline(rules, c, *tz_)->reclaim_on, Day(17));
}

TEST_F(ReclaimClockTest, NoDealGovernsWhenFollowUpsContinue) {
  PoolRules rules;
  ClockInput in{"C", false, false, At(1), At(25)};
  auto d = NextDeadline(rules, in, *tz_);
  EXPECT_STREQ(d->rule, "no_deal");
  EXPECT_EQ(d->reclaim_on, Day(32));
}

TEST_F(ReclaimClockTest, DealAndLockedCustomersAreExempt) {
  PoolRules rules;
  EXPECT_FALSE(NextDeadline(rules, {"C", true, false, At(1), std::nullopt}, *tz_));
  EXPECT_FALSE(NextDeadline(rules, {"C", false, true, At(1), std::nullopt}, *tz_));
}

TEST_F(ReclaimClockTest, SwitchingARuleOnGivesAFreshPeriod) {
  PoolRules rules;
  rules.no_deal.enabled = false;
  rules.no_follow_up.enabled_since = At(20);  // switched on on the 20th
  ClockInput in{"C", false, false, At(1), std::nullopt};
  EXPECT_EQ(NextDeadline(rules, in, *tz_)->reclaim_on, Day(20) + 16);
}

TEST_F(ReclaimClockTest, ProtectionExtendsWithFollowUpsUpToItsMaximum) {
  PoolRules rules;
  rules.no_follow_up.enabled = false;
  rules.no_deal.enabled = false;
  rules.protection = {true, 7, 7, 20, 0};
  ClockInput fresh{"C", false, false, At(1), std::nullopt};
  EXPECT_EQ(NextDeadline(rules, fresh, *tz_)->reclaim_on, Day(9));
  ClockInput followed{"C", false, false, At(1), At(6)};
  EXPECT_EQ(NextDeadline(rules, followed, *tz_)->reclaim_on, Day(14));
  ClockInput late{"C", false, false, At(1), At(18)};
  EXPECT_EQ(NextDeadline(rules, late, *tz_)->reclaim_on, Day(22));  // capped at received + 20
}

TEST_F(ReclaimClockTest, EveryRuleOffMeansNoDeadline) {
  PoolRules rules;
  rules.no_follow_up.enabled = false;
  rules.no_deal.enabled = false;
  EXPECT_FALSE(NextDeadline(rules, {"C", false, false, At(1), std::nullopt}, *tz_));
}

TEST(PoolRulesJson, RoundTripsAndValidates) {
  PoolRules rules;
  rules.holding_limit = 12;
  rules.no_follow_up.days_by_level = {{"A", 5}};
  rules.protection.enabled = true;
  rules.holding_overrides = {{42, 50}};
  auto back = ParsePoolRules(PoolRulesToJson(rules));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->holding_limit, 12);
  EXPECT_EQ(back->no_follow_up.DaysFor("A"), 5);
  EXPECT_EQ(back->no_follow_up.DaysFor("B"), 15);
  EXPECT_TRUE(back->protection.enabled);
  EXPECT_EQ(back->HoldingLimitFor(42), 50);
  EXPECT_EQ(back->HoldingLimitFor(7), 12);

  auto bad = ParsePoolRules(R"({"holdingLimit":"x","noFollowUp":{"days":0,"daysByLevel":{"Z":3}},"sweepHour":24})");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), "validation.failed");
  EXPECT_GE(bad.status().fields().size(), 4u);
  EXPECT_EQ(ParsePoolRules("[1]").status().code(), "validation.failed");
  EXPECT_EQ(ParsePoolRules("{").status().code(), "validation.malformed_json");
}

TEST(PoolRulesVersions, EnabledSinceIsCarriedForward) {
  PoolRules v1;
  v1.no_deal.enabled = false;
  StampEnabledSince(nullptr, 1000, v1);
  EXPECT_EQ(v1.no_follow_up.enabled_since, 1000);
  PoolRules v2 = v1;
  v2.no_follow_up.days = 10;
  v2.no_deal.enabled = true;
  StampEnabledSince(&v1, 5000, v2);
  EXPECT_EQ(v2.no_follow_up.enabled_since, 1000);  // stayed on: keeps its start
  EXPECT_EQ(v2.no_deal.enabled_since, 5000);       // switched on now: fresh period
}

}  // namespace
}  // namespace quanke::pool
