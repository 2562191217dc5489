// Substring search over the n-gram index must return exactly what a brute-force substring scan
// returns, on both backends, for queries of 1, 2 and more characters.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "domain/customers/customer_repository.h"
#include "domain/customers/normalize.h"
#include "domain/org/org_test_fixture.h"

namespace quanke::customers {
namespace {

class CustomerSearchTest : public ::testing::TestWithParam<std::string> {};

TEST_P(CustomerSearchTest, MatchesABruteForceScan) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/300);
  ASSERT_TRUE(company.ok());
  const org::Caller admin = company.As("admin");
  auto lease = company.db().Read();
  // Every live customer's searchable text, as the brute force sees it.
  auto rows = (*lease)->Query(
      "SELECT id, search_text FROM customers WHERE tenant_id = $1 AND deleted_at IS NULL AND owner_id IS NOT NULL",
      {storage::V(admin.tenant_id)});
  ASSERT_TRUE(rows.ok());
  std::mt19937 rng(7);
  int checked = 0;
  for (int round = 0; round < 120; ++round) {
    // A random substring (1–5 characters) of a random customer's text, so most queries match.
    const auto& row = rows->rows[rng() % rows->rows.size()];
    const auto cps = CodePoints(row.Text(1));
    const size_t len = 1 + rng() % 5;
    if (cps.size() < len) continue;
    const size_t start = rng() % (cps.size() - len + 1);
    std::string q;
    for (size_t i = start; i < start + len; ++i) q += cps[i];
    if (q.find('\n') != std::string::npos) continue;
    std::set<Id> expected;
    for (const auto& r : rows->rows)
      if (r.Text(1).find(q) != std::string::npos) expected.insert(r.Int(0));
    CustomerFilter f;
    f.q = q;
    PageRequest page;
    page.limit = 200;
    std::set<Id> found;
    for (;;) {
      auto list = ListCustomers(**lease, admin, f, page);
      ASSERT_TRUE(list.ok()) << list.status().message();
      for (const auto& c : list->items) found.insert(c.id);
      if (!list->next_cursor) break;
      page.cursor = *list->next_cursor;
    }
    EXPECT_EQ(found, expected) << "query " << q;
    ++checked;
  }
  EXPECT_GT(checked, 40);
}

TEST_P(CustomerSearchTest, NeverCrossesTenantsOrScope) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/200);
  ASSERT_TRUE(company.ok());
  auto lease = company.db().Read();
  const org::Caller rep = company.As("rep01");
  const org::Caller other = company.As("admin", "other");
  for (const char* q : {"有限", "公司", "科技", "华", "139"}) {
    CustomerFilter f;
    f.q = q;
    PageRequest page;
    page.limit = 200;
    auto mine = ListCustomers(**lease, rep, f, page);
    ASSERT_TRUE(mine.ok());
    for (const auto& c : mine->items) EXPECT_EQ(c.owner_id, rep.user_id) << q;
    auto theirs = ListCustomers(**lease, other, f, page);
    ASSERT_TRUE(theirs.ok());
    for (const auto& c : theirs->items) {
      auto own = GetCustomer(**lease, other.tenant_id, c.id);
      EXPECT_TRUE(own.ok()) << "customer of another tenant in the results";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, CustomerSearchTest, ::testing::ValuesIn(quanke::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace quanke::customers
