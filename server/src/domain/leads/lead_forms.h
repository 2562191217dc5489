#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::leads {

// One field a web form asks for: a lead field (kFormFieldKeys), its label on the page ("" = the
// web app's own label) and whether the visitor must fill it.
struct FormField {
  std::string key;
  std::string label;
  bool required = false;
};

// The lead fields a form may ask for.
const std::vector<std::string>& FormFieldKeys();

// A public web form (线索表单): its token in the page's URL lands leads in a lead pool.
struct LeadForm {
  Id id = 0;
  Id tenant_id = 0;  // the public page finds a form by its token alone
  std::string name;
  std::string token;
  Id pool_id = 0;
  std::string pool_name;  // "" once the pool is gone
  std::optional<Id> source_id;
  std::string source_name;
  std::string campaign;
  std::vector<FormField> fields;
  std::string thanks;
  bool enabled = true;
  std::int64_t per_minute = 600;  // submissions a minute (each node), for the whole form
  Instant created_at = 0, updated_at = 0;
};

// What a create or edit may set; nullopt = not given (an edit leaves it alone).
struct LeadFormInput {
  std::optional<std::string> name, campaign, thanks;
  std::optional<Id> pool_id;
  std::optional<std::optional<Id>> source_id;
  std::optional<std::vector<FormField>> fields;
  std::optional<bool> enabled;
  std::optional<std::int64_t> per_minute;
  bool rotate_token = false;  // edit only: a new token (the old URL stops working)
};

// What the public page shows.
struct PublicForm {
  std::string name;
  std::vector<FormField> fields;
  std::string thanks;
};

// One submission as the page sent it: the text of each field, problems of shape found while
// reading it (named as in the request: "fields.<key>" wrong_type), and whether the honeypot
// field was filled.
struct FormSubmission {
  std::vector<std::pair<std::string, std::string>> fields;
  std::vector<FieldIssue> issues;
  bool honeypot_filled = false;
};

// Counts hits per key in fixed one-minute windows, each starting at the key's first hit. In
// memory, per process: with several nodes each counts what reaches it. Thread-safe.
class MinuteLimiter {
 public:
  // Whether one more hit of `key` at `now` stays within `limit` a minute (and counts it);
  // when not, *retry_after_s says when the window ends.
  bool Admit(const std::string& key, std::int64_t limit, Instant now, std::int64_t* retry_after_s);

 private:
  struct Window {
    Instant start = 0;
    std::int64_t hits = 0;
  };
  std::mutex mu_;
  std::map<std::string, Window> windows_;  // guarded by mu_
  Instant last_prune_ = 0;                 // guarded by mu_
};

// Web forms (docs/api-leads.md): their configuration (pool.configure) and the public page's
// two calls, which need no login. A submission is a lead created through
// LeadService::Intake in one transaction (source, campaign, pool and form id from the form);
// abuse is refused before anything is stored: the honeypot, the field checks, and rate limits
// per client address (kPerAddressPerMinute) and per form (its per_minute), counted in memory on
// each node. Public answers never tell whether a tenant or a disabled form exists: every
// unknown, disabled or broken token is form.not_found. Thread-safe.
class LeadFormService {
 public:
  static constexpr std::int64_t kPerAddressPerMinute = 20;

  LeadFormService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The tenant's forms, newest first (pool.configure).
  Result<std::vector<LeadForm>> List(const org::Caller& caller);
  // A new form with a fresh token (pool.configure). validation.failed: name required/too_long,
  // poolId required/invalid_value (not a lead pool of the tenant), sourceId invalid_value,
  // fields (unknown or repeated key, no name or company, no way to reach the lead), perMinute
  // out of 1..1000000.
  Result<LeadForm> Create(const org::Caller& caller, const LeadFormInput& in);
  // Changes the fields given; rotate_token issues a new token. not_found for another tenant's id.
  Result<LeadForm> Update(const org::Caller& caller, Id id, const LeadFormInput& in);
  // Deletes the form (its URL stops working; leads keep their form id). Audited.
  Status Delete(const org::Caller& caller, Id id);

  // System path (the public page, no login): the form of `token` while enabled; form.not_found
  // otherwise.
  Result<PublicForm> Public(const std::string& token);
  // System path (the public page, no login): one submission from `address`. In order:
  // rate_limited (the address's limit; details.retryAfterSeconds), form.not_found,
  // rate_limited (the form's limit), form.rejected (honeypot filled), validation.failed (fields
  // "fields.<key>": required, too_long, invalid_value, wrong_type; an unknown key is
  // invalid_value); then the lead is created. Nothing is stored on any refusal.
  Status Submit(const std::string& token, const std::string& address, const FormSubmission& submission);

 private:
  storage::Database& db_;
  const Clock& clock_;
  MinuteLimiter per_address_;
  MinuteLimiter per_form_;
};

}  // namespace quanke::leads
