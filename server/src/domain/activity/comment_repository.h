#pragma once

#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of comments: those on a feed item and the messages of a customer's discussion (no
// item). Every call takes the Caller for its tenant; none checks permissions, the services do.
// Comments are read with the names of their author and of the people they mention (org's
// users, for the answer).
namespace quanke::activity {

// One comment; not_found when the tenant has none with this id.
Result<Comment> GetComment(storage::Connection& conn, const org::Caller& caller, Id id);
// The item's latest `count` comments, oldest first.
Result<std::vector<Comment>> LatestComments(storage::Connection& conn, const org::Caller& caller,
                                            Id item_id, int count);
// The item's comments, oldest first, keyset-paginated by id; validation error on a malformed
// cursor.
Result<Page<Comment>> ListItemComments(storage::Connection& conn, const org::Caller& caller,
                                       Id item_id, const PageRequest& page);
// The customer's discussion, oldest first, keyset-paginated by id; validation error on a
// malformed cursor.
Result<Page<Comment>> ListDiscussion(storage::Connection& conn, const org::Caller& caller,
                                     Id customer_id, const PageRequest& page);

// Writes a comment by the caller: id, item (unset for a discussion message), customer, text,
// mentions (their ids) and created_at of `c`.
Status InsertComment(storage::Connection& conn, const org::Caller& caller, const Comment& c);

}  // namespace quanke::activity
