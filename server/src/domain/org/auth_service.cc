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
// Users whose drop is remembered (see user_dropped_at_) before it becomes a drop of everybody.
constexpr size_t kMaxDroppedUsers = 10000;

// Signal kinds between nodes (storage/listener.h): the cached sessions of one user ("tenant:user")
// or of everybody.
constexpr std::string_view kForgetUserSignal = "session";
constexpr std::string_view kForgetAllSignal = "sessions";

std::string UserKey(Id tenant_id, Id user_id) { return IdToString(tenant_id) + ":" + IdToString(user_id); }

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

Result<AuthService::AddressCheck> AuthService::CheckAddress(storage::Connection& conn, const std::string& address_key,
                                                            const std::string& ip, const Proof& proof, Instant now) {
  auto t = GetThrottle(conn, address_key);
  if (!t.ok()) return t.status();
  if (!*t || now - (*t)->window_start > options_.failure_window_ms) return AddressCheck{};
  const std::int64_t failures = (*t)->failures;
  if (failures < options_.address_max_failures) return AddressCheck{};
  AddressCheck check;
  check.difficulty =
      static_cast<int>(std::min<std::int64_t>(18, 14 + (failures - options_.address_max_failures) / 25));
  if (Status s = challenges_.Load(conn); !s.ok()) return s;
  if (!proof.challenge.empty()) check.solved = challenges_.Check(ip, proof.challenge, proof.solution, now);
  if (!check.solved) return ChallengeRequired(ip, check.difficulty, now);
  return check;
}

Status AuthService::ChallengeRequired(const std::string& ip, int difficulty, Instant now) const {
  return Status::Error("auth.challenge_required", "Too many failed logins from this address: solve the challenge.")
      .With("challenge", challenges_.Issue(ip, difficulty, now))
      .With("difficulty", static_cast<std::int64_t>(difficulty));
}

Result<LoginResult> AuthService::Login(const std::string& tenant_code, const std::string& username,
                                       const std::string& password, const std::string& ip,
                                       const std::string& request_id, const Proof& proof,
                                       const std::string& client) {
  const Instant now = clock_.Now();
  const std::string address_key = "ip:" + ip;
  std::optional<Tenant> tenant;
  std::optional<LoginRecord> record;
  std::string account_key;
  AddressCheck address;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto t = FindTenantByCode(**lease, Lower(tenant_code));
    if (!t.ok()) return t.status();
    tenant = *t;
    account_key = "acct:" + (tenant ? std::to_string(tenant->id) : "?" + Lower(tenant_code)) +
                  ":" + Lower(username);
    auto checked = CheckAddress(**lease, address_key, ip, proof, now);
    if (!checked.ok()) return checked.status();
    address = std::move(checked.value());
    if (Status s = CheckNotLocked(**lease, account_key, now); !s.ok()) return s;
    if (tenant) {
      auto rec = FindLoginRecord(**lease, tenant->id, username);
      if (!rec.ok()) return rec.status();
      record = *rec;
    }
  }
  if (address.solved) {
    // A challenge is good for one login, whichever node it reaches: the first to record it wins.
    bool first = false;
    Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
      auto used = LoginChallenges::Use(conn, *address.solved);
      if (!used.ok()) return used.status();
      first = *used;
      return Status::Ok();
    });
    if (!s.ok()) return s;
    if (!first) return ChallengeRequired(ip, address.difficulty, now);
  }

  // argon2id runs outside any transaction: it is slow and needs no lock.
  const bool password_ok = record ? VerifyPassword(record->password_hash, password)
                                  : (VerifyPassword(DummyHash(), password), false);
  const bool active = record && record->status == UserStatus::kActive;

  if (!password_ok || !active) {
    Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
      if (Status f = CountFailure(conn, account_key, now, options_.failure_window_ms, options_.account_max_failures,
                                  options_.lockout_ms);
          !f.ok())
        return f;
      // The address is counted, never locked: past its limit it needs a proof of work instead.
      if (Status f = CountFailure(conn, address_key, now, options_.failure_window_ms, 0, options_.lockout_ms); !f.ok())
        return f;
      if (!tenant) return Status::Ok();
      audit::Entry e;
      e.at = now;
      e.actor_id = record ? std::optional<Id>(record->user_id) : std::nullopt;
      e.action = "auth.login_failed";
      e.object_type = "user";
      e.object_id = e.actor_id;
      e.ip = ip;
      e.client = client;
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
    e.client = client;
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
  std::uint64_t drops_before;
  {
    std::shared_lock lock(cache_mu_);
    drops_before = drops_;
    auto it = cache_.find(hash);
    if (it != cache_.end() && now - it->second.loaded_at < options_.cache_ttl_ms && now >= it->second.loaded_at) {
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
    // Not when a drop covering this user came in while the session was read: what was read may
    // be what the drop is about.
    auto dropped = user_dropped_at_.find(UserKey(shared->caller.tenant_id, shared->caller.user_id));
    if (all_dropped_at_ <= drops_before && (dropped == user_dropped_at_.end() || dropped->second <= drops_before)) {
      if (cache_.size() >= kMaxCachedSessions) cache_.clear();
      cache_[hash] = CacheEntry{shared, now};
    }
  }
  return shared;
}

Status AuthService::Logout(const std::string& token, const Caller& caller) {
  const std::string hash = HashToken(token);
  return storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status d = DeleteSession(conn, hash); !d.ok()) return d;
    if (Status d = ForgetUserAfterCommit(conn, caller.tenant_id, caller.user_id); !d.ok()) return d;
    return audit::RecordAction(conn, caller, clock_.Now(), "auth.logout", "user", caller.user_id);
  });
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
  return storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status d = SetPasswordHash(conn, caller.tenant_id, caller.user_id, *hashed, now); !d.ok())
      return d;
    if (Status d = DeleteOtherSessions(conn, caller.tenant_id, caller.user_id, HashToken(token)); !d.ok()) return d;
    if (Status d = ForgetUserAfterCommit(conn, caller.tenant_id, caller.user_id); !d.ok()) return d;
    return audit::RecordAction(conn, caller, now, "auth.password_change", "user", caller.user_id);
  });
}

void AuthService::InvalidateCache() {
  std::unique_lock lock(cache_mu_);
  cache_.clear();
  user_dropped_at_.clear();
  all_dropped_at_ = ++drops_;
}

void AuthService::ForgetUser(Id tenant_id, Id user_id) {
  std::unique_lock lock(cache_mu_);
  // Past this many users dropped within a short time, one drop of everything is cheaper to keep.
  if (user_dropped_at_.size() >= kMaxDroppedUsers) {
    cache_.clear();
    user_dropped_at_.clear();
    all_dropped_at_ = ++drops_;
    return;
  }
  user_dropped_at_[UserKey(tenant_id, user_id)] = ++drops_;
  for (auto it = cache_.begin(); it != cache_.end();) {
    const Caller& c = it->second.principal->caller;
    it = c.tenant_id == tenant_id && c.user_id == user_id ? cache_.erase(it) : std::next(it);
  }
}

Status AuthService::ForgetUserAfterCommit(storage::Connection& conn, Id tenant_id, Id user_id) {
  if (Status s = storage::Signal(conn, kForgetUserSignal, UserKey(tenant_id, user_id)); !s.ok()) return s;
  conn.AfterCommit([this, tenant_id, user_id] { ForgetUser(tenant_id, user_id); });
  return Status::Ok();
}

Status AuthService::ForgetAllAfterCommit(storage::Connection& conn) {
  if (Status s = storage::Signal(conn, kForgetAllSignal, ""); !s.ok()) return s;
  conn.AfterCommit([this] { InvalidateCache(); });
  return Status::Ok();
}

void AuthService::FollowSignals(storage::Listener& listener) {
  listener.On(std::string(kForgetUserSignal), [this](std::string_view args) {
    const auto ids = storage::SignalIds(args);
    if (ids.size() == 2) ForgetUser(ids[0], ids[1]);
  });
  listener.On(std::string(kForgetAllSignal), [this](std::string_view) { InvalidateCache(); });
  listener.OnResync([this] { InvalidateCache(); });
}

}  // namespace quanke::org
