// The home to-dos (待办): the caller's customers due for a follow-up today, overdue, forgotten,
// and about to be reclaimed.
#include <algorithm>

#include "domain/activity/activity_service.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/customers/deadline.h"

namespace quanke::activity {
using storage::Connection;

Result<Todos> ActivityService::HomeTodos(const org::Caller& caller, int forgotten_days) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const Instant now = clock_.Now();
  const LocalDate today = zone->DateOf(now);
  const Instant day_start = zone->StartOf(today), day_end = zone->StartOf(today + 1);
  Todos t;
  t.forgotten_days = forgotten_days;
  auto due = customers::FollowUpsDue(conn, caller, day_start, day_end);
  if (!due.ok()) return due.status();
  t.due = std::move(*due);
  auto overdue = customers::FollowUpsOverdue(conn, caller, day_start);
  if (!overdue.ok()) return overdue.status();
  t.overdue = std::move(*overdue);
  const Instant forgotten_before = now - static_cast<Instant>(forgotten_days) * 24 * 3600 * 1000;
  auto forgotten = customers::ForgottenCustomers(conn, caller, forgotten_before);
  if (!forgotten.ok()) return forgotten.status();
  t.forgotten = std::move(*forgotten);
  // About to be reclaimed: the caller's customers whose countdown is within their pool's
  // reminder window.
  customers::CustomerFilter f;
  f.mine = true;
  PageRequest page;
  page.sort = "updatedAt";
  page.limit = 200;
  pool::Countdowns countdowns(conn, caller.tenant_id, now);
  for (int pages = 0; pages < 10; ++pages) {
    auto list = customers::ListCustomers(conn, caller, f, page);
    if (!list.ok()) return list.status();
    for (const auto& c : list->items) {
      auto d = customers::DeadlineOf(countdowns, c);
      if (!d.ok()) return d.status();
      if (!*d || !c.home_pool_id) continue;
      auto rules = countdowns.Rules(*c.home_pool_id);
      if (!rules.ok()) return rules.status();
      const int left = (*d)->reclaim_on - today;
      if (left <= std::max(1, (*rules)->rules.reminder_days))
        t.reclaim_soon.push_back(
            {c.id, c.name, c.next_follow_up_at, c.last_follow_up_at, left, (*d)->rule});
    }
    if (!list->next_cursor) break;
    page.cursor = *list->next_cursor;
  }
  std::sort(t.reclaim_soon.begin(), t.reclaim_soon.end(),
            [](const TodoCustomer& a, const TodoCustomer& b) { return a.days_left < b.days_left; });
  return t;
}

}  // namespace quanke::activity
