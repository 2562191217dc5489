#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/activity/activity_types.h"
#include "domain/notify/notification_text.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL the activity module runs on tables of other modules (org's users and departments,
// customers' customers and customer_team, notify's notifications), each for want of a function
// there that answers as cheaply; kept in one place so that their owners can take them (issue 12).
// Every call takes the Caller for its tenant; none checks permissions, the services do.
namespace quanke::activity {

// The user's name; "" when the tenant has no such user or the read fails (org's GetUser also
// loads departments and roles).
std::string UserName(storage::Connection& conn, const org::Caller& caller, Id user_id);
// The name of an active user of the tenant; nullopt when there is none (mentions).
Result<std::optional<std::string>> ActiveUserName(storage::Connection& conn,
                                                  const org::Caller& caller, Id user_id);

// A customer's owner as stored now (customers' GetCustomer loads the whole record).
struct OwnerNow {
  bool live = false;           // the tenant has the customer and it is not deleted
  std::optional<Id> owner_id;  // unset for a pool customer
};
Result<OwnerNow> CustomerOwnerNow(storage::Connection& conn, const org::Caller& caller,
                                  Id customer_id);
// The customer's name; "" when the tenant has no such customer or the read fails.
std::string CustomerName(storage::Connection& conn, const org::Caller& caller, Id customer_id);
// How many customers the caller created at [from, to) (work-log statistics).
Result<std::int64_t> CountCustomersCreated(storage::Connection& conn, const org::Caller& caller,
                                           Instant from, Instant to);

// The customer's team as stored, with names and departments, by name (customers' ListTeam has
// neither). The owner may be among them.
Result<std::vector<TeamMember>> ListTeamWithNames(storage::Connection& conn,
                                                  const org::Caller& caller, Id customer_id);
// Takes the user off the customer's team; false when they were not on it (customers has no
// removal).
Result<bool> DeleteTeamMember(storage::Connection& conn, const org::Caller& caller, Id customer_id,
                              Id user_id);

// The home to-dos: the caller's own live customers, at most 50 each (days_left and rule unset).
// Whose next follow-up falls in [from, to), soonest first.
Result<std::vector<TodoCustomer>> FollowUpsDue(storage::Connection& conn, const org::Caller& caller,
                                               Instant from, Instant to);
// Whose next follow-up was before `before` and has had no follow-up since it was set, oldest first.
Result<std::vector<TodoCustomer>> FollowUpsOverdue(storage::Connection& conn,
                                                   const org::Caller& caller, Instant before);
// Whose last follow-up (or creation, when never followed up) was before `before`, longest ago
// first.
Result<std::vector<TodoCustomer>> ForgottenCustomers(storage::Connection& conn,
                                                     const org::Caller& caller, Instant before);

// Whether the user was already told of a like of the feed item with these parameters (notify has
// no lookup by parameters).
Result<bool> LikeNotified(storage::Connection& conn, const org::Caller& caller, Id user_id,
                          Id item_id, const notify::NotificationParams& params);

}  // namespace quanke::activity
