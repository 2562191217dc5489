// Feed items are read newest first by id; their times must never run backwards in that order,
// whatever time a writer brings (one read before waiting for the write lock, or a wall clock
// that stepped back).
#include <gtest/gtest.h>

#include "domain/activity/feed_repository.h"
#include "domain/org/org_test_fixture.h"

namespace quanke::activity {
namespace {

class FeedRepositoryTest : public ::testing::TestWithParam<std::string> {};

TEST_P(FeedRepositoryTest, TimesNeverRunBackwardsInIdOrder) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/5);
  ASSERT_TRUE(company.ok());
  const org::Caller rep = company.As("rep01");
  const Instant t = 1795000000000 + 60000;
  std::vector<Id> ids;
  for (Instant at : {t, t + 5, t + 2, t - 1000, t + 7}) {  // the third and fourth arrive "late"
    ASSERT_TRUE(storage::InTransaction(company.db(), [&](storage::Connection& conn) -> Status {
                  auto id = AddFeedItem(conn, rep.tenant_id, "worklog", rep.user_id, std::nullopt, std::nullopt,
                                        "x", at);
                  if (!id.ok()) return id.status();
                  ids.push_back(*id);
                  return Status::Ok();
                }).ok());
  }
  auto lease = company.db().Read();
  std::vector<Instant> times;
  for (Id id : ids) {
    auto r = (*lease)->Query("SELECT created_at FROM feed_items WHERE tenant_id = $1 AND id = $2",
                             {storage::V(rep.tenant_id), storage::V(id)});
    ASSERT_TRUE(r.ok() && !r->empty());
    times.push_back(r->front().Int(0));
  }
  EXPECT_EQ(times, (std::vector<Instant>{t, t + 5, t + 5, t + 5, t + 7}));
}

INSTANTIATE_TEST_SUITE_P(Backends, FeedRepositoryTest, ::testing::ValuesIn(quanke::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::activity
