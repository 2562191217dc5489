// The activity feed (动态): listing with data scope, likes and comments with @mentions.
#include <map>
#include <set>

#include "domain/activity/activity_internal.h"
#include "domain/activity/activity_service.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/notify/notifications.h"
#include "domain/org/policy.h"

namespace quanke::activity {
using namespace internal;
using storage::Connection;
using storage::V;

namespace {

constexpr const char* kItemColumns =
    "SELECT f.id, f.type, f.actor_id, au.name, ad.name, f.customer_id, c.name, f.follow_up_id, f.text, "
    "f.like_count, f.comment_count, f.created_at FROM feed_items f "
    "LEFT JOIN customers c ON c.tenant_id = f.tenant_id AND c.id = f.customer_id "
    "LEFT JOIN users au ON au.tenant_id = f.tenant_id AND au.id = f.actor_id "
    "LEFT JOIN departments ad ON ad.tenant_id = au.tenant_id AND ad.id = au.department_id ";

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
  return i;
}

// The feed item if the caller may see it: its customer is visible to them, or its actor is in
// their data scope.
Result<FeedItem> VisibleItem(Connection& conn, const org::Caller& caller, Id item_id) {
  auto r = conn.Query(std::string(kItemColumns) + "WHERE f.tenant_id = $1 AND f.id = $2 AND f.deleted_at IS NULL",
                      {V(caller.tenant_id), V(item_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  FeedItem item = ReadItem(r->front());
  bool visible = caller.scope == org::DataScope::kAll;
  if (!visible && item.actor_id) {
    auto v = org::CanSeeOwner(conn, caller, *item.actor_id);
    if (!v.ok()) return v.status();
    visible = *v;
  }
  if (!visible && item.customer_id) visible = CustomerFor(conn, caller, *item.customer_id, false).ok();
  if (!visible) return Status::NotFound();
  return item;
}

}  // namespace

Result<Page<FeedItem>> ActivityService::Feed(const org::Caller& caller, const FeedFilter& filter,
                                             const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  std::string where = "WHERE f.tenant_id = $1 AND f.deleted_at IS NULL";
  storage::Params params{V(caller.tenant_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  if (caller.scope == org::DataScope::kSelf) {
    // A rep's feed: their own items and those of their own and team customers, each found
    // through its index and merged. Walking the whole feed newest first and testing each item
    // (as below) took 130 ms when a rep's items were rare, e.g. after an import by someone else.
    const std::string t = next();
    params.push_back(V(caller.tenant_id));
    const std::string me = next();
    params.push_back(V(caller.user_id));
    where += " AND (f.actor_id = " + me + " OR f.customer_id IN (SELECT cc.id FROM customers cc WHERE cc.tenant_id = " +
             t + " AND cc.owner_id = " + me + ") OR f.customer_id IN (SELECT ct.customer_id FROM customer_team ct " +
             "WHERE ct.tenant_id = " + t + " AND ct.user_id = " + me + "))";
  } else if (caller.scope != org::DataScope::kAll) {
    org::ScopeFilter actor = org::OwnerScopeFilter(caller, "f.actor_id", static_cast<int>(params.size() + 1));
    params.insert(params.end(), actor.params.begin(), actor.params.end());
    org::ScopeFilter owner = org::OwnerScopeFilter(caller, "c.owner_id", static_cast<int>(params.size() + 1));
    params.insert(params.end(), owner.params.begin(), owner.params.end());
    const std::string me = next();
    params.push_back(V(caller.user_id));
    where += " AND (" + actor.sql + " OR " + owner.sql +
             " OR f.customer_id IN (SELECT ct.customer_id FROM customer_team ct WHERE ct.tenant_id = f.tenant_id AND "
             "ct.user_id = " + me + "))";
  }
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
             " AS BIGINT) UNION SELECT sd.id FROM departments sd JOIN sub ON sd.parent_id = sub.id WHERE sd.tenant_id = " +
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
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    where += " AND f.id < " + next();
    params.push_back(V(last));
  }
  auto r = conn.Query(std::string(kItemColumns) + where + " ORDER BY f.id DESC LIMIT " + std::to_string(page.limit + 1),
                      params);
  if (!r.ok()) return r.status();
  Page<FeedItem> out;
  for (const auto& row : r->rows) out.items.push_back(ReadItem(row));
  TrimToPage(out, page.limit);
  if (out.items.empty()) return out;

  // Follow-ups with their attachments, the caller's likes and the latest comments, a query each.
  std::string ids;
  storage::Params id_params{V(caller.tenant_id)};
  std::string fu_ids;
  storage::Params fu_params{V(caller.tenant_id)};
  for (const auto& item : out.items) {
    ids += (ids.empty() ? "$" : ", $") + std::to_string(id_params.size() + 1);
    id_params.push_back(V(item.id));
    if (item.follow_up_id) {
      fu_ids += (fu_ids.empty() ? "$" : ", $") + std::to_string(fu_params.size() + 1);
      fu_params.push_back(V(*item.follow_up_id));
    }
  }
  std::map<Id, FollowUp> follow_ups;
  if (!fu_ids.empty()) {
    auto f = LoadFollowUps(conn, caller.tenant_id, "f.id IN (" + fu_ids + ")", fu_params, "");
    if (!f.ok()) return f.status();
    for (auto& x : *f) follow_ups[x.id] = std::move(x);
  }
  storage::Params like_params = id_params;
  like_params.push_back(V(caller.user_id));
  auto likes = conn.Query("SELECT item_id FROM feed_likes WHERE tenant_id = $1 AND item_id IN (" + ids +
                              ") AND user_id = $" + std::to_string(like_params.size()),
                          like_params);
  if (!likes.ok()) return likes.status();
  std::set<Id> liked;
  for (const auto& row : likes->rows) liked.insert(row.Int(0));
  for (auto& item : out.items) {
    item.liked_by_me = liked.count(item.id) > 0;
    if (item.follow_up_id) {
      auto it = follow_ups.find(*item.follow_up_id);
      if (it != follow_ups.end()) item.follow_up = it->second;
    }
    if (item.comment_count > 0) {
      auto latest = LoadComments(conn, caller.tenant_id, "c.item_id = $2", {V(caller.tenant_id), V(item.id)},
                                 "ORDER BY c.id DESC LIMIT 3");
      if (!latest.ok()) return latest.status();
      item.comments.assign(latest->rbegin(), latest->rend());
    }
  }
  return out;
}

Result<FeedItem> ActivityService::FeedItemById(const org::Caller& caller, Id item_id) {
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto item = VisibleItem(**lease, caller, item_id);
    if (!item.ok()) return item.status();
  }
  // The same shape as in the feed (follow-up, likes, latest comments).
  FeedFilter f;
  PageRequest page;
  page.limit = 1;
  page.cursor = EncodeCursor("", item_id + 1);
  auto list = Feed(caller, f, page);
  if (!list.ok()) return list.status();
  for (auto& i : list->items)
    if (i.id == item_id) return std::move(i);
  return Status::NotFound();
}

Result<std::pair<std::int64_t, bool>> ActivityService::Like(const org::Caller& caller, Id item_id, bool like) {
  const Instant now = clock_.Now();
  std::pair<std::int64_t, bool> out;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto item = VisibleItem(conn, caller, item_id);
    if (!item.ok()) return item.status();
    std::int64_t changed = 0;
    if (like) {
      auto r = conn.Query(
          "INSERT INTO feed_likes (tenant_id, item_id, user_id, created_at) VALUES ($1, $2, $3, $4) "
          "ON CONFLICT (tenant_id, item_id, user_id) DO NOTHING",
          {V(caller.tenant_id), V(item_id), V(caller.user_id), V(now)});
      if (!r.ok()) return r.status();
      changed = r->affected;
    } else {
      auto r = conn.Query("DELETE FROM feed_likes WHERE tenant_id = $1 AND item_id = $2 AND user_id = $3",
                          {V(caller.tenant_id), V(item_id), V(caller.user_id)});
      if (!r.ok()) return r.status();
      changed = -r->affected;
    }
    if (changed != 0) {
      if (Status w = conn.Exec("UPDATE feed_items SET like_count = like_count + $3 WHERE tenant_id = $1 AND id = $2",
                               {V(caller.tenant_id), V(item_id), V(changed)});
          !w.ok())
        return w;
    }
    // The first like by this user tells the actor; liking again after un-liking does not
    // (the earlier notification, same parameters, is found).
    if (changed > 0 && item->actor_id && *item->actor_id != caller.user_id) {
      const notify::NotificationParams params{{"actor", UserName(conn, caller.tenant_id, caller.user_id)},
                                              {"customer", item->customer_name}};
      auto before = conn.Query(
          "SELECT 1 FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND type = 'feed.like' AND object_id = $3 "
          "AND params = $4",
          {V(caller.tenant_id), V(*item->actor_id), V(item_id), V(notify::ParamsToJson(params))});
      if (!before.ok()) return before.status();
      if (before->empty()) {
        notify::Notification n;
        n.user_id = *item->actor_id;
        n.type = "feed.like";
        n.params = params;
        n.object_type = "feed";
        n.object_id = item_id;
        n.created_at = now;
        if (Status w = notify::Send(conn, caller.tenant_id, n); !w.ok()) return w;
      }
    }
    auto count = conn.Query("SELECT like_count FROM feed_items WHERE tenant_id = $1 AND id = $2",
                            {V(caller.tenant_id), V(item_id)});
    if (!count.ok()) return count.status();
    out = {count->front().Int(0), like};
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page<Comment>> ActivityService::Comments(const org::Caller& caller, Id item_id, const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto item = VisibleItem(**lease, caller, item_id);
  if (!item.ok()) return item.status();
  return CommentPage(**lease, caller.tenant_id, "c.item_id = $2", {V(caller.tenant_id), V(item_id)}, page);
}

Result<Comment> ActivityService::AddComment(const org::Caller& caller, Id item_id, const std::string& text,
                                            const std::vector<Id>& mention_ids) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return Status::Validation({{"text", "required"}});
  if (text.size() > 8000) return Status::Validation({{"text", "too_long"}});
  const Instant now = clock_.Now();
  Result<Comment> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto item = VisibleItem(conn, caller, item_id);
    if (!item.ok()) return item.status();
    auto mentions = CheckMentions(conn, caller.tenant_id, mention_ids);
    if (!mentions.ok()) return mentions.status();
    const Id id = Ids().Next();
    if (Status w = conn.Exec(
            "INSERT INTO comments (tenant_id, id, item_id, customer_id, author_id, text, mentions, created_at) VALUES "
            "($1, $2, $3, $4, $5, $6, $7, $8)",
            {V(caller.tenant_id), V(id), V(item_id), V(item->customer_id), V(caller.user_id), V(text),
             V(JoinIds(*mentions)), V(now)});
        !w.ok())
      return w;
    if (Status w = conn.Exec("UPDATE feed_items SET comment_count = comment_count + 1 WHERE tenant_id = $1 AND id = $2",
                             {V(caller.tenant_id), V(item_id)});
        !w.ok())
      return w;
    const std::string who = UserName(conn, caller.tenant_id, caller.user_id);
    std::set<Id> mentioned;
    for (const auto& m : *mentions) mentioned.insert(m.id);
    // One notification per person: a mentioned actor gets the mention, not also the comment.
    if (Status w = NotifyAll(conn, caller.tenant_id, mentioned, caller.user_id, "feed.mention",
                             {{"actor", who}}, item->customer_id, now);
        !w.ok())
      return w;
    if (item->actor_id && !mentioned.count(*item->actor_id)) {
      if (Status w = NotifyAll(conn, caller.tenant_id, {*item->actor_id}, caller.user_id, "feed.comment",
                               {{"actor", who}, {"customer", item->customer_name}}, item->customer_id, now);
          !w.ok())
        return w;
    }
    auto loaded = LoadComments(conn, caller.tenant_id, "c.id = $2", {V(caller.tenant_id), V(id)}, "");
    if (!loaded.ok()) return loaded.status();
    out = loaded->front();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::activity
