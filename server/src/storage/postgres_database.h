#pragma once

#include <memory>
#include <string>

#include "storage/database.h"

namespace quanke::storage {

// PostgreSQL adapter over libpq: a bounded pool of connections, statements prepared once per
// connection, parameters sent as text and typed by the server. Reads and writes share the pool.
Result<std::unique_ptr<Database>> OpenPostgres(const std::string& url, int pool_size);

}  // namespace quanke::storage
