#include "domain/org/challenge_repository.h"

namespace quanke::org {
using storage::V;

Result<std::optional<std::string>> GetSecret(storage::Connection& conn, const std::string& name) {
  auto r = conn.Query("SELECT secret FROM auth_keys WHERE name = $1", {V(name)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::string>();
  return std::optional<std::string>(r->front().Text(0));
}

Result<bool> InsertUsedChallenge(storage::Connection& conn, const std::string& mac, Instant expires_at) {
  auto r = conn.Query(
      "INSERT INTO login_challenges_used (mac, expires_at) VALUES ($1, $2) ON CONFLICT (mac) DO NOTHING",
      {V(mac), V(expires_at)});
  if (!r.ok()) return r.status();
  return r->affected == 1;
}

}  // namespace quanke::org
