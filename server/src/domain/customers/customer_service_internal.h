#pragma once

// What the files of CustomerService share (customer_service.cc: access, views, lists, edits;
// customer_input.cc: validating and applying input; customer_create.cc: creating customers;
// conflict_check.cc: the conflict check; contact_service.cc: contacts). Not for other modules.

#include <string>
#include <vector>

#include "core/status.h"
#include "domain/customers/customer_service.h"
#include "domain/org/caller.h"
#include "domain/pool/countdown.h"
#include "storage/database.h"

namespace quanke::customers::detail {

// Validation of a create (`creating`) or an edit; every problem of the input at once.
Status ValidateCustomer(const CustomerInput& in, bool creating);
// As ValidateCustomer; `prefix` goes before each field name ("contacts[2].").
Status ValidateContact(const ContactInput& in, bool creating, const std::string& prefix);
// Copies the fields present in the input (trimmed names and tags, normalised credit code).
void Apply(const CustomerInput& in, Customer& c);
void ApplyContact(const ContactInput& in, Contact& c);

bool ContainsId(const std::vector<Id>& ids, Id id);
// Pools the caller may browse: members and admins; with the whole-company scope, every pool.
Result<std::vector<Id>> BrowsablePools(storage::Connection& conn, const org::Caller& caller);
// While the caller's cooldown on a pooled customer they held lasts: the first date they may
// claim it back (OwnershipService::Claim refuses before it with pool.cooldown); else nullopt.
Result<std::optional<LocalDate>> CooldownUntil(pool::Countdowns& countdowns, const org::Caller& caller,
                                               const Customer& c, Instant now);
// Whether the caller sees the customer's protected fields (and its contacts') masked: a pool
// customer for everyone but its pool's admins (until claimed), an owned one for everyone but its
// owner and holders of field.view_protected; never when the tenant protects nothing
// (`pool_admin`: of the customer's pool).
bool MaskedFor(const org::Caller& caller, std::optional<Id> owner_id, std::optional<Id> pool_id, bool pool_admin,
               const org::Protection& p);
bool MaskedFor(const org::Caller& caller, const Customer& c, bool pool_admin, const org::Protection& p);
// The protected fields of the record masked (138****5678): built-in and custom.
void MaskCustomer(Customer& c, const org::Protection& p);
void MaskContact(Contact& c, const org::Protection& p);

// ok when the conflict check finds no match; `customer.conflict` with the first match otherwise.
Status RefuseConflicts(storage::Connection& conn, const org::Caller& caller, const ConflictQuery& q, Instant now);

}  // namespace quanke::customers::detail
