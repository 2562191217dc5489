// Feed items are read newest first by id; their times must never run backwards in that order,
// whatever time a writer brings (one read before waiting for the write lock, or a wall clock
// that stepped back).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "domain/activity/feed_repository.h"
#include "org_test_fixture.h"

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

// Concurrent writers, each with its own time, in transactions that stay open a moment after the
// item is added (as a follow-up's does while it notifies): still no time runs backwards.
TEST_P(FeedRepositoryTest, ConcurrentWritersKeepTimesInIdOrder) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/5);
  ASSERT_TRUE(company.ok());
  const org::Caller rep = company.As("rep01");
  const Instant t = 1795000000000 + 60000;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int w = 0; w < 8; ++w)
    threads.emplace_back([&, w] {
      for (int k = 0; k < 10; ++k) {
        Status s = storage::InTransaction(company.db(), [&](storage::Connection& conn) -> Status {
          // Later writers bring earlier times, as a writer that read its clock before waiting would.
          auto id = AddFeedItem(conn, rep.tenant_id, "worklog", rep.user_id, std::nullopt, std::nullopt, "x",
                                t + 100 * k - 10 * w);
          if (!id.ok()) return id.status();
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
          return Status::Ok();
        });
        if (!s.ok()) ++failures;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  auto lease = company.db().Read();
  auto r = (*lease)->Query("SELECT created_at FROM feed_items WHERE tenant_id = $1 AND type = 'worklog' ORDER BY id",
                           {storage::V(rep.tenant_id)});
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->rows.size(), 80u);
  for (size_t i = 1; i < r->rows.size(); ++i)
    EXPECT_LE(r->rows[i - 1].Int(0), r->rows[i].Int(0)) << "item " << i << " is older than the one before it";
}

INSTANTIATE_TEST_SUITE_P(Backends, FeedRepositoryTest, ::testing::ValuesIn(quanke::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::activity
