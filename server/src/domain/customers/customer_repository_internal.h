#pragma once

// What the repository files of customers share (customer_repository.cc: one customer's row and
// the counts; customer_list_repository.cc: ListCustomers; customer_write_repository.cc: writes
// and the search index; contact_repository.cc: contacts). Not for other files.

#include <string>
#include <vector>

#include "core/ids.h"
#include "core/status.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_types.h"
#include "storage/database.h"

namespace quanke::customers::detail {

// The SELECT … FROM of a customer row, as ReadCustomer reads it. Without `all_names` only the
// owner's name is joined and the department, pool, home pool and previous owner names come back
// empty: each join is an index lookup per row, 80 of them for a 20-row list.
const std::string& ColumnsSql(bool all_names = true);

// Moves the row's text into the customer: read each row once.
Customer ReadCustomer(storage::Row& r);

// ",tag1,tag2," so that one LIKE '%,tag,%' finds a tag.
std::string JoinTags(const std::vector<std::string>& tags);

// The statements of a customer's live contacts (primary first, then oldest) and of its team by
// name, and what reads their rows: ListContacts, ListTeam and GetCustomerDetail share them.
storage::Statement ContactsStatement(Id tenant_id, Id customer_id);
std::vector<Contact> ReadContacts(const storage::Rows& rows);
storage::Statement TeamStatement(Id tenant_id, Id customer_id);
std::vector<TeamMember> ReadTeam(const storage::Rows& rows);

// Writes one contact row. By tenant: InsertCustomer writes contacts for demo seeding too, which
// has no caller.
Status InsertContactRow(storage::Connection& conn, Id tenant_id, const Contact& c);

}  // namespace quanke::customers::detail
