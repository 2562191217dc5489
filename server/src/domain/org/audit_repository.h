#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::audit {

// One audit entry (审计日志): who did what, when, from where. `details` is a JSON object text
// with before/after values where they matter.
struct Entry {
  Id id = 0;
  Instant at = 0;
  std::optional<Id> actor_id;
  std::string actor_name;
  std::string action;       // "auth.login", "user.create", …
  std::string object_type;  // "user", "department", …
  std::optional<Id> object_id;
  std::string object_name;  // joined on reads: the object's name (number for a contract), "" when none
  std::string ip;
  std::string client;  // the User-Agent of the request
  std::string request_id;
  std::string details = "{}";
};

// What the audit log page filters by (all optional).
struct Filter {
  std::optional<Id> actor_id;
  std::string object_type;
  std::optional<Id> object_id;
  std::string action;  // exact, or a prefix when it ends in '.'
  std::optional<Instant> from, to;  // at in [from, to)
};

// Writes an entry inside the caller's transaction, so it exists exactly when the change does.
Status Record(storage::Connection& conn, Id tenant_id, const Entry& entry);

// Shorthand for an action by the request's caller.
Status RecordAction(storage::Connection& conn, const org::Caller& caller, Instant at,
                    std::string action, std::string object_type, std::optional<Id> object_id,
                    std::string details = "{}");

// Newest first, cut by the filter.
Result<Page<Entry>> ListEntries(storage::Connection& conn, Id tenant_id, const Filter& filter,
                                const PageRequest& page);

}  // namespace quanke::audit
