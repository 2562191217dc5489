#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"

namespace quanke::customers {

// 客户. Exactly one of owner_id / pool_id is set for a live customer.
struct Customer {
  Id id = 0;
  std::string name;
  std::string short_name;
  std::optional<std::string> credit_code;
  std::string industry;
  std::string scale;
  std::string level = "C";            // A/B/C/D
  std::string status = "potential";   // potential / interested / deal / lost
  std::string source;
  std::string province, city, district, address;
  std::optional<double> lat, lng;
  std::optional<std::string> phone;
  std::string website;
  std::vector<std::string> tags;
  std::string custom_fields = "{}";   // JSON object text
  std::optional<Id> owner_id;
  std::optional<Id> pool_id;
  std::optional<Id> home_pool_id;
  bool locked = false;
  std::optional<Instant> clock_start_at;
  std::optional<Instant> claimed_at;
  std::optional<Instant> released_at;
  std::optional<Id> previous_owner_id;
  std::int64_t times_reclaimed = 0;
  std::optional<std::int64_t> reminded_for;
  std::optional<Instant> last_follow_up_at;
  std::optional<Instant> last_deal_at;
  std::optional<Instant> next_follow_up_at;
  std::optional<Id> created_by;
  Instant created_at = 0;
  Instant updated_at = 0;
  std::optional<Instant> deleted_at;

  // Joined for display (not columns of customers).
  std::string owner_name;
  std::string owner_department;
  std::string pool_name;
  std::string home_pool_name;
  std::string previous_owner_name;
};

// What a list of places needs of a customer (nearby): who it is, where, and whose. Read from the
// customer row in one query, without the rest of the record.
struct CustomerCard {
  Id id = 0;
  std::string name;
  std::string short_name;
  std::string industry;
  std::string level;
  std::string status;
  std::string city;
  std::string district;
  std::string address;
  std::optional<double> lat;
  std::optional<double> lng;
  std::optional<std::string> phone;
  bool locked = false;
  std::optional<Id> owner_id;
  std::optional<Id> pool_id;
  std::optional<Instant> last_follow_up_at;
  std::optional<Instant> next_follow_up_at;
  std::string owner_name;        // joined
  std::string owner_department;  // joined
  std::string pool_name;         // joined
};

// 联系人.
struct Contact {
  Id id = 0;
  Id customer_id = 0;
  std::string name;
  std::string title;
  std::optional<std::string> mobile, phone, email, wechat, birthday;
  bool is_primary = false;
  std::string notes;
  std::optional<Id> created_by;  // who added it (the reports' newContacts); none before migration 0040
  Instant created_at = 0;
  Instant updated_at = 0;
};

// A member of a customer's sales team (销售团队) with their department, as the team list shows
// it; the owner is one too (is_owner), with access "write".
struct TeamMemberDetail {
  Id user_id = 0;
  std::string name;
  std::string department_name;
  std::string access;  // read / write
  bool is_owner = false;
};

// A customer on the home to-do list (待办): due, overdue, forgotten, or about to be reclaimed
// (days_left and rule set only for that one).
struct TodoCustomer {
  Id customer_id = 0;
  std::string customer_name;
  std::optional<Instant> next_follow_up_at;
  std::optional<Instant> last_follow_up_at;
  std::optional<int> days_left;
  std::string rule;
};

// Customers nobody visits (客户被拜访统计): an owner's live customers never visited, and those
// last visited before a cut (forgotten).
struct NeglectedCount {
  Id owner_id = 0;
  std::string owner_name, department_name;
  std::int64_t never = 0, forgotten = 0;
};
// Which of them a list holds: `never` visited, or else last visited before `forgotten_before`;
// of people in `department_id` (and below) and of `owner_id` when set.
struct NeglectedFilter {
  bool never = true;
  Instant forgotten_before = 0;
  std::optional<Id> department_id, owner_id;
  std::vector<std::string> levels;  // 客户类型: of these levels only, when any
};
struct NeglectedCustomer {
  Id id = 0;
  std::string name;
  Id owner_id = 0;
  std::string owner_name;
  std::optional<Instant> last_visit_at, last_follow_up_at;
  Instant created_at = 0;
};

bool IsLevel(std::string_view v);
bool IsStatus(std::string_view v);

}  // namespace quanke::customers
