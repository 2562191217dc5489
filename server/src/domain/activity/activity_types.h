#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "domain/notify/notification_text.h"
#include "domain/customers/customer_types.h"

namespace quanke::activity {

struct Attachment {
  Id id = 0;
  Id uploader_id = 0;
  std::string name;
  std::string content_type;
  std::int64_t size = 0;
  std::string sha256;
  std::optional<Id> follow_up_id;
  Instant created_at = 0;
};

// 跟进记录.
struct FollowUp {
  Id id = 0;
  Id customer_id = 0;  // 0 for a follow-up of a lead not yet converted
  std::string customer_name;
  std::optional<Id> lead_id;  // a lead's follow-up (kept when the lead becomes a customer)
  std::optional<Id> opportunity_id;  // the opportunity it was about (stored, not read back)
  Id author_id = 0;
  std::string author_name;
  std::string type;  // call / visit / wechat / email / meeting / other
  std::string text;
  std::optional<Id> contact_id;
  std::string contact_name;
  std::optional<Instant> next_follow_up_at;
  std::vector<Attachment> attachments;
  Instant created_at = 0;
  Id feed_item_id = 0;
};

struct Mention {
  Id id = 0;
  std::string name;
};

struct Comment {
  Id id = 0;
  std::optional<Id> item_id;
  std::optional<Id> customer_id;
  Id author_id = 0;
  std::string author_name;
  std::string text;
  std::vector<Mention> mentions;
  Instant created_at = 0;
};

// 动态: one event the viewer may see.
struct FeedItem {
  Id id = 0;
  std::string type;
  std::optional<Id> actor_id;
  std::string actor_name;
  std::string actor_department;
  std::optional<Id> customer_id;
  std::string customer_name;
  std::optional<Id> follow_up_id;
  std::optional<FollowUp> follow_up;
  std::string text;
  notify::NotificationParams params;  // rendered by the reader (a work log: kind, period)
  std::int64_t like_count = 0;
  bool liked_by_me = false;
  std::int64_t comment_count = 0;
  std::vector<Comment> comments;  // the latest few, oldest first
  Instant created_at = 0;
};

// What a feed list may filter on; nullopt and "" mean "any".
struct FeedFilter {
  std::optional<Id> user_id;
  std::optional<Id> department_id;  // and its sub-departments
  std::string type;
  std::optional<Id> customer_id;
};

// The team list and the to-dos are made of customers' records.
using TeamMember = customers::TeamMemberDetail;
using TodoCustomer = customers::TodoCustomer;

struct Todos {
  std::vector<TodoCustomer> due, overdue, forgotten, reclaim_soon;
  int forgotten_days = 150;
};

bool IsFollowUpType(std::string_view t);

}  // namespace quanke::activity
