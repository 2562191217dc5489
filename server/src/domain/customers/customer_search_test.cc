// Substring search over the n-gram index must return exactly what a brute-force substring scan
// returns, on both backends, for queries of 1, 2 and more characters.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "domain/customers/customer_repository.h"
#include "domain/customers/normalize.h"
#include "org_test_fixture.h"

namespace quanke::customers {
namespace {

class CustomerSearchTest : public ::testing::TestWithParam<std::string> {};

// Every live owned customer's searchable text, as the brute force sees it.
storage::Rows SearchTexts(org::testing::DemoCompany& company, const org::Caller& admin) {
  auto lease = company.db().Read();
  auto rows = (*lease)->Query(
      "SELECT id, search_text FROM customers WHERE tenant_id = $1 AND deleted_at IS NULL AND owner_id IS NOT NULL",
      {storage::V(admin.tenant_id)});
  EXPECT_TRUE(rows.ok());
  return rows.ok() ? std::move(rows.value()) : storage::Rows{};
}

// Pages through the search for `q` and compares it with a substring scan of `rows`.
void ExpectSearchMatchesScan(org::testing::DemoCompany& company, const org::Caller& admin,
                             const storage::Rows& rows, const std::string& q) {
  std::set<Id> expected;
  for (const auto& r : rows.rows)
    if (r.Text(1).find(q) != std::string::npos) expected.insert(r.Int(0));
  auto lease = company.db().Read();
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
}

// A random run of 4–8 digits from some customer's text (phone numbers), or "" if none.
std::string DigitQuery(const storage::Rows& rows, std::mt19937& rng) {
  const std::string text = rows.rows[rng() % rows.rows.size()].Text(1);
  std::vector<std::string> runs;
  std::string run;
  for (char c : text + "\n") {
    if (c >= '0' && c <= '9') {
      run += c;
    } else {
      if (run.size() >= 4) runs.push_back(run);
      run.clear();
    }
  }
  if (runs.empty()) return "";
  const std::string& r = runs[rng() % runs.size()];
  const size_t len = std::min<size_t>(r.size(), 4 + rng() % 5);
  return r.substr(rng() % (r.size() - len + 1), len);
}

TEST_P(CustomerSearchTest, MatchesABruteForceScan) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/300);
  ASSERT_TRUE(company.ok());
  const org::Caller admin = company.As("admin");
  const storage::Rows rows = SearchTexts(company, admin);
  std::mt19937 rng(7);
  int checked = 0;
  for (int round = 0; round < 120; ++round) {
    // A random substring (1–5 characters) of a random customer's text, so most queries match.
    const auto cps = CodePoints(rows.rows[rng() % rows.rows.size()].Text(1));
    const size_t len = 1 + rng() % 5;
    if (cps.size() < len) continue;
    const size_t start = rng() % (cps.size() - len + 1);
    std::string q;
    for (size_t i = start; i < start + len; ++i) q += cps[i];
    if (q.find('\n') != std::string::npos) continue;
    ExpectSearchMatchesScan(company, admin, rows, q);
    ++checked;
  }
  EXPECT_GT(checked, 40);
}

// Phone fragments of four or more digits go through the digit 4-grams.
TEST_P(CustomerSearchTest, DigitRunsMatchABruteForceScan) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/300);
  ASSERT_TRUE(company.ok());
  const org::Caller admin = company.As("admin");
  const storage::Rows rows = SearchTexts(company, admin);
  std::mt19937 rng(11);
  int checked = 0;
  for (int round = 0; round < 60; ++round) {
    const std::string q = DigitQuery(rows, rng);
    if (q.empty()) continue;
    ExpectSearchMatchesScan(company, admin, rows, q);
    ++checked;
  }
  EXPECT_GT(checked, 30);
  ExpectSearchMatchesScan(company, admin, rows, "99999999");  // nobody
}

// An index written by an older token version is rebuilt at start-up, once.
TEST_P(CustomerSearchTest, StaleIndexIsRebuilt) {
  org::testing::DemoCompany company(GetParam(), 1795000000000, /*customers=*/120);
  ASSERT_TRUE(company.ok());
  const org::Caller admin = company.As("admin");
  const storage::Rows rows = SearchTexts(company, admin);
  ASSERT_TRUE(storage::InTransaction(company.db(), [](storage::Connection& c) -> Status {
                if (Status s = c.Exec("UPDATE search_index_version SET version = 1"); !s.ok()) return s;
                return c.backend() == storage::Backend::kSqlite ? c.Exec("DELETE FROM customer_search")
                                                                : c.Exec("UPDATE customers SET search_grams = '{}'");
              }).ok());
  std::mt19937 rng(5);
  const std::string q = DigitQuery(rows, rng);
  ASSERT_FALSE(q.empty());
  {
    auto lease = company.db().Read();
    CustomerFilter f;
    f.q = q;
    auto list = ListCustomers(**lease, admin, f, PageRequest{});
    ASSERT_TRUE(list.ok());
    EXPECT_TRUE(list->items.empty()) << "the wiped index still finds " << q;
  }
  auto all = (*company.db().Read())->Query("SELECT COUNT(*) FROM customers");
  auto rebuilt = RebuildStaleSearchIndex(company.db());
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status().message();
  EXPECT_EQ(*rebuilt, all->front().Int(0));
  ExpectSearchMatchesScan(company, admin, rows, q);
  auto again = RebuildStaleSearchIndex(company.db());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
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
