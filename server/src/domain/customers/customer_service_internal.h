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
// Whether the caller sees the customer's phones masked (`pool_admin`: of the customer's pool).
bool MaskPhoneFor(const org::Caller& caller, const Customer& c, bool pool_admin);
void MaskCustomer(Customer& c);
void MaskContact(Contact& c);

// ok when the conflict check finds no match; `customer.conflict` with the first match otherwise.
Status RefuseConflicts(storage::Connection& conn, const org::Caller& caller, const ConflictQuery& q, Instant now);

}  // namespace quanke::customers::detail
