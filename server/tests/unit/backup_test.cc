// `quanke backup` and `quanke restore` (storage::CopySqliteDatabase): a demo company's database is
// backed up, then written to; the backup restored into a new file holds every row of every table
// as it was at the backup (the write after it excluded), compared table by table.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "app/demo.h"
#include "core/clock.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlite_database.h"
#include "test_databases.h"

namespace quanke {
namespace {

// Every table's rows (each row's values joined, NULL marked), sorted: the database's content.
std::map<std::string, std::vector<std::string>> Dump(const std::string& path) {
  std::map<std::string, std::vector<std::string>> out;
  auto db = storage::OpenDatabase("sqlite:" + path, 1);
  EXPECT_TRUE(db.ok()) << db.status().message();
  if (!db.ok()) return out;
  auto lease = (*db)->Read();
  auto tables = (*lease)->Query(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  EXPECT_TRUE(tables.ok());
  if (!tables.ok()) return out;
  for (const auto& t : tables->rows) {
    const std::string name = t.Text(0);
    auto rows = (*lease)->Query("SELECT * FROM \"" + name + "\"");
    EXPECT_TRUE(rows.ok()) << name << ": " << rows.status().message();
    if (!rows.ok()) continue;
    auto& mine = out[name];
    for (const auto& r : rows->rows) {
      std::string line;
      for (size_t i = 0; i < r.size(); ++i) line += (r.IsNull(i) ? std::string("\x01") : r.Text(i)) + "\x1f";
      mine.push_back(std::move(line));
    }
    std::sort(mine.begin(), mine.end());
  }
  return out;
}

TEST(SqliteBackup, ARestoredBackupHoldsEveryRowOfEveryTableAsItWas) {
  std::string url;
  auto db = testing::FreshDatabase("sqlite", /*migrate=*/true, &url);
  ASSERT_TRUE(db);
  FixedClock clock(1795000000000);
  ASSERT_TRUE(app::LoadDemo(*db, clock, "demo", "demo123456", nullptr, 200).ok());
  const std::filesystem::path source = url.substr(7);
  const auto dir = source.parent_path();
  const auto before = Dump(source.string());
  ASSERT_GT(before.size(), 50u);
  ASSERT_GE(before.at("customers").size(), 200u);

  ASSERT_TRUE(storage::CopySqliteDatabase(source.string(), (dir / "backup.db").string()).ok());
  // Written after the backup: not in it.
  ASSERT_TRUE(storage::InTransaction(*db, [](storage::Connection& c) {
                return c.Exec("UPDATE tenants SET name = 'after the backup'");
              }).ok());
  ASSERT_NE(Dump(source.string()), before);

  ASSERT_TRUE(storage::CopySqliteDatabase((dir / "backup.db").string(), (dir / "restored.db").string()).ok());
  EXPECT_EQ(Dump((dir / "restored.db").string()), before);
  // Restoring over a database replaces all of it.
  ASSERT_TRUE(storage::CopySqliteDatabase((dir / "backup.db").string(), source.string()).ok());
  EXPECT_EQ(Dump(source.string()), before);
}

}  // namespace
}  // namespace quanke
