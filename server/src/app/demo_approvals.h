#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's approval flows — 合同审批 (department head; from ¥100,000 also 周总),
// 折扣审批, 回款确认 (the administrator), 报销 (department head; from ¥5,000 also 周总), 请假
// (department head) — and thirteen expense claims and leave requests of demo people over the
// last two weeks, made and decided through the service at past instants: some pending for
// huabei, huadong, bj1.lead, sh1.lead (and one at 周总's step), some approved, one rejected,
// one returned, one withdrawn. Runs after LoadDemoDeals (before the contracts' demo).
Status LoadDemoApprovals(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
