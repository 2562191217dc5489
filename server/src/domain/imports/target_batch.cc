// A batch of target rows: each row one cell of the targets sheet, written through the targets
// module's write path (targets::CellWriter: every check of PUT /targets, its lock and change rows);
// a cell that has a target already is skipped or, with policy update, set from the row's
// non-empty cells. The assignee is the company, a department by name or a user by username or
// name: exactly one of them.
#include "domain/imports/import_batch.h"
#include "domain/imports/import_repository.h"
#include "domain/imports/target_rows.h"
#include "domain/org/department_repository.h"
#include "domain/targets/target_import.h"

namespace quanke::imports {
namespace {
using storage::Connection;
using targets::Assignee;
using targets::AssigneeType;

// Who an assignee cell names; validation.failed `assignee` invalid_value unless exactly one.
Result<Assignee> FindAssignee(Connection& conn, Id tenant_id, const std::vector<org::Department>& departments,
                              const std::string& text) {
  if (NamesCompany(text)) return Assignee{AssigneeType::kCompany, 0};
  std::vector<Assignee> found;
  for (const auto& d : departments)
    if (d.name == text) found.push_back({AssigneeType::kDepartment, d.id});
  auto users = UsersNamed(conn, tenant_id, text);
  if (!users.ok()) return users.status();
  for (const auto& [id, status] : *users)
    if (status == "active") found.push_back({AssigneeType::kUser, id});
  if (found.size() != 1) return Status::Validation({{"assignee", "invalid_value"}});
  return found.front();
}

}  // namespace

Status ImportTargetBatch(Connection& conn, const Batch& batch, ImportJob& job, std::vector<RowError>& errors) {
  auto writer = targets::CellWriter::Open(conn, batch.caller);
  if (!writer.ok()) {
    if (IsFault(writer.status())) return writer.status();
    // The importer may no longer set targets: every row of the batch is refused.
    for (std::int64_t i = batch.from; i < batch.to; ++i)
      errors.push_back(ErrorOf(i + 1, "failed", writer.status(), ReadTargetRow(batch.rows[static_cast<size_t>(i)]).label,
                               TargetImportField));
    return Status::Ok();
  }
  auto departments = org::ListDepartments(conn, batch.caller.tenant_id);
  if (!departments.ok()) return departments.status();
  for (std::int64_t i = batch.from; i < batch.to; ++i) {
    TargetRow row = ReadTargetRow(batch.rows[static_cast<size_t>(i)]);
    auto refuse = [&](const std::string& outcome, const Status& s) {
      errors.push_back(ErrorOf(i + 1, outcome, s, row.label, TargetImportField));
    };
    Assignee assignee;
    if (!row.assignee.empty()) {
      auto found = FindAssignee(conn, batch.caller.tenant_id, *departments, row.assignee);
      if (found.ok()) assignee = *found;
      else if (IsFault(found.status())) return found.status();
      else row.issues.push_back({"assignee", "invalid_value"});
    }
    if (!row.issues.empty()) {
      refuse("failed", Status::Validation(std::move(row.issues)));
      continue;
    }
    auto existing = writer->Find(conn, row.metric, row.customer_level, row.period, assignee);
    if (!existing.ok()) {
      if (IsFault(existing.status())) return existing.status();
      refuse("failed", existing.status());
      continue;
    }
    if (*existing && batch.policy == "skip") {
      refuse("skipped", Status::Error("target.already_set", "A target is set for this metric, period and assignee."));
      continue;
    }
    targets::TargetItem item = row.item;
    item.assignee_type = targets::AssigneeTypeName(assignee.type);
    if (assignee.type != AssigneeType::kCompany) item.assignee_id = assignee.id;
    if (const auto& before = *existing) {  // update: the row's empty cells keep what is set
      if (!item.value) item.value = before->value;
      if (!item.sprint_value) item.sprint_value = before->sprint_value;
      if (!item.challenge_value) item.challenge_value = before->challenge_value;
    }
    auto written = writer->Write(conn, row.metric, row.customer_level, item, batch.now);
    if (!written.ok()) {
      if (IsFault(written.status())) return written.status();
      refuse("failed", written.status());
      continue;
    }
    ++(*existing ? job.updated : job.created);
  }
  return Status::Ok();
}

}  // namespace quanke::imports
