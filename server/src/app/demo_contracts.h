#pragma once

#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::app {

// The demo company's product catalogue (three categories, fifteen products with codes, units and
// list prices) and about sixty contracts over the reps' customers, made through the services at
// past instants: one for each opportunity won in LoadDemoDeals, the rest over other customers;
// most active, some past their end (ended by the daily sweep run at the end), a few drafts, one
// void; plans of two to four instalments, partial receipts, at least one overdue receivable in
// each ageing bucket, invoices; and a few contracts submitted by reps, pending for their managers
// (the flows come from LoadDemoApprovals, which runs before this).
Status LoadDemoContracts(storage::Database& db, const std::string& tenant_code, Instant now);

}  // namespace quanke::app
