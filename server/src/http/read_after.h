#pragma once

#include <cstdint>

#include "http/request.h"

namespace quanke::storage {
class ReplicatedDatabase;
}

namespace quanke::http {

// Read-your-writes with a read replica (storage/replicated_database.h). The answer to a request
// that wrote carries the primary's WAL position after it, in bytes, twice: the header
// `X-Quanke-Read-After` (for API clients, which send it back as a request header) and the cookie
// `quanke_read_after` (which a browser sends back on its own). Lists of a request that brings one
// read from the replica only once the replica has replayed that far.

// The position a request brings: the header, else the cookie; 0 when absent or malformed.
std::int64_t ReadAfterOf(const Request& req);

// Adds the header and the cookie to the answer of a request that wrote. When the primary's
// position cannot be read the answer goes without them (and that client's lists may lag).
void StampReadAfter(storage::ReplicatedDatabase& db, Response& response);

}  // namespace quanke::http
