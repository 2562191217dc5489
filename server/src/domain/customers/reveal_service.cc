// CustomerService: revealing a customer's protected fields (audited, against a daily quota per
// user in the tenant's local day; PRODUCT.md §11) and the tenant's reveal settings.
#include <algorithm>

#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/customers/customer_service_internal.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"

namespace quanke::customers {
namespace {
using storage::Connection;
namespace json = boost::json;
}  // namespace

Result<Revealed> CustomerService::Reveal(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  Result<Revealed> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto rows = GetCustomerDetailRows(conn, caller, id);
    if (!rows.ok()) return rows.status();
    auto access = AccessTo(conn, caller, rows->customer, &rows->team);
    if (!access.ok()) return access.status();
    if (!access->visible) return Status::NotFound();
    const Customer& c = rows->customer;
    // A reveal that would show nothing (no phone, no contact numbers) spends nothing.
    const bool anything = c.phone || std::any_of(rows->contacts.begin(), rows->contacts.end(), [](const Contact& k) {
                            return k.mobile || k.phone || k.email || k.wechat;
                          });
    const bool hidden = detail::MaskPhoneFor(caller, c, access->pool_admin);
    if (hidden && c.pool_id)
      return Status::Error("customer.claim_first", "This customer is in a pool: claim it before revealing its numbers.");
    const bool masked = hidden && anything;
    auto quota = LoadRevealQuota(conn, caller.tenant_id, RevealSettings::kDefaultDailyQuota);
    if (!quota.ok()) return quota.status();
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    const std::string day = FormatDate(zone->DateOf(now));
    std::int64_t spent = 0;
    if (masked) {
      auto counted = CountReveal(conn, caller.tenant_id, caller.user_id, day, *quota);
      if (!counted.ok()) return counted.status();
      if (!*counted)
        return Status::Error("reveal.quota_exceeded",
                             "You have used up today's " + std::to_string(*quota) + " phone reveals.")
            .With("dailyQuota", static_cast<std::int64_t>(*quota));
      spent = **counted;
      json::object details{{"day", day}, {"revealsToday", spent}};
      if (Status a = audit::RecordAction(conn, caller, now, "customer.reveal", "customer", c.id,
                                         json::serialize(details));
          !a.ok())
        return a;
    } else {
      auto used = RevealsOn(conn, caller.tenant_id, caller.user_id, day);
      if (!used.ok()) return used.status();
      spent = *used;
    }
    Revealed r;
    r.phone = c.phone;
    r.contacts = std::move(rows->contacts);
    r.reveals_left_today = std::max<std::int64_t>(0, *quota - spent);
    out = std::move(r);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<RevealSettings> CustomerService::RevealSettingsOf(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto quota = LoadRevealQuota(**lease, caller.tenant_id, RevealSettings::kDefaultDailyQuota);
  if (!quota.ok()) return quota.status();
  return RevealSettings{*quota};
}

Result<RevealSettings> CustomerService::SetRevealSettings(const org::Caller& caller, const RevealSettings& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  if (in.daily_quota < 0 || in.daily_quota > 1000) return Status::Validation({{"dailyQuota", "invalid_value"}});
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status w = SaveRevealQuota(conn, caller.tenant_id, in.daily_quota); !w.ok()) return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "settings.reveal", "tenant", caller.tenant_id,
                               json::serialize(json::object{{"dailyQuota", in.daily_quota}}));
  });
  if (!s.ok()) return s;
  return in;
}

}  // namespace quanke::customers
