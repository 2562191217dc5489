// The activity feed (动态): listing with data scope, one item, likes and comments with @mentions.
#include <map>
#include <set>

#include "domain/activity/activity_internal.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/comment_repository.h"
#include "domain/activity/feed_repository.h"
#include "domain/activity/follow_up_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"

namespace quanke::activity {
using namespace internal;
using storage::Connection;

namespace {

// The feed item if the caller may see it: its customer is visible to them, or its actor is in
// their data scope.
Result<FeedItem> VisibleItem(Connection& conn, const org::Caller& caller, Id item_id) {
  auto item = GetFeedItem(conn, caller, item_id);
  if (!item.ok()) return item.status();
  bool visible = caller.scope == org::DataScope::kAll;
  if (!visible && item->actor_id) {
    auto v = org::CanSeeOwner(conn, caller, *item->actor_id);
    if (!v.ok()) return v.status();
    visible = *v;
  }
  if (!visible && item->customer_id)
    visible = CustomerFor(conn, caller, *item->customer_id, false).ok();
  if (!visible) return Status::NotFound();
  return item;
}

}  // namespace

Result<Page<FeedItem>> ActivityService::Feed(const org::Caller& caller, const FeedFilter& filter,
                                             const PageRequest& page) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  auto listed = ListFeedItems(conn, caller, filter, page);
  if (!listed.ok()) return listed.status();
  Page<FeedItem> out = std::move(*listed);
  if (out.items.empty()) return out;

  // Follow-ups with their attachments, the caller's likes and the latest comments, a query each.
  std::vector<Id> ids, follow_up_ids;
  for (const auto& item : out.items) {
    ids.push_back(item.id);
    if (item.follow_up_id) follow_up_ids.push_back(*item.follow_up_id);
  }
  std::map<Id, FollowUp> follow_ups;
  auto f = FollowUpsWithIds(conn, caller, follow_up_ids);
  if (!f.ok()) return f.status();
  for (auto& x : *f) follow_ups[x.id] = std::move(x);
  auto liked = LikedByCaller(conn, caller, ids);
  if (!liked.ok()) return liked.status();
  for (auto& item : out.items) {
    item.liked_by_me = liked->count(item.id) > 0;
    if (item.follow_up_id) {
      auto it = follow_ups.find(*item.follow_up_id);
      if (it != follow_ups.end()) item.follow_up = it->second;
    }
    if (item.comment_count > 0) {
      auto latest = LatestComments(conn, caller, item.id, 3);
      if (!latest.ok()) return latest.status();
      item.comments = std::move(*latest);
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

Result<std::pair<std::int64_t, bool>> ActivityService::Like(const org::Caller& caller, Id item_id,
                                                            bool like) {
  const Instant now = clock_.Now();
  std::pair<std::int64_t, bool> out;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto item = VisibleItem(conn, caller, item_id);
    if (!item.ok()) return item.status();
    auto changed =
        like ? InsertLike(conn, caller, item_id, now) : DeleteLike(conn, caller, item_id);
    if (!changed.ok()) return changed.status();
    if (*changed) {
      if (Status w = AddToLikeCount(conn, caller, item_id, like ? 1 : -1); !w.ok()) return w;
    }
    // The first like by this user tells the actor; liking again after un-liking does not
    // (the earlier notification, same parameters, is found).
    if (like && *changed && item->actor_id && *item->actor_id != caller.user_id) {
      const notify::NotificationParams params{
          {"actor", org::UserName(conn, caller.tenant_id, caller.user_id)},
          {"customer", item->customer_name}};
      auto before = notify::LikeNotified(conn, caller, *item->actor_id, item_id, params);
      if (!before.ok()) return before.status();
      if (!*before) {
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
    auto count = LikeCount(conn, caller, item_id);
    if (!count.ok()) return count.status();
    out = {*count, like};
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page<Comment>> ActivityService::Comments(const org::Caller& caller, Id item_id,
                                                const PageRequest& page) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto item = VisibleItem(**lease, caller, item_id);
  if (!item.ok()) return item.status();
  return ListItemComments(**lease, caller, item_id, page);
}

Result<Comment> ActivityService::AddComment(const org::Caller& caller, Id item_id,
                                            const std::string& text,
                                            const std::vector<Id>& mention_ids) {
  if (Status v = CheckCommentText(text); !v.ok()) return v;
  const Instant now = clock_.Now();
  Result<Comment> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto item = VisibleItem(conn, caller, item_id);
    if (!item.ok()) return item.status();
    auto comment = WriteComment(conn, caller, item_id, item->customer_id, text, mention_ids, now);
    if (!comment.ok()) return comment.status();
    if (Status w = CountComment(conn, caller, item_id); !w.ok()) return w;
    const std::string who = org::UserName(conn, caller.tenant_id, caller.user_id);
    const std::set<Id> mentioned = MentionedIds(*comment);
    // One notification per person: a mentioned actor gets the mention, not also the comment.
    if (Status w = NotifyAll(conn, caller.tenant_id, mentioned, caller.user_id, "feed.mention",
                             {{"actor", who}}, item->customer_id, now);
        !w.ok())
      return w;
    if (item->actor_id && !mentioned.count(*item->actor_id)) {
      if (Status w = NotifyAll(conn, caller.tenant_id, {*item->actor_id}, caller.user_id,
                               "feed.comment", {{"actor", who}, {"customer", item->customer_name}},
                               item->customer_id, now);
          !w.ok())
        return w;
    }
    out = GetComment(conn, caller, comment->id);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::activity
