#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/page.h"
#include "core/status.h"
#include "domain/org/org_types.h"
#include "storage/database.h"

namespace quanke::org {

struct UserFilter {
  std::string q;  // substring of name, username, mobile or email (case-insensitive for ASCII)
  std::optional<Id> department_id;
  std::optional<UserStatus> status;
  std::optional<Id> role_id;
  bool include_executives = true;
  // Match `q` against name and username only: a lookup that answers with neither mobile nor
  // email must not find people by them (their digits would come out one search at a time).
  bool q_names_only = false;
};

// Sort fields a user list accepts ("name", "username", "createdAt").
bool IsUserSortField(std::string_view field);

// Users the caller may see (data scope), filtered and keyset-paginated. A malformed cursor is
// `validation.failed`.
Result<Page<User>> ListUsers(storage::Connection& conn, const Caller& caller,
                             const UserFilter& filter, const PageRequest& page);
// A user of the tenant, regardless of scope (callers check scope with CanSeeOwner).
Result<User> GetUser(storage::Connection& conn, Id tenant_id, Id id);
// The user's name; "" when the tenant has no such user or the read fails (GetUser also
// loads departments and roles).
std::string UserName(storage::Connection& conn, Id tenant_id, Id user_id);
// The name of an active user of the tenant; nullopt when there is none (mentions).
Result<std::optional<std::string>> ActiveUserName(storage::Connection& conn, Id tenant_id,
                                                  Id user_id);

// Briefs of the tenant's users among `ids` (any status; unknown ids are left out).
Result<std::vector<UserBrief>> UserBriefs(storage::Connection& conn, Id tenant_id, const std::vector<Id>& ids);
// Every user of the tenant (any status), by name then id (reports' people).
Result<std::vector<UserBrief>> AllUserBriefs(storage::Connection& conn, Id tenant_id);
// Every department head of the tenant (any status), for approver resolution.
Result<std::vector<UserBrief>> DepartmentHeads(storage::Connection& conn, Id tenant_id);
// The users holding the role (any status).
Result<std::vector<UserBrief>> RoleMembers(storage::Connection& conn, Id tenant_id, Id role_id);

// What login needs about an account.
struct LoginRecord {
  Id user_id = 0;
  std::string password_hash;
  UserStatus status = UserStatus::kActive;
};
// Finds by username, or by mobile number when no username matches.
Result<std::optional<LoginRecord>> FindLoginRecord(storage::Connection& conn, Id tenant_id,
                                                   const std::string& username_or_mobile);

// Another user of the tenant already using this username / mobile (for friendly conflicts).
Result<bool> UsernameTaken(storage::Connection& conn, Id tenant_id, const std::string& username,
                           Id except_user_id);
Result<bool> MobileTaken(storage::Connection& conn, Id tenant_id, const std::string& mobile,
                         Id except_user_id);

Status InsertUser(storage::Connection& conn, Id tenant_id, const User& user,
                  const std::string& password_hash);
// Also ends the person's stay in their old department and begins one in the new when it changed
// (user_departments, at updated_at).
Status UpdateUser(storage::Connection& conn, Id tenant_id, const User& user);

// A person's stay in a department: from `from_at` (0: the first) until `to_at` (nullopt: now).
struct DepartmentStay {
  Id user_id = 0;
  Instant from_at = 0;
  std::optional<Instant> to_at;
  Id department_id = 0;
};
// Every stay of the people who moved after `since` (a stay of theirs ended then), by person and
// time; the others have stayed where they are since `since`.
Result<std::vector<DepartmentStay>> MovedStays(storage::Connection& conn, Id tenant_id, Instant since);
Status SetUserRoles(storage::Connection& conn, Id tenant_id, Id user_id,
                    const std::vector<Id>& role_ids);
Status SetPasswordHash(storage::Connection& conn, Id tenant_id, Id user_id,
                       const std::string& password_hash, Instant now);
Status TouchLastLogin(storage::Connection& conn, Id tenant_id, Id user_id, Instant now);
Result<std::string> GetPasswordHash(storage::Connection& conn, Id tenant_id, Id user_id);

}  // namespace quanke::org
