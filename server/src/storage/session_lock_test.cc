// SessionLock on every backend: one holder per key, released by the destructor; and on
// PostgreSQL a holder whose session ends (its process died) frees the key.
#include "storage/session_lock.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "test_databases.h"

namespace quanke::storage {
namespace {

class SessionLockTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = testing::FreshDatabase(GetParam());
    ASSERT_NE(db_, nullptr);
  }
  std::unique_ptr<Database> db_;
};

TEST_P(SessionLockTest, OneHolderPerKeyUntilReleased) {
  auto first = SessionLock::TryAcquire(*db_, 7);
  ASSERT_TRUE(first.ok()) << first.status().message();
  ASSERT_TRUE(first->has_value());
  auto second = SessionLock::TryAcquire(*db_, 7);
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->has_value()) << "the key is held";
  auto other_key = SessionLock::TryAcquire(*db_, 8);
  ASSERT_TRUE(other_key.ok());
  EXPECT_TRUE(other_key->has_value()) << "another key is free";
  first->reset();
  auto third = SessionLock::TryAcquire(*db_, 7);
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->has_value()) << "released by the destructor";
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionLockTest, ::testing::ValuesIn(testing::Backends()));

// What a node's death does: the server ends the holder's session (here: pg_terminate_backend
// from another connection) and the key is free for everyone else at once.
TEST(SessionLockPostgres, AHolderWhoseSessionEndsFreesTheKey) {
  auto db = testing::FreshDatabase("postgres");
  ASSERT_NE(db, nullptr);
  auto held = SessionLock::TryAcquire(*db, 10);
  ASSERT_TRUE(held.ok() && held->has_value());
  auto blocked = SessionLock::TryAcquire(*db, 10);
  ASSERT_TRUE(blocked.ok());
  EXPECT_FALSE(blocked->has_value());
  {
    auto lease = db->Write();
    ASSERT_TRUE(lease.ok());
    auto killed = (*lease)->Query(
        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND "
        "objid = 10 AND objsubid = 1 AND database = (SELECT oid FROM pg_database WHERE datname = "
        "current_database())");
    ASSERT_TRUE(killed.ok()) << killed.status().message();
    ASSERT_EQ(killed->rows.size(), 1u);
  }
  bool free = false;
  for (int i = 0; i < 100 && !free; ++i) {  // the backend exits asynchronously
    auto again = SessionLock::TryAcquire(*db, 10);
    ASSERT_TRUE(again.ok()) << again.status().message();
    free = again->has_value();
    if (!free) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_TRUE(free);
  held->reset();  // unlocking on the dead connection fails quietly
}

}  // namespace
}  // namespace quanke::storage
