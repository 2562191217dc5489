#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/customers/customer_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::customers {

// What a list may filter on. Empty strings and nullopt mean "any".
struct CustomerFilter {
  std::string q;  // substring (index-backed), already trimmed
  bool mine = false;
  std::optional<Id> owner_id;
  std::optional<Id> pool_id;
  bool in_pool = false;               // pool customers (of pools in `visible_pools`)
  std::vector<Id> visible_pools;      // pools the caller may browse (when in_pool/pool_id)
  std::vector<Id> admin_pools;        // pools whose phones the caller sees unmasked (when in_pool/pool_id)
  std::string status, level, industry, province, city, source, tag;
  std::optional<bool> locked;
  std::optional<Instant> last_follow_up_from, last_follow_up_to;
  // Whether each item gets its reclaim countdown (a list that does not show it skips the
  // pool rules).
  bool with_countdown = true;
  // false: of the joined names only the owner's is read (the department, pool, home pool and
  // previous owner names come back empty), for a list that does not show them.
  bool all_names = true;
};

bool IsCustomerSortField(std::string_view field);

// Owned customers in the caller's data scope, or pool customers (filter.in_pool / pool_id),
// not deleted. Keyset-paginated; with `q`, newest first.
Result<Page<Customer>> ListCustomers(storage::Connection& conn, const org::Caller& caller,
                                     const CustomerFilter& filter, const PageRequest& page);

// One customer of the tenant (deleted ones too when `include_deleted`); not_found otherwise.
Result<Customer> GetCustomer(storage::Connection& conn, Id tenant_id, Id id,
                             bool include_deleted = false);

// A live customer as GetCustomer reads it, but of the joined names only the owner's (the others
// come back empty): for an edit, which writes none of them, and for answers that show none
// (four index lookups fewer).
Result<Customer> GetCustomerWithOwnerName(storage::Connection& conn, Id tenant_id, Id id);

// Several customers of the tenant by id (live ones), in no particular order.
Result<std::vector<Customer>> GetCustomers(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids);
// The cards of live customers by id (any order; unknown or deleted ids are skipped).
Result<std::vector<CustomerCard>> GetCustomerCards(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids);

// Writes a new customer with its contacts, phone numbers, search text and grams.
Status InsertCustomer(storage::Connection& conn, Id tenant_id, const Customer& c,
                      const std::vector<Contact>& contacts = {});
// Writes the edit `c` of `before` (the stored row): the columns that differ and updated_at. Re-derives
// phones, search text and grid cell when the name, short name, phone or position changed.
Status UpdateCustomer(storage::Connection& conn, Id tenant_id, const Customer& before, const Customer& c);
// Re-derives phones and search grams from the customer and its live contacts.
Status ReindexCustomer(storage::Connection& conn, Id tenant_id, const Customer& c);
Status SoftDeleteCustomer(storage::Connection& conn, Id tenant_id, Id id, Id by, Instant at);
// At start-up: when the text index was written by an older kSearchGramsVersion, rebuilds it
// from every customer's stored search text (in transactions of a few thousand) and records the
// new version. Returns how many customers were re-indexed (0 when it was current).
Result<std::int64_t> RebuildStaleSearchIndex(storage::Database& db);

// Ownership columns only (claim, assign, release, transfer, reclaim, lock).
Status UpdateOwnership(storage::Connection& conn, Id tenant_id, const Customer& c);

// Counting for the pool rules.
Result<std::int64_t> CountHeld(storage::Connection& conn, Id tenant_id, Id user_id, bool count_deals);
Result<std::int64_t> CountLocked(storage::Connection& conn, Id tenant_id, Id user_id);

// Contacts.
Result<std::vector<Contact>> ListContacts(storage::Connection& conn, Id tenant_id, Id customer_id);
Result<Contact> GetContact(storage::Connection& conn, Id tenant_id, Id id);
Status InsertContact(storage::Connection& conn, Id tenant_id, const Contact& c);
Status UpdateContact(storage::Connection& conn, Id tenant_id, const Contact& c);
Status DeleteContact(storage::Connection& conn, Id tenant_id, Id id, Instant at);

// Owner history (负责人历史).
struct HistoryEntry {
  Id id = 0;
  Id customer_id = 0;
  std::string action;
  std::optional<Id> from_user_id, to_user_id, pool_id, actor_id;
  std::string from_user_name, to_user_name, pool_name, actor_name;
  std::string reason;
  std::string rule;
  Instant at = 0;
};
Status AppendHistory(storage::Connection& conn, Id tenant_id, const HistoryEntry& e);
Result<std::vector<HistoryEntry>> ListHistory(storage::Connection& conn, Id tenant_id, Id customer_id);

// Customer team (销售团队) rows.
struct TeamMember {
  Id user_id = 0;
  std::string name;
  std::string access;  // "read" / "write"
};
Result<std::vector<TeamMember>> ListTeam(storage::Connection& conn, Id tenant_id, Id customer_id);
Status AddTeamMember(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id,
                     const std::string& access, Instant at);

}  // namespace quanke::customers
