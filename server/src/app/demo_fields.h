#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// What 系统设置 › 自定义字段 and the customer and lead forms show of the demo company: customer
// fields of a distributor's trade (门店数, 年采购预算, 合作渠道, 签约意向日, 内部评估 — the
// last visible to managers, executives and administrators only), the company's form layout in
// two groups and 华东大区's own, values on seven owned customers in ten (written as an import
// would have brought them: no edit in the audit log, the list's order kept), and a lead field
// with values on twenty leads. Fields and layouts are made through the service, as the
// administrator.
Status LoadDemoFields(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
