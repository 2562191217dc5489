#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's targets (目标), set through the targets service by the admin after the
// rest of the demo is loaded (they are sized from its data): this year's company targets for
// contract amount and receipts, split evenly over the months; this month's targets for every
// rep and department for contract amount, follow-ups, visits and new customers, sized so the
// reps' attainment so far runs from about 20 % to about 135 % (a department's the sum of its
// people's); and last month locked.
Status LoadDemoTargets(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
