#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time_zone.h"
#include "domain/deals/deal_types.h"

// The pure rules of opportunities (docs/api-opportunities.md): stale, what a move is, the
// feedback a stage asks for, probability and amounts. No database, no clock: unit-tested.
namespace quanke::deals {

// Whether an opportunity is stale on `today` (tenant calendar): with `stale_days` > 0 and its
// last activity more than `stale_days` calendar days ago (no_activity, since = that date +
// stale_days), or with `when_overdue` and its expected close date before today (overdue, since =
// the day after it). no_activity wins when both hold. Only open opportunities are stale.
std::optional<Staleness> StaleOf(const std::string& status, LocalDate last_activity_date,
                                 const std::optional<std::string>& expected_close_date, std::int64_t stale_days,
                                 bool when_overdue, LocalDate today);

// What moving from `from` to `to` is, under `process` (both stages of it).
struct MoveClass {
  std::string direction;          // forward, back, close, reopen; "" when refused
  std::string error;              // "", opportunity.bad_stage, opportunity.stage_skipped
  std::optional<Id> next_stage_id;  // with stage_skipped: the stage it may go to
};
MoveClass ClassifyMove(const SalesProcess& process, const Stage& from, const Stage& to);

// The feedback given for the stage being left, checked against its fields: `issues` are the
// field-level type errors (field "feedback.<key>"), `missing` the required fields not given
// (only when `require` — a forward move), `attachments` the attachment ids given (the caller
// checks they are the tenant's), `clean` the values kept (unknown keys are issues too).
struct FeedbackCheck {
  std::vector<FieldIssue> issues;
  std::vector<const FeedbackField*> missing;
  std::vector<Id> attachments;
  boost::json::object clean;
};
FeedbackCheck CheckFeedback(const std::vector<FeedbackField>& fields, const boost::json::object& given, bool require);

// The probability after entering `to`: won 100, lost and invalid 0; an open stage's own unless a
// person set one (kept unless `reset`). Answers {probability, probability_set}.
std::pair<std::int64_t, bool> ProbabilityAfter(const Stage& to, std::int64_t current, bool set, bool reset);

// Validates a process's open stages (names, probabilities, feedback field definitions): issues
// named as the API names them (stages[i].name, stages[i].feedbackFields[j].key, …).
std::vector<FieldIssue> CheckStages(const std::vector<StageInput>& stages);
bool IsFeedbackType(const std::string& type);

// The items' totals, checked (quantity >= 1, unit price >= 0, 0 <= discount <= quantity * unit,
// no overflow): issues named items[i].field. `sum` is the sum of their totals.
std::vector<FieldIssue> CheckItems(const std::vector<Item>& items, std::int64_t* sum);

}  // namespace quanke::deals
