// A batch of customer rows: each row created through the customers module's create path
// (CreateManyIn: every check of POST /customers), and the run's conflict policy applied to a row
// the duplicate check refused when the match is a customer the importer may open.
#include "domain/fields/field_values.h"
#include "domain/imports/customer_batch.h"
#include "domain/imports/customer_rows.h"
#include "domain/imports/import_repository.h"

namespace quanke::imports {
namespace {

// The customer a conflict names, when the caller may open it (kind customer).
std::optional<Id> ConflictingCustomer(const Status& s) {
  if (s.code() != "customer.conflict") return std::nullopt;
  for (const auto& [k, v] : s.details())
    if (k == "customerId")
      if (const auto* text = std::get_if<std::string>(&v)) return ParseId(*text);
  return std::nullopt;
}

}  // namespace

Status ImportCustomerBatch(storage::Connection& conn, const Batch& batch, CustomerContext& context, ImportJob& job,
                           std::vector<RowError>& errors) {
  auto lookup = [&](const std::string& key, const char* field) -> Result<Id> {
    auto it = context.users.find(key);
    if (it == context.users.end()) {
      auto found = UsersNamed(conn, batch.caller.tenant_id, key);
      if (!found.ok()) return found.status();
      Result<Id> r = Status::Validation({{field, "invalid_value"}});
      if (found->size() == 1 && found->front().second == "active") r = found->front().first;
      it = context.users.emplace(key, std::move(r)).first;
    }
    if (!it->second.ok()) return Status::Validation({{field, "invalid_value"}});
    return it->second;
  };
  auto custom = fields::FieldSet::Load(conn, batch.caller, "customer");
  if (!custom.ok()) return custom.status();
  const std::vector<fields::Field> custom_fields = custom->VisibleLive();
  std::vector<CustomerRow> read;
  std::vector<std::int64_t> row_of;  // the row number of each read row
  for (std::int64_t i = batch.from; i < batch.to; ++i) {
    const Row& cells = batch.rows[static_cast<size_t>(i)];
    auto r = ReadCustomerRow(cells, context.keep_origin, context.zone, lookup, custom_fields);
    if (!r.ok()) {
      if (IsFault(r.status())) return r.status();
      auto name = cells.find("name");
      errors.push_back(ErrorOf(i + 1, "failed", r.status(), name == cells.end() ? "" : name->second, ImportField));
      continue;
    }
    read.push_back(std::move(*r));
    row_of.push_back(i + 1);
  }
  std::vector<customers::CustomerInput> inputs;
  inputs.reserve(read.size());
  for (const auto& r : read) inputs.push_back(r.input);
  auto created = context.customers.CreateManyIn(conn, batch.caller, inputs, batch.now);
  if (!created.ok()) {
    if (IsFault(created.status())) return created.status();
    // The importer may no longer create customers: every row of the batch is refused.
    for (size_t k = 0; k < read.size(); ++k)
      errors.push_back(ErrorOf(row_of[k], "failed", created.status(), read[k].label, ImportField));
  } else {
    for (size_t k = 0; k < read.size(); ++k) {
      const auto& result = (*created)[k];
      if (result.id) {
        ++job.created;
        continue;
      }
      const auto target = ConflictingCustomer(result.status);
      if (batch.policy == "skip" && result.status.code() == "customer.conflict") {
        errors.push_back(ErrorOf(row_of[k], "skipped", result.status, read[k].label, ImportField));
        continue;
      }
      if (!target || batch.policy == "skip") {
        errors.push_back(ErrorOf(row_of[k], "failed", result.status, read[k].label, ImportField));
        continue;
      }
      Status applied = Status::Ok();
      if (batch.policy == "attach") {
        if (!read[k].contact) {
          errors.push_back(ErrorOf(row_of[k], "skipped", result.status, read[k].label, ImportField));
          continue;
        }
        auto added = customers::CustomerService::AddContactIn(conn, batch.caller, *target, *read[k].contact, batch.now);
        applied = added.ok() ? Status::Ok() : added.status();
      } else {
        applied = customers::CustomerService::EditIn(conn, batch.caller, *target, UpdateInput(read[k].input), batch.now);
      }
      if (IsFault(applied)) return applied;
      if (!applied.ok()) {
        errors.push_back(ErrorOf(row_of[k], "failed", applied, read[k].label, ImportField));
        continue;
      }
      ++(batch.policy == "attach" ? job.attached : job.updated);
    }
  }
  return Status::Ok();
}

}  // namespace quanke::imports
