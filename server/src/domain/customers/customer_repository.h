#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/customers/customer_types.h"
#include "domain/fields/field_types.h"
#include "domain/org/caller.h"
#include "storage/database.h"

// The SQL of the customers module: customers, contacts, phones, owner history and sales teams
// (files named *_repository.cc). None checks permissions; the service does. Calls made for a
// request take the Caller (tenant and data scope); those that also serve other modules' callers
// without one, or are called from the pool and activity modules, take the tenant, each saying why.
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
  bool count_total = true;            // `total=false`: the list omits its count (a continuation read)
  bool numbers_protected = true;      // the tenant protects phones or mobiles (a digits search is narrowed)
  std::string status, industry, province, city, source, tag;
  std::vector<std::string> levels;  // any of these levels (客户类型), when given
  // Columns that must be empty (not filled in): a distribution's "未填写" row drills down here.
  // Each one of EmptyFilterColumns().
  std::vector<std::string> empty;
  std::optional<bool> locked;
  std::optional<Instant> last_follow_up_from, last_follow_up_to;
  // Custom field filters as the request names them (cf.<key>…), and as the service resolved them.
  std::vector<fields::FilterParam> custom_params;
  std::vector<fields::Condition> custom;
  // Whether each item gets its reclaim countdown (a list that does not show it skips the
  // pool rules).
  bool with_countdown = true;
  // false: of the joined names only the owner's is read (the department, pool, home pool and
  // previous owner names come back empty), for a list that does not show them.
  bool all_names = true;
};

bool IsCustomerSortField(std::string_view field);
// The columns CustomerFilter::empty may name: industry, province, city, source.
bool IsEmptyFilterColumn(std::string_view column);

// Owned customers in the caller's data scope, or pool customers (filter.in_pool / pool_id),
// not deleted. Keyset-paginated; with `q`, newest first.
Result<Page<Customer>> ListCustomers(storage::Connection& conn, const org::Caller& caller,
                                     const CustomerFilter& filter, const PageRequest& page);

// One customer of the tenant (deleted ones too when `include_deleted`); not_found otherwise.
// By tenant: pool and activity call it with their callers' tenant.
Result<Customer> GetCustomer(storage::Connection& conn, Id tenant_id, Id id,
                             bool include_deleted = false);

// A live customer as GetCustomer reads it, but of the joined names only the owner's (the others
// come back empty): for an edit, which writes none of them, and for answers that show none
// (four index lookups fewer).
Result<Customer> GetCustomerWithOwnerName(storage::Connection& conn, const org::Caller& caller, Id id);

// Several customers of the tenant by id (live ones), in no particular order. (No caller yet.)
Result<std::vector<Customer>> GetCustomers(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids);
// The cards of the caller's tenant's live customers by id (any order; unknown or deleted ids
// are skipped).
Result<std::vector<CustomerCard>> GetCustomerCards(storage::Connection& conn, const org::Caller& caller,
                                                   const std::vector<Id>& ids);

// Writes a new customer with its contacts, phone numbers, search text and grams. By tenant: the
// demo seeding writes customers without a caller.
Status InsertCustomer(storage::Connection& conn, Id tenant_id, const Customer& c,
                      const std::vector<Contact>& contacts = {});
// Writes the edit `c` of `before` (the stored row): the columns that differ and updated_at. Re-derives
// phones, search text and grid cell when the name, short name, phone or position changed.
Status UpdateCustomer(storage::Connection& conn, const org::Caller& caller, const Customer& before,
                      const Customer& c);
// Re-derives phones and search grams from the customer and its live contacts.
Status ReindexCustomer(storage::Connection& conn, const org::Caller& caller, const Customer& c);
// Marks the customer deleted at `at`, by the caller.
Status SoftDeleteCustomer(storage::Connection& conn, const org::Caller& caller, Id id, Instant at);
// At start-up: when the text index was written by an older kSearchGramsVersion, rebuilds it
// from every customer's stored search text (in transactions of a few thousand) and records the
// new version. Returns how many customers were re-indexed (0 when it was current).
Result<std::int64_t> RebuildStaleSearchIndex(storage::Database& db);

// Ownership columns only (claim, assign, release, transfer, reclaim, lock). By tenant: the pool
// module calls it.
Status UpdateOwnership(storage::Connection& conn, Id tenant_id, const Customer& c);

// Counting for the pool rules (of `user_id`, not the caller). By tenant: the pool module calls them.
Result<std::int64_t> CountHeld(storage::Connection& conn, Id tenant_id, Id user_id, bool count_deals);
Result<std::int64_t> CountLocked(storage::Connection& conn, Id tenant_id, Id user_id);


// A customer's owner as stored now (GetCustomer loads the whole record).
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

// The customers a customer report covers (customer_stats_repository.cc): not deleted, owned by
// someone in the caller's data scope, and below `department_id` when given, of one of `levels`
// when any is given (客户类型) — the customers GET /customers lists, so every count drills down to
// that list.
// Whether `column` is one they may be counted by: province, city, industry, level, source, status.
bool IsDistributionColumn(std::string_view column);
// Their number per value of `column` (IsDistributionColumn; another name is a programming error:
// internal), largest first, then by value (bytes); of those whose province is one of `provinces`
// when any is given (a map's province: the spellings people typed for it).
Result<std::vector<std::pair<std::string, std::int64_t>>> CountOwnedCustomersBy(
    storage::Connection& conn, const org::Caller& caller, std::optional<Id> department_id,
    std::string_view column, const std::vector<std::string>& provinces = {},
    const std::vector<std::string>& levels = {});
// Their number; with `created`, only those created at [first, second).
Result<std::int64_t> CountOwnedCustomers(storage::Connection& conn, const org::Caller& caller,
                                         std::optional<Id> department_id,
                                         std::optional<std::pair<Instant, Instant>> created,
                                         const std::vector<std::string>& levels = {});
// How many of them were created in each [bounds[i], bounds[i + 1]) (ascending bounds, at least
// two), in one pass over the creation times.
Result<std::vector<std::int64_t>> CountOwnedCustomersCreatedBetween(storage::Connection& conn,
                                                                    const org::Caller& caller,
                                                                    std::optional<Id> department_id,
                                                                    const std::vector<Instant>& bounds,
                                                                    const std::vector<std::string>& levels = {});

// The customers of the visit statistics (客户被拜访统计; customer_stats_repository.cc): the same
// customers as the reports above, by owner, with the owner's and their department's names, for
// every owner who has any: how many were never visited and how many were last visited before
// `forgotten_before`.
Result<std::vector<NeglectedCount>> CountNeglectedByOwner(storage::Connection& conn, const org::Caller& caller,
                                                          std::optional<Id> department_id,
                                                          Instant forgotten_before,
                                                          const std::vector<std::string>& levels = {});
// The customers behind one of those numbers, keyset-paginated: never visited ones by creation,
// forgotten ones by last visit, oldest first (ties by id); with the total. validation.failed on
// a malformed cursor.
Result<Page<NeglectedCustomer>> ListNeglected(storage::Connection& conn, const org::Caller& caller,
                                              const NeglectedFilter& filter, const PageRequest& page);

// The home to-dos (customer_todo_repository.cc): the caller's own live customers, at most 50
// each (days_left and rule unset).
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

// The conflict check's lookups (查重): ids of the caller's tenant's customers, deleted ones too,
// at most 20 per lookup, with a normalised credit code, normalised name, or phone digits (of the
// customer or a live contact); then the same lookups over leads not converted (their company
// name, credit code and phones). All lookups go in one round trip; the answer holds each
// lookup's customer ids in the order asked, then each lookup's lead ids.
// The leads table is read here, a documented exception to table ownership: the conflict check
// must cover leads and customers sit below the leads module.
struct ConflictLookup {
  enum class On { kCreditCode, kName, kPhone } on;
  std::string key;  // normalised credit code or name, or phone digits
};
Result<std::vector<std::vector<Id>>> CustomersMatching(storage::Connection& conn, const org::Caller& caller,
                                                       const std::vector<ConflictLookup>& lookups);
// What the conflict check discloses of matching leads.
struct LeadHit {
  Id id = 0;
  std::string name;
  std::optional<Id> owner_id, pool_id;
  bool deleted = false;
  std::optional<Id> customer_id;
  std::string pool_name, owner_department;
};
Result<std::vector<LeadHit>> LeadHits(storage::Connection& conn, const org::Caller& caller, const std::vector<Id>& ids);

// Contacts: the customer's live ones (primary first, then oldest first); one live contact
// (not_found otherwise; by tenant: activity calls it); writes.
Result<std::vector<Contact>> ListContacts(storage::Connection& conn, const org::Caller& caller, Id customer_id);
Result<Contact> GetContact(storage::Connection& conn, Id tenant_id, Id id);
Status InsertContact(storage::Connection& conn, const org::Caller& caller, const Contact& c);
Status UpdateContact(storage::Connection& conn, const org::Caller& caller, const Contact& c);
Status DeleteContact(storage::Connection& conn, const org::Caller& caller, Id id, Instant at);

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
// Appends an entry (a new id when `e.id` is 0). By tenant: the pool's sweep and the demo seeding
// write history without a caller.
Status AppendHistory(storage::Connection& conn, Id tenant_id, const HistoryEntry& e);
// The customer's last 500 entries, newest first, with the names of the users and pool.
Result<std::vector<HistoryEntry>> ListHistory(storage::Connection& conn, const org::Caller& caller, Id customer_id);

// Customer team (销售团队) rows.
struct TeamMember {
  Id user_id = 0;
  std::string name;
  std::string access;  // "read" / "write"
};
// The customer's team by name; adding a member (or changing their access). By tenant: activity
// and the pool module call them (activity without a caller at hand).
Result<std::vector<TeamMember>> ListTeam(storage::Connection& conn, Id tenant_id, Id customer_id);
Status AddTeamMember(storage::Connection& conn, Id tenant_id, Id customer_id, Id user_id,
                     const std::string& access, Instant at);
// The caller's access on the customer's team ("read" / "write"); nullopt when not on it.
Result<std::optional<std::string>> TeamAccess(storage::Connection& conn, const org::Caller& caller,
                                              Id customer_id);
// The customer's team as stored, with names and departments, by name (ListTeam has neither
// departments nor the owner flag). The owner may be among them.
Result<std::vector<TeamMemberDetail>> ListTeamWithNames(storage::Connection& conn,
                                                        const org::Caller& caller, Id customer_id);
// Takes the user off the customer's team; false when they were not on it.
Result<bool> DeleteTeamMember(storage::Connection& conn, const org::Caller& caller, Id customer_id,
                              Id user_id);

// What a customer's detail shows, read in one round trip: the live customer with all joined
// names (as GetCustomer), its live contacts (as ListContacts) and its team (as ListTeam).
// not_found when the customer is not live.
struct CustomerDetailRows {
  Customer customer;
  std::vector<Contact> contacts;
  std::vector<TeamMember> team;
};
Result<CustomerDetailRows> GetCustomerDetailRows(storage::Connection& conn, const org::Caller& caller, Id id);

// Phone reveals (reveal_repository.cc). The tenant's daily quota per user (tenant_settings key
// 'reveal'); `fallback` when none is stored.
Result<int> LoadRevealQuota(storage::Connection& conn, Id tenant_id, int fallback);
Status SaveRevealQuota(storage::Connection& conn, Id tenant_id, int daily_quota);
// How many reveals the user has spent on the local day `day` (YYYY-MM-DD).
Result<std::int64_t> RevealsOn(storage::Connection& conn, Id tenant_id, Id user_id, const std::string& day);
// Counts one reveal on `day` unless `quota` are spent already: the new count, or nullopt when the
// quota was spent. One statement on the user's row, so concurrent reveals count exactly.
Result<std::optional<std::int64_t>> CountReveal(storage::Connection& conn, Id tenant_id, Id user_id,
                                                const std::string& day, int quota);

}  // namespace quanke::customers
