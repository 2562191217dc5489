#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "core/ids.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/notify/notification_text.h"
#include "storage/database.h"

namespace quanke::notify {

// An in-app notification (CRM通知). Written in the same transaction as the event it announces;
// live push over SSE comes with the feed module.
struct Notification {
  Id id = 0;
  Id user_id = 0;
  std::string type;   // "customer.reclaimed", "customer.reclaim_soon", "customer.assigned", …
  NotificationParams params;  // what the text is made of; rendered per language (notification_text.h)
  std::string title;  // only in notifications written before params existed (zh-CN text)
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
// Writes the notification, its webhook outbox rows, and pokes the user's live streams after
// the commit.
Status Send(storage::Connection& conn, Id tenant_id, const Notification& n);

// The notifications table (notification_repository.cc).
// Writes the notification unless the user already has one with its id or a higher one (false
// then: a node whose clock is ahead wrote that one).
Result<bool> InsertNotification(storage::Connection& conn, Id tenant_id, const Notification& n);
Result<Page<Notification>> List(storage::Connection& conn, Id tenant_id, Id user_id, bool unread_only,
                                const PageRequest& page);
// The user's notifications after `after_id`, oldest first (live streams).
Result<std::vector<Notification>> ListAfter(storage::Connection& conn, Id tenant_id, Id user_id, Id after_id, int limit);
// The id of the user's newest notification (0 when none).
Result<Id> NewestId(storage::Connection& conn, Id tenant_id, Id user_id);
Result<std::int64_t> UnreadCount(storage::Connection& conn, Id tenant_id, Id user_id);
// not_found when the notification is not the user's.
Status MarkRead(storage::Connection& conn, Id tenant_id, Id user_id, Id id, Instant at);
Status MarkAllRead(storage::Connection& conn, Id tenant_id, Id user_id, Instant at);
// Whether the user was already told of a like of the feed item with these parameters (the feed
// sends one like notification per liker).
Result<bool> LikeNotified(storage::Connection& conn, const org::Caller& caller, Id user_id,
                          Id item_id, const NotificationParams& params);

// The bell, for the signed-in user: their own notifications only. Thread-safe.
class NotificationService {
 public:
  NotificationService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  Result<Page<Notification>> List(const org::Caller& caller, bool unread_only, const PageRequest& page);
  Result<std::int64_t> UnreadCount(const org::Caller& caller);
  // not_found when the notification is not the caller's.
  Status MarkRead(const org::Caller& caller, Id id);
  Status MarkAllRead(const org::Caller& caller);
  // Live streams: what came after `after_id`, oldest first, and where a new stream starts.
  Result<std::vector<Notification>> After(Id tenant_id, Id user_id, Id after_id, int limit);
  Result<Id> NewestId(const org::Caller& caller);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::notify
