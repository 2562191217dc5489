#include "domain/activity/feed_repository.h"

#include <algorithm>

#include "domain/activity/repository_params.h"
#include "domain/notify/notifications.h"
#include "domain/org/policy.h"

namespace quanke::activity {
namespace {
using internal::AppendCursor;
using internal::AppendIds;
using internal::NextPlaceholder;
using storage::Connection;
using storage::Params;
using storage::V;

// The actor's name and department and the customer's name are joined for the answer (org and
// customers own those tables; the joins stay here for the lists).
constexpr const char* kItemColumns =
    "SELECT f.id, f.type, f.actor_id, au.name, ad.name, f.customer_id, c.name, f.follow_up_id, "
    "f.text, f.like_count, f.comment_count, f.created_at, f.params FROM feed_items f LEFT JOIN "
    "customers c "
    "ON c.tenant_id = f.tenant_id AND c.id = f.customer_id LEFT JOIN users au ON au.tenant_id = "
    "f.tenant_id AND au.id = f.actor_id LEFT JOIN departments ad ON ad.tenant_id = au.tenant_id "
    "AND ad.id = au.department_id ";

FeedItem ReadItem(const storage::Row& r) {
  FeedItem i;
  i.id = r.Int(0);
  i.type = r.Text(1);
  i.actor_id = r.OptInt(2);
  i.actor_name = r.Text(3);
  i.actor_department = r.Text(4);
  i.customer_id = r.OptInt(5);
  i.customer_name = r.Text(6);
  i.follow_up_id = r.OptInt(7);
  i.text = r.Text(8);
  i.like_count = r.Int(9);
  i.comment_count = r.Int(10);
  i.created_at = r.Int(11);
  i.params = notify::ParamsFromJson(r.Text(12));
  return i;
}

// The condition cutting the feed to the caller's data scope ("" for the whole company); its
// parameters are appended to `params`. Customer ownership and teams are customers' tables, the
// department subtree org's: the subqueries stay here for the list.
std::string ScopeCondition(const org::Caller& caller, Params& params) {
  auto next = [&] { return NextPlaceholder(params); };
  if (caller.scope == org::DataScope::kSelf) {
    // A rep's feed: their own items and those of their own and team customers, each found
    // through its index and merged. Walking the whole feed newest first and testing each item
    // (as for wider scopes) took 130 ms when a rep's items were rare, e.g. after an import by
    // someone else.
    const std::string t = next();
    params.push_back(V(caller.tenant_id));
    const std::string me = next();
    params.push_back(V(caller.user_id));
    return " AND (f.actor_id = " + me +
           " OR f.customer_id IN (SELECT cc.id FROM customers cc WHERE cc.tenant_id = " + t +
           " AND cc.owner_id = " + me +
           ") OR f.customer_id IN (SELECT ct.customer_id FROM customer_team ct " +
           "WHERE ct.tenant_id = " + t + " AND ct.user_id = " + me + "))";
  }
  if (caller.scope == org::DataScope::kAll) return "";
  org::ScopeFilter actor =
      org::OwnerScopeFilter(caller, "f.actor_id", static_cast<int>(params.size() + 1));
  params.insert(params.end(), actor.params.begin(), actor.params.end());
  org::ScopeFilter owner =
      org::OwnerScopeFilter(caller, "c.owner_id", static_cast<int>(params.size() + 1));
  params.insert(params.end(), owner.params.begin(), owner.params.end());
  const std::string me = next();
  params.push_back(V(caller.user_id));
  return " AND (" + actor.sql + " OR " + owner.sql +
         " OR f.customer_id IN (SELECT ct.customer_id FROM customer_team ct WHERE ct.tenant_id = "
         "f.tenant_id AND ct.user_id = " +
         me + "))";
}

}  // namespace

Result<Id> AddFeedItem(Connection& conn, Id tenant_id, const std::string& type,
                       std::optional<Id> actor_id, std::optional<Id> customer_id,
                       std::optional<Id> follow_up_id, const std::string& text, Instant at,
                       const notify::NotificationParams& params) {
  // Feeds are read newest first by id, and their times must not run backwards in that order:
  // not when a writer read its time before waiting for the write lock, nor when the wall clock
  // steps back a little (ids keep counting up then, the clock does not). The tenant's newest
  // item sets the floor. Writes are serial on SQLite; on PostgreSQL the tenant's event lock
  // makes them so here, or two concurrent writers would each miss the other's item. The id is
  // taken once the lock is held, so ids follow the lock's order; the insert reads the floor
  // itself and is queued (Defer): no round trip of its own.
  if (Status s = notify::LockTenantEvents(conn, tenant_id); !s.ok()) return s;
  const Id id = Ids().Next();
  if (Status s = conn.Defer(
          "INSERT INTO feed_items (tenant_id, id, type, actor_id, customer_id, follow_up_id, text, "
          "created_at, params) VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE((SELECT CASE WHEN "
          "f.created_at > $8 THEN f.created_at END FROM feed_items f WHERE f.tenant_id = $1 ORDER "
          "BY "
          "f.id DESC LIMIT 1), $8), $9)",
          {V(tenant_id), V(id), V(type), V(actor_id), V(customer_id), V(follow_up_id), V(text),
           V(at), V(notify::ParamsToJson(params))});
      !s.ok())
    return s;
  return id;
}

Result<FeedItem> GetFeedItem(Connection& conn, const org::Caller& caller, Id item_id) {
  auto r = conn.Query(
      std::string(kItemColumns) + "WHERE f.tenant_id = $1 AND f.id = $2 AND f.deleted_at IS NULL",
      {V(caller.tenant_id), V(item_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadItem(r->front());
}

Result<Page<FeedItem>> ListFeedItems(Connection& conn, const org::Caller& caller,
                                     const FeedFilter& filter, const PageRequest& page) {
  Params params{V(caller.tenant_id)};
  std::string where =
      "WHERE f.tenant_id = $1 AND f.deleted_at IS NULL" + ScopeCondition(caller, params);
  auto next = [&] { return NextPlaceholder(params); };
  if (filter.user_id) {
    where += " AND f.actor_id = " + next();
    params.push_back(V(*filter.user_id));
  }
  if (filter.department_id) {
    const std::string t = next();
    params.push_back(V(caller.tenant_id));
    const std::string d = next();
    params.push_back(V(*filter.department_id));
    where += " AND f.actor_id IN (SELECT du.id FROM users du WHERE du.tenant_id = " + t +
             " AND du.department_id IN (WITH RECURSIVE sub(id) AS (SELECT CAST(" + d +
             " AS BIGINT) UNION SELECT sd.id FROM departments sd JOIN sub ON sd.parent_id = sub.id "
             "WHERE sd.tenant_id = " +
             t + ") SELECT id FROM sub))";
  }
  if (!filter.type.empty()) {
    where += " AND f.type = " + next();
    params.push_back(V(filter.type));
  }
  if (filter.customer_id) {
    where += " AND f.customer_id = " + next();
    params.push_back(V(*filter.customer_id));
  }
  if (Status c = AppendCursor(page, " AND f.id < ", where, params); !c.ok()) return c;
  auto r = conn.Query(std::string(kItemColumns) + where + " ORDER BY f.id DESC LIMIT " +
                          std::to_string(page.limit + 1),
                      params);
  if (!r.ok()) return r.status();
  Page<FeedItem> out;
  for (const auto& row : r->rows) out.items.push_back(ReadItem(row));
  TrimToPage(out, page.limit);
  return out;
}

Status MarkFollowUpItemsDeleted(Connection& conn, const org::Caller& caller, Id follow_up_id,
                                std::optional<Instant> at) {
  return conn.Exec(
      "UPDATE feed_items SET deleted_at = $3 WHERE tenant_id = $1 AND follow_up_id = $2",
      {V(caller.tenant_id), V(follow_up_id), V(at)});
}

Result<std::set<Id>> LikedByCaller(Connection& conn, const org::Caller& caller,
                                   const std::vector<Id>& item_ids) {
  Params params{V(caller.tenant_id)};
  const std::string in = AppendIds(params, item_ids);
  const std::string me = NextPlaceholder(params);
  params.push_back(V(caller.user_id));
  auto r = conn.Query("SELECT item_id FROM feed_likes WHERE tenant_id = $1 AND item_id IN (" + in +
                          ") AND user_id = " + me,
                      params);
  if (!r.ok()) return r.status();
  std::set<Id> out;
  for (const auto& row : r->rows) out.insert(row.Int(0));
  return out;
}

Result<bool> InsertLike(Connection& conn, const org::Caller& caller, Id item_id, Instant at) {
  auto r = conn.Query(
      "INSERT INTO feed_likes (tenant_id, item_id, user_id, created_at) VALUES ($1, $2, $3, $4) ON "
      "CONFLICT (tenant_id, item_id, user_id) DO NOTHING",
      {V(caller.tenant_id), V(item_id), V(caller.user_id), V(at)});
  if (!r.ok()) return r.status();
  return r->affected > 0;
}

Result<bool> DeleteLike(Connection& conn, const org::Caller& caller, Id item_id) {
  auto r =
      conn.Query("DELETE FROM feed_likes WHERE tenant_id = $1 AND item_id = $2 AND user_id = $3",
                 {V(caller.tenant_id), V(item_id), V(caller.user_id)});
  if (!r.ok()) return r.status();
  return r->affected > 0;
}

Status AddToLikeCount(Connection& conn, const org::Caller& caller, Id item_id, std::int64_t delta) {
  return conn.Exec(
      "UPDATE feed_items SET like_count = like_count + $3 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(item_id), V(delta)});
}

Result<std::int64_t> LikeCount(Connection& conn, const org::Caller& caller, Id item_id) {
  auto r = conn.Query("SELECT like_count FROM feed_items WHERE tenant_id = $1 AND id = $2",
                      {V(caller.tenant_id), V(item_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return r->front().Int(0);
}

Status CountComment(Connection& conn, const org::Caller& caller, Id item_id) {
  return conn.Exec(
      "UPDATE feed_items SET comment_count = comment_count + 1 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(item_id)});
}

}  // namespace quanke::activity
