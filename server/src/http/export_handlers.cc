// Exports (docs/api-exports.md): a list to .xlsx as a background job, its progress, cancelling
// and the file. The reading itself is http/export_runner.cc.
#include <boost/json.hpp>

#include "domain/exports/export_service.h"
#include "http/export_runner.h"
#include "http/json_io.h"
#include "http/router.h"
#include "http/xlsx.h"

namespace quanke::http {
namespace {
namespace json = boost::json;
using exports::ExportJob;

exports::ExportService& Exports(Context& ctx) { return *ctx.services.exports; }

json::object JobJson(const ExportJob& j) {
  return json::object{{"id", IdToString(j.id)},
                      {"object", j.object},
                      {"status", j.status},
                      {"done", j.done},
                      {"total", j.total ? json::value(*j.total) : json::value(nullptr)},
                      {"truncated", j.truncated},
                      {"fileName", j.file_name},
                      {"fileBytes", j.file_bytes ? json::value(*j.file_bytes) : json::value(nullptr)},
                      {"error", j.error},
                      {"createdAt", InstantJson(j.created_at)},
                      {"startedAt", InstantJson(j.started_at)},
                      {"finishedAt", InstantJson(j.finished_at)},
                      {"expiresAt", InstantJson(j.ExpiresAt())}};
}

constexpr size_t kMaxQueryKeys = 40;

Result<Response> StartExport(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  const std::string object = in.String("object", true, 50).value_or("");
  json::object query;
  std::vector<std::pair<std::string, std::string>> pairs;
  if (const auto* q = obj->if_contains("query"); q && !q->is_null()) {
    if (!q->is_object() || q->as_object().size() > kMaxQueryKeys) {
      in.AddIssue("query", "invalid_value");
    } else {
      for (const auto& [k, v] : q->as_object()) {
        if (!v.is_string() || v.as_string().size() > 1000 || k.size() > 50) {
          in.AddIssue("query", "invalid_value");
          break;
        }
        if (k == "limit" || k == "cursor" || k == "fields") continue;
        query[k] = v;
        pairs.emplace_back(std::string(k), std::string(v.as_string()));
      }
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  if (!exports::IsExportObject(object)) return Status::Validation({{"object", "invalid_value"}});
  // A filter the list refuses is refused now, with the list's own answer, and nothing is queued.
  if (Status s = ctx.services.export_runner->Check(ctx.principal, ctx.language, object, pairs); !s.ok()) return s;
  auto job = Exports(ctx).Start(ctx.caller, object, json::serialize(query), ctx.language,
                                ctx.principal->tenant.time_zone);
  if (!job.ok()) return job.status();
  return JsonResponse(202, JobJson(*job));
}

Result<Response> ListExports(Context& ctx) {
  auto list = Exports(ctx).List(ctx.caller);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, JobJson));
}

Result<Response> GetExport(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto job = Exports(ctx).Get(ctx.caller, *id);
  if (!job.ok()) return job.status();
  return JsonResponse(200, JobJson(*job));
}

Result<Response> CancelExport(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto job = Exports(ctx).Cancel(ctx.caller, *id);
  if (!job.ok()) return job.status();
  return JsonResponse(200, JobJson(*job));
}

Result<Response> DownloadExport(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto file = Exports(ctx).File(ctx.caller, *id);
  if (!file.ok()) return file.status();
  return XlsxDownload(std::move(file->bytes), file->name);
}

}  // namespace

void AddExportRoutes(Router& router) {
  router.Add({"GET", "/api/v1/exports", ListExports});
  router.Add({"POST", "/api/v1/exports", StartExport, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/exports/{id}", GetExport});
  router.Add({"POST", "/api/v1/exports/{id}/cancel", CancelExport, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/exports/{id}/file", DownloadExport, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
