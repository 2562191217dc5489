#pragma once

// Helpers shared by activity_service.cc and feed_service.cc (not a public interface).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/page.h"
#include "domain/activity/activity_types.h"
#include "domain/customers/customer_types.h"
#include "domain/notify/notification_text.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::activity::internal {

// The customer if the caller may see it (404 otherwise); with `write`, only if they may write
// records on it (owner, owner in scope, team with write access).
Result<customers::Customer> CustomerFor(storage::Connection& conn, const org::Caller& caller, Id customer_id, bool write);
Status NotifyAll(storage::Connection& conn, Id tenant_id, const std::set<Id>& users, Id author, const char* type,
                 const notify::NotificationParams& params, std::optional<Id> customer_id, Instant at);
Result<std::set<Id>> OwnerAndTeam(storage::Connection& conn, Id tenant_id, const customers::Customer& c);
std::string UserName(storage::Connection& conn, Id tenant_id, Id user_id);
Result<std::vector<Mention>> CheckMentions(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids);
std::string JoinIds(const std::vector<Mention>& m);
Result<std::vector<Comment>> LoadComments(storage::Connection& conn, Id tenant_id, const std::string& where,
                                          storage::Params params, const std::string& tail);
// A page of comments, oldest first, matching `where` (params start at $2 after the tenant).
Result<Page<Comment>> CommentPage(storage::Connection& conn, Id tenant_id, const std::string& where,
                                  storage::Params params, const PageRequest& page);
Result<std::vector<FollowUp>> LoadFollowUps(storage::Connection& conn, Id tenant_id, const std::string& where,
                                            storage::Params params, const std::string& tail);

}  // namespace quanke::activity::internal
