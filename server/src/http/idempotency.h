#pragma once

#include <functional>
#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "http/request.h"
#include "storage/database.h"

namespace quanke::http {

// Idempotency-Key support (API.md): the first request with a key runs; its answer is stored; a
// repeat by the same user within 24 hours gets that answer and changes nothing. The same key
// with another method, path or body is refused (422 `request.idempotency_mismatch`).
//
// The key, every write of the request and the stored answer commit in one transaction
// (storage::InRequestTransaction), so a crash at any moment leaves either all three or none: a
// retry after a restart replays the committed answer or runs the request once. A second request
// with the same key while the first runs waits for it (SQLite: one writer; PostgreSQL: the
// key's unique index) and then replays its answer. Answers of 5xx are not kept and roll the
// request's writes back with them, so a retry after a server fault runs again.
class IdempotencyStore {
 public:
  IdempotencyStore(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Runs `handle` once for the key and returns its answer, or the answer stored for the key.
  Response Run(const org::Caller& caller, const std::string& key, const Request& req,
               const std::function<Response()>& handle, const std::function<Response(const Status&)>& error);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::http
