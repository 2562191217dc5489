#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "domain/approvals/approval_types.h"

// The pure rules of the engine (unit-tested in approval_rules_test.cc): which flow applies,
// who approves each step, when a step is complete, and the JSON of steps.
namespace quanke::approvals {

// contract, discount, contract_change, receipt, expense, leave.
bool IsSubjectType(const std::string& type);
const std::vector<std::string>& SubjectTypes();

// The first enabled flow (by position, then id) whose condition min <= amount < max holds, or
// nullptr.
const ApprovalFlow* ChooseFlow(const std::vector<ApprovalFlow>& flows, std::int64_t amount_fen);

// A person as resolution needs them.
struct Person {
  Id id = 0;
  std::string name;
  bool active = true;
};

// What approver resolution reads of the organisation at the start of an approval.
struct OrgView {
  std::map<Id, std::optional<Id>> parent;           // department → its parent (nullopt: a root)
  std::map<Id, std::string> department_names;
  std::map<Id, std::vector<Person>> heads;          // department → its heads (any status)
  std::map<Id, Person> people;                      // the named users of `users` steps
  std::map<Id, std::vector<Person>> role_members;   // role → its active members
};

// A skipped level or step, for the history (`skip` rows with a note).
struct Skip {
  std::int64_t step = 0;
  std::string note;
};

struct Resolution {
  std::vector<ResolvedStep> steps;
  std::vector<Skip> skips;  // in order
  // The first step with approvers; nullopt when every step was skipped (auto_approve).
  std::optional<std::int64_t> first_step;
};

// Resolves every step's approvers for `applicant` of `department`: named active users, the
// active members of a role, or the head of the department `levels` up — a missing, resigned or
// self head goes one level up (a Skip); past the root the step is skipped. The applicant is left
// out of every step; a step with nobody left is skipped.
Resolution ResolveSteps(const std::vector<FlowStep>& steps, Id applicant, Id department, const OrgView& org);

// Whether a step is complete after its tasks' states ("approved", "pending", …): any — one
// approved; all — every task approved.
bool StepComplete(const std::string& mode, const std::vector<std::string>& states);

// The next step after `step` that has approvers, or nullopt.
std::optional<std::int64_t> NextStep(const std::vector<ResolvedStep>& steps, std::int64_t step);

// Validation of a flow's steps (validation.failed issues `steps`, `steps[i].<field>`); the
// users' existence and roles are checked by the service.
std::vector<FieldIssue> CheckSteps(const std::vector<FlowStep>& steps);

// JSON texts of the stored columns.
std::string FlowStepsToJson(const std::vector<FlowStep>& steps);
std::vector<FlowStep> FlowStepsFromJson(const std::string& json);
std::string ResolvedStepsToJson(const std::vector<ResolvedStep>& steps);
std::vector<ResolvedStep> ResolvedStepsFromJson(const std::string& json);
std::string IdsToJson(const std::vector<Id>& ids);
std::vector<Id> IdsFromJson(const std::string& json);

}  // namespace quanke::approvals
