// Check-ins (拜访签到): scoring a new one under the tenant's policy, reading them, the policy.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/geo.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/follow_up_repository.h"
#include "domain/org/audit_repository.h"
#include "domain/customers/customer_repository.h"
#include "domain/customers/customer_service.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"
#include "domain/visits/visit_repository.h"
#include "domain/visits/visit_service.h"

namespace quanke::visits {
namespace {
using storage::Connection;

constexpr std::int64_t kMinuteMs = 60 * 1000;
constexpr std::int64_t kCheckInLockBase = 0x636865636b0000;
// This many earlier check-ins at exactly the same coordinates make the position look replayed.
constexpr int kStaticRun = 3;
// capturedAt (the device's fix) may be ahead of the server's clock by this much (clock skew) ...
constexpr std::int64_t kCaptureSkewMs = 5 * kMinuteMs;
// ... and at most this old: a check-in captured offline must be sent within a week.
constexpr std::int64_t kCaptureMaxAgeMs = 7 * 24 * 60 * kMinuteMs;
// A check-in received this long after its fix is marked late_upload with its delay.
constexpr std::int64_t kLateUploadMs = 10 * kMinuteMs;

Status ValidateCheckIn(const CheckInInput& in) {
  std::vector<FieldIssue> issues;
  if (!geo::ValidLatLng(in.lat, in.lng))
    issues.push_back(
        {std::isfinite(in.lat) && in.lat >= -90 && in.lat <= 90 ? "lng" : "lat", "invalid_value"});
  if (!std::isfinite(in.accuracy_m) || in.accuracy_m < 0)
    issues.push_back({"accuracyM", "invalid_value"});
  if (in.purpose.size() > 500) issues.push_back({"purpose", "too_long"});
  if (in.notes.size() > 8000) issues.push_back({"notes", "too_long"});
  if (in.attachment_ids.size() > 9) issues.push_back({"attachmentIds", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return Status::Ok();
}

// The instant of the device's fix: capturedAt when given (not in the future beyond the clock
// skew, not older than a week), else the receipt time.
Result<Instant> CaptureTime(const CheckInInput& in, Instant now) {
  if (!in.captured_at) return now;
  if (*in.captured_at > now + kCaptureSkewMs)
    return std::move(Status::Error("checkin.captured_in_future",
                                   "capturedAt is later than the server's time.")
                         .With("maxSkewMinutes", kCaptureSkewMs / kMinuteMs));
  if (*in.captured_at < now - kCaptureMaxAgeMs)
    return std::move(Status::Error("checkin.captured_too_old",
                                   "capturedAt is too long ago to be checked in now.")
                         .With("maxAgeDays", kCaptureMaxAgeMs / (24 * 60 * kMinuteMs)));
  return *in.captured_at;
}

// What scoring a check-in has found so far.
struct Scoring {
  std::optional<customers::Customer> customer;  // the customer visited, when one is named
  std::optional<double> distance;               // from the customer's position, when it has one
  bool fix_location = false;                    // this check-in fixes where the customer is
  std::vector<Reason> reasons;
  std::string score;
  Instant captured = 0;  // the device's fix (CaptureTime)
  Instant received = 0;  // the server's receipt
};

// The customer named (visible, and the caller may write records on it) and the distance from it;
// a customer without a position is to be fixed by this check-in.
Status ScorePosition(Connection& conn, const org::Caller& caller, const CheckInInput& in,
                     const CheckInPolicy& policy, Scoring& s) {
  if (!in.customer_id) return Status::Ok();
  auto c = customers::GetCustomer(conn, caller.tenant_id, *in.customer_id);
  if (!c.ok()) return c.status();
  auto a = customers::AccessTo(conn, caller, *c);
  if (!a.ok()) return a.status();
  if (!a->visible) return Status::NotFound();
  if (!(a->owner || a->in_scope || a->team_write))
    return Status::Error("permission.denied",
                         "Only the owner, their managers and the team can check in here.");
  s.customer = *c;
  if (c->lat && c->lng) {
    s.distance = std::round(geo::DistanceMeters(in.lat, in.lng, *c->lat, *c->lng) * 10) / 10;
    if (*s.distance > policy.max_distance_m)
      s.reasons.push_back({"far_from_customer",
                           "签到位置距离客户地址过远",
                           {{"distanceM", *s.distance}, {"maxDistanceM", policy.max_distance_m}}});
  } else {
    s.fix_location = true;  // 客户标注: the first check-in fixes where the customer is
  }
  return Status::Ok();
}

// What the device says of its fix: its accuracy and whether the location is mocked.
void ScoreDevice(const CheckInInput& in, const CheckInPolicy& policy, Scoring& s) {
  if (in.accuracy_m > policy.max_accuracy_m)
    s.reasons.push_back({"poor_accuracy",
                         "定位精度太差",
                         {{"accuracyM", in.accuracy_m}, {"maxAccuracyM", policy.max_accuracy_m}}});
  if (in.mock_location) s.reasons.push_back({"mock_location", "设备报告使用了模拟定位", {}});
}

// Against the caller's previous check-ins: the same coordinates again and again, or a speed no
// one travels at.
Status ScoreMovement(Connection& conn, const org::Caller& caller, const CheckInInput& in,
                     const CheckInPolicy& policy, Scoring& s) {
  auto previous = RecentPositions(conn, caller, caller.user_id, kStaticRun);
  if (!previous.ok()) return previous.status();
  if (previous->size() == kStaticRun &&
      std::all_of(previous->begin(), previous->end(),
                  [&](const Position& p) { return p.lat == in.lat && p.lng == in.lng; }))
    s.reasons.push_back({"static_coordinates", "与前几次签到坐标完全相同（真实定位会有漂移）", {}});
  if (previous->empty()) return Status::Ok();
  const Position& last = previous->front();
  const double metres = geo::DistanceMeters(last.lat, last.lng, in.lat, in.lng);
  // Between the two fixes (a check-in sent late is compared at the time it was captured).
  const double hours =
      std::max(1.0, static_cast<double>(std::llabs(s.captured - last.at)) / 1000.0) / 3600.0;
  const double kmh = metres / 1000.0 / hours;
  if (metres > 1000 && kmh > policy.max_speed_kmh)
    s.reasons.push_back({"impossible_speed",
                         "与上次签到相比移动速度不可能",
                         {{"speedKmh", std::round(kmh)}, {"maxSpeedKmh", policy.max_speed_kmh}}});
  return Status::Ok();
}

// The photos: each must be the caller's own unattached upload; one already shown on a check-in
// is reused, and a photo taken long before or after the fix does not show this visit.
Status ScorePhotos(Connection& conn, const org::Caller& caller, const CheckInInput& in,
                   const CheckInPolicy& policy, Scoring& s) {
  const Instant fix = s.captured;
  for (Id att : in.attachment_ids) {
    auto sha256 = activity::UnattachedUpload(conn, caller.tenant_id, att, caller.user_id);
    if (!sha256.ok()) return sha256.status();
    if (!*sha256) return Status::Validation({{"attachmentIds", "invalid_value"}});
    auto seen = activity::PhotoOfAnyCheckIn(conn, caller.tenant_id, **sha256);
    if (!seen.ok()) return seen.status();
    if (*seen) {
      s.reasons.push_back({"reused_photo", "照片与以前的签到照片相同", {}});
      break;
    }
  }
  if (in.photo_taken_at && std::llabs(*in.photo_taken_at - fix) >
                               static_cast<std::int64_t>(policy.photo_max_age_minutes) * kMinuteMs)
    s.reasons.push_back(
        {"photo_time_mismatch",
         "照片拍摄时间与签到时间相差太大",
         {{"minutes", std::round(std::llabs(*in.photo_taken_at - fix) / 60000.0)}}});
  return Status::Ok();
}

// A check-in received long after its fix (captured offline, sent when back online) says so
// with its delay. It is not a sign of forgery: the position and photo are scored at the time of
// the fix, and lateness alone neither makes it suspicious nor blocks it (Decide).
void ScoreLateness(Scoring& s) {
  const std::int64_t delay = s.received - s.captured;
  if (delay > kLateUploadMs)
    s.reasons.push_back({"late_upload",
                         "签到为离线采集，延迟上传",
                         {{"delayMinutes", std::floor(delay / 60000.0)},
                          {"lateAfterMinutes", kLateUploadMs / kMinuteMs}}});
}

// The score from the reasons found; checkin.suspicious when the policy blocks suspicious ones.
Status Decide(const CheckInPolicy& policy, Scoring& s) {
  // Without the customer's position the distance cannot be checked: that alone makes the
  // check-in unverifiable; with other signals it is suspicious and lists them all. Only a
  // clean check-in may fix where the customer is (客户标注). A late upload is shown, not
  // counted as a signal.
  const bool other_signals = std::any_of(s.reasons.begin(), s.reasons.end(),
                                         [](const Reason& r) { return r.code != "late_upload"; });
  s.score = other_signals ? "suspicious" : "verified";
  if (s.fix_location) {
    if (!other_signals) s.score = "unverifiable";
    s.reasons.push_back({"no_customer_location",
                         other_signals ? "客户尚无位置，且本次签到异常，未标注客户位置"
                                       : "客户尚无位置，本次签到已标注客户位置",
                         {}});
    s.fix_location = !other_signals;
  }
  if (s.score != "suspicious" || policy.policy != "block") return Status::Ok();
  Status refused = Status::Error("checkin.suspicious",
                                 "The check-in looks wrong and the company blocks such check-ins.");
  std::string codes;
  for (const auto& r : s.reasons) codes += (codes.empty() ? "" : ",") + r.code;
  refused.With("reasons", codes);
  return refused;
}

// What a visit to a customer writes besides the check-in: the follow-up on its timeline, its
// position when this check-in fixes it, and today's plans for it, now done. Answers the follow-up.
Result<Id> WriteVisit(Connection& conn, const org::Caller& caller, const CheckInInput& in,
                      const Scoring& s, Id check_in_id, const Clock& clock) {
  const customers::Customer& customer = *s.customer;
  activity::FollowUpInput f;
  f.type = "visit";
  f.text = "拜访签到" + std::string(in.purpose.empty() ? "" : "：" + in.purpose) +
           (in.notes.empty() ? "" : "\n" + in.notes);
  f.attachment_ids = in.attachment_ids;  // the photos show on the customer's timeline too
  auto fu = activity::WriteFollowUp(conn, caller, customer.id, f, clock);
  if (!fu.ok()) return fu.status();
  if (s.fix_location) {
    customers::Customer fixed = customer;
    fixed.lat = in.lat;
    fixed.lng = in.lng;
    if (Status w = customers::UpdateCustomer(conn, caller, customer, fixed); !w.ok())
      return w;
  }
  auto zone = pool::TenantZone(conn, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const LocalDate today = zone->DateOf(s.captured);  // the day of the visit, also when sent later
  if (Status w = MarkPlansDone(conn, caller, caller.user_id, customer.id, zone->StartOf(today),
                               zone->StartOf(today + 1), check_in_id);
      !w.ok())
    return w;
  return fu->id;
}

// Writes the scored check-in (with the visit's records when a customer is named) and answers it
// as stored.
Result<CheckIn> WriteCheckIn(Connection& conn, const org::Caller& caller, const CheckInInput& in,
                             const Scoring& s, Instant now, const Clock& clock) {
  const Id id = Ids().Next();
  std::optional<Id> follow_up_id;
  if (s.customer) {
    auto follow_up = WriteVisit(conn, caller, in, s, id, clock);
    if (!follow_up.ok()) return follow_up.status();
    follow_up_id = *follow_up;
  }
  CheckIn k;
  k.id = id;
  k.user_id = caller.user_id;
  k.customer_id = in.customer_id;
  k.lat = in.lat;
  k.lng = in.lng;
  k.accuracy_m = in.accuracy_m;
  k.provider = in.provider;
  k.mock_location = in.mock_location;
  k.purpose = in.purpose;
  k.notes = in.notes;
  k.distance_m = s.distance;
  k.score = s.score;
  k.reasons = s.reasons;
  k.follow_up_id = follow_up_id;
  k.fixed_customer_location = s.fix_location;
  k.at = now;
  k.captured_at = s.captured;
  k.received_at = now;
  k.photo_taken_at = in.photo_taken_at;
  k.photo_time_source = in.photo_time_source;
  if (Status w = InsertCheckIn(conn, caller, k); !w.ok()) return w;
  if (Status w = activity::AttachToCheckIn(conn, caller.tenant_id, in.attachment_ids, k.id); !w.ok())
    return w;
  return GetCheckIn(conn, caller, k.id);
}

}  // namespace

Result<CheckIn> VisitService::CheckInNow(const org::Caller& caller, const CheckInInput& in) {
  if (Status s = org::Require(caller, "visit.create"); !s.ok()) return s;
  if (Status s = ValidateCheckIn(in); !s.ok()) return s;
  const Instant now = clock_.Now();
  auto captured = CaptureTime(in, now);
  if (!captured.ok()) return captured.status();
  Result<CheckIn> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    // Check-ins of a tenant are decided one at a time: the first at a customer fixes its
    // position and a photo counts as reused from the second time on, also when two arrive at
    // once (SQLite serialises writers anyway; this is for PostgreSQL).
    if (Status l = conn.LockKey(kCheckInLockBase ^ caller.tenant_id); !l.ok()) return l;
    auto policy = LoadPolicy(conn, caller);
    if (!policy.ok()) return policy.status();
    Scoring scoring;
    scoring.captured = *captured;
    scoring.received = now;
    if (Status x = ScorePosition(conn, caller, in, *policy, scoring); !x.ok()) return x;
    ScoreDevice(in, *policy, scoring);
    if (Status x = ScoreMovement(conn, caller, in, *policy, scoring); !x.ok()) return x;
    if (Status x = ScorePhotos(conn, caller, in, *policy, scoring); !x.ok()) return x;
    ScoreLateness(scoring);
    if (Status x = Decide(*policy, scoring); !x.ok()) return x;
    out = WriteCheckIn(conn, caller, in, scoring, now, clock_);
    return out.ok() ? Status::Ok() : out.status();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page<CheckIn>> VisitService::CheckIns(const org::Caller& caller, std::optional<Id> user_id,
                                             std::optional<Id> customer_id,
                                             const std::string& score, std::optional<Instant> from,
                                             std::optional<Instant> to, const PageRequest& page) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  if (!score.empty() && score != "verified" && score != "suspicious" && score != "unverifiable")
    return Status::Validation({{"score", "invalid_value"}});
  auto lease = db_.ReadForList();
  if (!lease.ok()) return lease.status();
  return ListCheckIns(**lease, caller, CheckInFilter{user_id, customer_id, score, from, to}, page);
}

Result<CheckIn> VisitService::Get(const org::Caller& caller, Id id) {
  if (Status s = org::Require(caller, "visit.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto k = GetCheckIn(**lease, caller, id);
  if (!k.ok()) return k.status();
  auto visible = org::CanSeeOwner(**lease, caller, k->user_id);
  if (!visible.ok()) return visible.status();
  if (!*visible) return Status::NotFound();
  return k;
}

Result<CheckInPolicy> VisitService::Policy(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return LoadPolicy(**lease, caller);
}

Result<CheckInPolicy> VisitService::SetPolicy(const org::Caller& caller, const CheckInPolicy& p) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (p.policy != "flag" && p.policy != "block") issues.push_back({"policy", "invalid_value"});
  if (!(p.max_distance_m >= 10 && p.max_distance_m <= 100000))
    issues.push_back({"maxDistanceM", "invalid_value"});
  if (!(p.max_accuracy_m >= 5 && p.max_accuracy_m <= 100000))
    issues.push_back({"maxAccuracyM", "invalid_value"});
  if (!(p.max_speed_kmh >= 1 && p.max_speed_kmh <= 2000))
    issues.push_back({"maxSpeedKmh", "invalid_value"});
  if (p.photo_max_age_minutes < 1 || p.photo_max_age_minutes > 100000)
    issues.push_back({"photoMaxAgeMinutes", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status w = SavePolicy(conn, caller, p); !w.ok()) return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "settings.check_in_policy", "tenant",
                               caller.tenant_id, PolicyJson(p));
  });
  if (!s.ok()) return s;
  return p;
}

}  // namespace quanke::visits
