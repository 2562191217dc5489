#include "domain/visits/visit_repository.h"

#include <boost/json.hpp>

#include "domain/org/policy.h"

namespace quanke::visits {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;
namespace json = boost::json;

std::string ReasonsJson(const std::vector<Reason>& reasons) {
  json::array a;
  for (const auto& r : reasons) {
    json::object d;
    for (const auto& [k, v] : r.details) d[k] = v;
    a.push_back(json::object{{"code", r.code}, {"message", r.message}, {"details", std::move(d)}});
  }
  return json::serialize(a);
}

std::vector<Reason> ParseReasons(const std::string& text) {
  std::vector<Reason> out;
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& item : v.as_array()) {
    if (!item.is_object()) continue;
    Reason r;
    const auto& o = item.as_object();
    if (auto* c = o.if_contains("code"); c && c->is_string()) r.code = std::string(c->get_string());
    if (auto* m = o.if_contains("message"); m && m->is_string())
      r.message = std::string(m->get_string());
    if (auto* d = o.if_contains("details"); d && d->is_object())
      for (const auto& [k, val] : d->as_object())
        if (val.is_number()) r.details.emplace_back(std::string(k), val.to_number<double>());
    out.push_back(std::move(r));
  }
  return out;
}

// The user's and customer's names are joined for the answer (users and customers are owned by
// org and customers; the join stays here for the list).
constexpr const char* kCheckInColumns =
    "SELECT k.id, k.user_id, u.name, k.customer_id, c.name, k.lat, k.lng, k.accuracy_m, k.provider, "
    "k.mock_location, k.purpose, k.notes, k.distance_m, k.score, k.reasons, k.follow_up_id, "
    "k.fixed_customer_location, k.at, k.photo_taken_at, k.photo_time_source, k.captured_at, "
    "k.received_at FROM check_ins k LEFT "
    "JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id LEFT JOIN customers c ON "
    "c.tenant_id = k.tenant_id AND c.id = k.customer_id ";

CheckIn ReadCheckIn(const storage::Row& row) {
  CheckIn k;
  k.id = row.Int(0);
  k.user_id = row.Int(1);
  k.user_name = row.Text(2);
  k.customer_id = row.OptInt(3);
  k.customer_name = row.Text(4);
  k.lat = row.Real(5);
  k.lng = row.Real(6);
  k.accuracy_m = row.Real(7);
  k.provider = row.Text(8);
  k.mock_location = row.Bool(9);
  k.purpose = row.Text(10);
  k.notes = row.Text(11);
  if (!row.IsNull(12)) k.distance_m = row.Real(12);
  k.score = row.Text(13);
  k.reasons = ParseReasons(row.Text(14));
  k.follow_up_id = row.OptInt(15);
  k.fixed_customer_location = row.Bool(16);
  k.at = row.Int(17);
  k.photo_taken_at = row.OptInt(18);
  k.photo_time_source = row.Text(19);
  k.captured_at = row.Int(20);
  k.received_at = row.Int(21);
  return k;
}

// Check-ins matching `where` (params from $2 on; $1 is the tenant), each with its photos.
// Attachments belong to activity, which has no read by check-in: the query stays here.
Result<std::vector<CheckIn>> ReadCheckIns(Connection& conn, Id tenant_id, const std::string& where,
                                          const Params& params, const std::string& tail) {
  auto r = conn.Query(
      std::string(kCheckInColumns) + "WHERE k.tenant_id = $1 AND " + where + " " + tail, params);
  if (!r.ok()) return r.status();
  std::vector<CheckIn> out;
  for (const auto& row : r->rows) out.push_back(ReadCheckIn(row));
  for (auto& k : out) {
    auto a = conn.Query(
        "SELECT id, uploader_id, name, content_type, size, sha256, follow_up_id, created_at FROM "
        "attachments WHERE tenant_id = $1 AND check_in_id = $2 ORDER BY id",
        {V(tenant_id), V(k.id)});
    if (!a.ok()) return a.status();
    for (const auto& row : a->rows)
      k.attachments.push_back({row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Int(4),
                               row.Text(5), row.OptInt(6), row.Int(7)});
  }
  return out;
}

// The user's and customer's names are joined for the answer, as for check-ins.
constexpr const char* kPlanColumns =
    "SELECT p.id, p.user_id, u.name, p.customer_id, c.name, p.planned_at, p.remind_minutes, "
    "p.notes, p.status, p.check_in_id, p.created_at FROM visit_plans p LEFT JOIN users u ON "
    "u.tenant_id = p.tenant_id AND u.id = p.user_id LEFT JOIN customers c ON c.tenant_id = "
    "p.tenant_id AND c.id = p.customer_id ";

VisitPlan ReadPlan(const storage::Row& row) {
  VisitPlan p;
  p.id = row.Int(0);
  p.user_id = row.Int(1);
  p.user_name = row.Text(2);
  p.customer_id = row.Int(3);
  p.customer_name = row.Text(4);
  p.planned_at = row.Int(5);
  if (!row.IsNull(6)) p.remind_minutes = static_cast<int>(row.Int(6));
  p.notes = row.Text(7);
  p.status = row.Text(8);
  p.check_in_id = row.OptInt(9);
  p.created_at = row.Int(10);
  return p;
}

}  // namespace

Result<CheckInPolicy> LoadPolicy(Connection& conn, const org::Caller& caller) {
  CheckInPolicy p;
  auto r = conn.Query(
      "SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = 'check_in_policy'",
      {V(caller.tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return p;
  boost::system::error_code ec;
  auto v = json::parse(r->front().Text(0), ec);
  if (ec || !v.is_object()) return p;
  const auto& o = v.as_object();
  if (auto* x = o.if_contains("policy"); x && x->is_string())
    p.policy = std::string(x->get_string());
  if (auto* x = o.if_contains("maxDistanceM"); x && x->is_number())
    p.max_distance_m = x->to_number<double>();
  if (auto* x = o.if_contains("maxAccuracyM"); x && x->is_number())
    p.max_accuracy_m = x->to_number<double>();
  if (auto* x = o.if_contains("maxSpeedKmh"); x && x->is_number())
    p.max_speed_kmh = x->to_number<double>();
  if (auto* x = o.if_contains("photoMaxAgeMinutes"); x && x->is_int64())
    p.photo_max_age_minutes = static_cast<int>(x->get_int64());
  return p;
}

std::string PolicyJson(const CheckInPolicy& p) {
  return json::serialize(json::object{{"policy", p.policy},
                                      {"maxDistanceM", p.max_distance_m},
                                      {"maxAccuracyM", p.max_accuracy_m},
                                      {"maxSpeedKmh", p.max_speed_kmh},
                                      {"photoMaxAgeMinutes", p.photo_max_age_minutes}});
}

Status SavePolicy(Connection& conn, const org::Caller& caller, const CheckInPolicy& policy) {
  return conn.Exec(
      "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, 'check_in_policy', $2) ON "
      "CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value",
      {V(caller.tenant_id), V(PolicyJson(policy))});
}

Result<std::optional<MapSettings>> LoadMapSettings(Connection& conn, const org::Caller& caller) {
  auto r = conn.Query("SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = 'map_tiles'",
                      {V(caller.tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<MapSettings>();
  boost::system::error_code ec;
  auto v = json::parse(r->front().Text(0), ec);
  if (ec || !v.is_object()) return std::optional<MapSettings>();
  const auto& o = v.as_object();
  auto* preset = o.if_contains("preset");
  if (!preset || !preset->is_string()) return std::optional<MapSettings>();
  MapSettings m;
  m.preset = std::string(preset->get_string());
  m.is_default = false;
  if (auto* x = o.if_contains("customUrl"); x && x->is_string()) m.custom_url = std::string(x->get_string());
  if (auto* x = o.if_contains("customGcj02"); x && x->is_bool()) m.custom_gcj02 = x->get_bool();
  return std::optional<MapSettings>(std::move(m));
}

std::string MapSettingsJson(const MapSettings& m) {
  return json::serialize(
      json::object{{"preset", m.preset}, {"customUrl", m.custom_url}, {"customGcj02", m.custom_gcj02}});
}

Status SaveMapSettings(Connection& conn, const org::Caller& caller, const MapSettings& settings) {
  return conn.Exec(
      "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, 'map_tiles', $2) ON "
      "CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value",
      {V(caller.tenant_id), V(MapSettingsJson(settings))});
}

Result<CheckIn> GetCheckIn(Connection& conn, const org::Caller& caller, Id id) {
  auto list = ReadCheckIns(conn, caller.tenant_id, "k.id = $2", {V(caller.tenant_id), V(id)}, "");
  if (!list.ok()) return list.status();
  if (list->empty()) return Status::NotFound();
  return std::move(list->front());
}

Result<Page<CheckIn>> ListCheckIns(Connection& conn, const org::Caller& caller,
                                   const CheckInFilter& filter, const PageRequest& page) {
  Params params{V(caller.tenant_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  org::ScopeFilter f = org::OwnerScopeFilter(caller, "k.user_id", 2);
  std::string where = f.sql;
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto term = [&](const char* condition, storage::Value value) {
    where += std::string(" AND ") + condition + next();
    params.push_back(std::move(value));
  };
  if (filter.user_id) term("k.user_id = ", V(*filter.user_id));
  if (filter.customer_id) term("k.customer_id = ", V(*filter.customer_id));
  if (!filter.score.empty()) term("k.score = ", V(filter.score));
  if (filter.from) term("k.at >= ", V(*filter.from));
  if (filter.to) term("k.at < ", V(*filter.to));
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last))
      return Status::Validation({{"cursor", "invalid_value"}});
    term("k.id < ", V(last));
  }
  auto list = ReadCheckIns(conn, caller.tenant_id, where, params,
                           "ORDER BY k.id DESC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<CheckIn> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Result<std::vector<Position>> RecentPositions(Connection& conn, const org::Caller& caller,
                                              Id user_id, int count) {
  auto r = conn.Query(
      "SELECT lat, lng, captured_at FROM check_ins WHERE tenant_id = $1 AND user_id = $2 ORDER BY id DESC "
      "LIMIT " +
          std::to_string(count),
      {V(caller.tenant_id), V(user_id)});
  if (!r.ok()) return r.status();
  std::vector<Position> out;
  for (const auto& row : r->rows) out.push_back({row.Real(0), row.Real(1), row.Int(2)});
  return out;
}

Status InsertCheckIn(Connection& conn, const org::Caller& caller, const CheckIn& k) {
  return conn.Exec(
      "INSERT INTO check_ins (tenant_id, id, user_id, customer_id, lat, lng, accuracy_m, provider, "
      "mock_location, purpose, notes, distance_m, score, reasons, follow_up_id, "
      "fixed_customer_location, at, photo_taken_at, photo_time_source, captured_at, received_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, "
      "$19, $20, $21)",
      {V(caller.tenant_id), V(k.id), V(k.user_id), V(k.customer_id), V(k.lat), V(k.lng),
       V(k.accuracy_m), V(k.provider), V(k.mock_location), V(k.purpose), V(k.notes),
       V(k.distance_m), V(k.score), V(ReasonsJson(k.reasons)), V(k.follow_up_id),
       V(k.fixed_customer_location), V(k.at), V(k.photo_taken_at), V(k.photo_time_source),
       V(k.captured_at), V(k.received_at)});
}

// Attachments belong to activity, which has no function for these three: the queries stay here.
Result<std::optional<Id>> FirstCheckInBetween(Connection& conn, const org::Caller& caller,
                                              Id user_id, Id customer_id, Instant from,
                                              Instant to) {
  auto r = conn.Query(
      "SELECT id FROM check_ins WHERE tenant_id = $1 AND user_id = $2 AND customer_id = $3 AND at "
      ">= $4 AND at < $5 ORDER BY id LIMIT 1",
      {V(caller.tenant_id), V(user_id), V(customer_id), V(from), V(to)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Id>();
  return std::optional<Id>(r->front().Int(0));
}

Result<VisitPlan> GetPlan(Connection& conn, const org::Caller& caller, Id id) {
  auto r = conn.Query(std::string(kPlanColumns) + "WHERE p.tenant_id = $1 AND p.id = $2",
                      {V(caller.tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadPlan(r->front());
}

Result<std::vector<VisitPlan>> ListPlans(Connection& conn, const org::Caller& caller,
                                         const PlanFilter& filter) {
  Params params{V(caller.tenant_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  org::ScopeFilter f = org::OwnerScopeFilter(caller, "p.user_id", 2);
  std::string where = "WHERE p.tenant_id = $1 AND " + f.sql;
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto term = [&](const char* condition, storage::Value value) {
    where += std::string(" AND ") + condition + next();
    params.push_back(std::move(value));
  };
  if (filter.user_id) term("p.user_id = ", V(*filter.user_id));
  if (filter.from) term("p.planned_at >= ", V(*filter.from));
  if (filter.to) term("p.planned_at < ", V(*filter.to));
  auto r =
      conn.Query(std::string(kPlanColumns) + where + " ORDER BY p.planned_at LIMIT 1000", params);
  if (!r.ok()) return r.status();
  std::vector<VisitPlan> out;
  for (const auto& row : r->rows) out.push_back(ReadPlan(row));
  return out;
}

Status InsertPlan(Connection& conn, const org::Caller& caller, const VisitPlan& p) {
  return conn.Exec(
      "INSERT INTO visit_plans (tenant_id, id, user_id, customer_id, planned_at, remind_minutes, "
      "notes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {V(caller.tenant_id), V(p.id), V(p.user_id), V(p.customer_id), V(p.planned_at),
       V(p.remind_minutes), V(p.notes), V(p.created_at)});
}

Status UpdatePlan(Connection& conn, const org::Caller& caller, const VisitPlan& p,
                  bool remind_again) {
  return conn.Exec(
      "UPDATE visit_plans SET planned_at = $3, remind_minutes = $4, notes = $5, reminded = CASE "
      "WHEN $6 = 1 THEN 0 ELSE reminded END WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(p.id), V(p.planned_at), V(p.remind_minutes), V(p.notes),
       V(static_cast<std::int64_t>(remind_again ? 1 : 0))});
}

Status DeletePlan(Connection& conn, const org::Caller& caller, Id id) {
  return conn.Exec("DELETE FROM visit_plans WHERE tenant_id = $1 AND id = $2",
                   {V(caller.tenant_id), V(id)});
}

Status MarkPlanDone(Connection& conn, const org::Caller& caller, Id plan_id, Id check_in_id) {
  return conn.Exec(
      "UPDATE visit_plans SET status = 'done', check_in_id = $3 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(plan_id), V(check_in_id)});
}

Status MarkPlansDone(Connection& conn, const org::Caller& caller, Id user_id, Id customer_id,
                     Instant from, Instant to, Id check_in_id) {
  return conn.Exec(
      "UPDATE visit_plans SET status = 'done', check_in_id = $5 WHERE tenant_id = $1 AND user_id = "
      "$2 AND customer_id = $3 AND status = 'planned' AND planned_at >= $4 AND planned_at < $6",
      {V(caller.tenant_id), V(user_id), V(customer_id), V(from), V(check_in_id), V(to)});
}

Result<std::vector<DueReminder>> DueReminders(Connection& conn, Instant now) {
  // The customer's name is joined for the reminder's title (customers own the table).
  auto r = conn.Query(
      "SELECT p.tenant_id, p.id, p.user_id, p.customer_id, c.name, p.planned_at FROM visit_plans p "
      "LEFT JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id WHERE p.reminded "
      "= 0 AND p.status = 'planned' AND p.remind_minutes IS NOT NULL AND p.planned_at - "
      "p.remind_minutes * 60000 <= $1 AND p.planned_at > $2 LIMIT 500",
      {V(now), V(static_cast<Instant>(now - 24LL * 3600 * 1000))});
  if (!r.ok()) return r.status();
  std::vector<DueReminder> out;
  for (const auto& row : r->rows)
    out.push_back({row.Int(0), row.Int(1), row.Int(2), row.Int(3), row.Text(4), row.Int(5)});
  return out;
}

Result<bool> MarkReminded(Connection& conn, Id tenant_id, Id plan_id) {
  auto r = conn.Query("UPDATE visit_plans SET reminded = 1 WHERE tenant_id = $1 AND id = $2 AND reminded = 0",
                      {V(tenant_id), V(plan_id)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

}  // namespace quanke::visits
