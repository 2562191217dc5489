#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_types.h"
#include "domain/customers/customer_types.h"
#include "domain/files/file_store.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::activity {

struct FollowUpInput {
  std::optional<std::string> type;
  std::optional<std::string> text;
  std::optional<Id> contact_id;
  std::optional<Instant> next_follow_up_at;
  std::vector<Id> attachment_ids;
  // The opportunity it was about; the deals module checks it is the customer's and writes the
  // follow-up (DealService::AddFollowUp), so it is stored as given.
  std::optional<Id> opportunity_id;
};

// Writes a follow-up inside the caller's open transaction (also used by check-ins): checks the
// input and write access, updates the customer's follow-up times, adds the feed item and
// notifies the owner and the team.
// `checked`: the customer as an access check outside the transaction found it (then only a
// cheap recheck runs inside, and the result carries just the new id).
Result<FollowUp> WriteFollowUp(storage::Connection& conn, const org::Caller& caller, Id customer_id,
                               const FollowUpInput& in, const Clock& clock,
                               const customers::Customer* checked = nullptr);

// Makes the customer's last visit time (customers.last_visit_at) its newest live visit
// follow-up's again, inside the caller's open transaction: after a visit was deleted, and after a
// converted lead's follow-ups came to the customer (MoveLeadFollowUps).
Status RefreshLastVisit(storage::Connection& conn, const org::Caller& caller, Id customer_id);

// Takes a deleted follow-up out of the recycle bin inside the caller's open transaction (the
// recycle module checked the bin's rules and the customer): the record and its feed item are live
// again, and the customer's last follow-up time (and last visit time, for a visit) becomes its
// newest live one's again — the reverse of DeleteFollowUp. not_found when no deleted follow-up
// has this id.
Status RestoreFollowUp(storage::Connection& conn, const org::Caller& caller, Id id);

// Writes a follow-up of a lead inside the caller's open transaction (the leads module checked
// the caller's access to the lead): the record (customer_id 0 until the lead is converted) and
// its feed item ("lead.followup", params {lead}). Text only: attachments need a customer.
Result<FollowUp> WriteLeadFollowUp(storage::Connection& conn, const org::Caller& caller, Id lead_id,
                                   const std::string& lead_name, const FollowUpInput& in, Instant now);

// Follow-ups, attachments, the feed with likes and comments, customer teams, discussions and
// the home to-dos (PRODUCT.md §4). A record is visible to whoever may see its customer; every
// write is one transaction that also writes its feed item and notifications. Thread-safe.
class ActivityService {
 public:
  ActivityService(storage::Database& db, const Clock& clock, files::FileStore& files)
      : db_(db), clock_(clock), files_(files) {}

  Result<Attachment> Upload(const org::Caller& caller, const std::string& filename, const std::string& client_type,
                            const std::string& bytes);
  // The attachment and its bytes, if the caller uploaded it or may see what it is attached to.
  Result<std::pair<Attachment, std::string>> Download(const org::Caller& caller, Id id);

  Result<FollowUp> CreateFollowUp(const org::Caller& caller, Id customer_id, const FollowUpInput& in);
  Result<Page<FollowUp>> FollowUps(const org::Caller& caller, Id customer_id, const PageRequest& page);
  Status DeleteFollowUp(const org::Caller& caller, Id id);

  Result<Page<FeedItem>> Feed(const org::Caller& caller, const FeedFilter& filter, const PageRequest& page);
  Result<FeedItem> FeedItemById(const org::Caller& caller, Id item_id);
  Result<std::pair<std::int64_t, bool>> Like(const org::Caller& caller, Id item_id, bool like);
  Result<Page<Comment>> Comments(const org::Caller& caller, Id item_id, const PageRequest& page);
  Result<Comment> AddComment(const org::Caller& caller, Id item_id, const std::string& text,
                             const std::vector<Id>& mentions);

  Result<std::vector<TeamMember>> Team(const org::Caller& caller, Id customer_id);
  Result<TeamMember> AddTeamMember(const org::Caller& caller, Id customer_id, Id user_id, const std::string& access);
  Status RemoveTeamMember(const org::Caller& caller, Id customer_id, Id user_id);

  Result<Page<Comment>> Discussion(const org::Caller& caller, Id customer_id, const PageRequest& page);
  Result<Comment> AddDiscussion(const org::Caller& caller, Id customer_id, const std::string& text,
                                const std::vector<Id>& mentions);

  Result<Todos> HomeTodos(const org::Caller& caller, int forgotten_days);

 private:
  storage::Database& db_;
  const Clock& clock_;
  files::FileStore& files_;
};

}  // namespace quanke::activity
