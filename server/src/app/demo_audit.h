#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// What the audit log page (审计日志) and 导出记录 show of the demo company beyond what loading
// it recorded: edits with their before/after values made from a phone and from a desktop browser
// (a manager raising a customer's level, the admin changing a phone number and a product's
// price), and one export of the deal customers queued for the admin, which the first server run
// writes. Loaded through the services, last, so nothing else of the demo depends on it.
Status LoadDemoAudit(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
