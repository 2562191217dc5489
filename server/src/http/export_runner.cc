#include "http/export_runner.h"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <thread>

#include "domain/org/org_types.h"
#include "http/export_sheets.h"
#include "http/xlsx.h"

namespace quanke::http {
namespace json = boost::json;

namespace {

// The stored query (a JSON object of text) as parameters, in the order sent.
QueryPairs PairsOf(const std::string& query) {
  QueryPairs out;
  boost::system::error_code ec;
  json::value v = json::parse(query, ec);
  if (ec || !v.is_object()) return out;
  for (const auto& [k, value] : v.as_object())
    if (value.is_string()) out.emplace_back(std::string(k), std::string(value.as_string()));
  return out;
}

bool Transient(const Status& s) { return s.code() == "unavailable"; }

}  // namespace

Status ExportRunner::Check(std::shared_ptr<const org::Principal> principal, const std::string& language,
                           const std::string& object, const QueryPairs& query) const {
  if (Status s = exports::ExportService::CheckStart(principal->caller, object); !s.ok()) return s;
  auto sheet = ListSheet::For(object, router_, services_);
  if (!sheet) return Status::Validation({{"object", "invalid_value"}});
  auto zone = TimeZone::Find("UTC");
  if (!zone.ok()) return zone.status();
  auto page = sheet->ReadPage(principal, language, *zone, query, "", 1, principal->caller.request_id);
  return page.ok() ? Status::Ok() : page.status();
}

Result<int> ExportRunner::RunPending() {
  // Files past their 7 days go at most once a minute of the server's clock.
  const Instant now = services_.clock.Now();
  if (now - last_purge_ >= 60 * 1000) {
    auto purged = exports_.PurgeExpiredFiles();
    if (!purged.ok()) return purged.status();
    if (*purged > 0) spdlog::info("removed the files of {} expired exports", *purged);
    last_purge_ = now;
  }
  int ended = 0;
  while (!stopping_) {
    auto claimed = exports_.ClaimNext();
    if (!claimed.ok()) return claimed.status();
    if (!*claimed) break;
    const Id tenant_id = (*claimed)->tenant_id;
    exports::ExportJob job = std::move((*claimed)->job);
    bool released = false;
    Status s = Run(tenant_id, job, &released);
    if (released) break;
    if (!s.ok()) {
      spdlog::error("export {} failed: {} {}", job.id, s.code(), s.message());
      if (Transient(s)) {
        // The database is away: leave the job to the next runner once the lease passes.
        (void)exports_.Release(tenant_id, job.id);
        return s;
      }
      job.status = "failed";
      job.error = s.code();
      job.file_sha256.reset();
      job.file_bytes.reset();
    }
    if (Status f = exports_.Finish(tenant_id, job); !f.ok()) return f;
    ++ended;
  }
  return ended;
}

Status ExportRunner::Run(Id tenant_id, exports::ExportJob& job, bool* released) {
  auto sheet = ListSheet::For(job.object, router_, services_);
  if (!sheet) return Status::Error("validation.failed", "No export for " + job.object);
  std::shared_ptr<const org::Principal> principal;
  {
    auto lease = services_.db.Read();
    if (!lease.ok()) return lease.status();
    // The exporter as they stand now: a job runs with their current permissions and scope.
    auto p = services_.auth.LoadPrincipal(**lease, tenant_id, job.created_by);
    if (!p.ok()) return p.status();
    principal = std::make_shared<const org::Principal>(std::move(*p));
  }
  if (principal->user.status != org::UserStatus::kActive)
    return Status::Error("permission.denied", "The exporter is no longer active.");
  if (Status s = exports::ExportService::CheckStart(principal->caller, job.object); !s.ok()) return s;
  if (Status s = sheet->LoadCustomFields(principal->caller); !s.ok()) return s;
  auto zone = TimeZone::Find(principal->tenant.time_zone);
  if (!zone.ok()) zone = TimeZone::Find("Asia/Shanghai");
  if (!zone.ok()) return zone.status();
  const QueryPairs query = PairsOf(job.query);
  const std::string request_id = "export-" + IdToString(job.id);

  std::vector<std::vector<XlsxCell>> rows{sheet->Header(job.language)};
  std::string cursor;
  job.done = 0;
  job.truncated = false;
  for (;;) {
    if (stopping_) {
      *released = true;
      return exports_.Release(tenant_id, job.id);
    }
    auto page = sheet->ReadPage(principal, job.language, *zone, query, cursor, kPageRows, request_id);
    if (!page.ok()) return page.status();
    for (auto& row : page->rows) {
      if (job.done >= exports::kMaxRows) {
        job.truncated = true;
        break;
      }
      rows.push_back(std::move(row));
      ++job.done;
    }
    if (page->total) job.total = page->total;
    if (!job.truncated && job.done >= exports::kMaxRows && !page->next_cursor.empty()) job.truncated = true;
    const bool last = page->next_cursor.empty() || job.truncated;
    // A list without a count of its own: the rows read are all there are once the last page is in.
    if (last && !job.total && !job.truncated) job.total = job.done;
    auto cancel = exports_.Progress(tenant_id, job.id, job.done, job.total);
    if (!cancel.ok()) return cancel.status();
    if (*cancel) {
      job.status = "cancelled";
      return Status::Ok();
    }
    if (last) break;
    cursor = page->next_cursor;
    if (page_pause_.count() > 0) std::this_thread::sleep_for(page_pause_);
  }
  auto bytes = XlsxOneSheet(sheet->SheetName(job.language), rows);
  if (!bytes.ok()) return bytes.status();
  auto sha = exports_.StoreFile(*bytes);
  if (!sha.ok()) return sha.status();
  job.status = "done";
  job.file_sha256 = *sha;
  job.file_bytes = static_cast<std::int64_t>(bytes->size());
  return Status::Ok();
}

}  // namespace quanke::http
