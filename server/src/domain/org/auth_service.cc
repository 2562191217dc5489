#include "domain/org/auth_service.h"

#include <algorithm>
#include <cctype>
#include <mutex>

#include "domain/org/audit_repository.h"
#include "domain/org/password.h"
#include "domain/org/role_repository.h"
#include "domain/org/session_repository.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"

namespace quanke::org {
namespace {

constexpr size_t kMaxCachedSessions = 100000;

Status InvalidCredentials() {
  return Status::Error("auth.invalid_credentials",
                       "The enterprise code, username or password is wrong.");
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A valid hash of a random password, verified when the account does not exist so that
// unknown and known usernames take the same time to refuse.
const std::string& DummyHash() {
  static const std::string hash = [] {
    auto h = HashPassword(RandomToken(16));
    return h.ok() ? h.value() : std::string();
  }();
  return hash;
}
}  // namespace

AuthService::AuthService(storage::Database& db, const Clock& clock, AuthOptions options)
    : db_(db), clock_(clock), options_(options) {}

Status AuthService::CheckNotLocked(storage::Connection& conn, const std::string& account_key, Instant now) {
  auto t = GetThrottle(conn, account_key);
  if (!t.ok()) return t.status();
  const Instant locked_until = *t ? (*t)->locked_until : 0;
  if (locked_until > now) {
    const std::int64_t seconds = (locked_until - now + 999) / 1000;
    return Status::Error("rate_limited", "Too many failed logins. Try again later.")
        .With("retryAfterSeconds", seconds);
  }
  return Status::Ok();
}

Status AuthService::CheckAddress(storage::Connection& conn, const std::string& address_key, const std::string& ip,
                                 const Proof& proof, Instant now) {
  auto t = GetThrottle(conn, address_key);
  if (!t.ok()) return t.status();
  if (!*t || now - (*t)->window_start > options_.failure_window_ms) return Status::Ok();
  const std::int64_t failures = (*t)->failures;
  if (failures < options_.address_max_failures) return Status::Ok();
  if (!proof.challenge.empty() && challenges_.Redeem(ip, proof.challenge, proof.solution, now)) return Status::Ok();
  const int difficulty =
      static_cast<int>(std::min<std::int64_t>(18, 14 + (failures - options_.address_max_failures) / 25));
  return Status::Error("auth.challenge_required", "Too many failed logins from this address: solve the challenge.")
      .With("challenge", challenges_.Issue(ip, difficulty, now))
      .With("difficulty", static_cast<std::int64_t>(difficulty));
}

Status AuthService::RecordFailure(storage::Connection& conn, const std::string& key,
                                  int max_failures, Instant now) {
  auto t = GetThrottle(conn, key);
  if (!t.ok()) return t.status();
  Throttle next{1, now, 0};
  if (*t && now - (*t)->window_start <= options_.failure_window_ms) {
    next.failures = (*t)->failures + 1;
    next.window_start = (*t)->window_start;
  }
  next.locked_until = max_failures > 0 && next.failures >= max_failures ? now + options_.lockout_ms : 0;
  return PutThrottle(conn, key, next);
}

Result<LoginResult> AuthService::Login(const std::string& tenant_code, const std::string& username,
                                       const std::string& password, const std::string& ip,
                                       const std::string& request_id, const Proof& proof) {
  const Instant now = clock_.Now();
  const std::string address_key = "ip:" + ip;
  std::optional<Tenant> tenant;
  std::optional<LoginRecord> record;
  std::string account_key;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto t = FindTenantByCode(**lease, Lower(tenant_code));
    if (!t.ok()) return t.status();
    tenant = *t;
    account_key = "acct:" + (tenant ? std::to_string(tenant->id) : "?" + Lower(tenant_code)) +
                  ":" + Lower(username);
    if (Status s = CheckAddress(**lease, address_key, ip, proof, now); !s.ok()) return s;
    if (Status s = CheckNotLocked(**lease, account_key, now); !s.ok()) return s;
    if (tenant) {
      auto rec = FindLoginRecord(**lease, tenant->id, username);
      if (!rec.ok()) return rec.status();
      record = *rec;
    }
  }

  // argon2id runs outside any transaction: it is slow and needs no lock.
  const bool password_ok = record ? VerifyPassword(record->password_hash, password)
                                  : (VerifyPassword(DummyHash(), password), false);
  const bool active = record && record->status == UserStatus::kActive;

  if (!password_ok || !active) {
    Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
      if (Status f = RecordFailure(conn, account_key, options_.account_max_failures, now); !f.ok())
        return f;
      // The address is counted, never locked: past its limit it needs a proof of work instead.
      if (Status f = RecordFailure(conn, address_key, 0, now); !f.ok()) return f;
      if (!tenant) return Status::Ok();
      audit::Entry e;
      e.at = now;
      e.actor_id = record ? std::optional<Id>(record->user_id) : std::nullopt;
      e.action = "auth.login_failed";
      e.object_type = "user";
      e.object_id = e.actor_id;
      e.ip = ip;
      e.request_id = request_id;
      e.details = std::string("{\"reason\":\"") +
                  (!record ? "unknown_user" : !password_ok ? "wrong_password" : "resigned") + "\"}";
      return audit::Record(conn, tenant->id, e);
    });
    if (!s.ok()) return s;
    return InvalidCredentials();
  }

  LoginResult result;
  result.token = RandomToken();
  result.csrf_token = RandomToken(24);
  result.expires_at = now + options_.session_ttl_ms;
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status d = DeleteThrottle(conn, account_key); !d.ok()) return d;
    if (Status d = InsertSession(conn, HashToken(result.token),
                                 {tenant->id, record->user_id, result.csrf_token, result.expires_at}, now, ip);
        !d.ok())
      return d;
    if (Status d = TouchLastLogin(conn, tenant->id, record->user_id, now); !d.ok()) return d;
    audit::Entry e;
    e.at = now;
    e.actor_id = record->user_id;
    e.action = "auth.login";
    e.object_type = "user";
    e.object_id = record->user_id;
    e.ip = ip;
    e.request_id = request_id;
    if (Status d = audit::Record(conn, tenant->id, e); !d.ok()) return d;
    auto user = GetUser(conn, tenant->id, record->user_id);
    if (!user.ok()) return user.status();
    result.user = std::move(user.value());
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return result;
}

Result<Principal> AuthService::LoadPrincipal(storage::Connection& conn, Id tenant_id, Id user_id) {
  Principal p;
  auto user = GetUser(conn, tenant_id, user_id);
  if (!user.ok()) return user.status();
  p.user = std::move(user.value());
  auto tenant = GetTenant(conn, tenant_id);
  if (!tenant.ok()) return tenant.status();
  p.tenant = std::move(tenant.value());
  auto roles = RolesOfUser(conn, tenant_id, user_id);
  if (!roles.ok()) return roles.status();
  p.caller.tenant_id = tenant_id;
  p.caller.user_id = user_id;
  p.caller.department_id = p.user.department_id;
  p.caller.scope = DataScope::kSelf;
  for (const Role& role : *roles) {
    p.caller.scope = WiderScope(p.caller.scope, role.scope);
    p.caller.permissions.insert(role.permissions.begin(), role.permissions.end());
  }
  return p;
}

Result<std::shared_ptr<const Principal>> AuthService::Authenticate(const std::string& token) {
  if (token.empty()) return Status::Error("auth.required", "Please log in.");
  const std::string hash = HashToken(token);
  const Instant now = clock_.Now();
  std::uint64_t generation;
  {
    std::shared_lock lock(cache_mu_);
    generation = generation_;
    auto it = cache_.find(hash);
    if (it != cache_.end() && it->second.generation == generation_ &&
        now - it->second.loaded_at < options_.cache_ttl_ms && now >= it->second.loaded_at) {
      if (it->second.principal->expires_at <= now)
        return Status::Error("auth.session_expired", "Your session has expired. Please log in again.");
      return it->second.principal;
    }
  }
  Result<Principal> principal = Status::Error("auth.required", "Please log in.");
  bool expired = false;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto session = FindSession(**lease, hash);
    if (!session.ok()) return session.status();
    if (!*session) return Status::Error("auth.required", "Please log in.");
    expired = (*session)->expires_at <= now;
    if (!expired) {
      principal = LoadPrincipal(**lease, (*session)->tenant_id, (*session)->user_id);
      if (principal.ok()) {
        principal->csrf_token = (*session)->csrf_token;
        principal->expires_at = (*session)->expires_at;
      }
    }
  }
  if (expired) {
    storage::InTransaction(db_, [&](storage::Connection& conn) {
      return DeleteSession(conn, hash);
    });
    return Status::Error("auth.session_expired", "Your session has expired. Please log in again.");
  }
  if (!principal.ok()) {
    if (principal.status().code() == "not_found")
      return Status::Error("auth.required", "Please log in.");
    return principal.status();
  }
  if (principal->user.status != UserStatus::kActive)
    return Status::Error("auth.required", "This account is no longer active.");
  auto shared = std::make_shared<const Principal>(std::move(principal.value()));
  {
    std::unique_lock lock(cache_mu_);
    if (cache_.size() >= kMaxCachedSessions) cache_.clear();
    cache_[hash] = CacheEntry{shared, now, generation};
  }
  return shared;
}

Status AuthService::Logout(const std::string& token, const Caller& caller) {
  const std::string hash = HashToken(token);
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status d = DeleteSession(conn, hash); !d.ok()) return d;
    return audit::RecordAction(conn, caller, clock_.Now(), "auth.logout", "user", caller.user_id);
  });
  std::unique_lock lock(cache_mu_);
  cache_.erase(hash);
  return s;
}

Status AuthService::ChangePassword(const Caller& caller, const std::string& token,
                                   const std::string& current_password,
                                   const std::string& new_password) {
  if (Status s = CheckPasswordStrength(new_password, "newPassword"); !s.ok()) return s;
  std::string stored;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto h = GetPasswordHash(**lease, caller.tenant_id, caller.user_id);
    if (!h.ok()) return h.status();
    stored = *h;
  }
  if (!VerifyPassword(stored, current_password))
    return Status::Error("auth.wrong_password", "The current password is wrong.");
  auto hashed = HashPassword(new_password);
  if (!hashed.ok()) return hashed.status();
  const Instant now = clock_.Now();
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status d = SetPasswordHash(conn, caller.tenant_id, caller.user_id, *hashed, now); !d.ok())
      return d;
    if (Status d = DeleteOtherSessions(conn, caller.tenant_id, caller.user_id, HashToken(token)); !d.ok()) return d;
    return audit::RecordAction(conn, caller, now, "auth.password_change", "user", caller.user_id);
  });
  InvalidateCache();
  return s;
}

void AuthService::InvalidateCache() {
  std::unique_lock lock(cache_mu_);
  cache_.clear();
  ++generation_;
}

}  // namespace quanke::org
