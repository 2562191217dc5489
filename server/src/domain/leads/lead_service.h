#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_service.h"
#include "domain/customers/customer_service.h"
#include "domain/deals/deal_service.h"
#include "domain/leads/lead_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::leads {

// A conflict-check match of a lead or customer, disclosed as the caller may learn of it.
struct LeadMatch {
  std::string kind;  // "customer" or "lead"
  customers::ConflictMatch match;  // for a lead: where = owned/pool/converted/deleted, customer_* = the lead
};

struct ConvertInput {
  std::optional<Id> customer_id;        // attach to this customer
  customers::CustomerInput customer;    // overrides of the mapped customer values
  std::optional<std::string> contact_name, contact_title;
  std::optional<deals::ConvertedOpportunity> opportunity;  // also an opportunity (商机) for the customer
};

struct ConvertResult {
  LeadDetail lead;
  Id customer_id = 0;
  std::optional<Id> contact_id;
  std::optional<Id> opportunity_id;
  bool attached = false;
};

struct BulkRow {
  std::optional<Id> id;
  std::optional<Id> linked_customer_id;
  Status status;
};

// Leads (线索) and lead pools (PRODUCT.md §6, docs/api-leads.md): capture, the conflict check
// against customers and leads, pull (claim) and push (rules) assignment under the pool module's
// rules, follow-ups, conversion into a customer and contact. Every write is one transaction with
// its history. Thread-safe.
class LeadService {
 public:
  // Conversion creates customers and contacts through `customers` (nested in its transaction).
  LeadService(storage::Database& db, const Clock& clock, customers::CustomerService& customers)
      : db_(db), clock_(clock), customers_(customers) {}
  // Uploads of a lead's custom fields may be read by whoever may read the lead (once, at start-up).
  static void RegisterAttachmentReaders();

  Result<Page<LeadView>> List(const org::Caller& caller, const LeadFilter& filter, const PageRequest& page);
  Result<LeadDetail> Get(const org::Caller& caller, Id id);
  // The lead's protected fields in clear (docs/api-leads.md "Revealing"): audited `lead.reveal`
  // and counted against the caller's daily reveals like a customer's; 404 as Get; 409
  // lead.claim_first for a pool lead the caller sees masked.
  struct Revealed {
    Lead lead;  // mobile, phone, email, wechat and custom_fields (the protected ones) in clear
    std::int64_t reveals_left_today = 0;
  };
  Result<Revealed> Reveal(const org::Caller& caller, Id id);
  // 409 lead.conflict when the lead matches a customer or lead, unless `force` (then it is linked
  // to the matching customer). With a pool, the pool's push rules run.
  Result<LeadDetail> Create(const org::Caller& caller, const LeadInput& in);
  // Bulk entry and import: each row on its own; conflicts are created and linked, not refused.
  Result<std::vector<BulkRow>> CreateMany(const org::Caller& caller, const std::vector<LeadInput>& rows,
                                          std::optional<Id> pool_id);
  Result<LeadDetail> Update(const org::Caller& caller, Id id, const LeadInput& in);
  Status Delete(const org::Caller& caller, Id id);
  Result<LeadDetail> SetStatus(const org::Caller& caller, Id id, const std::string& status, const std::string& reason);
  Result<std::vector<LeadMatch>> CheckConflict(const org::Caller& caller, const customers::ConflictQuery& q,
                                               std::optional<Id> exclude_lead);

  Result<LeadDetail> Claim(const org::Caller& caller, Id id);
  Result<LeadDetail> Assign(const org::Caller& caller, Id id, Id user_id);
  Result<LeadDetail> Release(const org::Caller& caller, Id id, const std::string& reason, std::optional<Id> pool_id);
  Result<LeadDetail> Transfer(const org::Caller& caller, Id id, Id user_id);

  Result<Page<activity::FollowUp>> FollowUps(const org::Caller& caller, Id id, const PageRequest& page);
  Result<activity::FollowUp> AddFollowUp(const org::Caller& caller, Id id, const activity::FollowUpInput& in);
  Result<std::vector<LeadHistoryEntry>> History(const org::Caller& caller, Id id);
  Result<ConvertResult> Convert(const org::Caller& caller, Id id, const ConvertInput& in);

  Result<std::vector<LeadSource>> Sources(const org::Caller& caller);
  Result<LeadSource> CreateSource(const org::Caller& caller, const LeadSource& in);
  Result<LeadSource> UpdateSource(const org::Caller& caller, Id id, const std::optional<std::string>& name,
                                  std::optional<bool> enabled, std::optional<std::int64_t> sort_order,
                                  const std::optional<std::vector<LeadSourceCost>>& costs);
  Status DeleteSource(const org::Caller& caller, Id id);

  Result<std::vector<PushRule>> PushRules(const org::Caller& caller, Id pool_id);
  Result<std::vector<PushRule>> SetPushRules(const org::Caller& caller, Id pool_id, std::vector<PushRule> rules);

  Result<std::vector<ConversionField>> ConversionMapping(const org::Caller& caller);
  Result<std::vector<ConversionField>> SetConversionMapping(const org::Caller& caller,
                                                            const std::vector<ConversionField>& fields);

  // System path (the public web form): a lead for the pool, pushed by its rules, inside the
  // caller's transaction. The lead's fields are checked already; `actor` is recorded (none for a
  // form). Answers the new lead's id.
  static Result<Id> Intake(storage::Connection& conn, Id tenant_id, Lead lead, Instant now);

 private:
  storage::Database& db_;
  const Clock& clock_;
  customers::CustomerService& customers_;
};

// The mapped lead fields a customer field may take (for the mapping editor), "lead" → "customer.x".
const std::vector<ConversionField>& DefaultConversionMapping();

}  // namespace quanke::leads
