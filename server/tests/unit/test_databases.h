#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/database.h"

namespace quanke::testing {

// The backends every storage-level test runs against: "sqlite" always, "postgres" always too —
// scripts/test.sh starts a throwaway PostgreSQL and sets QUANKE_TEST_PG_URL (an admin URL).
// Without that variable the PostgreSQL cases fail with a message; they are never skipped.
std::vector<std::string> Backends();

// A new, empty, migrated database of the backend: a temporary SQLite file, or a freshly
// created PostgreSQL database in the test cluster. Fails the test (ADD_FAILURE) and returns
// nullptr when it cannot. `url_out`, when given, receives the database's URL (to open another
// connection to it: a second node, a listener).
std::unique_ptr<storage::Database> FreshDatabase(const std::string& backend, bool migrate = true,
                                                 std::string* url_out = nullptr);

}  // namespace quanke::testing
