#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "domain/activity/activity_types.h"
#include "domain/customers/customer_types.h"

// What the visits module reads and writes: check-ins, their policy, visit plans, the nearby
// search's answer and the map and statistics views.
namespace quanke::visits {

struct NearbyCustomer {
  customers::CustomerCard card;
  bool phone_masked = true;
  double distance_m = 0;
};

struct Reason {
  std::string code;
  std::string message;
  std::vector<std::pair<std::string, double>> details;
};

// 拜访签到: one check-in, stamped with the server's time and scored.
struct CheckIn {
  Id id = 0;
  Id user_id = 0;
  std::string user_name;
  std::optional<Id> customer_id;
  std::string customer_name;
  double lat = 0, lng = 0, accuracy_m = 0;
  std::string provider;
  bool mock_location = false;
  std::string purpose, notes;
  std::optional<double> distance_m;
  std::string score;  // verified / suspicious / unverifiable
  std::vector<Reason> reasons;
  std::vector<activity::Attachment> attachments;
  std::optional<Id> follow_up_id;
  bool fixed_customer_location = false;
  std::optional<Instant> photo_taken_at;  // as the client reported it
  std::string photo_time_source;          // "exif" / "file" / "" (not said)
  Instant at = 0;                         // the server's time of receipt (= received_at)
  Instant captured_at = 0;                // when the device took the fix (client's capturedAt, else at)
  Instant received_at = 0;                // when the server received the check-in
};

struct CheckInInput {
  double lat = 0, lng = 0, accuracy_m = 0;
  std::string provider;
  bool mock_location = false;
  std::optional<Id> customer_id;
  std::string purpose, notes;
  std::vector<Id> attachment_ids;
  std::optional<Instant> photo_taken_at;
  std::string photo_time_source;  // where the client read photo_taken_at: "exif" or "file"
  std::optional<Instant> captured_at;  // when the device took the fix; none = now (sent at once)
};

// The tenant's check-in policy (签到防作弊).
struct CheckInPolicy {
  std::string policy = "flag";  // flag / block
  double max_distance_m = 500;
  double max_accuracy_m = 200;
  double max_speed_kmh = 200;
  int photo_max_age_minutes = 30;
};

// The tenant's map tiles (地图底图): a preset (amap / tencent: GCJ-02 tiles, osm: WGS-84), a URL
// template of its own (custom) or none (the maps draw the offline outline of China only).
struct MapSettings {
  std::string preset = "osm";
  std::string custom_url;     // the template of `custom`: {x} {y} (or {-y}) {z}, optional {s}
  bool custom_gcj02 = false;  // the custom tiles are in GCJ-02 (drawn points are converted)
  bool is_default = true;     // nothing stored: the preset follows the tenant's time zone
};

struct VisitPlan {
  Id id = 0;
  Id user_id = 0;
  std::string user_name;
  Id customer_id = 0;
  std::string customer_name;
  Instant planned_at = 0;
  std::optional<int> remind_minutes;
  std::string notes;
  std::string status;  // planned / done / missed
  std::optional<Id> check_in_id;
  Instant created_at = 0;
};

struct PlanInput {
  std::optional<Id> customer_id;
  std::optional<Instant> planned_at;
  std::optional<std::optional<int>> remind_minutes;
  std::optional<std::string> notes;
};

struct VisitStats {
  // never / forgotten: of the customers the user owns now (not of the period), those never
  // visited and those last visited more than the forgotten days ago.
  struct ByUser {
    Id user_id;
    std::string name, department;
    std::int64_t visits = 0, customers = 0, suspicious = 0;
    std::int64_t never = 0, forgotten = 0;
  };
  struct ByCustomer {
    Id customer_id;
    std::string name;
    std::int64_t visits;
  };
  std::vector<ByUser> by_user;
  std::vector<ByCustomer> by_customer;
  std::int64_t visits = 0, customers = 0;
  std::int64_t never = 0, forgotten = 0;
};

// The visit statistics' question about customers nobody visits (客户被拜访统计).
struct NeglectQuery {
  int forgotten_days = 150;  // 1–3650, checked by the caller
  std::optional<Id> department_id;
  std::vector<std::string> levels;  // 客户类型: customers of these levels only, when any (checked by the caller)
};

struct MapPoints {
  struct Point {
    Id id;
    double lat, lng;
    std::string score, user_name, customer_name;
    Instant at;
  };
  struct Place {
    Id id;
    std::string name;
    double lat, lng;
    std::string owner_name;
  };
  std::vector<Point> check_ins;
  std::vector<Place> customers;
};

}  // namespace quanke::visits
