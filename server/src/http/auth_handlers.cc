#include <boost/json.hpp>

#include "domain/org/auth_service.h"
#include "http/json_io.h"
#include "http/org_json.h"
#include "http/router.h"

namespace quanke::http {
namespace {

constexpr const char* kCookie = "quanke_session";

std::string SessionCookie(const std::string& token, Instant expires_at, Instant now) {
  const std::int64_t max_age = token.empty() ? 0 : std::max<std::int64_t>(0, (expires_at - now) / 1000);
  return std::string(kCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" +
         std::to_string(max_age);
}

// POST /auth/login {tenant, username, password, challenge?, solution?}
Result<Response> Login(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto tenant = in.String("tenant", true, 64);
  auto username = in.String("username", true, 64);
  auto password = in.String("password", true, 256);
  org::AuthService::Proof proof;
  proof.challenge = in.String("challenge", false, 200).value_or("");
  proof.solution = in.String("solution", false, 64).value_or("");
  if (Status s = in.Finish(); !s.ok()) return s;
  auto result = ctx.services.auth.Login(*tenant, *username, *password, ctx.req.remote_ip,
                                        ctx.req.request_id, proof, ctx.caller.client);
  if (!result.ok()) return result.status();
  Response r = JsonResponse(200, boost::json::object{{"token", result->token},
                                                     {"csrfToken", result->csrf_token},
                                                     {"expiresAt", InstantJson(result->expires_at)},
                                                     {"user", UserJson(result->user)}});
  r.SetHeader("Set-Cookie", SessionCookie(result->token, result->expires_at, ctx.services.clock.Now()));
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

// POST /auth/logout
Result<Response> Logout(Context& ctx) {
  if (Status s = ctx.services.auth.Logout(ctx.token, ctx.caller); !s.ok()) return s;
  Response r = NoContent();
  r.SetHeader("Set-Cookie", SessionCookie("", 0, 0));
  return r;
}

// GET /me
Result<Response> Me(Context& ctx) {
  const org::Principal& p = *ctx.principal;
  boost::json::array permissions;
  for (const auto& perm : p.caller.permissions) permissions.push_back(boost::json::value(perm));
  Response r = JsonResponse(200, boost::json::object{{"user", UserJson(p.user)},
                                                     {"tenant", TenantJson(p.tenant)},
                                                     {"permissions", std::move(permissions)},
                                                     {"dataScope", org::DataScopeName(p.caller.scope)}});
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

// POST /me/password {currentPassword, newPassword}
Result<Response> ChangePassword(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto current = in.String("currentPassword", true, 256);
  auto next = in.String("newPassword", true, 256);
  if (Status s = in.Finish(); !s.ok()) return s;
  if (Status s = ctx.services.auth.ChangePassword(ctx.caller, ctx.token, *current, *next); !s.ok())
    return s;
  return NoContent();
}

}  // namespace

void AddAuthRoutes(Router& router) {
  router.Add({"POST", "/api/v1/auth/login", Login, Access::kPublic, Runs::kBlocking});
  router.Add({"POST", "/api/v1/auth/logout", Logout, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/me", Me});
  router.Add({"POST", "/api/v1/me/password", ChangePassword, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
