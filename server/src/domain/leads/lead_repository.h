#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/leads/lead_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of leads and what hangs off them: history, sources and their costs, push rules and
// their members, the conversion mapping. Request-path functions take the Caller; system paths
// (the sweep, seeding, the public form intake) take the tenant id and say so.
namespace quanke::leads {

// A lead with its joined names; not_found when absent (or deleted unless `include_deleted`).
Result<Lead> GetLead(storage::Connection& conn, Id tenant_id, Id id, bool include_deleted = false);
// Several leads by id (joined names), in no particular order.
Result<std::vector<Lead>> GetLeads(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids);

// Writes a new lead and its phone digits (queued writes).
Status InsertLead(storage::Connection& conn, Id tenant_id, const Lead& l);
// Writes the editable fields of `l` (and its phones again).
Status UpdateLeadFields(storage::Connection& conn, const org::Caller& caller, const Lead& l);
Status SetLeadStatus(storage::Connection& conn, Id tenant_id, Id id, const std::string& status,
                     const std::string& reason, Instant at);
// A follow-up: first contact (once), last follow-up, and "new" becomes "contacting".
Status TouchLeadFollowUp(storage::Connection& conn, Id tenant_id, Id id, Instant at);
Status SoftDeleteLead(storage::Connection& conn, const org::Caller& caller, Id id, Instant at);
Status MarkConverted(storage::Connection& conn, const org::Caller& caller, Id id, Id customer_id,
                     std::optional<Id> contact_id, Instant at);

// Ownership moves. Taking a lead out of a pool is conditional (false: it was no longer there).
Result<bool> TakeLeadFromPool(storage::Connection& conn, Id tenant_id, Id id, Id user_id, Id pool_id,
                              std::optional<Id> rule_id, Instant at);
// Puts an owned lead into `pool_id` (release or reclaim); conditional on the owner.
Result<bool> PutLeadInPool(storage::Connection& conn, Id tenant_id, Id id, Id owner_id, Id pool_id,
                           bool reclaimed, Instant at);
Status SetLeadOwner(storage::Connection& conn, Id tenant_id, Id id, Id user_id, Instant at);

// History.
Status InsertHistory(storage::Connection& conn, Id tenant_id, const LeadHistoryEntry& h);
Result<std::vector<LeadHistoryEntry>> ListHistory(storage::Connection& conn, const org::Caller& caller, Id lead_id);
// Leads that came to `user_id` by `action` ("claim", "push") since `since` (in `pool_id` when given).
Result<std::int64_t> CountReceivedSince(storage::Connection& conn, Id tenant_id, Id user_id, const char* action,
                                        std::optional<Id> pool_id, Instant since);
// Per user: leads pushed to them since `since`, and open leads they hold.
Result<std::map<Id, std::int64_t>> PushedSince(storage::Connection& conn, Id tenant_id, const std::vector<Id>& users,
                                               Instant since);
Result<std::map<Id, std::int64_t>> OpenHeld(storage::Connection& conn, Id tenant_id, const std::vector<Id>& users);

// The list. `pool_ids`: the lead pools whose leads the caller may browse (with in_pool/pool_id).
Result<Page<Lead>> ListLeads(storage::Connection& conn, const org::Caller& caller, const LeadFilter& f,
                             const std::vector<Id>& pool_ids, const PageRequest& page);

// Sources.
Result<std::vector<LeadSource>> ListSources(storage::Connection& conn, Id tenant_id);
Status InsertSource(storage::Connection& conn, Id tenant_id, const LeadSource& s);
Status UpdateSource(storage::Connection& conn, const org::Caller& caller, const LeadSource& s);
Status DeleteSource(storage::Connection& conn, const org::Caller& caller, Id id);
Result<bool> SourceInUse(storage::Connection& conn, const org::Caller& caller, Id id);

// Push rules of a pool, in order, with their members (by order).
Result<std::vector<PushRule>> ListPushRules(storage::Connection& conn, Id tenant_id, Id pool_id);
// Replaces the pool's rules with `rules` (ids kept), keeping each kept rule's round-robin place.
Status ReplacePushRules(storage::Connection& conn, const org::Caller& caller, Id pool_id,
                        const std::vector<PushRule>& rules);
Status SaveRoundRobin(storage::Connection& conn, Id tenant_id, Id rule_id, std::int64_t next_order);

// The conversion mapping.
Result<std::vector<ConversionField>> GetConversionMapping(storage::Connection& conn, Id tenant_id);
Status SetConversionMapping(storage::Connection& conn, const org::Caller& caller,
                            const std::vector<ConversionField>& fields);

}  // namespace quanke::leads
