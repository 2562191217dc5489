#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_types.h"
#include "domain/org/caller.h"
#include "domain/notify/notification_text.h"
#include "storage/database.h"

// The SQL of the activity feed (动态): feed items and likes. Reads take the Caller (for its
// tenant, and a list for its data scope); none checks permissions, the services do. Items are
// read with the names of their actor, the actor's department and their customer joined (org's
// and customers' tables, for the answer).
namespace quanke::activity {

// Adds an event to the activity feed inside the caller's transaction (customers and pool
// actions call it, so the feed shows claims, releases and reclaims beside follow-ups). Answers
// the item's id. Takes the tenant, not a Caller: system jobs (the reclaim sweep) add items too.
// `text` is what the author wrote or a name; anything the reader's language must phrase goes in
// `params` (a work log's kind and period), never into `text`.
Result<Id> AddFeedItem(storage::Connection& conn, Id tenant_id, const std::string& type,
                       std::optional<Id> actor_id, std::optional<Id> customer_id,
                       std::optional<Id> follow_up_id, const std::string& text, Instant at,
                       const notify::NotificationParams& params = {});

// One live item, without its follow-up, likes or comments; not_found when the tenant has none.
Result<FeedItem> GetFeedItem(storage::Connection& conn, const org::Caller& caller, Id item_id);
// Live items matching the filter, newest first, keyset-paginated by id; validation error on a
// malformed cursor. Cut to the caller's data scope: a rep sees their own items and those of
// their own and team customers; a wider scope, the items of actors and customer owners in it
// and of customers the caller is on the team of. Without follow-ups, likes or comments.
Result<Page<FeedItem>> ListFeedItems(storage::Connection& conn, const org::Caller& caller,
                                     const FeedFilter& filter, const PageRequest& page);
// Marks the follow-up's items deleted at `at`; nullopt: live again (the follow-up was restored).
Status MarkFollowUpItemsDeleted(storage::Connection& conn, const org::Caller& caller,
                                Id follow_up_id, std::optional<Instant> at);

// Which of the items (a non-empty list) the caller likes.
Result<std::set<Id>> LikedByCaller(storage::Connection& conn, const org::Caller& caller,
                                   const std::vector<Id>& item_ids);
// Records the caller's like of the item; false when it was there already.
Result<bool> InsertLike(storage::Connection& conn, const org::Caller& caller, Id item_id,
                        Instant at);
// Takes back the caller's like of the item; false when there was none.
Result<bool> DeleteLike(storage::Connection& conn, const org::Caller& caller, Id item_id);
// Adds `delta` to the item's like count.
Status AddToLikeCount(storage::Connection& conn, const org::Caller& caller, Id item_id,
                      std::int64_t delta);
// The item's like count; not_found when the tenant has no such item.
Result<std::int64_t> LikeCount(storage::Connection& conn, const org::Caller& caller, Id item_id);
// Counts one more comment on the item.
Status CountComment(storage::Connection& conn, const org::Caller& caller, Id item_id);

}  // namespace quanke::activity
