#pragma once

// The customer rows of an import: a row's text cells (field keys of docs/api-imports.md) as the
// customers module's input, and its problems under the same keys.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time_zone.h"
#include "domain/customers/customer_service.h"
#include "domain/fields/field_types.h"
#include "domain/imports/import_types.h"

namespace quanke::imports {

// Finds a user by username or name: their id, or a field issue ("invalid_value").
using UserLookup = std::function<Result<Id>(const std::string& key, const char* field)>;

struct CustomerRow {
  customers::CustomerInput input;                    // owner and origin resolved
  std::optional<customers::ContactInput> contact;    // the primary contact, when the row has one
  std::string label;                                 // the customer's name as given
};

// The row as input, or validation.failed with its problems (fields under the row's keys).
// `keep_origin`: the caller may set createdBy/createdAt (admins). Cells under
// "customFields.<key>" are read as the type of that field of `custom` (the live fields the
// importer sees) says; the customers module checks the values.
Result<CustomerRow> ReadCustomerRow(const Row& row, bool keep_origin, const TimeZone& zone, const UserLookup& users,
                                    const std::vector<fields::Field>& custom = {});

// The customers module's field name as the import's key ("contacts[0].mobile" -> "contactMobile",
// "ownerId" -> "owner").
std::string ImportField(const std::string& field);

// The fields of an edit that fills an existing customer from the row (policy update).
customers::CustomerInput UpdateInput(const customers::CustomerInput& in);

}  // namespace quanke::imports
