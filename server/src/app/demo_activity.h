#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's last week of field work, written through the services as it would have
// happened (each step at its own instant): reps' check-ins at their customers (a few flagged
// suspicious: far away, poor accuracy, mock location), visit plans done, missed and upcoming,
// daily work logs with their managers' read receipts, the tenant's message settings, and two
// chat robots with a delivery log (one delivered, one refused by the robot). The robots are left
// disabled, so a demo server never posts to the internet. Needs LoadDemo first.
Status LoadDemoActivity(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
