#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/org/caller.h"
#include "domain/visits/visit_types.h"
#include "storage/database.h"

// The SQL of the visits module: check-ins, visit plans and the check-in policy row of
// tenant_settings. A call made for a request takes the Caller (its tenant, and its data scope
// where a list is cut to it); the reminder job's calls take the tenant id. None checks
// permissions, the service does.
//
// Some reads here join tables of other modules for lists (customer and user names, the nearby
// search over customers, the map's customers, the department subtree of the statistics) and
// a few touch the check-in columns of attachments, for which activity has no public function:
// they stay here until their owners take them.
namespace quanke::visits {

// The tenant's check-in policy; the defaults when none is stored or the stored one is unreadable.
Result<CheckInPolicy> LoadPolicy(storage::Connection& conn, const org::Caller& caller);
// The policy as stored (and audited): a JSON object with the API's field names.
std::string PolicyJson(const CheckInPolicy& policy);
// Stores the tenant's policy, replacing the previous one.
Status SavePolicy(storage::Connection& conn, const org::Caller& caller,
                  const CheckInPolicy& policy);

// The tenant's stored map settings (tenant_settings key 'map_tiles'); nullopt when none is
// stored or the stored one is unreadable.
Result<std::optional<MapSettings>> LoadMapSettings(storage::Connection& conn, const org::Caller& caller);
// The settings as stored (and audited): a JSON object with the API's field names.
std::string MapSettingsJson(const MapSettings& settings);
// Stores the tenant's map settings, replacing the previous ones.
Status SaveMapSettings(storage::Connection& conn, const org::Caller& caller, const MapSettings& settings);

// One check-in with its names and photos; not_found when the tenant has none with this id.
Result<CheckIn> GetCheckIn(storage::Connection& conn, const org::Caller& caller, Id id);

// What a check-in list may filter on; nullopt and "" mean "any".
struct CheckInFilter {
  std::optional<Id> user_id, customer_id;
  std::string score;
  std::optional<Instant> from, to;  // [from, to)
};
// Check-ins by people in the caller's data scope, newest first, keyset-paginated by id;
// validation error on a malformed cursor.
Result<Page<CheckIn>> ListCheckIns(storage::Connection& conn, const org::Caller& caller,
                                   const CheckInFilter& filter, const PageRequest& page);

// Where and when a user checked in (at: the device's fix, captured_at).
struct Position {
  double lat = 0, lng = 0;
  Instant at = 0;
};
// The user's last `count` check-ins, newest first.
Result<std::vector<Position>> RecentPositions(storage::Connection& conn, const org::Caller& caller,
                                              Id user_id, int count);

// Writes a new check-in (its id, user, position, scoring and times as `k` holds them; names and
// attachments are not stored here).
Status InsertCheckIn(storage::Connection& conn, const org::Caller& caller, const CheckIn& k);

// The first check-in (lowest id) of the user at the customer in [from, to); nullopt when none.
Result<std::optional<Id>> FirstCheckInBetween(storage::Connection& conn, const org::Caller& caller,
                                              Id user_id, Id customer_id, Instant from, Instant to);

// One plan with its names, its status as stored (never "missed"); not_found otherwise.
Result<VisitPlan> GetPlan(storage::Connection& conn, const org::Caller& caller, Id id);

// What a plan list may filter on; nullopt means "any".
struct PlanFilter {
  std::optional<Id> user_id;
  std::optional<Instant> from, to;  // planned_at in [from, to)
};
// Plans of people in the caller's data scope, by planned time, at most 1,000; statuses as stored.
Result<std::vector<VisitPlan>> ListPlans(storage::Connection& conn, const org::Caller& caller,
                                         const PlanFilter& filter);

// Writes a new plan (id, user, customer, time, reminder, notes, created_at of `p`), status planned.
Status InsertPlan(storage::Connection& conn, const org::Caller& caller, const VisitPlan& p);
// Writes the plan's time, reminder and notes; with `remind_again` its reminder is sent anew.
Status UpdatePlan(storage::Connection& conn, const org::Caller& caller, const VisitPlan& p,
                  bool remind_again);
Status DeletePlan(storage::Connection& conn, const org::Caller& caller, Id id);
// Marks one plan done by the check-in.
Status MarkPlanDone(storage::Connection& conn, const org::Caller& caller, Id plan_id,
                    Id check_in_id);
// Marks done, by the check-in, the user's planned visits to the customer planned in [from, to).
Status MarkPlansDone(storage::Connection& conn, const org::Caller& caller, Id user_id,
                     Id customer_id, Instant from, Instant to, Id check_in_id);

// A plan whose reminder is due.
struct DueReminder {
  Id tenant_id = 0, plan_id = 0, user_id = 0, customer_id = 0;
  std::string customer_name;
  Instant planned_at = 0;
};
// Up to 500 planned visits of any tenant, not yet reminded, whose reminder time has come and
// which are planned later than a day before `now`.
Result<std::vector<DueReminder>> DueReminders(storage::Connection& conn, Instant now);
// System path (the visit reminder job, VisitService::RemindDuePlans): no caller.
// Marks the plan reminded; false when it already was (another node's job got there first: the
// update waits for that node's row lock and then finds reminded = 1).
Result<bool> MarkReminded(storage::Connection& conn, Id tenant_id, Id plan_id);


// Which customers a nearby search may return; the service derives it from the scope asked for.
struct NearbyVisibility {
  bool everything = false;  // every live customer of the tenant
  bool mine = false;        // owned by the caller
  bool owned_in_scope =
      false;  // owned by someone in the caller's data scope, or with the caller on the team
  std::vector<Id> pools;  // unowned customers of these pools
};
// A positioned customer.
struct GeoPoint {
  Id id = 0;
  double lat = 0, lng = 0;
};
// Live visible customers positioned in the grid cells covering the circle and inside its
// bounding box (not yet cut to the circle), in no particular order.
Result<std::vector<GeoPoint>> CustomersAround(storage::Connection& conn, const org::Caller& caller,
                                              const NearbyVisibility& visible, double lat,
                                              double lng, double radius_m);

// The visit map's check-ins by people in the caller's scope at [from, to), newest first, at most
// 5,000; only the user's when `user_id` is set.
Result<std::vector<MapPoints::Point>> MapCheckIns(storage::Connection& conn,
                                                  const org::Caller& caller, Instant from,
                                                  Instant to, std::optional<Id> user_id);
// The distribution map's positioned live customers owned by people in the caller's scope, at
// most 5,000; only the user's when `user_id` is set.
Result<std::vector<MapPoints::Place>> MapCustomers(storage::Connection& conn,
                                                   const org::Caller& caller,
                                                   std::optional<Id> user_id);

// Visit counts of check-ins by people in the caller's scope at [from, to): per user, for the
// 50 most visited customers, and in total; only the department's (and below) when set.
// `levels` (客户类型): check-ins at customers of these levels only, when any.
Result<VisitStats> CountVisits(storage::Connection& conn, const org::Caller& caller, Instant from,
                               Instant to, std::optional<Id> department_id,
                               const std::vector<std::string>& levels = {});

}  // namespace quanke::visits
