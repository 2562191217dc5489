#include "domain/customers/deadline.h"

namespace quanke::customers {

pool::ClockInput ClockInputOf(const Customer& c) {
  pool::ClockInput in;
  in.level = c.level;
  in.deal = c.status == "deal";
  in.locked = c.locked;
  in.received_at = c.clock_start_at.value_or(c.created_at);
  in.last_follow_up_at = c.last_follow_up_at;
  return in;
}

Result<std::optional<pool::Deadline>> DeadlineOf(pool::Countdowns& countdowns, const Customer& c) {
  if (!c.owner_id || !c.home_pool_id || c.deleted_at) return std::optional<pool::Deadline>();
  return countdowns.For(*c.home_pool_id, ClockInputOf(c));
}

}  // namespace quanke::customers
