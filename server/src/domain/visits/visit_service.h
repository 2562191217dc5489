#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/activity/activity_types.h"
#include "domain/customers/customer_service.h"
#include "domain/org/caller.h"
#include "storage/database.h"

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
  Instant at = 0;
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
};

// The tenant's check-in policy (签到防作弊).
struct CheckInPolicy {
  std::string policy = "flag";  // flag / block
  double max_distance_m = 500;
  double max_accuracy_m = 200;
  double max_speed_kmh = 200;
  int photo_max_age_minutes = 30;
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
  struct ByUser {
    Id user_id;
    std::string name, department;
    std::int64_t visits, customers, suspicious;
  };
  struct ByCustomer {
    Id customer_id;
    std::string name;
    std::int64_t visits;
  };
  std::vector<ByUser> by_user;
  std::vector<ByCustomer> by_customer;
  std::int64_t visits = 0, customers = 0;
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

// Check-ins, nearby customers, visit plans and visit statistics (PRODUCT.md §5). Thread-safe.
class VisitService {
 public:
  VisitService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // Customers the caller may see (own, team, in scope, browsable pools) within `radius_m`,
  // nearest first.
  Result<std::vector<NearbyCustomer>> Nearby(const org::Caller& caller, double lat, double lng, double radius_m,
                                             int limit, const std::string& scope);
  Result<CheckIn> CheckInNow(const org::Caller& caller, const CheckInInput& in);
  Result<Page<CheckIn>> CheckIns(const org::Caller& caller, std::optional<Id> user_id, std::optional<Id> customer_id,
                                 const std::string& score, std::optional<Instant> from, std::optional<Instant> to,
                                 const PageRequest& page);
  Result<CheckIn> Get(const org::Caller& caller, Id id);
  Result<CheckInPolicy> Policy(const org::Caller& caller);
  Result<CheckInPolicy> SetPolicy(const org::Caller& caller, const CheckInPolicy& policy);

  Result<std::vector<VisitPlan>> Plans(const org::Caller& caller, std::optional<Id> user_id, std::optional<Instant> from,
                                       std::optional<Instant> to, const std::string& status);
  Result<VisitPlan> CreatePlan(const org::Caller& caller, const PlanInput& in);
  Result<VisitPlan> UpdatePlan(const org::Caller& caller, Id id, const PlanInput& in);
  Status DeletePlan(const org::Caller& caller, Id id);
  // Sends due plan reminders (the scheduler calls it every minute).
  Result<int> RemindDuePlans();

  // Points for the visit map and the customer distribution map (at most 5,000 of each): check-ins
  // in scope in the period, and positioned customers owned by people in scope.
  Result<MapPoints> Map(const org::Caller& caller, Instant from, Instant to, std::optional<Id> user_id);
  Result<VisitStats> Stats(const org::Caller& caller, Instant from, Instant to, std::optional<Id> department_id);

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::visits
