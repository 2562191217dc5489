#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's leads: six sources with monthly costs, two lead pools (上海区线索池 pushing
// round robin to the Shanghai reps, 金融行业线索池 pushing finance leads to the least loaded Beijing
// rep), and about 300 leads of the last 60 days in every status, some followed up and some
// converted into the demo customers they match. Runs after LoadDemoActivity.
Status LoadDemoLeads(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
