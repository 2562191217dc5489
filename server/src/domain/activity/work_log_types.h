#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/time_zone.h"

namespace quanke::activity {

// The statistics a work log fills in by itself for its period.
struct WorkStats {
  std::int64_t new_customers = 0;
  std::int64_t follow_ups = 0;
  std::int64_t visits = 0;
  std::int64_t customers_followed = 0;
  std::int64_t opportunities = 0;  // filled when opportunities exist (later module)
  std::int64_t contract_amount_fen = 0;
  std::int64_t payment_amount_fen = 0;
};

// 日报 / 周报 / 月报.
struct WorkLog {
  Id id = 0;
  Id author_id = 0;
  std::string author_name;
  std::string department_name;
  std::string kind;  // daily / weekly / monthly
  LocalDate period_start = 0;
  LocalDate period_end = 0;
  std::string summary, plan, issues;  // the template's fields
  WorkStats stats;
  std::vector<std::pair<Id, std::string>> customers;
  std::optional<Id> feed_item_id;
  std::int64_t read_count = 0;
  bool read_by_me = false;
  std::vector<std::pair<Id, std::string>> readers;  // on the detail only
  Instant created_at = 0;
  Instant updated_at = 0;
};

struct WorkLogInput {
  std::string kind;
  std::optional<LocalDate> date;  // any day in the period; default today
  std::string summary, plan, issues;
  std::vector<Id> customer_ids;
};

struct WorkLogFilter {
  std::optional<Id> author_id;
  std::string kind;
  std::optional<LocalDate> from, to;
};

bool IsWorkLogKind(std::string_view k);

}  // namespace quanke::activity
