#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// Something in the demo company's recycle bin (回收站), so the page shows what it is for: two
// customers entered by 朱婷 (rep03) three weeks ago and deleted by the admin a few days ago (one
// a duplicate, one a test entry), a lead and a discontinued product. Loaded through the services,
// after the rest of the demo, so nothing else of the demo refers to them.
Status LoadDemoRecycle(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
