// Imports (docs/api-imports.md): a file's mapped rows as a background job, its progress (JSON
// and a live event stream), cancelling, the per-row errors (JSON and .xlsx), and saved mappings.
#include <boost/json.hpp>

#include "core/error_codes.h"
#include "domain/imports/import_service.h"
#include "domain/notify/hub.h"
#include "http/error_writer.h"
#include "http/json_io.h"
#include "http/router.h"
#include "http/xlsx.h"

namespace quanke::http {
namespace {
namespace json = boost::json;
using imports::ImportJob;
using imports::RowError;

imports::ImportService& Imports(Context& ctx) { return *ctx.services.imports; }

json::object JobJson(const ImportJob& j) {
  return json::object{{"id", IdToString(j.id)},
                      {"object", j.object},
                      {"policy", j.policy},
                      {"status", j.status},
                      {"fileName", j.file_name},
                      {"total", j.total},
                      {"done", j.done},
                      {"created", j.created},
                      {"attached", j.attached},
                      {"updated", j.updated},
                      {"skipped", j.skipped},
                      {"failed", j.failed},
                      {"cancelRequested", j.cancel_requested},
                      {"error", NonEmpty(j.error)},
                      {"createdById", IdToString(j.created_by)},
                      {"createdByName", j.created_by_name},
                      {"createdAt", InstantJson(j.created_at)},
                      {"startedAt", InstantJson(j.started_at)},
                      {"finishedAt", InstantJson(j.finished_at)}};
}

std::string MessageOf(const std::string& code, const std::string& language) {
  const errors::Code* c = errors::Find(code);
  if (!c || c->zh.empty()) return code;
  return std::string(language == "en" ? c->en : c->zh);
}

// "field:issue,field:issue" as [{field, issue}].
json::array FieldsJson(const std::string& fields) {
  json::array out;
  size_t start = 0;
  while (start < fields.size()) {
    size_t end = fields.find(',', start);
    if (end == std::string::npos) end = fields.size();
    const std::string pair = fields.substr(start, end - start);
    const size_t colon = pair.find(':');
    out.push_back(json::object{{"field", pair.substr(0, colon)},
                               {"issue", colon == std::string::npos ? "" : pair.substr(colon + 1)}});
    start = end + 1;
  }
  return out;
}

json::object RowErrorJson(const RowError& e, const std::string& language) {
  return json::object{{"row", e.row_no},          {"outcome", e.outcome},   {"code", e.code},
                      {"message", MessageOf(e.code, language)}, {"fields", FieldsJson(e.fields)},
                      {"label", e.label}};
}

Result<Response> StartImport(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto object = in.String("object", true, 50);
  auto policy = in.String("policy", false, 20);
  auto file_name = in.String("fileName", false, 255);
  std::vector<imports::Row> rows;
  const auto* list = obj->if_contains("rows");
  if (!list) {
    in.AddIssue("rows", "required");
  } else if (!list->is_array()) {
    in.AddIssue("rows", "wrong_type");
  } else {
    rows.reserve(list->get_array().size());
    for (const auto& item : list->get_array()) {
      imports::Row row;
      if (item.is_object()) {
        for (const auto& [k, v] : item.get_object()) {
          if (v.is_string()) row[std::string(k)] = std::string(v.get_string());
          else if (v.is_int64()) row[std::string(k)] = std::to_string(v.get_int64());
          else if (v.is_uint64()) row[std::string(k)] = std::to_string(v.get_uint64());
          else if (v.is_double()) row[std::string(k)] = json::serialize(v);
          else if (v.is_bool()) row[std::string(k)] = v.get_bool() ? "true" : "false";
        }
      }
      rows.push_back(std::move(row));
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  auto job = Imports(ctx).Start(ctx.caller, *object, policy.value_or("skip"), file_name.value_or(""), rows);
  if (!job.ok()) return job.status();
  return JsonResponse(202, JobJson(*job));
}

Result<Response> ListImports(Context& ctx) {
  auto list = Imports(ctx).List(ctx.caller);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, JobJson));
}

Result<Response> GetImport(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto job = Imports(ctx).Get(ctx.caller, *id);
  if (!job.ok()) return job.status();
  return JsonResponse(200, JobJson(*job));
}

Result<Response> CancelImport(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto job = Imports(ctx).Cancel(ctx.caller, *id);
  if (!job.ok()) return job.status();
  return JsonResponse(200, JobJson(*job));
}

Result<Response> ImportErrors(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto errors = Imports(ctx).Errors(ctx.caller, *id);
  if (!errors.ok()) return errors.status();
  return JsonResponse(200, ListJson(*errors, [&](const RowError& e) { return RowErrorJson(e, ctx.language); }));
}

Result<Response> ImportErrorsXlsx(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto errors = Imports(ctx).Errors(ctx.caller, *id);
  if (!errors.ok()) return errors.status();
  const bool en = ctx.language == "en";
  std::vector<std::vector<XlsxCell>> rows;
  rows.push_back({std::string(en ? "Row" : "行号"), std::string(en ? "Name" : "名称"),
                  std::string(en ? "Outcome" : "结果"), std::string(en ? "Reason" : "原因"),
                  std::string(en ? "Fields" : "字段"), std::string(en ? "Code" : "错误代码")});
  for (const auto& e : *errors) {
    std::string outcome = e.outcome == "skipped" ? (en ? "skipped" : "已跳过") : (en ? "failed" : "失败");
    rows.push_back({static_cast<double>(e.row_no), e.label, outcome, MessageOf(e.code, ctx.language), e.fields, e.code});
  }
  auto bytes = XlsxOneSheet(en ? "Errors" : "错误", rows);
  if (!bytes.ok()) return bytes.status();
  return XlsxDownload(std::move(*bytes), "import-" + IdToString(*id) + "-errors.xlsx");
}

// Sends the job's state when it changes: at once, after each batch, and at its end (the client
// closes the stream then). Woken by the importer's live pokes (notify::PokeAfterCommit).
class ImportStream final : public EventStream {
 public:
  ImportStream(imports::ImportService& imports, org::Caller caller, Id id)
      : imports_(imports), caller_(std::move(caller)), id_(id) {}

  void Start(std::function<void()> wake) override {
    token_ = notify::LiveHub().Subscribe(caller_.tenant_id, caller_.user_id, std::move(wake));
  }
  void Stop() override { notify::LiveHub().Unsubscribe(token_); }

  std::string Poll() override {
    auto job = imports_.Get(caller_, id_);
    if (!job.ok()) return {};
    std::string data = json::serialize(JobJson(*job));
    if (data == last_) return {};
    last_ = data;
    return "event: progress\ndata: " + data + "\n\n";
  }

 private:
  imports::ImportService& imports_;
  const org::Caller caller_;
  const Id id_;
  std::string last_;  // the connection's thread only
  notify::Hub::Token token_ = 0;
};

Result<Response> ImportEvents(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto job = Imports(ctx).Get(ctx.caller, *id);  // not_found before a stream opens
  if (!job.ok()) return job.status();
  Response r;
  r.stream = std::make_shared<ImportStream>(Imports(ctx), ctx.caller, *id);
  return r;
}

json::object TemplateJson(const imports::ImportTemplate& t) {
  boost::system::error_code ec;
  json::value mapping = json::parse(t.mapping, ec);
  if (ec || !mapping.is_object()) mapping = json::object{};
  return json::object{{"id", IdToString(t.id)},
                      {"object", t.object},
                      {"name", t.name},
                      {"mapping", mapping},
                      {"updatedAt", InstantJson(t.updated_at)}};
}

Result<Response> ListTemplates(Context& ctx) {
  auto list = Imports(ctx).Templates(ctx.caller, ctx.req.Query("object").value_or("customers"));
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, TemplateJson));
}

Result<Response> PutTemplate(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  imports::ImportTemplate t;
  t.object = in.String("object", false, 50).value_or("customers");
  t.name = in.String("name", true, 400).value_or("");
  const auto* mapping = obj->if_contains("mapping");
  if (!mapping) {
    in.AddIssue("mapping", "required");
  } else if (!mapping->is_object()) {
    in.AddIssue("mapping", "wrong_type");
  } else {
    for (const auto& [k, v] : mapping->get_object())
      if (!v.is_string()) {
        in.AddIssue("mapping", "wrong_type");
        break;
      }
    t.mapping = json::serialize(*mapping);
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  auto saved = Imports(ctx).SaveTemplate(ctx.caller, t);
  if (!saved.ok()) return saved.status();
  return JsonResponse(200, TemplateJson(*saved));
}

Result<Response> DeleteTemplate(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = Imports(ctx).DeleteTemplate(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

}  // namespace

void AddImportRoutes(Router& router) {
  router.Add({"GET", "/api/v1/imports", ListImports});
  router.Add({"POST", "/api/v1/imports", StartImport, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/imports/{id}", GetImport});
  router.Add({"GET", "/api/v1/imports/{id}/events", ImportEvents});
  router.Add({"POST", "/api/v1/imports/{id}/cancel", CancelImport, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/imports/{id}/errors", ImportErrors});
  router.Add({"GET", "/api/v1/imports/{id}/errors.xlsx", ImportErrorsXlsx, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/import-templates", ListTemplates});
  router.Add({"PUT", "/api/v1/import-templates", PutTemplate, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/import-templates/{id}", DeleteTemplate, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
