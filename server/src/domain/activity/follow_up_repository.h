#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of follow-ups (跟进记录) and their attachments. Every call takes the Caller for its
// tenant; none checks permissions, the services do. Follow-ups are read with the names of their
// customer, author and contact joined (customers' and org's tables, for the answer), their
// attachments and the id of their feed item.
namespace quanke::activity {

// One live follow-up; not_found when the tenant has none with this id.
Result<FollowUp> GetFollowUp(storage::Connection& conn, const org::Caller& caller, Id id);
// The live follow-ups among `ids`, in no particular order.
Result<std::vector<FollowUp>> FollowUpsWithIds(storage::Connection& conn, const org::Caller& caller,
                                               const std::vector<Id>& ids);
// The customer's live follow-ups, newest first, keyset-paginated by id; validation error on a
// malformed cursor.
Result<Page<FollowUp>> ListFollowUps(storage::Connection& conn, const org::Caller& caller,
                                     Id customer_id, const PageRequest& page);

// A lead's follow-ups, newest first (f.lead_id; the leads module checked access).
Result<Page<FollowUp>> ListLeadFollowUps(storage::Connection& conn, const org::Caller& caller,
                                         Id lead_id, const PageRequest& page);
// A converted lead's follow-ups and their feed items now belong to `customer_id`.
Status MoveLeadFollowUps(storage::Connection& conn, const org::Caller& caller, Id lead_id, Id customer_id);

// When the customer's newest live follow-up (of type visit when `visits_only`) was written;
// nullopt when none.
Result<std::optional<Instant>> LatestFollowUpAt(storage::Connection& conn, const org::Caller& caller, Id customer_id,
                                                bool visits_only);

// Writes a new follow-up by the caller: id, customer, lead, type, text, contact, next follow-up time
// and created_at of `f` (names, attachments and feed item are not stored here).
Status InsertFollowUp(storage::Connection& conn, const org::Caller& caller, const FollowUp& f);
// Attaches an upload of the caller that is attached to nothing yet to the follow-up; false when
// the attachment is no such upload.
Result<bool> AttachToFollowUp(storage::Connection& conn, const org::Caller& caller,
                              Id attachment_id, Id follow_up_id);
// Marks the follow-up deleted by the caller at `at` (its feed items: MarkFollowUpItemsDeleted).
Status MarkFollowUpDeleted(storage::Connection& conn, const org::Caller& caller, Id id, Instant at);
// Makes a deleted follow-up live again (the recycle bin's restore; its feed items:
// MarkFollowUpItemsDeleted with no time); nullopt when the tenant has no deleted one with this id.
struct RestoredFollowUp {
  Id customer_id = 0;
  std::string type;
  Instant created_at = 0;
};
Result<std::optional<RestoredFollowUp>> MarkFollowUpLive(storage::Connection& conn, const org::Caller& caller, Id id);

// Writes an upload of the caller (all of `a` but follow_up_id, which starts unset).
Status InsertAttachment(storage::Connection& conn, const org::Caller& caller, const Attachment& a);
// An attachment and the customer of the live follow-up it is attached to (unset when none).
struct StoredAttachment {
  Attachment attachment;
  std::optional<Id> customer_id;
};
// not_found when the tenant has no attachment with this id.
Result<StoredAttachment> GetAttachment(storage::Connection& conn, const org::Caller& caller, Id id);

// Check-in photos (the visits module attaches uploads to its check-ins).
// The SHA-256 of an attachment the user uploaded and has not attached to anything yet; nullopt
// when there is no such attachment.
Result<std::optional<std::string>> UnattachedUpload(storage::Connection& conn, Id tenant_id,
                                                    Id attachment_id, Id uploader_id);
// Whether a photo with these bytes is already attached to some check-in of the tenant.
Result<bool> PhotoOfAnyCheckIn(storage::Connection& conn, Id tenant_id, const std::string& sha256);
// Attaches the attachments to the check-in.
Status AttachToCheckIn(storage::Connection& conn, Id tenant_id,
                       const std::vector<Id>& attachment_ids, Id check_in_id);

}  // namespace quanke::activity
