#pragma once

#include <optional>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_service.h"
#include "domain/deals/deal_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::deals {

// What the caller may do with one record owned like an opportunity (opportunities, contracts):
// the owner, whoever's data scope covers the owner, and the customer's team (read; `write`
// members may edit). Invisible without `view_permission`.
struct OwnedAccess {
  bool visible = false;
  bool owner = false, in_scope = false;  // in_scope: the caller's data scope covers the owner
  bool team_read = false, team_write = false;
};
Result<OwnedAccess> AccessToOwned(storage::Connection& conn, const org::Caller& caller, const char* view_permission,
                                  Id owner_id, Id customer_id);

// Sales processes (销售流程, docs/api-opportunities.md): ordered open stages with guidance,
// checklists and required feedback, then won, lost, invalid (made automatically). Every change
// raises the version and stores a snapshot, so the histories of opportunities keep what they
// went through. Reading needs `opportunity.view`, changing `settings.configure`. A tenant
// without any process gets a default one ("标准销售流程") on first use: the first list, read or
// opportunity create. Thread-safe.
class ProcessService {
 public:
  ProcessService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Result<std::vector<SalesProcess>> List(const org::Caller& caller, bool include_disabled);
  Result<SalesProcess> Get(const org::Caller& caller, Id id);
  // validation.failed as the doc lists; the first process of a tenant is its default.
  Result<SalesProcess> Create(const org::Caller& caller, const ProcessInput& in);
  // Version + 1. 409 process.stage_in_use (details stageId, count) when a stage left out still
  // has opportunities; nothing changes then.
  Result<SalesProcess> Update(const org::Caller& caller, Id id, const ProcessInput& in);
  // 409 process.in_use while opportunities use it; the default process's flag moves to the next.
  Status Delete(const org::Caller& caller, Id id);
  Result<ProcessVersion> Version(const org::Caller& caller, Id id, std::int64_t version);

  // Inside an open write transaction: the tenant's processes, making the default one first when
  // it has none. System path (first use, lead conversion): no caller.
  static Status EnsureDefault(storage::Connection& conn, Id tenant_id, Instant now);
  // Writes a new process (validated already) with its terminal stages and version 1.
  // System path (demo): `by` may be unset.
  static Result<SalesProcess> Insert(storage::Connection& conn, Id tenant_id, const ProcessInput& in,
                                     std::optional<Id> by, Instant now);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

// A new opportunity as lead conversion asks for it (inside its transaction).
struct ConvertedOpportunity {
  std::string name;
  std::optional<std::int64_t> amount_fen;
  std::optional<std::string> expected_close_date;
  std::optional<Id> process_id;
};

// Opportunities (商机): create, read, list, edit, delete, move between stages with the feedback
// the stage asks for, the stage history, follow-ups naming an opportunity. Access: the owner,
// whoever's data scope covers the owner, and the customer's team (read; `write` members may
// edit and move); others get not_found. Every write is one transaction with its audit entry; a
// move also writes its stage change, feed item (opportunity.moved) and, when won, the customer's
// deal status. Thread-safe.
class DealService {
 public:
  DealService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  // The attachments given as stage feedback may be downloaded by whoever may read the
  // opportunity (once, at start-up).
  static void RegisterAttachmentReaders();

  Result<Page<OpportunityView>> List(const org::Caller& caller, const OpportunityFilter& filter,
                                     const PageRequest& page);
  Result<OpportunityDetail> Get(const org::Caller& caller, Id id);
  // opportunity.create and write access to the customer.
  Result<OpportunityDetail> Create(const org::Caller& caller, const OpportunityInput& in);
  Result<OpportunityDetail> Update(const org::Caller& caller, Id id, const OpportunityInput& in);
  Status Delete(const org::Caller& caller, Id id);
  // 409 opportunity.version_conflict; 422 opportunity.feedback_required / stage_skipped /
  // reason_required / bad_stage; 400 validation.failed feedback.<key>.
  Result<OpportunityDetail> Move(const org::Caller& caller, Id id, const MoveInput& in);
  Result<std::vector<StageChange>> History(const org::Caller& caller, Id id);
  // A follow-up of the customer about one of its opportunities (validation.failed opportunityId
  // otherwise): written by the activity module in the same transaction as the opportunity's
  // last activity.
  Result<activity::FollowUp> AddFollowUp(const org::Caller& caller, Id customer_id, const activity::FollowUpInput& in);

  // Lead conversion, inside its transaction: an opportunity (with `lead_id`) for the customer
  // just made or attached, owned by the customer's owner. validation.failed names
  // opportunity.<field>.
  static Result<Id> CreateForLead(storage::Connection& conn, const org::Caller& caller, Id customer_id, Id lead_id,
                                  const ConvertedOpportunity& in, Instant now);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

// The daily stale reminders (僵尸商机): each open opportunity that became stale is named to its
// owner once per stale episode ("opportunity.stale"). Run by the customer sweep of a tenant
// (ownership::SweepOptions::after_sweep, wired in app/main.cc), so once a day on one node;
// each reminder is a conditional write, so never twice.
class DealSweep {
 public:
  DealSweep(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  // System path (the sweep): no caller. Answers how many reminders were sent.
  Result<std::int64_t> RemindStale(Id tenant_id, Instant at);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::deals
