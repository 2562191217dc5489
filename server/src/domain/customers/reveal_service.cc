// CustomerService: revealing a customer's or a contact's protected fields (audited, against a
// daily quota per user in the tenant's local day; PRODUCT.md §11) and the tenant's reveal settings.
#include <algorithm>

#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/customers/customer_service_internal.h"
#include "domain/fields/field_values.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"

namespace quanke::customers {
namespace {
using storage::Connection;
namespace json = boost::json;

bool HasProtected(const Contact& k, const org::Protection& p) {
  return (k.mobile && p.Protects("mobile")) || (k.phone && p.Protects("phone")) || (k.email && p.Protects("email")) ||
         (k.wechat && p.Protects("wechat"));
}

// The protected custom values of a record (`json`) the caller sees, as a JSON object's text.
std::string ProtectedValues(const std::string& json_text, const fields::FieldSet& set) {
  std::set<std::string> others;
  const auto& keep = set.Protected();
  for (const auto& f : set.all())
    if (!keep.count(f.key)) others.insert(f.key);
  const auto hidden = set.Hidden();
  others.insert(hidden.begin(), hidden.end());
  return fields::WithoutKeys(json_text, others);
}

// A customer the caller may open, with what its reveal would show: not_found as GET;
// customer.claim_first while it sits in a pool the caller does not administer.
struct Opened {
  CustomerDetailRows rows;
  fields::FieldSet custom;
  bool masked = false;  // the caller sees its protected fields masked
};

Result<Opened> Open(Connection& conn, const org::Caller& caller, Id customer_id) {
  auto rows = GetCustomerDetailRows(conn, caller, customer_id);
  if (!rows.ok()) return rows.status();
  auto access = AccessTo(conn, caller, rows->customer, &rows->team);
  if (!access.ok()) return access.status();
  if (!access->visible) return Status::NotFound();
  auto custom = fields::FieldSet::Load(conn, caller, "customer");
  if (!custom.ok()) return custom.status();
  const bool masked = detail::MaskedFor(caller, rows->customer, access->pool_admin, custom->protection());
  if (masked && rows->customer.pool_id)
    return Status::Error("customer.claim_first", "This customer is in a pool: claim it before revealing its numbers.");
  return Opened{std::move(*rows), std::move(*custom), masked};
}

}  // namespace

Result<std::int64_t> SpendReveal(Connection& conn, const org::Caller& caller, Instant now, bool masked,
                                 const std::string& action, const std::string& object_type, Id object_id) {
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
    if (Status a = audit::RecordAction(conn, caller, now, action, object_type, object_id, json::serialize(details));
        !a.ok())
      return a;
  } else {
    auto used = RevealsOn(conn, caller.tenant_id, caller.user_id, day);
    if (!used.ok()) return used.status();
    spent = *used;
  }
  return std::max<std::int64_t>(0, *quota - spent);
}

Result<Revealed> CustomerService::Reveal(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  return storage::InTransactionResult<Revealed>(db_, [&](Connection& conn) -> Result<Revealed> {
    auto opened = Open(conn, caller, id);
    if (!opened.ok()) return opened.status();
    const Customer& c = opened->rows.customer;
    const org::Protection& p = opened->custom.protection();
    Revealed r;
    r.phone = c.phone;
    r.address = c.address;
    r.custom_fields = ProtectedValues(c.custom_fields, opened->custom);
    // A reveal that would show nothing protected (no phone, no contact numbers…) spends nothing.
    const bool anything = (c.phone && p.Protects("phone")) || (!c.address.empty() && p.Protects("address")) ||
                          r.custom_fields != "{}" ||
                          std::any_of(opened->rows.contacts.begin(), opened->rows.contacts.end(),
                                      [&](const Contact& k) { return HasProtected(k, p); });
    auto left = SpendReveal(conn, caller, now, opened->masked && anything, "customer.reveal", "customer", c.id);
    if (!left.ok()) return left.status();
    r.contacts = std::move(opened->rows.contacts);
    r.reveals_left_today = *left;
    return r;
  });
}

Result<Revealed> CustomerService::RevealContact(const org::Caller& caller, Id contact_id) {
  const Instant now = clock_.Now();
  return storage::InTransactionResult<Revealed>(db_, [&](Connection& conn) -> Result<Revealed> {
    auto contact = GetContact(conn, caller.tenant_id, contact_id);
    if (!contact.ok()) return contact.status();
    auto opened = Open(conn, caller, contact->customer_id);
    if (!opened.ok()) return opened.status();
    const bool masked = opened->masked && HasProtected(*contact, opened->custom.protection());
    auto left = SpendReveal(conn, caller, now, masked, "contact.reveal", "contact", contact->id);
    if (!left.ok()) return left.status();
    Revealed r;
    r.contacts.push_back(std::move(*contact));
    r.reveals_left_today = *left;
    return r;
  });
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
