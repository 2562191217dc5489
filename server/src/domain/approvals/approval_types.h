#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"

// The structs the approval engine hands out (docs/api-approvals.md). No SQL, no JSON.
namespace quanke::approvals {

// One step of a flow as configured.
struct FlowStep {
  std::string name;
  std::string approver_type = "users";  // users, role, dept_head
  std::vector<Id> user_ids;             // users
  std::optional<Id> role_id;            // role
  std::int64_t levels = 1;              // dept_head: 1 = the head of the applicant's department
  std::string mode = "any";             // any, all
};

struct ApprovalFlow {
  Id id = 0;
  std::string subject_type;
  std::string name;
  bool enabled = true;
  std::int64_t position = 0;
  std::optional<std::int64_t> min_amount_fen, max_amount_fen;  // min <= amount < max
  std::vector<FlowStep> steps;
  std::int64_t version = 1;
  Instant created_at = 0, updated_at = 0;
};

// A create (every required field set) or a PATCH (only the fields sent).
struct FlowInput {
  std::optional<std::string> subject_type, name;
  std::optional<bool> enabled;
  std::optional<std::int64_t> position;
  std::optional<std::optional<std::int64_t>> min_amount_fen, max_amount_fen;
  std::optional<std::vector<FlowStep>> steps;
};

// A step as resolved when its approval started (kept in approvals.steps; the approvers are the
// approval's tasks).
struct ResolvedStep {
  std::string name;
  std::string mode = "any";
  std::string approver_type;
  std::vector<Id> approvers;
  bool skipped = false;
  std::string note;  // why the step, or a level of it, was skipped
};

struct Approval {
  Id id = 0;
  std::string subject_type;
  Id subject_id = 0;
  std::string title;
  std::int64_t amount_fen = 0;
  std::string link;
  Id applicant_id = 0;
  std::string applicant_name;
  Id department_id = 0;
  std::optional<Id> flow_id;
  std::string flow_name;
  std::vector<ResolvedStep> steps;
  std::optional<std::int64_t> current_step;
  std::string status = "pending";  // pending, approved, rejected, returned, withdrawn
  std::int64_t version = 1;
  Instant created_at = 0;
  std::optional<Instant> decided_at;
};

// One approver of one step (the inbox row).
struct Task {
  std::int64_t step = 0;
  Id approver_id = 0;
  std::string approver_name;
  std::string state;  // waiting, pending, approved, rejected, returned, cancelled
  std::string comment;
  std::optional<Instant> acted_at;
};

struct HistoryRow {
  Id id = 0;
  std::string action;  // submit, approve, reject, return, comment, withdraw, skip, auto_approve
  std::optional<std::int64_t> step;
  std::optional<Id> user_id;
  std::string user_name;
  std::string comment;
  Instant at = 0;
};

// A person who may act now.
struct Waiting {
  Id user_id = 0;
  std::string name;
};

// An approval as lists show it.
struct ApprovalView {
  Approval approval;
  std::vector<Waiting> waiting_on;
  Id id = 0;  // = approval.id (for keyset paging)
};

// Expense claims (报销) and leave requests (请假), owned by the engine.
struct Request {
  Id id = 0;
  std::string type;  // expense, leave
  std::string title;
  std::int64_t amount_fen = 0;
  std::string category;
  std::string leave_type;  // annual, sick, personal, other
  std::optional<std::string> start_date, end_date;
  std::int64_t half_days = 0;
  std::string reason;
  std::vector<Id> attachment_ids;
  std::string status = "pending";
  std::optional<Id> approval_id;
  Id applicant_id = 0;
  Instant created_at = 0;
};

struct RequestInput {
  std::string type, title;
  std::optional<std::int64_t> amount_fen;
  std::string category;
  std::optional<std::string> leave_type, start_date, end_date;
  std::optional<std::int64_t> half_days;
  std::string reason;
  std::vector<Id> attachment_ids;
};

struct ApprovalDetail {
  ApprovalView view;
  std::vector<Task> tasks;  // by step, approver
  std::vector<HistoryRow> history;
  std::optional<Request> request;
  bool can_approve = false, can_withdraw = false, can_comment = false;
};

struct ApprovalFilter {
  std::string box = "pending";  // pending, done, mine
  std::string subject_type;
  std::string status;
  std::string q;
  std::optional<Id> subject_id;  // with subject_type: that object's approvals, any box
};

}  // namespace quanke::approvals
