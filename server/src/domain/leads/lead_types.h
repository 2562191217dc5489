#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "domain/fields/field_types.h"
#include "domain/pool/reclaim_clock.h"

namespace quanke::leads {

// 线索: the simple information a channel brings, before it shows business value.
struct Lead {
  Id id = 0;
  std::string name, company, company_norm;
  std::optional<std::string> credit_code, mobile, phone, email, wechat;
  std::string title;
  std::optional<Id> source_id;
  std::string source_name;
  std::string campaign, province, city, industry;
  std::string status = "new";  // new, contacting, qualified, converted, invalid
  std::string invalid_reason;
  std::vector<std::string> tags;
  std::string custom_fields = "{}";
  std::string notes;
  std::optional<Id> owner_id, pool_id, home_pool_id;
  std::string owner_name, pool_name, home_pool_name;
  std::optional<Id> owner_department_id;
  std::optional<Instant> clock_start_at, claimed_at, released_at;
  std::optional<Id> previous_owner_id;
  std::int64_t times_reclaimed = 0;
  std::optional<std::int64_t> reminded_for;
  std::optional<Id> assigned_rule_id;
  std::string assigned_rule_name;
  std::optional<Instant> assigned_at;
  std::optional<Id> customer_id;
  std::string customer_name;
  std::optional<Instant> converted_at;
  std::optional<Id> converted_by, converted_contact_id;
  std::optional<Instant> first_contact_at, last_follow_up_at;
  std::optional<Id> form_id;
  std::optional<Id> created_by;
  Instant created_at = 0, updated_at = 0;
  std::optional<Instant> deleted_at;

  bool Open() const { return status != "converted" && status != "invalid"; }
};

bool IsLeadStatus(std::string_view s);

// A lead as the caller sees it: masked contact ways, the reclaim countdown.
struct LeadView {
  Lead lead;
  bool contact_masked = false;
  std::optional<pool::Deadline> reclaim;
  std::optional<Id> reclaim_pool_id;
  std::string reclaim_pool_name;
};

struct LeadDetail {
  LeadView view;
  bool can_edit = false, can_claim = false, can_release = false, can_convert = false;
  bool read_only = false;
};

// What a create or edit may set; nullopt = not given (an edit leaves it alone).
struct LeadInput {
  std::optional<std::string> name, company, title, campaign, province, city, industry, notes, custom_fields;
  std::optional<std::optional<std::string>> credit_code, mobile, phone, email, wechat;
  std::optional<std::optional<Id>> source_id;
  std::optional<std::vector<std::string>> tags;
  std::optional<Id> pool_id, owner_id;  // create only
  bool force = false;                    // create despite a conflict (linked to the match)
  std::optional<Id> form_id;             // set by the web-form intake
};

struct LeadFilter {
  std::string q;
  bool mine = false;
  bool in_pool = false;
  std::optional<Id> owner_id, pool_id, source_id;
  std::string status, campaign, province, city, industry;
  std::optional<Instant> created_from, created_to;  // [from, to)
  // Custom field filters as the request names them (cf.<key>…), and as the service resolved them.
  std::vector<fields::FilterParam> custom_params;
  std::vector<fields::Condition> custom;
};

struct LeadHistoryEntry {
  Id id = 0;
  Id lead_id = 0;
  std::string action;
  std::optional<Id> from_user_id, to_user_id, pool_id, rule_id, actor_id;
  std::string from_user_name, to_user_name, pool_name, rule_name, actor_name;
  std::string reason, rule;
  Instant at = 0;
};

struct LeadSourceCost {
  std::string month;  // "2026-11"
  std::int64_t amount = 0;  // fen
};

struct LeadSource {
  Id id = 0;
  std::string name;
  bool enabled = true;
  std::int64_t sort_order = 0;
  std::vector<LeadSourceCost> costs;
  Instant created_at = 0, updated_at = 0;
};

// Push assignment (线索分配规则).
struct PushMatch {
  std::vector<std::string> provinces, cities, industries, campaigns;
  std::vector<Id> source_ids;
};

struct PushMember {
  Id user_id = 0;
  std::string user_name;
  std::int64_t order = 0;
  std::optional<std::int64_t> daily_cap;
  bool paused = false;
};

struct PushRule {
  Id id = 0;
  Id pool_id = 0;
  std::int64_t position = 0;
  std::string name;
  bool enabled = true;
  PushMatch match;
  std::string strategy;  // round_robin, least_loaded, user
  std::optional<Id> user_id;
  std::string user_name;
  std::int64_t next_order = 0;  // round robin: the next lead goes to the first member after this order
  std::vector<PushMember> members;
  Instant created_at = 0, updated_at = 0;
};

struct ConversionField {
  std::string lead;      // a lead field
  std::string customer;  // "customer.<field>" or "contact.<field>"
};

}  // namespace quanke::leads
