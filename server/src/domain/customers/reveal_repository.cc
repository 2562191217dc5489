// Phone reveals: the tenant's daily quota (tenant_settings key 'reveal') and the per-user,
// per-local-day counters (reveal_counts, migration 0039).
#include <boost/json.hpp>

#include "domain/customers/customer_repository.h"

namespace quanke::customers {
namespace {
using storage::Connection;
using storage::V;
namespace json = boost::json;
}  // namespace

Result<int> LoadRevealQuota(Connection& conn, Id tenant_id, int fallback) {
  auto r = conn.Query("SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = 'reveal'", {V(tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return fallback;
  boost::system::error_code ec;
  auto v = json::parse(r->front().Text(0), ec);
  if (ec || !v.is_object()) return fallback;
  const auto* q = v.as_object().if_contains("dailyQuota");
  if (!q || !q->is_int64()) return fallback;
  return static_cast<int>(q->get_int64());
}

Status SaveRevealQuota(Connection& conn, Id tenant_id, int daily_quota) {
  return conn.Exec(
      "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, 'reveal', $2) ON "
      "CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value",
      {V(tenant_id), V(json::serialize(json::object{{"dailyQuota", daily_quota}}))});
}

Result<std::int64_t> RevealsOn(Connection& conn, Id tenant_id, Id user_id, const std::string& day) {
  auto r = conn.Query("SELECT reveals FROM reveal_counts WHERE tenant_id = $1 AND user_id = $2 AND day = $3",
                      {V(tenant_id), V(user_id), V(day)});
  if (!r.ok()) return r.status();
  return r->empty() ? 0 : r->front().Int(0);
}

Result<std::optional<std::int64_t>> CountReveal(Connection& conn, Id tenant_id, Id user_id,
                                                const std::string& day, int quota) {
  if (quota <= 0) return std::optional<std::int64_t>();
  // The conflict's update takes the row's lock (PostgreSQL) and re-reads the count under it, so
  // of concurrent reveals exactly as many as the quota leaves find the condition true.
  auto r = conn.Query(
      "INSERT INTO reveal_counts (tenant_id, user_id, day, reveals) VALUES ($1, $2, $3, 1) "
      "ON CONFLICT (tenant_id, user_id, day) DO UPDATE SET reveals = reveal_counts.reveals + 1 "
      "WHERE reveal_counts.reveals < $4 RETURNING reveals",
      {V(tenant_id), V(user_id), V(day), V(static_cast<std::int64_t>(quota))});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(r->front().Int(0));
}

}  // namespace quanke::customers
