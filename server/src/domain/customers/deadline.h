#pragma once

#include <optional>

#include "domain/customers/customer_types.h"
#include "domain/pool/countdown.h"

namespace quanke::customers {

// The reclaim clock's input for a customer record.
pool::ClockInput ClockInputOf(const Customer& c);

// The governing deadline of a customer: nullopt unless it is owned, not deleted and has a home
// pool (whose rules apply).
Result<std::optional<pool::Deadline>> DeadlineOf(pool::Countdowns& countdowns, const Customer& c);

}  // namespace quanke::customers
