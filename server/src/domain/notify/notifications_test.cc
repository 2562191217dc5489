// Notifications across nodes: a live stream resumes after the last id it sent, so a new
// notification's id is above the user's newest, also when that one was written by a node whose
// clock is ahead; and its commit pokes the user's streams once.
#include "domain/notify/notifications.h"

#include <gtest/gtest.h>

#include "domain/notify/hub.h"
#include "org_test_fixture.h"

namespace quanke::notify {
namespace {

class NotificationsTest : public ::testing::TestWithParam<std::string> {};

Notification Note(Id user_id, Instant at) {
  Notification n;
  n.user_id = user_id;
  n.type = "feed.comment";
  n.created_at = at;
  return n;
}

TEST_P(NotificationsTest, ANewIdIsAboveTheUsersNewestFromANodeWithItsClockAhead) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/0);
  ASSERT_TRUE(company.ok());
  const org::Caller rep = company.As("rep01");
  // Another node, its clock a minute ahead, wrote the user's newest.
  Notification ahead = Note(rep.user_id, 1795000000000);
  ahead.id = Ids().Next() + (60000LL << 22);
  int woken = 0;
  const auto token = LiveHub().Subscribe(rep.tenant_id, rep.user_id, [&] { ++woken; });
  ASSERT_TRUE(storage::InTransaction(company.db(), [&](storage::Connection& conn) {
                return Send(conn, rep.tenant_id, ahead);
              }).ok());
  EXPECT_EQ(woken, 1) << "the commit pokes the user's stream";
  ASSERT_TRUE(storage::InTransaction(company.db(), [&](storage::Connection& conn) {
                return Send(conn, rep.tenant_id, Note(rep.user_id, 1795000000000));
              }).ok());
  LiveHub().Unsubscribe(token);
  EXPECT_EQ(woken, 2);
  auto lease = company.db().Read();
  ASSERT_TRUE(lease.ok());
  auto after = ListAfter(**lease, rep.tenant_id, rep.user_id, ahead.id, 10);
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->size(), 1u) << "a stream that sent the newest still finds the next one";
  EXPECT_GT(after->front().id, ahead.id);
  // A rolled-back notification pokes nobody.
  woken = 0;
  const auto again = LiveHub().Subscribe(rep.tenant_id, rep.user_id, [&] { ++woken; });
  EXPECT_FALSE(storage::InTransaction(company.db(), [&](storage::Connection& conn) -> Status {
                 if (Status s = Send(conn, rep.tenant_id, Note(rep.user_id, 1795000000000)); !s.ok()) return s;
                 return Status::Error("conflict", "rolled back on purpose");
               }).ok());
  LiveHub().Unsubscribe(again);
  EXPECT_EQ(woken, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, NotificationsTest, ::testing::ValuesIn(quanke::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::notify
