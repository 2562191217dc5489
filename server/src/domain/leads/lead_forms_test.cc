#include "domain/leads/lead_forms.h"

#include <gtest/gtest.h>

namespace quanke::leads {
namespace {

constexpr Instant kT0 = 1'780'000'000'000;

TEST(MinuteLimiter, AdmitsTheLimitThenRefusesUntilTheWindowEnds) {
  MinuteLimiter limiter;
  std::int64_t retry = 0;
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Admit("a", 3, kT0 + i * 1000, &retry)) << i;
  EXPECT_FALSE(limiter.Admit("a", 3, kT0 + 10'000, &retry));
  EXPECT_EQ(retry, 50);  // the window began at kT0: 50 s left
  EXPECT_FALSE(limiter.Admit("a", 3, kT0 + 59'001, &retry));
  EXPECT_EQ(retry, 1);
  EXPECT_TRUE(limiter.Admit("a", 3, kT0 + 60'000, &retry)) << "a new window";
  EXPECT_TRUE(limiter.Admit("a", 3, kT0 + 60'001, &retry));
}

TEST(MinuteLimiter, CountsEachKeyOnItsOwn) {
  MinuteLimiter limiter;
  std::int64_t retry = 0;
  EXPECT_TRUE(limiter.Admit("a", 1, kT0, &retry));
  EXPECT_FALSE(limiter.Admit("a", 1, kT0, &retry));
  EXPECT_TRUE(limiter.Admit("b", 1, kT0, &retry));
  EXPECT_TRUE(limiter.Admit("a", 2, kT0, &retry)) << "a higher limit takes effect at once";
}

TEST(MinuteLimiter, ForgetsExpiredWindowsAndKeepsLiveOnes) {
  MinuteLimiter limiter;
  std::int64_t retry = 0;
  // Many keys, then one more a minute later: the expired windows are dropped, the limit of a
  // key still in its window holds.
  for (int i = 0; i < 10'050; ++i) ASSERT_TRUE(limiter.Admit(std::to_string(i), 1, kT0, &retry));
  ASSERT_TRUE(limiter.Admit("live", 1, kT0 + 30'000, &retry));
  EXPECT_TRUE(limiter.Admit("fresh", 1, kT0 + 61'000, &retry));
  EXPECT_FALSE(limiter.Admit("live", 1, kT0 + 61'000, &retry));
  EXPECT_TRUE(limiter.Admit("0", 1, kT0 + 61'000, &retry)) << "an expired key starts over";
}

TEST(FormFieldKeys, AreTheLeadFieldsAFormMayAskFor) {
  EXPECT_EQ(FormFieldKeys(), (std::vector<std::string>{"name", "company", "mobile", "phone", "email", "wechat", "title",
                                                       "province", "city", "industry", "notes"}));
}

}  // namespace
}  // namespace quanke::leads
