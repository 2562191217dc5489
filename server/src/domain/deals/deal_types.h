#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/time_zone.h"

namespace quanke::deals {

// A value a stage asks for before an opportunity may leave it (关键阶段必须反馈).
struct FeedbackField {
  std::string key, label;
  std::string type = "text";  // text, number, money, date, select, attachment
  bool required = false;
  std::vector<std::string> options;  // select only
};

struct Stage {
  Id id = 0;
  std::string kind = "open";  // open, won, lost, invalid
  std::int64_t position = 0;  // open 1..n; won n+1; lost and invalid n+2
  std::string name;
  std::int64_t probability = 0;  // percent
  std::string guidance_do, guidance_watch;
  std::vector<std::string> checklist;
  std::vector<FeedbackField> feedback_fields;
  std::int64_t in_use = 0;  // opportunities (not deleted) in the stage now
};

// A sales process (销售流程): ordered open stages, then won, lost, invalid.
struct SalesProcess {
  Id id = 0;
  std::string name;
  std::string kind = "pre_sale";  // pre_sale, after_sale
  std::string description;
  std::vector<Id> department_ids;  // [] = every department
  bool allow_skip = false;
  std::vector<std::string> lost_reasons, invalid_reasons;
  std::int64_t stale_days = 14;  // 0 = off
  bool stale_when_overdue = true;
  bool is_default = false, enabled = true;
  std::int64_t position = 0;
  std::int64_t version = 1;
  std::vector<Stage> stages;  // open by position, then won, lost, invalid
  std::int64_t in_use = 0;
  Instant created_at = 0, updated_at = 0;

  const Stage* StageById(Id id) const;
  const Stage* Terminal(const std::string& kind) const;
  // Open stages only, by position.
  std::vector<const Stage*> OpenStages() const;
};

// What a process create or PATCH sets (nullopt = unchanged). Stage items with an id keep that
// stage; without one they are new.
struct StageInput {
  std::optional<Id> id;
  std::string name;
  std::int64_t probability = 0;
  std::string guidance_do, guidance_watch;
  std::vector<std::string> checklist;
  std::vector<FeedbackField> feedback_fields;
};
struct ProcessInput {
  std::optional<std::string> name, kind, description;
  std::optional<std::vector<Id>> department_ids;
  std::optional<bool> allow_skip, stale_when_overdue, is_default, enabled;
  std::optional<std::vector<std::string>> lost_reasons, invalid_reasons;
  std::optional<std::int64_t> stale_days;
  std::optional<std::vector<StageInput>> stages;
};

struct ProcessVersion {
  std::int64_t version = 0;
  std::optional<Id> changed_by;
  Instant changed_at = 0;
  std::string snapshot;  // the SalesProcess JSON as it was (deal_json's shape)
};

struct Item {
  std::optional<Id> product_id;
  std::string name;
  std::int64_t quantity = 1;
  std::int64_t unit_price_fen = 0;
  std::int64_t discount_fen = 0;
  std::int64_t TotalFen() const { return quantity * unit_price_fen - discount_fen; }
};

// Why an open opportunity is stale (僵尸商机), and since which day.
struct Staleness {
  std::string reason;  // no_activity, overdue
  LocalDate since = 0;
};

// 商机.
struct Opportunity {
  Id id = 0;
  std::string name;
  Id customer_id = 0;
  std::string customer_name;
  std::optional<Id> contact_id;
  std::string contact_name;
  std::int64_t amount_fen = 0;
  std::optional<std::string> expected_close_date;  // "2026-12-31"
  Id process_id = 0;
  std::string process_name;
  Id stage_id = 0;
  std::string stage_name, stage_kind;
  std::int64_t stage_position = 0, max_position = 0;
  Instant stage_entered_at = 0;
  std::int64_t probability = 0;
  bool probability_set = false;
  std::string status = "open";  // open, won, lost, invalid
  std::string close_reason;
  std::optional<Instant> closed_at;
  std::optional<Id> lead_id;
  std::vector<std::string> competitors;
  std::string notes;
  std::vector<Item> items;
  Id owner_id = 0;
  std::string owner_name;
  Id department_id = 0;
  std::string department_name;
  Instant last_activity_at = 0;
  std::optional<Instant> stale_reminded_at;
  // The process's stale rule, read with the row (for `stale`).
  std::int64_t stale_days = 0;
  bool stale_when_overdue = false;
  std::int64_t version = 1;
  std::optional<Id> created_by;
  Instant created_at = 0, updated_at = 0;
  std::optional<Instant> deleted_at;
};

// An opportunity as the caller sees it: its stale state today.
struct OpportunityView {
  Opportunity opportunity;
  std::optional<Staleness> stale;
};

struct OpportunityDetail {
  OpportunityView view;
  bool can_edit = false, can_move = false, can_delete = false;
  SalesProcess process;  // the current process (its stages)
};

// What a create or PATCH sets (nullopt = unchanged; inner nullopt = cleared).
struct OpportunityInput {
  std::optional<Id> customer_id;  // create only
  std::optional<std::string> name, notes;
  std::optional<std::int64_t> amount_fen;
  std::optional<std::optional<std::string>> expected_close_date;
  std::optional<Id> process_id, stage_id, lead_id, owner_id;  // create only
  std::optional<std::optional<Id>> contact_id;
  std::optional<std::optional<std::int64_t>> probability;  // null: back to the stage's
  std::optional<std::vector<std::string>> competitors;
  std::optional<std::vector<Item>> items;
};

struct MoveInput {
  Id stage_id = 0;
  std::int64_t version = 0;
  boost::json::object feedback;  // key → value
  std::vector<std::string> checklist_done;
  std::string reason;
  bool reset_probability = false;
};

struct OpportunityFilter {
  std::string q;
  bool mine = false;
  std::optional<Id> owner_id, department_id, customer_id, process_id, stage_id;
  std::vector<std::string> statuses;
  bool stale = false;
  std::string close_month;              // "2026-12": expected close date in it
  std::optional<Instant> closed_from, closed_to;  // closed_at in [from, to)
  std::optional<std::int64_t> reached_position;
  std::string lost_reason;
  std::optional<Instant> created_from, created_to;  // [from, to)
};

struct StageChange {
  Id id = 0;
  Id opportunity_id = 0;
  std::int64_t process_version = 0;
  std::optional<Id> from_stage_id;
  std::string from_name;
  Id to_stage_id = 0;
  std::string to_name, to_kind;
  std::int64_t to_position = 0;
  std::string direction;  // create, forward, back, close, reopen
  std::string feedback = "{}";         // JSON {key: value}
  std::string feedback_fields = "[]";  // JSON, the definitions as they were
  std::vector<std::string> checklist_done;
  std::string reason;
  std::optional<std::int64_t> ms_in_from;
  std::int64_t amount_fen = 0, probability = 0;
  std::optional<Id> user_id;
  std::string user_name;
  Instant at = 0;
};

}  // namespace quanke::deals
