#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "http/request.h"
#include "storage/database.h"

namespace quanke::http {

// Idempotency-Key support (API.md): the first request with a key claims it; its response is
// stored; a repeat by the same user within 24 hours gets that response and changes nothing.
// A repeat while the first is still running gets 409 `request.in_progress`. Responses of 5xx
// are not kept, so a retry after a server fault runs again.
class IdempotencyStore {
 public:
  IdempotencyStore(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The stored response for the key, or nullopt after claiming it for this request.
  Result<std::optional<Response>> Begin(const org::Caller& caller, const std::string& key, const Request& req);
  // Stores the response of a claimed key (or releases the claim on a server error).
  void Finish(const org::Caller& caller, const std::string& key, const Response& response);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::http
