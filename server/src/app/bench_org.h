#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// A large organisation for benchmarks (`quanke generate`): tenant `tenant_code` with 10
// regions × 10 teams, `users` sales reps spread over the teams (usernames u0001…, password
// `password`), an administrator `admin`, the built-in roles, and one pool per region whose
// members are the region and whose holding limit is high enough for bulk imports. Customers
// are then imported through the API (POST /api/v1/customers/bulk), as a company would.
Status GenerateBenchOrg(storage::Database& db, const Clock& clock, const std::string& tenant_code,
                        int users, const std::string& password);

}  // namespace quanke::app

namespace quanke::app {

// Adds `count` follow-ups (and their feed items) to the owned customers of `tenant_code`,
// written by each customer's owner at times spread over the last 365 days, in transactions of
// 50,000 rows — for benchmarks at 10M follow-ups. The customers must exist already.
Status GenerateFollowUps(storage::Database& db, const Clock& clock, const std::string& tenant_code, std::int64_t count);

// Adds `count` opportunities on the owned customers of `tenant_code` (owner = the customer's
// owner), in a sales process "压测流程" made now (5 open stages without required feedback, skipping
// allowed; the tenant's default if it has none), with stage histories of about four to five changes each:
// created over the last 365 days, moved forward (sometimes back), 20 % won, 15 % lost, 5 % invalid,
// the rest open; amounts and close dates spread. Deterministic (fixed seed). For the funnel,
// forecast, list and move benchmarks (bench/deals.mjs).
Status GenerateOpportunities(storage::Database& db, const Clock& clock, const std::string& tenant_code,
                             std::int64_t count);

}  // namespace quanke::app
