// DealSweep: the daily stale reminders (僵尸商机), one per opportunity per stale episode.
#include "domain/deals/deal_internal.h"
#include "domain/deals/deal_rules.h"
#include "domain/notify/notifications.h"

namespace quanke::deals {
using storage::Connection;

Result<std::int64_t> DealSweep::RemindStale(Id tenant_id, Instant at) {
  constexpr int kBatch = 500;
  std::int64_t sent = 0;
  Id after = 0;
  for (;;) {
    std::size_t seen = 0;
    Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
      auto today = detail::TodayOf(conn, tenant_id, at);
      if (!today.ok()) return today.status();
      auto rules = detail::StaleRules(conn, tenant_id, *today);
      if (!rules.ok()) return rules.status();
      if (rules->empty()) return Status::Ok();
      auto candidates = StaleCandidates(conn, tenant_id, *rules, after, kBatch);
      if (!candidates.ok()) return candidates.status();
      seen = candidates->size();
      for (const auto& o : *candidates) {
        after = o.id;
        const auto view = detail::ViewOf(o, *today);
        if (!view.stale) continue;
        // An episode starts on its `since` day; a reminder sent since then covers it.
        auto marked = MarkStaleReminded(conn, tenant_id, o.id, today->zone.StartOf(view.stale->since), at);
        if (!marked.ok()) return marked.status();
        if (!*marked) continue;
        notify::Notification n;
        n.user_id = o.owner_id;
        n.type = "opportunity.stale";
        n.params = {{"opportunity", o.name}, {"customer", o.customer_name}};
        n.object_type = "opportunity";
        n.object_id = o.id;
        n.created_at = at;
        if (Status w = notify::Send(conn, tenant_id, n); !w.ok()) return w;
        ++sent;
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (seen < static_cast<std::size_t>(kBatch)) break;
  }
  return sent;
}

}  // namespace quanke::deals
