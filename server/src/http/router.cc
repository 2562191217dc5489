#include "http/router.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "http/error_writer.h"
#include "http/idempotency.h"
#include "http/read_after.h"
#include "http/static_files.h"
#include "storage/replicated_database.h"

namespace quanke::http {
namespace {

constexpr std::string_view kApiPrefix = "/api/";
constexpr const char* kSessionCookie = "quanke_session";

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> out;
  size_t pos = 1;
  while (pos <= path.size()) {
    size_t end = path.find('/', pos);
    if (end == std::string_view::npos) end = path.size();
    out.push_back(path.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

// The request's User-Agent as the audit log keeps it: at most 200 bytes, cut on a UTF-8 boundary.
std::string ClientOf(const Request& req) {
  std::string_view agent = req.Header("user-agent");
  size_t n = std::min<size_t>(agent.size(), 200);
  while (n > 0 && n < agent.size() && (static_cast<unsigned char>(agent[n]) & 0xC0) == 0x80) --n;
  return std::string(agent.substr(0, n));
}

bool IsMutation(std::string_view method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

}  // namespace

std::optional<Id> Context::PathId(size_t i) const {
  if (i >= req.path_params.size()) return std::nullopt;
  return ParseId(req.path_params[i]);
}

void Router::Add(Route route) {
  Compiled c{route, {}};
  for (auto seg : SplitPath(route.pattern)) {
    const bool param = seg.size() >= 2 && seg.front() == '{' && seg.back() == '}';
    c.segments.push_back({std::string(seg), param});
  }
  routes_.push_back(route);
  compiled_.push_back(std::move(c));
}

const Router::Compiled* Router::Match(const Request& req, std::vector<std::string>* params,
                                      bool* path_matched) const {
  const auto parts = SplitPath(req.path);
  *path_matched = false;
  // A literal segment beats a {param} in the same place: /customers/nearby is not
  // /customers/{id}. Among the routes that match, the one with the fewest parameters wins.
  const Compiled* best = nullptr;
  int best_params = 0;
  for (const auto& c : compiled_) {
    if (c.segments.size() != parts.size()) continue;
    bool ok = true;
    int param_count = 0;
    for (size_t i = 0; i < parts.size() && ok; ++i) {
      ok = c.segments[i].param ? !parts[i].empty() : c.segments[i].text == parts[i];
      param_count += c.segments[i].param ? 1 : 0;
    }
    if (!ok) continue;
    *path_matched = true;
    if (c.route.method != req.method && !(req.method == "HEAD" && c.route.method == "GET")) continue;
    if (!best || param_count < best_params) {
      best = &c;
      best_params = param_count;
    }
  }
  if (best && params) {
    params->clear();
    for (size_t i = 0; i < parts.size(); ++i)
      if (best->segments[i].param) params->emplace_back(parts[i]);
  }
  return best;
}

bool Router::RunsBlocking(const Request& req) const {
  if (req.path.compare(0, kApiPrefix.size(), kApiPrefix) != 0) return false;
  bool path_matched = false;
  const Compiled* c = Match(req, nullptr, &path_matched);
  return c && c->route.runs == Runs::kBlocking;
}

Response Router::Handle(Request& req) const {
  if (!replica_) return Guarded(req);
  const storage::ReadFence fence(ReadAfterOf(req));
  Response response = Guarded(req);
  if (fence.wrote()) StampReadAfter(*replica_, response);
  return response;
}

Response Router::Guarded(Request& req) const {
  const std::string language = LanguageOf(req);
  try {
    return Dispatch(req, language);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", req.request_id, req.method, req.path, e.what());
  } catch (...) {
    spdlog::error("request {} {} {} failed with an unknown exception", req.request_id, req.method,
                  req.path);
  }
  return ErrorResponse(Status::Internal("unexpected error"), req, language);
}

Response Router::Dispatch(Request& req, const std::string& language) const {
  if (req.path.compare(0, kApiPrefix.size(), kApiPrefix) != 0) {
    if (files_ && (req.method == "GET" || req.method == "HEAD")) return files_->Serve(req);
    return ErrorResponse(Status::NotFound(), req, language);
  }
  bool path_matched = false;
  const Compiled* c = Match(req, &req.path_params, &path_matched);
  if (!c) {
    return ErrorResponse(path_matched ? Status::Error("request.method_not_allowed") : Status::NotFound(), req,
                         language);
  }
  req.route = c->route.pattern;  // for the error-code log (error_writer.h)
  Context ctx{req, services_, language, nullptr, {}, {}};
  const std::string client = ClientOf(req);
  ctx.caller.client = client;  // public routes too: a login's audit entry names its client
  if (c->route.access == Access::kSession) {
    std::string token;
    bool via_cookie = false;
    const std::string_view auth = req.Header("authorization");
    if (auth.size() > 7 && (auth.substr(0, 7) == "Bearer " || auth.substr(0, 7) == "bearer ")) {
      token = std::string(auth.substr(7));
    } else {
      token = req.Cookie(kSessionCookie);
      via_cookie = !token.empty();
    }
    auto principal = services_.auth.Authenticate(token);
    if (!principal.ok()) return ErrorResponse(principal.status(), req, language);
    // A cookie is sent by the browser on its own, so a state change must also prove it came
    // from our page (API.md: X-CSRF-Token).
    if (via_cookie && IsMutation(req.method) &&
        req.Header("x-csrf-token") != (*principal)->csrf_token)
      return ErrorResponse(Status::Error("auth.csrf"), req, language);
    ctx.principal = *principal;
    ctx.caller = (*principal)->caller;
    ctx.caller.ip = req.remote_ip;
    ctx.caller.client = client;  // the principal's caller replaced the one above
    ctx.caller.request_id = req.request_id;
    ctx.token = std::move(token);
  }
  const std::string idempotency_key(req.Header("idempotency-key"));
  const bool idempotent = idempotency_ && ctx.principal && IsMutation(req.method) && !idempotency_key.empty() &&
                          c->route.replay == Replay::kStored;
  const auto handle = [&]() -> Response {
    Result<Response> result = c->route.handler(ctx);
    if (result.ok()) return std::move(result.value());
    if (HttpStatusFor(result.status().code()) >= 500)
      spdlog::error("request {} {} {}: {} {}", req.request_id, req.method, req.path, result.status().code(),
                    result.status().message());
    return ErrorResponse(result.status(), req, language);
  };
  if (!idempotent) return handle();
  if (idempotency_key.size() > 128)
    return ErrorResponse(Status::Validation({{"Idempotency-Key", "too_long"}}), req, language);
  Response response = idempotency_->Run(ctx.caller, idempotency_key, req, handle, [&](const Status& s) {
    if (HttpStatusFor(s.code()) >= 500)
      spdlog::error("request {} {} {}: idempotency: {} {}", req.request_id, req.method, req.path, s.code(), s.message());
    return ErrorResponse(s, req, language);
  });
  return response;
}

void AddAllRoutes(Router& router) {
  AddHealthRoutes(router);
  AddAuthRoutes(router);
  AddOrgRoutes(router);
  AddCustomerRoutes(router);
  AddPoolRoutes(router);
  AddActivityRoutes(router);
  AddWorkLogRoutes(router);
  AddVisitRoutes(router);
  AddLeadRoutes(router);
  AddSetupRoutes(router);
  AddLeadFormRoutes(router);
  AddLeadAnalysisRoutes(router);
  AddLeadSweepRoutes(router);
  AddDealRoutes(router);
  AddDealAnalysisRoutes(router);
  AddApprovalRoutes(router);
  AddProductRoutes(router);
  AddTargetRoutes(router);
  AddContractRoutes(router);
  AddMoneyRoutes(router);
  AddReportRoutes(router);
  AddRecycleRoutes(router);
  AddImportRoutes(router);
  AddExportRoutes(router);
  AddFieldRoutes(router);
}

}  // namespace quanke::http
