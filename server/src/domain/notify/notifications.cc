#include "domain/notify/notifications.h"

#include "domain/notify/hub.h"
#include "domain/notify/webhooks.h"

namespace quanke::notify {

// Live streams resume by notification id (Last-Event-ID), so a notification must never be
// committed after one with a higher id (see LockTenantEvents), on any node.
constexpr std::int64_t kNotifyLockBase = 0x6e6f74690000000;

Status LockTenantEvents(storage::Connection& conn, Id tenant_id) { return conn.LockKey(kNotifyLockBase ^ tenant_id); }

Status Send(storage::Connection& conn, Id tenant_id, const Notification& n) {
  if (Status s = LockTenantEvents(conn, tenant_id); !s.ok()) return s;
  Notification row = n;
  if (!row.id) row.id = Ids().Next();
  // The id must be above the user's newest, or a stream that has sent that one would never find
  // this one; the insert checks. Only when the newest came from a node whose clock is ahead of
  // this one's is it not, and the id goes on from the newest's.
  auto written = InsertNotification(conn, tenant_id, row);
  if (!written.ok()) return written.status();
  if (!*written) {
    auto newest = NewestId(conn, tenant_id, row.user_id);
    if (!newest.ok()) return newest.status();
    row.id = Ids().NextAfter(*newest);
    written = InsertNotification(conn, tenant_id, row);
    if (!written.ok()) return written.status();
    if (!*written) return Status::Internal("a notification id above the user's newest was refused");
  }
  // The same event goes to the tenant's webhooks (an outbox row in this transaction) …
  if (Status s = EnqueueWebhooks(conn, tenant_id, row); !s.ok()) return s;
  // … and wakes the user's open streams, on every node, once it is committed.
  return PokeAfterCommit(conn, tenant_id, row.user_id);
}

Result<Page<Notification>> NotificationService::List(const org::Caller& caller, bool unread_only,
                                                     const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return notify::List(**lease, caller.tenant_id, caller.user_id, unread_only, page);
}

Result<std::int64_t> NotificationService::UnreadCount(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return notify::UnreadCount(**lease, caller.tenant_id, caller.user_id);
}

Status NotificationService::MarkRead(const org::Caller& caller, Id id) {
  return storage::InTransaction(db_, [&](storage::Connection& conn) {
    return notify::MarkRead(conn, caller.tenant_id, caller.user_id, id, clock_.Now());
  });
}

Status NotificationService::MarkAllRead(const org::Caller& caller) {
  return storage::InTransaction(db_, [&](storage::Connection& conn) {
    return notify::MarkAllRead(conn, caller.tenant_id, caller.user_id, clock_.Now());
  });
}

Result<std::vector<Notification>> NotificationService::After(Id tenant_id, Id user_id, Id after_id, int limit) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListAfter(**lease, tenant_id, user_id, after_id, limit);
}

Result<Id> NotificationService::NewestId(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return notify::NewestId(**lease, caller.tenant_id, caller.user_id);
}

}  // namespace quanke::notify
