// Node numbers for ids (storage/node_number.h): every process writing to one PostgreSQL database
// takes a different one; SQLite keeps 0.
#include "storage/node_number.h"

#include <gtest/gtest.h>

#include <set>

#include "test_databases.h"

namespace quanke::storage {
namespace {

class NodeNumberTest : public ::testing::TestWithParam<std::string> {};

TEST_P(NodeNumberTest, EachProcessTakesItsOwn) {
  auto db = testing::FreshDatabase(GetParam());
  ASSERT_NE(db, nullptr);
  std::set<int> taken;
  for (int i = 0; i < 50; ++i) {
    auto n = TakeNodeNumber(*db);
    ASSERT_TRUE(n.ok()) << n.status().message();
    if (GetParam() == "sqlite") {
      EXPECT_EQ(*n, 0);
      continue;
    }
    EXPECT_GE(*n, 1);
    EXPECT_LE(*n, 1023);
    taken.insert(*n);
  }
  if (GetParam() == "postgres") EXPECT_EQ(taken.size(), 50u);
}

INSTANTIATE_TEST_SUITE_P(Backends, NodeNumberTest, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::storage
