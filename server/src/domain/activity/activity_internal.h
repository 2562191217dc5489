#pragma once

// Helpers shared by the ActivityService files (not a public interface).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/activity/activity_types.h"
#include "domain/customers/customer_types.h"
#include "domain/notify/notification_text.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::activity::internal {

// The customer if the caller may see it (404 otherwise); with `write`, only if they may write
// records on it (owner, owner in scope, team with write access).
Result<customers::Customer> CustomerFor(storage::Connection& conn, const org::Caller& caller,
                                        Id customer_id, bool write);
// Sends `type` with `params` to each of `users` but the author, about the customer when set.
Status NotifyAll(storage::Connection& conn, Id tenant_id, const std::set<Id>& users, Id author,
                 const char* type, const notify::NotificationParams& params,
                 std::optional<Id> customer_id, Instant at);
// The customer's owner and team members.
Result<std::set<Id>> OwnerAndTeam(storage::Connection& conn, Id tenant_id,
                                  const customers::Customer& c);
// The text of a comment or discussion message: text.required when blank, text.too_long past
// 8,000 bytes.
Status CheckCommentText(const std::string& text);
// Writes the caller's comment on the item (or, without one, message in the customer's
// discussion) after checking the mentions: each mentioned person once, with their name;
// mentions.invalid_value when one is not an active user of the tenant. Answers it as written.
Result<Comment> WriteComment(storage::Connection& conn, const org::Caller& caller,
                             std::optional<Id> item_id, std::optional<Id> customer_id,
                             const std::string& text, const std::vector<Id>& mention_ids,
                             Instant at);
// The ids of the people the comment mentions.
std::set<Id> MentionedIds(const Comment& c);

}  // namespace quanke::activity::internal
