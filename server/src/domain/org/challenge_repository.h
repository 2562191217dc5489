#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::org {

// The shared secrets of every node (table auth_keys) and the login challenges already used
// (table login_challenges_used), for LoginChallenges. System path (login): no caller.

// The secret named `name` (hex text), or nullopt when there is none.
Result<std::optional<std::string>> GetSecret(storage::Connection& conn, const std::string& name);
// Records a used challenge by its signature; false when it was recorded before.
Result<bool> InsertUsedChallenge(storage::Connection& conn, const std::string& mac, Instant expires_at);

}  // namespace quanke::org
