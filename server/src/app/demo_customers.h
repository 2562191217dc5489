#pragma once

#include <map>
#include <string>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's customers: one pool per region (华北公海, 华东公海, 华南公海) whose
// members are the region's departments and whose administrator is the regional manager, and
// `count` customers at real Chinese city centres (jittered a few kilometres), with contacts.
// Each rep holds about a dozen, a few of them days from being reclaimed, with one to three
// follow-ups each (on the customer's timeline and in the feed); the rest wait in the pools with
// some history. Deterministic for a given tenant.
Status LoadDemoCustomers(storage::Connection& conn, Id tenant_id, const std::map<std::string, Id>& departments,
                         const std::map<std::string, Id>& users, Instant now, int count);

}  // namespace quanke::app
