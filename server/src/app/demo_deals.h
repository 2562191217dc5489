#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's sales processes and opportunities: "新签销售流程" (five stages with guidance,
// checklists and required feedback; the default) and "续约流程" (after-sale), and about 250
// opportunities of the reps over their customers, made through the service at past instants:
// created over the last six months and moved stage by stage with the feedback each stage asks
// for, sometimes back; about a fifth won (their customers become deal customers), some lost or
// invalid with reasons, the rest open — some of them stale. Runs after LoadDemoLeads.
Status LoadDemoDeals(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
