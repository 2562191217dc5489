#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/fields/field_types.h"
#include "storage/database.h"

// The SQL of custom_fields, custom_values and form_layouts. None checks permissions.
namespace quanke::fields {

// Every field of the object, deleted ones too, by (position, id).
Result<std::vector<Field>> ListFields(storage::Connection& conn, Id tenant_id, const std::string& object);
// not_found when the tenant has no such field.
Result<Field> GetField(storage::Connection& conn, Id tenant_id, Id id);
Status InsertField(storage::Connection& conn, Id tenant_id, const Field& f);
Status UpdateField(storage::Connection& conn, Id tenant_id, const Field& f);
// The number of fields of the object ever made (for the next generated key) and of live ones.
Result<std::pair<std::int64_t, std::int64_t>> CountFields(storage::Connection& conn, Id tenant_id,
                                                          const std::string& object);

// The role ids the user holds.
Result<std::vector<Id>> RoleIdsOf(storage::Connection& conn, Id tenant_id, Id user_id);
// The department and its ancestors, nearest first.
Result<std::vector<Id>> DepartmentChain(storage::Connection& conn, Id tenant_id, Id department_id);
// Whether the tenant has the user / the department.
Result<bool> UserExists(storage::Connection& conn, Id tenant_id, Id user_id);
Result<bool> DepartmentExists(storage::Connection& conn, Id tenant_id, Id department_id);
// Names of users and departments by id, for sheets.
Result<std::vector<std::pair<Id, std::string>>> UserNames(storage::Connection& conn, Id tenant_id);
Result<std::vector<std::pair<Id, std::string>>> DepartmentNames(storage::Connection& conn, Id tenant_id);

// The record's index rows become exactly `values` (of the fields in `field_ids`, the others
// stay). Inside the record's write transaction.
Status ReplaceValues(storage::Connection& conn, Id tenant_id, Id record_id, const std::vector<Id>& field_ids,
                     const std::vector<IndexedValue>& values);
// Whether a record other than `record_id` holds `value` in the field.
Result<bool> ValueTaken(storage::Connection& conn, Id tenant_id, Id field_id, const std::string& value, Id record_id);
// Whether two records share a value of the field.
Result<bool> HasDuplicateValues(storage::Connection& conn, Id tenant_id, Id field_id);
// How many records the condition matches, counting no further than `limit`.
Result<std::int64_t> CountMatchesUpTo(storage::Connection& conn, Id tenant_id, const Condition& c, int limit);
// Appends the condition on `record_column` (the query's $1 is the tenant id), its parameters
// numbered on: " AND <record_column> IN (…)", or for a dense one " AND EXISTS (…)" probing
// custom_values_record for the row at hand.
void AppendCondition(const Condition& c, std::string_view record_column, std::string& where, storage::Params& params);

// A department's own layout (department_id 0: the company's), JSON text of its groups.
Result<std::optional<std::string>> GetLayout(storage::Connection& conn, Id tenant_id, const std::string& object,
                                             Id department_id);
// The first own layout along `chain` (department ids; 0 last for the company's): which and its
// groups' JSON text; nullopt when none has one.
Result<std::optional<std::pair<Id, std::string>>> FirstLayout(storage::Connection& conn, Id tenant_id,
                                                              const std::string& object,
                                                              const std::vector<Id>& chain);
Status PutLayout(storage::Connection& conn, Id tenant_id, const std::string& object, Id department_id,
                 const std::string& groups_json, Id by, Instant at);
// Whether a layout was removed.
Result<bool> DeleteLayout(storage::Connection& conn, Id tenant_id, const std::string& object, Id department_id);

}  // namespace quanke::fields
