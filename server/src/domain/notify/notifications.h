#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "core/ids.h"
#include "core/page.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::notify {

// An in-app notification (CRM通知). Written in the same transaction as the event it announces;
// live push over SSE comes with the feed module.
struct Notification {
  Id id = 0;
  Id user_id = 0;
  std::string type;   // "customer.reclaimed", "customer.reclaim_soon", "customer.assigned", …
  std::string title;  // zh-CN text shown in the bell
  std::string body;
  std::string object_type;  // "customer"
  std::optional<Id> object_id;
  Instant created_at = 0;
  std::optional<Instant> read_at;
};

// Takes the tenant's event lock (held to commit; a no-op on SQLite, whose writers are serial).
// Rows read back in id order by live streams and feeds — notifications, feed items — take it
// before choosing their id, so none is committed after one with a higher id, and a feed item's
// time floor (the tenant's newest item) is read after the previous writer committed. One lock
// for both, so that their order cannot deadlock.
Status LockTenantEvents(storage::Connection& conn, Id tenant_id);
Status Send(storage::Connection& conn, Id tenant_id, const Notification& n);
Result<Page<Notification>> List(storage::Connection& conn, Id tenant_id, Id user_id, bool unread_only,
                                const PageRequest& page);
Result<std::int64_t> UnreadCount(storage::Connection& conn, Id tenant_id, Id user_id);
// not_found when the notification is not the user's.
Status MarkRead(storage::Connection& conn, Id tenant_id, Id user_id, Id id, Instant at);
Status MarkAllRead(storage::Connection& conn, Id tenant_id, Id user_id, Instant at);

}  // namespace quanke::notify
