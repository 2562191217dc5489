// Follow-ups (跟进记录): writing one (also for check-ins), the customer's list, deleting one.
#include <algorithm>

#include "core/text_list.h"
#include "domain/activity/activity_internal.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/feed_repository.h"
#include "domain/activity/follow_up_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/ownership_repository.h"
#include "domain/org/policy.h"
#include "domain/org/user_repository.h"

namespace quanke::activity {
using namespace internal;
using storage::Connection;

bool IsFollowUpType(std::string_view t) {
  return t == "call" || t == "visit" || t == "wechat" || t == "email" || t == "meeting" ||
         t == "other";
}

Result<FollowUp> WriteLeadFollowUp(Connection& conn, const org::Caller& caller, Id lead_id,
                                   const std::string& lead_name, const FollowUpInput& in, Instant now) {
  std::vector<FieldIssue> issues;
  const std::string text = in.text.value_or("");
  if (IsBlank(text)) issues.push_back({"text", "required"});
  if (text.size() > 20000) issues.push_back({"text", "too_long"});
  if (in.type && !IsFollowUpType(*in.type)) issues.push_back({"type", "invalid_value"});
  if (!in.attachment_ids.empty()) issues.push_back({"attachmentIds", "invalid_value"});
  if (in.contact_id) issues.push_back({"contactId", "invalid_value"});
  if (in.next_follow_up_at && *in.next_follow_up_at < now - 24LL * 3600 * 1000)
    issues.push_back({"nextFollowUpAt", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  FollowUp f;
  f.id = Ids().Next();
  f.customer_id = 0;
  f.lead_id = lead_id;
  f.type = in.type.value_or("other");
  f.text = text;
  f.next_follow_up_at = in.next_follow_up_at;
  f.created_at = now;
  f.author_id = caller.user_id;
  if (Status w = InsertFollowUp(conn, caller, f); !w.ok()) return w;
  auto item = AddFeedItem(conn, caller.tenant_id, "lead.followup", caller.user_id, std::nullopt, f.id,
                          text, now, {{"lead", lead_name}});
  if (!item.ok()) return item.status();
  f.feed_item_id = *item;
  return f;
}

Result<FollowUp> WriteFollowUp(Connection& conn, const org::Caller& caller, Id customer_id,
                               const FollowUpInput& in, const Clock& clock,
                               const customers::Customer* checked) {
  Instant now = clock.Now();
  std::vector<FieldIssue> issues;
  const std::string text = in.text.value_or("");
  if (IsBlank(text) && in.attachment_ids.empty())
    issues.push_back({"text", "required"});
  if (text.size() > 20000) issues.push_back({"text", "too_long"});
  if (in.type && !IsFollowUpType(*in.type)) issues.push_back({"type", "invalid_value"});
  if (in.attachment_ids.size() > 20) issues.push_back({"attachmentIds", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  if (in.next_follow_up_at && *in.next_follow_up_at < now - 24LL * 3600 * 1000)
    return Status::Validation({{"nextFollowUpAt", "invalid_value"}});
  // Access was checked before the write lock was taken (`checked`): inside it only confirm that
  // the customer has not changed hands or been deleted since; otherwise check again in full.
  Result<customers::Customer> c = Status::Internal("not checked");
  if (checked) {
    auto owner_now = customers::CustomerOwnerNow(conn, caller, customer_id);
    if (!owner_now.ok()) return owner_now.status();
    if (owner_now->live && owner_now->owner_id == checked->owner_id) c = *checked;
  }
  if (!c.ok()) c = CustomerFor(conn, caller, customer_id, true);
  if (!c.ok()) return c.status();
  if (in.contact_id) {
    auto ct = customers::GetContact(conn, caller.tenant_id, *in.contact_id);
    if (!ct.ok() || ct->customer_id != customer_id)
      return Status::Validation({{"contactId", "invalid_value"}});
  }
  // The time is read again just before the id is made (both are millisecond-ordered), so
  // ordering by id and by time agree even when this transaction waited for a lock.
  now = std::max(now, clock.Now());
  FollowUp f;
  f.id = Ids().Next();
  f.customer_id = customer_id;
  f.type = in.type.value_or("other");
  f.text = text;
  f.contact_id = in.contact_id;
  f.next_follow_up_at = in.next_follow_up_at;
  f.created_at = now;
  f.opportunity_id = in.opportunity_id;
  if (Status w = InsertFollowUp(conn, caller, f); !w.ok()) return w;
  for (Id att : in.attachment_ids) {
    auto attached = AttachToFollowUp(conn, caller, att, f.id);
    if (!attached.ok()) return attached.status();
    if (!*attached) return Status::Validation({{"attachmentIds", "invalid_value"}});
  }
  // Writing a follow-up is contact with the customer: its reclaim clock starts again. It is not
  // an edit of the customer's fields, so `updated_at` stays (lists sort by `lastFollowUpAt` for
  // that); leaving it also spares the four indexes keyed by it a write per follow-up.
  if (Status w = customers::TouchFollowUp(conn, caller.tenant_id, customer_id, now, in.next_follow_up_at,
                                          f.type == "visit");
      !w.ok())
    return w;
  auto item =
      AddFeedItem(conn, caller.tenant_id, "followup", caller.user_id, customer_id, f.id, text, now);
  if (!item.ok()) return item.status();
  auto recipients = OwnerAndTeam(conn, caller.tenant_id, *c);
  if (!recipients.ok()) return recipients.status();
  const std::string who = org::UserName(conn, caller.tenant_id, caller.user_id);
  if (Status w = NotifyAll(conn, caller.tenant_id, *recipients, caller.user_id, "followup.created",
                           {{"actor", who}, {"customer", c->name}}, customer_id, now);
      !w.ok())
    return w;
  if (checked) {  // the caller reads it back after the commit, outside the write lock
    FollowUp written;
    written.id = f.id;
    written.customer_id = customer_id;
    return written;
  }
  return GetFollowUp(conn, caller, f.id);
}

Result<FollowUp> ActivityService::CreateFollowUp(const org::Caller& caller, Id customer_id,
                                                 const FollowUpInput& in) {
  if (Status s = org::Require(caller, "followup.create"); !s.ok()) return s;
  // Reads (access check, the written record) happen outside the single write lock, which is
  // held only for the writes themselves.
  Result<customers::Customer> checked = Status::Internal("not checked");
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    checked = CustomerFor(**lease, caller, customer_id, true);
    if (!checked.ok()) return checked.status();
  }
  Result<FollowUp> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    out = WriteFollowUp(conn, caller, customer_id, in, clock_, &*checked);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return GetFollowUp(**lease, caller, out->id);
}

Result<Page<FollowUp>> ActivityService::FollowUps(const org::Caller& caller, Id customer_id,
                                                  const PageRequest& page) {
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  auto c = CustomerFor(**lease, caller, customer_id, false);
  if (!c.ok()) return c.status();
  return ListFollowUps(**lease, caller, customer_id, page);
}

Status ActivityService::DeleteFollowUp(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto f = GetFollowUp(conn, caller, id);
    if (!f.ok()) return f.status();
    auto c = CustomerFor(conn, caller, f->customer_id, false);
    if (!c.ok()) return c.status();
    const bool own_recent =
        f->author_id == caller.user_id && now - f->created_at < 24LL * 3600 * 1000;
    if (!own_recent && !caller.Can("followup.delete"))
      return Status::Error("permission.denied",
                           "Only the author (within a day) or a manager can delete it.");
    if (Status w = MarkFollowUpDeleted(conn, caller, id, now); !w.ok()) return w;
    if (f->type == "visit")
      if (Status w = RefreshLastVisit(conn, caller, f->customer_id); !w.ok()) return w;
    auto latest = LatestFollowUpAt(conn, caller, f->customer_id, false);
    if (!latest.ok()) return latest.status();
    if (Status w = customers::LowerLastFollowUp(conn, caller.tenant_id, f->customer_id, f->created_at, *latest);
        !w.ok())
      return w;
    return MarkFollowUpItemsDeleted(conn, caller, id, now);
  });
}

Status RestoreFollowUp(Connection& conn, const org::Caller& caller, Id id) {
  auto f = MarkFollowUpLive(conn, caller, id);
  if (!f.ok()) return f.status();
  if (!*f) return Status::NotFound();
  const RestoredFollowUp& live = **f;
  if (Status w = MarkFollowUpItemsDeleted(conn, caller, id, std::nullopt); !w.ok()) return w;
  if (live.customer_id == 0) return Status::Ok();  // a lead's: no customer to update
  if (live.type == "visit")
    if (Status w = customers::RaiseLastVisit(conn, caller.tenant_id, live.customer_id, live.created_at); !w.ok())
      return w;
  return customers::RaiseLastFollowUp(conn, caller.tenant_id, live.customer_id, live.created_at);
}

Status RefreshLastVisit(Connection& conn, const org::Caller& caller, Id customer_id) {
  auto latest = LatestFollowUpAt(conn, caller, customer_id, true);
  if (!latest.ok()) return latest.status();
  return customers::SetLastVisit(conn, caller.tenant_id, customer_id, *latest);
}

}  // namespace quanke::activity
