#include "domain/visits/visit_service.h"

#include <boost/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/geo.h"
#include "core/mask.h"
#include "domain/activity/activity_service.h"
#include "domain/audit/audit_log.h"
#include "domain/customers/customer_repository.h"
#include "domain/notify/notifications.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"
#include "domain/pool/pool_repository.h"

namespace quanke::visits {
namespace {
using storage::Connection;
using storage::V;
namespace json = boost::json;

constexpr std::int64_t kMinuteMs = 60 * 1000;
constexpr std::int64_t kCheckInLockBase = 0x636865636b0000;

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
    if (auto* m = o.if_contains("message"); m && m->is_string()) r.message = std::string(m->get_string());
    if (auto* d = o.if_contains("details"); d && d->is_object())
      for (const auto& [k, val] : d->as_object())
        if (val.is_number()) r.details.emplace_back(std::string(k), val.to_number<double>());
    out.push_back(std::move(r));
  }
  return out;
}

Result<CheckInPolicy> LoadPolicy(Connection& conn, Id tenant_id) {
  CheckInPolicy p;
  auto r = conn.Query("SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = 'check_in_policy'", {V(tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return p;
  boost::system::error_code ec;
  auto v = json::parse(r->front().Text(0), ec);
  if (ec || !v.is_object()) return p;
  const auto& o = v.as_object();
  if (auto* x = o.if_contains("policy"); x && x->is_string()) p.policy = std::string(x->get_string());
  if (auto* x = o.if_contains("maxDistanceM"); x && x->is_number()) p.max_distance_m = x->to_number<double>();
  if (auto* x = o.if_contains("maxAccuracyM"); x && x->is_number()) p.max_accuracy_m = x->to_number<double>();
  if (auto* x = o.if_contains("maxSpeedKmh"); x && x->is_number()) p.max_speed_kmh = x->to_number<double>();
  if (auto* x = o.if_contains("photoMaxAgeMinutes"); x && x->is_int64()) p.photo_max_age_minutes = static_cast<int>(x->get_int64());
  return p;
}

constexpr const char* kCheckInColumns =
    "SELECT k.id, k.user_id, u.name, k.customer_id, c.name, k.lat, k.lng, k.accuracy_m, k.provider, k.mock_location, "
    "k.purpose, k.notes, k.distance_m, k.score, k.reasons, k.follow_up_id, k.fixed_customer_location, k.at, "
    "k.photo_taken_at, k.photo_time_source FROM check_ins k LEFT JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id "
    "LEFT JOIN customers c ON c.tenant_id = k.tenant_id AND c.id = k.customer_id ";

Result<std::vector<CheckIn>> ReadCheckIns(Connection& conn, Id tenant_id, const std::string& where,
                                          const storage::Params& params, const std::string& tail) {
  auto r = conn.Query(std::string(kCheckInColumns) + "WHERE k.tenant_id = $1 AND " + where + " " + tail, params);
  if (!r.ok()) return r.status();
  std::vector<CheckIn> out;
  for (const auto& row : r->rows) {
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
    out.push_back(std::move(k));
  }
  for (auto& k : out) {
    auto a = conn.Query(
        "SELECT id, uploader_id, name, content_type, size, sha256, follow_up_id, created_at FROM attachments WHERE "
        "tenant_id = $1 AND check_in_id = $2 ORDER BY id",
        {V(tenant_id), V(k.id)});
    if (!a.ok()) return a.status();
    for (const auto& row : a->rows)
      k.attachments.push_back({row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Int(4), row.Text(5), row.OptInt(6), row.Int(7)});
  }
  return out;
}

constexpr const char* kPlanColumns =
    "SELECT p.id, p.user_id, u.name, p.customer_id, c.name, p.planned_at, p.remind_minutes, p.notes, p.status, "
    "p.check_in_id, p.created_at FROM visit_plans p LEFT JOIN users u ON u.tenant_id = p.tenant_id AND u.id = p.user_id "
    "LEFT JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id ";

VisitPlan ReadPlan(const storage::Row& row, LocalDate today, const TimeZone& zone) {
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
  // A plan whose day has passed without a check-in at its customer is missed.
  if (p.status == "planned" && zone.DateOf(p.planned_at) < today) p.status = "missed";
  p.check_in_id = row.OptInt(9);
  p.created_at = row.Int(10);
  return p;
}

}  // namespace

Result<std::vector<NearbyCustomer>> VisitService::Nearby(const org::Caller& caller, double lat, double lng,
                                                         double radius_m, int limit, const std::string& scope) {
  if (Status s = org::Require(caller, "customer.view"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (!std::isfinite(lat) || lat < -90 || lat > 90) issues.push_back({"lat", "invalid_value"});
  if (!std::isfinite(lng) || lng < -180 || lng > 180) issues.push_back({"lng", "invalid_value"});
  if (!std::isfinite(radius_m) || radius_m < 1 || radius_m > 50000) issues.push_back({"radius", "invalid_value"});
  if (limit < 1 || limit > 200) issues.push_back({"limit", "invalid_value"});
  if (scope != "all" && scope != "mine" && scope != "team" && scope != "pool") issues.push_back({"scope", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Connection& conn = **lease;
  // Visibility: owned customers in scope (or on the caller's team), and customers of pools the
  // caller may browse.
  // Pools the caller administers: browsable, and their customers' phones are not masked.
  auto admin = pool::AdminPools(conn, caller.tenant_id, caller.user_id);
  if (!admin.ok()) return admin.status();
  // The whole company, every kind: each live customer has an owner or a pool of the tenant, so
  // there is nothing to test.
  const bool everything = scope == "all" && caller.scope == org::DataScope::kAll;
  std::vector<Id> pools;
  if (!everything && (scope == "all" || scope == "pool")) {
    std::set<Id> all(admin->begin(), admin->end());
    if (caller.scope == org::DataScope::kAll) {  // every pool, whatever the memberships
      auto every = conn.Query("SELECT id FROM pools WHERE tenant_id = $1", {V(caller.tenant_id)});
      if (!every.ok()) return every.status();
      for (const auto& row : every->rows) all.insert(row.Int(0));
    } else {
      auto member = pool::MemberPools(conn, caller.tenant_id, caller.user_id, caller.department_id);
      if (!member.ok()) return member.status();
      all.insert(member->begin(), member->end());
    }
    pools.assign(all.begin(), all.end());
  }
  // Visibility, as one condition reused for each cell range. Its columns carry a unary plus,
  // which keeps SQLite from answering the OR with the owner and pool indexes instead of the geo
  // index: for a rep that plan read the 900,000 pooled customers of the 1M bench (1.8 s a
  // request). PostgreSQL plans by cost either way; +x is x for integers there too.
  storage::Params visible_params;
  auto next = [&] { return "$" + std::to_string(visible_params.size() + 8); };  // $1–$7: tenant, range, box
  std::vector<std::string> visible;
  if (everything) {
    visible.push_back("1=1");
  } else {
    if (scope == "mine") {
      visible.push_back("+c.owner_id = " + next());
      visible_params.push_back(V(caller.user_id));
    }
    if ((scope == "all" || scope == "team") && caller.scope == org::DataScope::kAll) {
      visible.push_back("+c.owner_id IS NOT NULL");  // the whole company: no scope or team test
    } else if (scope == "all" || scope == "team") {
      org::ScopeFilter f = org::OwnerScopeFilter(caller, "+c.owner_id", static_cast<int>(visible_params.size() + 8));
      visible_params.insert(visible_params.end(), f.params.begin(), f.params.end());
      const std::string me = next();
      visible_params.push_back(V(caller.user_id));
      visible.push_back("(+c.owner_id IS NOT NULL AND (" + f.sql +
                        " OR +c.id IN (SELECT ct.customer_id FROM customer_team ct WHERE ct.tenant_id = $1 AND "
                        "ct.user_id = " + me + ")))");
    }
    if (!pools.empty()) {
      std::string in;
      for (size_t i = 0; i < pools.size(); ++i) {
        in += (i ? ", " : "") + next();
        visible_params.push_back(V(pools[i]));
      }
      visible.push_back("(+c.owner_id IS NULL AND +c.pool_id IN (" + in + "))");
    }
  }
  if (visible.empty()) visible.push_back("1=0");
  std::string condition;
  for (size_t i = 0; i < visible.size(); ++i) condition += (i ? " OR " : "") + visible[i];
  // One index range scan per grid row of the circle (an OR of ranges would not use the
  // index), cut to the circle's bounding box inside the index (about half of the cells' area),
  // then the exact distance; only the nearest `limit` are loaded, as cards.
  const geo::Box box = geo::BoundingBox(lat, lng, radius_m);
  const std::string sql =
      "SELECT c.id, c.lat, c.lng FROM customers c WHERE c.tenant_id = $1 AND c.geo_cell IS NOT NULL AND "
      "c.geo_cell BETWEEN $2 AND $3 AND c.lat BETWEEN $4 AND $5 AND c.lng BETWEEN $6 AND $7 AND "
      "c.deleted_at IS NULL AND (" + condition + ")";
  std::vector<std::pair<double, Id>> hits;
  for (const auto& [first, last] : geo::CoveringRanges(lat, lng, radius_m)) {
    storage::Params params{V(caller.tenant_id), V(first),      V(last),       V(box.lat_lo),
                           V(box.lat_hi),       V(box.lng_lo), V(box.lng_hi)};
    params.insert(params.end(), visible_params.begin(), visible_params.end());
    auto rows = conn.Query(sql, params);
    if (!rows.ok()) return rows.status();
    for (const auto& row : rows->rows) {
      const double d = geo::DistanceMeters(lat, lng, row.Real(1), row.Real(2));
      if (d <= radius_m) hits.emplace_back(d, row.Int(0));
    }
  }
  std::sort(hits.begin(), hits.end());
  if (hits.size() > static_cast<size_t>(limit)) hits.resize(static_cast<size_t>(limit));
  std::vector<Id> ids;
  for (const auto& hit : hits) ids.push_back(hit.second);
  auto loaded = customers::GetCustomerCards(conn, caller.tenant_id, ids);
  if (!loaded.ok()) return loaded.status();
  std::vector<NearbyCustomer> out;
  out.reserve(hits.size());
  for (const auto& [d, id] : hits)
    for (auto& c : *loaded)
      if (c.id == id) {
        NearbyCustomer n;
        const bool pool_admin = c.pool_id && std::find(admin->begin(), admin->end(), *c.pool_id) != admin->end();
        n.phone_masked = c.pool_id ? !pool_admin : !(c.owner_id == caller.user_id || caller.Can("field.view_protected"));
        if (n.phone_masked && c.phone) c.phone = MaskMiddle(*c.phone);
        n.card = std::move(c);
        n.distance_m = std::round(d * 10) / 10;
        out.push_back(std::move(n));
        break;
      }
  return out;
}

Result<CheckIn> VisitService::CheckInNow(const org::Caller& caller, const CheckInInput& in) {
  if (Status s = org::Require(caller, "visit.create"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (!geo::ValidLatLng(in.lat, in.lng)) issues.push_back({std::isfinite(in.lat) && in.lat >= -90 && in.lat <= 90 ? "lng" : "lat", "invalid_value"});
  if (!std::isfinite(in.accuracy_m) || in.accuracy_m < 0) issues.push_back({"accuracyM", "invalid_value"});
  if (in.purpose.size() > 500) issues.push_back({"purpose", "too_long"});
  if (in.notes.size() > 8000) issues.push_back({"notes", "too_long"});
  if (in.attachment_ids.size() > 9) issues.push_back({"attachmentIds", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const Instant now = clock_.Now();
  Result<CheckIn> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    // Check-ins of a tenant are decided one at a time: the first at a customer fixes its
    // position and a photo counts as reused from the second time on, also when two arrive at
    // once (SQLite serialises writers anyway; this is for PostgreSQL).
    if (Status l = conn.LockKey(kCheckInLockBase ^ caller.tenant_id); !l.ok()) return l;
    auto policy = LoadPolicy(conn, caller.tenant_id);
    if (!policy.ok()) return policy.status();
    std::vector<Reason> reasons;
    std::optional<customers::Customer> customer;
    std::optional<double> distance;
    bool fix_location = false;
    if (in.customer_id) {
      auto c = customers::GetCustomer(conn, caller.tenant_id, *in.customer_id);
      if (!c.ok()) return c.status();
      auto a = customers::AccessTo(conn, caller, *c);
      if (!a.ok()) return a.status();
      if (!a->visible) return Status::NotFound();
      if (!(a->owner || a->in_scope || a->team_write))
        return Status::Error("permission.denied", "Only the owner, their managers and the team can check in here.");
      customer = *c;
      if (c->lat && c->lng) {
        distance = std::round(geo::DistanceMeters(in.lat, in.lng, *c->lat, *c->lng) * 10) / 10;
        if (*distance > policy->max_distance_m)
          reasons.push_back({"far_from_customer", "签到位置距离客户地址过远",
                             {{"distanceM", *distance}, {"maxDistanceM", policy->max_distance_m}}});
      } else {
        fix_location = true;  // 客户标注: the first check-in fixes where the customer is
      }
    }
    if (in.accuracy_m > policy->max_accuracy_m)
      reasons.push_back({"poor_accuracy", "定位精度太差", {{"accuracyM", in.accuracy_m}, {"maxAccuracyM", policy->max_accuracy_m}}});
    if (in.mock_location) reasons.push_back({"mock_location", "设备报告使用了模拟定位", {}});
    auto previous = conn.Query(
        "SELECT lat, lng, at FROM check_ins WHERE tenant_id = $1 AND user_id = $2 ORDER BY id DESC LIMIT 3",
        {V(caller.tenant_id), V(caller.user_id)});
    if (!previous.ok()) return previous.status();
    if (previous->rows.size() == 3 &&
        std::all_of(previous->rows.begin(), previous->rows.end(),
                    [&](const storage::Row& r) { return r.Real(0) == in.lat && r.Real(1) == in.lng; }))
      reasons.push_back({"static_coordinates", "与前几次签到坐标完全相同（真实定位会有漂移）", {}});
    if (!previous->empty()) {
      const auto& last = previous->front();
      const double metres = geo::DistanceMeters(last.Real(0), last.Real(1), in.lat, in.lng);
      const double hours = std::max(1.0, static_cast<double>(now - last.Int(2)) / 1000.0) / 3600.0;
      const double kmh = metres / 1000.0 / hours;
      if (metres > 1000 && kmh > policy->max_speed_kmh)
        reasons.push_back({"impossible_speed", "与上次签到相比移动速度不可能",
                           {{"speedKmh", std::round(kmh)}, {"maxSpeedKmh", policy->max_speed_kmh}}});
    }
    for (Id att : in.attachment_ids) {
      auto a = conn.Query(
          "SELECT sha256 FROM attachments WHERE tenant_id = $1 AND id = $2 AND uploader_id = $3 AND check_in_id IS NULL "
          "AND follow_up_id IS NULL",
          {V(caller.tenant_id), V(att), V(caller.user_id)});
      if (!a.ok()) return a.status();
      if (a->empty()) return Status::Validation({{"attachmentIds", "invalid_value"}});
      auto seen = conn.Query(
          "SELECT 1 FROM attachments WHERE tenant_id = $1 AND sha256 = $2 AND check_in_id IS NOT NULL LIMIT 1",
          {V(caller.tenant_id), V(a->front().Text(0))});
      if (!seen.ok()) return seen.status();
      if (!seen->empty()) {
        reasons.push_back({"reused_photo", "照片与以前的签到照片相同", {}});
        break;
      }
    }
    if (in.photo_taken_at &&
        std::llabs(*in.photo_taken_at - now) > static_cast<std::int64_t>(policy->photo_max_age_minutes) * kMinuteMs)
      reasons.push_back({"photo_time_mismatch", "照片拍摄时间与签到时间相差太大",
                         {{"minutes", std::round(std::llabs(*in.photo_taken_at - now) / 60000.0)}}});
    // Without the customer's position the distance cannot be checked: that alone makes the
    // check-in unverifiable; with other signals it is suspicious and lists them all. Only a
    // clean check-in may fix where the customer is (客户标注).
    const bool other_signals = !reasons.empty();
    std::string score = other_signals ? "suspicious" : "verified";
    if (fix_location) {
      if (!other_signals) score = "unverifiable";
      reasons.push_back({"no_customer_location",
                         other_signals ? "客户尚无位置，且本次签到异常，未标注客户位置" : "客户尚无位置，本次签到已标注客户位置",
                         {}});
      fix_location = !other_signals;
    }
    if (score == "suspicious" && policy->policy == "block") {
      Status refused = Status::Error("checkin.suspicious", "The check-in looks wrong and the company blocks such check-ins.");
      std::string codes;
      for (const auto& r : reasons) codes += (codes.empty() ? "" : ",") + r.code;
      refused.With("reasons", codes);
      return refused;
    }
    const Id id = Ids().Next();
    std::optional<Id> follow_up_id;
    if (customer) {
      activity::FollowUpInput f;
      f.type = "visit";
      f.text = "拜访签到" + std::string(in.purpose.empty() ? "" : "：" + in.purpose) +
               (in.notes.empty() ? "" : "\n" + in.notes);
      f.attachment_ids = in.attachment_ids;  // the photos show on the customer's timeline too
      auto fu = activity::WriteFollowUp(conn, caller, customer->id, f, clock_);
      if (!fu.ok()) return fu.status();
      follow_up_id = fu->id;
      if (fix_location) {
        customers::Customer fixed = *customer;
        fixed.lat = in.lat;
        fixed.lng = in.lng;
        if (Status w = conn.Exec("UPDATE customers SET lat = $3, lng = $4 WHERE tenant_id = $1 AND id = $2",
                                 {V(caller.tenant_id), V(customer->id), V(in.lat), V(in.lng)});
            !w.ok())
          return w;
        if (Status w = customers::ReindexCustomer(conn, caller.tenant_id, fixed); !w.ok()) return w;
      }
      // A plan for this customer today is done.
      auto zone = pool::TenantZone(conn, caller.tenant_id);
      if (!zone.ok()) return zone.status();
      const LocalDate today = zone->DateOf(now);
      if (Status w = conn.Exec(
              "UPDATE visit_plans SET status = 'done', check_in_id = $5 WHERE tenant_id = $1 AND user_id = $2 AND "
              "customer_id = $3 AND status = 'planned' AND planned_at >= $4 AND planned_at < $6",
              {V(caller.tenant_id), V(caller.user_id), V(customer->id), V(zone->StartOf(today)), V(id),
               V(zone->StartOf(today + 1))});
          !w.ok())
        return w;
    }
    if (Status w = conn.Exec(
            "INSERT INTO check_ins (tenant_id, id, user_id, customer_id, lat, lng, accuracy_m, provider, mock_location, "
            "purpose, notes, distance_m, score, reasons, follow_up_id, fixed_customer_location, at, photo_taken_at, "
            "photo_time_source) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
            "$18, $19)",
            {V(caller.tenant_id), V(id), V(caller.user_id), V(in.customer_id), V(in.lat), V(in.lng), V(in.accuracy_m),
             V(in.provider), V(in.mock_location), V(in.purpose), V(in.notes), V(distance), V(score),
             V(ReasonsJson(reasons)), V(follow_up_id), V(fix_location), V(now), V(in.photo_taken_at),
             V(in.photo_time_source)});
        !w.ok())
      return w;
    for (Id att : in.attachment_ids)
      if (Status w = conn.Exec("UPDATE attachments SET check_in_id = $3 WHERE tenant_id = $1 AND id = $2",
                               {V(caller.tenant_id), V(att), V(id)});
          !w.ok())
        return w;
    auto loaded = ReadCheckIns(conn, caller.tenant_id, "k.id = $2", {V(caller.tenant_id), V(id)}, "");
    if (!loaded.ok()) return loaded.status();
    out = loaded->front();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page<CheckIn>> VisitService::CheckIns(const org::Caller& caller, std::optional<Id> user_id,
                                             std::optional<Id> customer_id, const std::string& score,
                                             std::optional<Instant> from, std::optional<Instant> to,
                                             const PageRequest& page) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  if (!score.empty() && score != "verified" && score != "suspicious" && score != "unverifiable")
    return Status::Validation({{"score", "invalid_value"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  storage::Params params{V(caller.tenant_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  org::ScopeFilter f = org::OwnerScopeFilter(caller, "k.user_id", 2);
  std::string where = f.sql;
  params.insert(params.end(), f.params.begin(), f.params.end());
  if (user_id) {
    where += " AND k.user_id = " + next();
    params.push_back(V(*user_id));
  }
  if (customer_id) {
    where += " AND k.customer_id = " + next();
    params.push_back(V(*customer_id));
  }
  if (!score.empty()) {
    where += " AND k.score = " + next();
    params.push_back(V(score));
  }
  if (from) {
    where += " AND k.at >= " + next();
    params.push_back(V(*from));
  }
  if (to) {
    where += " AND k.at < " + next();
    params.push_back(V(*to));
  }
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    where += " AND k.id < " + next();
    params.push_back(V(last));
  }
  auto list = ReadCheckIns(**lease, caller.tenant_id, where, params, "ORDER BY k.id DESC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<CheckIn> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Result<CheckIn> VisitService::Get(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto list = ReadCheckIns(**lease, caller.tenant_id, "k.id = $2", {V(caller.tenant_id), V(id)}, "");
  if (!list.ok()) return list.status();
  if (list->empty()) return Status::NotFound();
  auto visible = org::CanSeeOwner(**lease, caller, list->front().user_id);
  if (!visible.ok()) return visible.status();
  if (!*visible) return Status::NotFound();
  return list->front();
}

Result<CheckInPolicy> VisitService::Policy(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return LoadPolicy(**lease, caller.tenant_id);
}

Result<CheckInPolicy> VisitService::SetPolicy(const org::Caller& caller, const CheckInPolicy& p) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (p.policy != "flag" && p.policy != "block") issues.push_back({"policy", "invalid_value"});
  if (!(p.max_distance_m >= 10 && p.max_distance_m <= 100000)) issues.push_back({"maxDistanceM", "invalid_value"});
  if (!(p.max_accuracy_m >= 5 && p.max_accuracy_m <= 100000)) issues.push_back({"maxAccuracyM", "invalid_value"});
  if (!(p.max_speed_kmh >= 1 && p.max_speed_kmh <= 2000)) issues.push_back({"maxSpeedKmh", "invalid_value"});
  if (p.photo_max_age_minutes < 1 || p.photo_max_age_minutes > 100000) issues.push_back({"photoMaxAgeMinutes", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const std::string value = json::serialize(json::object{{"policy", p.policy},
                                                         {"maxDistanceM", p.max_distance_m},
                                                         {"maxAccuracyM", p.max_accuracy_m},
                                                         {"maxSpeedKmh", p.max_speed_kmh},
                                                         {"photoMaxAgeMinutes", p.photo_max_age_minutes}});
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status w = conn.Exec(
            "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, 'check_in_policy', $2) ON CONFLICT "
            "(tenant_id, key) DO UPDATE SET value = excluded.value",
            {V(caller.tenant_id), V(value)});
        !w.ok())
      return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "settings.check_in_policy", "tenant", caller.tenant_id, value);
  });
  if (!s.ok()) return s;
  return p;
}

Result<std::vector<VisitPlan>> VisitService::Plans(const org::Caller& caller, std::optional<Id> user_id,
                                                   std::optional<Instant> from, std::optional<Instant> to,
                                                   const std::string& status) {
  if (!status.empty() && status != "planned" && status != "done" && status != "missed")
    return Status::Validation({{"status", "invalid_value"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto zone = pool::TenantZone(**lease, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  storage::Params params{V(caller.tenant_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  org::ScopeFilter f = org::OwnerScopeFilter(caller, "p.user_id", 2);
  std::string where = "WHERE p.tenant_id = $1 AND " + f.sql;
  params.insert(params.end(), f.params.begin(), f.params.end());
  if (user_id) {
    where += " AND p.user_id = " + next();
    params.push_back(V(*user_id));
  }
  if (from) {
    where += " AND p.planned_at >= " + next();
    params.push_back(V(*from));
  }
  if (to) {
    where += " AND p.planned_at < " + next();
    params.push_back(V(*to));
  }
  auto r = (*lease)->Query(std::string(kPlanColumns) + where + " ORDER BY p.planned_at LIMIT 1000", params);
  if (!r.ok()) return r.status();
  const LocalDate today = zone->DateOf(clock_.Now());
  std::vector<VisitPlan> out;
  for (const auto& row : r->rows) {
    VisitPlan p = ReadPlan(row, today, *zone);
    if (status.empty() || p.status == status) out.push_back(std::move(p));
  }
  return out;
}

Result<VisitPlan> VisitService::CreatePlan(const org::Caller& caller, const PlanInput& in) {
  if (Status s = org::Require(caller, "visit.create"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (!in.customer_id) issues.push_back({"customerId", "required"});
  if (!in.planned_at) issues.push_back({"plannedAt", "required"});
  if (in.remind_minutes && *in.remind_minutes && (**in.remind_minutes < 0 || **in.remind_minutes > 10080))
    issues.push_back({"remindMinutesBefore", "invalid_value"});
  if (in.notes && in.notes->size() > 2000) issues.push_back({"notes", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const Instant now = clock_.Now();
  Result<VisitPlan> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto c = customers::GetCustomer(conn, caller.tenant_id, *in.customer_id);
    if (!c.ok()) return c.status();
    auto a = customers::AccessTo(conn, caller, *c);
    if (!a.ok()) return a.status();
    if (!a->visible) return Status::NotFound();
    const Id id = Ids().Next();
    if (Status w = conn.Exec(
            "INSERT INTO visit_plans (tenant_id, id, user_id, customer_id, planned_at, remind_minutes, notes, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            {V(caller.tenant_id), V(id), V(caller.user_id), V(*in.customer_id), V(*in.planned_at),
             V(in.remind_minutes ? *in.remind_minutes : std::nullopt), V(in.notes.value_or("")), V(now)});
        !w.ok())
      return w;
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    // Planned for a day on which the visit has already happened: it is done.
    const LocalDate day = zone->DateOf(*in.planned_at);
    auto visited = conn.Query(
        "SELECT id FROM check_ins WHERE tenant_id = $1 AND user_id = $2 AND customer_id = $3 AND at >= $4 AND at < $5 "
        "ORDER BY id LIMIT 1",
        {V(caller.tenant_id), V(caller.user_id), V(*in.customer_id), V(zone->StartOf(day)), V(zone->StartOf(day + 1))});
    if (!visited.ok()) return visited.status();
    if (!visited->empty()) {
      if (Status w = conn.Exec("UPDATE visit_plans SET status = 'done', check_in_id = $3 WHERE tenant_id = $1 AND id = $2",
                               {V(caller.tenant_id), V(id), V(visited->front().Int(0))});
          !w.ok())
        return w;
    }
    auto r = conn.Query(std::string(kPlanColumns) + "WHERE p.tenant_id = $1 AND p.id = $2", {V(caller.tenant_id), V(id)});
    if (!r.ok()) return r.status();
    out = ReadPlan(r->front(), zone->DateOf(now), *zone);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<VisitPlan> VisitService::UpdatePlan(const org::Caller& caller, Id id, const PlanInput& in) {
  const Instant now = clock_.Now();
  Result<VisitPlan> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto r = conn.Query(std::string(kPlanColumns) + "WHERE p.tenant_id = $1 AND p.id = $2", {V(caller.tenant_id), V(id)});
    if (!r.ok()) return r.status();
    if (r->empty()) return Status::NotFound();
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    VisitPlan p = ReadPlan(r->front(), zone->DateOf(now), *zone);
    if (p.user_id != caller.user_id) {
      auto v = org::CanSeeOwner(conn, caller, p.user_id);
      if (!v.ok()) return v.status();
      if (!*v) return Status::NotFound();
      return Status::Error("permission.denied", "Only the person who planned the visit can change it.");
    }
    if (in.customer_id) return Status::Validation({{"customerId", "invalid_value"}});
    if (in.notes && in.notes->size() > 2000) return Status::Validation({{"notes", "too_long"}});
    if (in.remind_minutes && *in.remind_minutes && (**in.remind_minutes < 0 || **in.remind_minutes > 10080))
      return Status::Validation({{"remindMinutesBefore", "invalid_value"}});
    if (Status w = conn.Exec(
            "UPDATE visit_plans SET planned_at = $3, remind_minutes = $4, notes = $5, reminded = CASE WHEN $6 = 1 THEN 0 "
            "ELSE reminded END WHERE tenant_id = $1 AND id = $2",
            {V(caller.tenant_id), V(id), V(in.planned_at.value_or(p.planned_at)),
             V(in.remind_minutes ? *in.remind_minutes : p.remind_minutes), V(in.notes.value_or(p.notes)),
             V(static_cast<std::int64_t>(in.planned_at || in.remind_minutes ? 1 : 0))});
        !w.ok())
      return w;
    auto again = conn.Query(std::string(kPlanColumns) + "WHERE p.tenant_id = $1 AND p.id = $2", {V(caller.tenant_id), V(id)});
    if (!again.ok()) return again.status();
    out = ReadPlan(again->front(), zone->DateOf(now), *zone);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Status VisitService::DeletePlan(const org::Caller& caller, Id id) {
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto r = conn.Query("SELECT user_id FROM visit_plans WHERE tenant_id = $1 AND id = $2", {V(caller.tenant_id), V(id)});
    if (!r.ok()) return r.status();
    if (r->empty()) return Status::NotFound();
    if (r->front().Int(0) != caller.user_id) {
      auto v = org::CanSeeOwner(conn, caller, r->front().Int(0));
      if (!v.ok()) return v.status();
      if (!*v) return Status::NotFound();
      return Status::Error("permission.denied", "Only the person who planned the visit can delete it.");
    }
    return conn.Exec("DELETE FROM visit_plans WHERE tenant_id = $1 AND id = $2", {V(caller.tenant_id), V(id)});
  });
}

Result<int> VisitService::RemindDuePlans() {
  const Instant now = clock_.Now();
  int sent = 0;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto r = conn.Query(
        "SELECT p.tenant_id, p.id, p.user_id, p.customer_id, c.name, p.planned_at FROM visit_plans p LEFT JOIN customers c "
        "ON c.tenant_id = p.tenant_id AND c.id = p.customer_id WHERE p.reminded = 0 AND p.status = 'planned' AND "
        "p.remind_minutes IS NOT NULL AND p.planned_at - p.remind_minutes * 60000 <= $1 AND p.planned_at > $2 LIMIT 500",
        {V(now), V(static_cast<Instant>(now - 24LL * 3600 * 1000))});
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) {
      notify::Notification n;
      n.user_id = row.Int(2);
      n.type = "visit.plan_due";
      auto zone = pool::TenantZone(conn, row.Int(0));
      if (!zone.ok()) return zone.status();
      const Instant planned = row.Int(5);
      const std::int64_t minutes = (planned - zone->StartOf(zone->DateOf(planned))) / kMinuteMs;
      char hhmm[8];
      std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", static_cast<int>(minutes / 60), static_cast<int>(minutes % 60));
      n.title = std::string("拜访提醒：") + hhmm + " 拜访「" + row.Text(4) + "」";
      n.object_type = "customer";
      n.object_id = row.Int(3);
      n.created_at = now;
      if (Status w = notify::Send(conn, row.Int(0), n); !w.ok()) return w;
      if (Status w = conn.Exec("UPDATE visit_plans SET reminded = 1 WHERE tenant_id = $1 AND id = $2",
                               {V(row.Int(0)), V(row.Int(1))});
          !w.ok())
        return w;
      ++sent;
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return sent;
}

Result<MapPoints> VisitService::Map(const org::Caller& caller, Instant from, Instant to, std::optional<Id> user_id) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  MapPoints out;
  {
    storage::Params params{V(caller.tenant_id), V(from), V(to)};
    org::ScopeFilter f = org::OwnerScopeFilter(caller, "k.user_id", 4);
    std::string where = "k.tenant_id = $1 AND k.at >= $2 AND k.at < $3 AND " + f.sql;
    params.insert(params.end(), f.params.begin(), f.params.end());
    if (user_id) {
      where += " AND k.user_id = $" + std::to_string(params.size() + 1);
      params.push_back(V(*user_id));
    }
    auto r = (*lease)->Query(
        "SELECT k.id, k.lat, k.lng, k.score, u.name, c.name, k.at FROM check_ins k LEFT JOIN users u ON u.tenant_id = "
        "k.tenant_id AND u.id = k.user_id LEFT JOIN customers c ON c.tenant_id = k.tenant_id AND c.id = k.customer_id "
        "WHERE " + where + " ORDER BY k.id DESC LIMIT 5000",
        params);
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows)
      out.check_ins.push_back({row.Int(0), row.Real(1), row.Real(2), row.Text(3), row.Text(4), row.Text(5), row.Int(6)});
  }
  {
    storage::Params params{V(caller.tenant_id)};
    org::ScopeFilter f = org::OwnerScopeFilter(caller, "c.owner_id", 2);
    params.insert(params.end(), f.params.begin(), f.params.end());
    std::string where = "c.tenant_id = $1 AND c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND c.lat IS NOT NULL AND " + f.sql;
    if (user_id) {
      where += " AND c.owner_id = $" + std::to_string(params.size() + 1);
      params.push_back(V(*user_id));
    }
    auto r = (*lease)->Query(
        "SELECT c.id, c.name, c.lat, c.lng, u.name FROM customers c LEFT JOIN users u ON u.tenant_id = c.tenant_id AND "
        "u.id = c.owner_id WHERE " + where + " LIMIT 5000",
        params);
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) out.customers.push_back({row.Int(0), row.Text(1), row.Real(2), row.Real(3), row.Text(4)});
  }
  return out;
}

Result<VisitStats> VisitService::Stats(const org::Caller& caller, Instant from, Instant to,
                                       std::optional<Id> department_id) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  storage::Params params{V(caller.tenant_id), V(from), V(to)};
  org::ScopeFilter f = org::OwnerScopeFilter(caller, "k.user_id", 4);
  std::string where = "k.tenant_id = $1 AND k.at >= $2 AND k.at < $3 AND " + f.sql;
  params.insert(params.end(), f.params.begin(), f.params.end());
  if (department_id) {
    const std::string d = "$" + std::to_string(params.size() + 1);
    params.push_back(V(*department_id));
    where += " AND k.user_id IN (SELECT du.id FROM users du WHERE du.tenant_id = $1 AND du.department_id IN (WITH "
             "RECURSIVE sub(id) AS (SELECT CAST(" + d + " AS BIGINT) UNION SELECT sd.id FROM departments sd JOIN sub ON "
             "sd.parent_id = sub.id WHERE sd.tenant_id = $1) SELECT id FROM sub))";
  }
  VisitStats st;
  auto by_user = (*lease)->Query(
      "SELECT k.user_id, u.name, d.name, COUNT(*), COUNT(DISTINCT k.customer_id), SUM(CASE WHEN k.score = 'suspicious' "
      "THEN 1 ELSE 0 END) FROM check_ins k LEFT JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id LEFT JOIN "
      "departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id WHERE " + where +
          " GROUP BY k.user_id, u.name, d.name ORDER BY COUNT(*) DESC",
      params);
  if (!by_user.ok()) return by_user.status();
  for (const auto& row : by_user->rows)
    st.by_user.push_back({row.Int(0), row.Text(1), row.Text(2), row.Int(3), row.Int(4), row.Int(5)});
  auto by_customer = (*lease)->Query(
      "SELECT k.customer_id, c.name, COUNT(*) FROM check_ins k JOIN customers c ON c.tenant_id = k.tenant_id AND c.id = "
      "k.customer_id WHERE " + where + " GROUP BY k.customer_id, c.name ORDER BY COUNT(*) DESC LIMIT 50",
      params);
  if (!by_customer.ok()) return by_customer.status();
  for (const auto& row : by_customer->rows) st.by_customer.push_back({row.Int(0), row.Text(1), row.Int(2)});
  auto total = (*lease)->Query("SELECT COUNT(*), COUNT(DISTINCT k.customer_id) FROM check_ins k WHERE " + where, params);
  if (!total.ok()) return total.status();
  st.visits = total->front().Int(0);
  st.customers = total->front().Int(1);
  return st;
}

}  // namespace quanke::visits
