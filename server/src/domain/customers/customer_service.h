#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/customers/customer_repository.h"
#include "domain/org/caller.h"
#include "domain/events/bus.h"
#include "domain/fields/field_values.h"
#include "domain/pool/reclaim_clock.h"
#include "storage/database.h"

namespace quanke::pool {
class Countdowns;
}  // namespace quanke::pool
namespace quanke::fields {
class FieldSet;
}  // namespace quanke::fields

namespace quanke::customers {

// Fields of a create or PATCH (absent = unchanged; inner nullopt = cleared).
struct ContactInput {
  std::optional<std::string> name, title, notes;
  std::optional<std::optional<std::string>> mobile, phone, email, wechat, birthday;
  std::optional<bool> is_primary;
};

struct CustomerInput {
  std::optional<std::string> name, short_name, industry, scale, level, status, source;
  std::optional<std::string> province, city, district, address, website, custom_fields;
  std::optional<std::optional<std::string>> credit_code, phone;
  std::optional<std::optional<double>> lat, lng;
  std::optional<std::vector<std::string>> tags;
  std::optional<Id> pool_id;   // create only: into this pool instead of owning it
  std::optional<Id> owner_id;  // create only: for someone in scope
  std::optional<std::vector<ContactInput>> contacts;  // create only
  // Create only, for imports that keep a record's origin: who entered it and when (the caller's
  // id and now otherwise). The imports module lets only admins set them.
  std::optional<Id> created_by;
  std::optional<Instant> created_at;
};

// A customer as the caller may see it: countdown attached, protected fields masked.
struct CustomerView {
  Customer customer;
  std::optional<pool::Deadline> deadline;
  std::string deadline_pool_name;
  bool phone_masked = false;
  // In a pool the caller held it in until the cooldown: the first date they may claim it back
  // (what pool.cooldown's details.until would say). Set by the list and the detail.
  std::optional<LocalDate> claim_cooldown_until;
};

struct CustomerDetail {
  CustomerView view;
  std::vector<Contact> contacts;
  std::vector<TeamMember> team;
  bool can_edit = false, can_release = false, can_transfer = false, can_lock = false,
       can_claim = false;
};

// The protected fields of a customer and its contacts in clear (POST /customers/{id}/reveal).
struct Revealed {
  std::optional<std::string> phone;
  std::string address;
  std::string custom_fields = "{}";  // the protected custom fields the caller sees, in clear
  std::vector<Contact> contacts;
  std::int64_t reveals_left_today = 0;
};

// Spends a reveal (PRODUCT.md §11) inside the transaction that reads what it shows: when
// `masked` (the caller sees something masked that the record holds) it counts one of the caller's
// reveals of the tenant's local day and audits `action` on the object (429
// reveal.quota_exceeded once the day's quota is spent); otherwise it spends and writes nothing.
// Answers the reveals left today. Customers, contacts and leads reveal through it.
Result<std::int64_t> SpendReveal(storage::Connection& conn, const org::Caller& caller, Instant now, bool masked,
                                 const std::string& action, const std::string& object_type, Id object_id);

// The tenant's reveal settings (GET/PUT /settings/reveal).
struct RevealSettings {
  static constexpr int kDefaultDailyQuota = 20;
  int daily_quota = kDefaultDailyQuota;  // reveals per user and local day, 0..1000
};

// 查重 result: who holds a matching customer, masked.
struct ConflictMatch {
  std::string kind = "customer";  // or "lead": customer_id/customer_name then name the lead
  std::string matched_on;  // "name", "creditCode", "phone"
  std::string where;       // "owned", "pool", "locked", "deleted"
  std::optional<std::string> team_name;
  std::optional<std::string> pool_name;
  std::optional<LocalDate> protected_until;
  std::optional<Id> customer_id;  // only when the caller may open it
  std::optional<std::string> customer_name;
  Id record_id = 0;  // the matching record, for the modules above; never answered as such
};

struct ConflictQuery {
  std::optional<std::string> name, credit_code, phone;
  std::vector<std::string> more_phones;  // contacts' numbers on create
  std::optional<Id> exclude_id;
  std::optional<Id> exclude_lead_id;  // a lead's own conversion
};

// What the caller may do with one customer (the policy for customers).
struct CustomerAccess {
  bool visible = false;
  bool owner = false;
  bool in_scope = false;    // owned by someone in the caller's data scope
  bool team_read = false, team_write = false;
  bool pool_member = false, pool_admin = false;
};
// `team`, when given, is the customer's team as read already (ListTeam): no query for it then.
Result<CustomerAccess> AccessTo(storage::Connection& conn, const org::Caller& caller, const Customer& c,
                                const std::vector<TeamMember>* team = nullptr);
// Whether the caller may edit a visible customer's fields and contacts.
bool CanEdit(const org::Caller& caller, const CustomerAccess& a);
// A customer read for a list, as the caller may see it: the custom values of fields the caller's
// role does not see cut, and the protected fields masked unless the caller owns it or holds
// field.view_protected (a pool customer: unless the caller administers its pool, `pool_admin`).
// Answers whether it masked (the record's `phoneMasked`).
bool ShowAs(const org::Caller& caller, Customer& c, bool pool_admin, const fields::FieldSet& custom);
// The same for a map card (phone and address).
bool ShowAs(const org::Caller& caller, CustomerCard& c, bool pool_admin, const org::Protection& p);

// An opportunity of the customer was won (the deals module, inside its move's transaction): the
// customer becomes a deal customer — status "deal", last deal at `at` — so the pools' exemption
// of deal customers applies at once. not_found when the customer is gone.
Status MarkDealWon(storage::Connection& conn, const org::Caller& caller, Id customer_id, Instant at);

// Customers and contacts (客户 / 联系人): data scope, masking, the conflict check and owner
// history on every write. Thread-safe.
class CustomerService {
 public:
  // Publishes customer.create on `events` in the creating transaction.
  CustomerService(storage::Database& db, const Clock& clock, const events::Bus& events)
      : db_(db), clock_(clock), events_(events) {}

  Result<Page<CustomerView>> List(const org::Caller& caller, CustomerFilter filter, const PageRequest& page);
  Result<CustomerDetail> Get(const org::Caller& caller, Id id);
  Result<CustomerDetail> Create(const org::Caller& caller, const CustomerInput& in);
  // Creates many customers in one transaction (bulk entry and import): each row is checked on its
  // own, so a bad row is reported and the others are kept. Rows are checked before anything of
  // theirs is written, and later rows see earlier ones (a duplicate within the batch is a conflict).
  struct BulkRow {
    std::optional<Id> id;  // set when created
    Status status;         // the row's error otherwise
  };
  Result<std::vector<BulkRow>> CreateMany(const org::Caller& caller, const std::vector<CustomerInput>& rows);
  // CreateMany's rows inside an open write transaction (the imports module's batches): the same
  // checks and writes. An error is a fault of the database, after which the transaction must not
  // commit; the caller refreshes statistics after committing.
  Result<std::vector<BulkRow>> CreateManyIn(storage::Connection& conn, const org::Caller& caller,
                                            const std::vector<CustomerInput>& rows, Instant now);
  // Writes an edit and answers the detail as it stands after the commit.
  Result<CustomerDetail> Update(const org::Caller& caller, Id id, const CustomerInput& in);
  // Writes an edit (every check of Update) and answers nothing.
  Status Edit(const org::Caller& caller, Id id, const CustomerInput& in);
  // Edit inside an open write transaction; a refusal writes nothing.
  static Status EditIn(storage::Connection& conn, const org::Caller& caller, Id id, const CustomerInput& in,
                       Instant now);
  // One customer as a list item shows it (masked as for the caller), without the detail's
  // contacts, team and permissions. `with_countdown`/`all_names` as in CustomerFilter.
  Result<CustomerView> View(const org::Caller& caller, Id id, bool with_countdown, bool all_names);
  Status Delete(const org::Caller& caller, Id id);
  Result<std::vector<ConflictMatch>> CheckConflict(const org::Caller& caller, const ConflictQuery& q);
  Result<std::vector<HistoryEntry>> History(const org::Caller& caller, Id id);

  // The customer's and its contacts' protected fields in clear. not_found as Get; a customer in a
  // pool is refused (customer.claim_first) unless the caller sees it unmasked. When the caller
  // sees them masked, the reveal is audited (customer.reveal) and spends one of the caller's
  // reveals of the tenant's local day (reveal.quota_exceeded when none is left).
  Result<Revealed> Reveal(const org::Caller& caller, Id id);
  // One contact's protected fields in clear, as Reveal (audited `contact.reveal`); 404 as the
  // customer's detail.
  Result<Revealed> RevealContact(const org::Caller& caller, Id contact_id);
  Result<RevealSettings> RevealSettingsOf(const org::Caller& caller);
  Result<RevealSettings> SetRevealSettings(const org::Caller& caller, const RevealSettings& s);

  Result<std::vector<Contact>> Contacts(const org::Caller& caller, Id customer_id);
  Result<Contact> AddContact(const org::Caller& caller, Id customer_id, const ContactInput& in);
  // AddContact inside an open write transaction; a refusal writes nothing.
  static Result<Contact> AddContactIn(storage::Connection& conn, const org::Caller& caller, Id customer_id,
                                      const ContactInput& in, Instant now);
  Result<Contact> UpdateContact(const org::Caller& caller, Id contact_id, const ContactInput& in);
  Status DeleteContact(const org::Caller& caller, Id contact_id);

  // Loads one customer's view inside an open connection: not_found when the caller may not
  // see it; `access` gets the caller's access to it.
  // `countdowns` (may be null: no countdown) also serves the caller's later rule lookups.
  static Result<CustomerView> ViewOf(storage::Connection& conn, const org::Caller& caller, Id id,
                                     pool::Countdowns* countdowns, bool all_names, CustomerAccess* access);
  // The same for a customer record read already (`team`, when given, is its team: see AccessTo);
  // `contacts`, when given, are the customer's, masked as it is.
  static Result<CustomerView> ViewFrom(storage::Connection& conn, const org::Caller& caller, Customer c,
                                       const std::vector<TeamMember>* team, pool::Countdowns* countdowns,
                                       CustomerAccess* access, std::vector<Contact>* contacts = nullptr);
  // Loads the detail view inside an open connection (used by the pool actions too).
  static Result<CustomerDetail> DetailOf(storage::Connection& conn, const org::Caller& caller,
                                         Id id, Instant now);
  static Result<std::vector<ConflictMatch>> FindConflicts(storage::Connection& conn,
                                                          const org::Caller& caller,
                                                          const ConflictQuery& q, Instant now);

 private:
  // A new customer that passed every check, ready to be written.
  struct NewCustomer {
    Customer customer;
    std::vector<Contact> contacts;
    HistoryEntry history;
    std::shared_ptr<const fields::FieldSet> fields;  // its values' index rows are written with it
  };
  // What the checks of new customers look up, kept for the length of one write transaction so
  // that a batch makes each lookup once: who may own, home pools, their rules, and how many
  // customers each owner holds (counted once, then followed through the batch's own rows; the
  // count had made a batch of 100 rows for one owner cost quadratically).
  struct CreateLookups {
    // An owner's home pool and what its rules allow them to hold.
    struct Holding {
      std::optional<Id> home_pool;
      int limit = 0;
      bool count_deals = true;
      std::int64_t held = 0;
    };
    std::optional<std::vector<Id>> browsable_pools;
    std::map<Id, Id> owner_department;  // owners other than the caller, checked
    std::map<Id, Holding> holdings;     // by owner
    std::shared_ptr<const fields::FieldSet> fields;  // the customers' custom fields, as the caller sees them
    // A prepared customer was written: it now counts toward its owner's holding.
    void Created(const Customer& c);
  };
  // Runs every check on a new customer (validation, conflicts, pool, owner and holding limit)
  // inside an open write transaction, and writes nothing: a refusal leaves the transaction as it was.
  Result<NewCustomer> PrepareCreate(storage::Connection& conn, const org::Caller& caller, const CustomerInput& in,
                                    Instant now, CreateLookups& lookups);
  // Writes a prepared customer with its history, audit entry and feed item. Any error is a fault
  // of the database, after which the transaction must not commit.
  Status WriteCreate(storage::Connection& conn, const org::Caller& caller, const NewCustomer& n, Instant now);

  storage::Database& db_;
  const Clock& clock_;
  const events::Bus& events_;
};

}  // namespace quanke::customers
