#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/ids.h"

namespace quanke::exports {

// The most rows one file holds; a longer list stops there (truncated).
inline constexpr std::int64_t kMaxRows = 100000;
// How many exports a person may have queued or running at once (export.too_many_open beyond).
inline constexpr int kMaxOpenPerUser = 3;
// How long a finished file can be downloaded.
inline constexpr std::int64_t kKeepMs = 7LL * 24 * 3600 * 1000;

// An export job (导出任务): a list read page by page in the background into one .xlsx file.
struct ExportJob {
  Id id = 0;
  std::string object;             // customers / leads / opportunities / contracts / audit
  std::string query = "{}";       // the list's query parameters, a JSON object of text
  std::string language = "zh-CN";  // of the header and the words in the sheet
  std::string status = "queued";  // queued / running / done / cancelled / failed
  std::int64_t done = 0;          // rows read so far
  std::optional<std::int64_t> total;  // the list's own count, once read
  bool truncated = false;
  bool cancel_requested = false;
  std::string error;  // the code that failed the job as a whole
  std::string file_name;
  std::optional<std::string> file_sha256;
  std::optional<std::int64_t> file_bytes;
  Id created_by = 0;
  Instant created_at = 0;
  std::optional<Instant> started_at, finished_at;

  bool Finished() const { return status == "done" || status == "cancelled" || status == "failed"; }
  std::optional<Instant> ExpiresAt() const {
    if (status != "done" || !finished_at) return std::nullopt;
    return *finished_at + kKeepMs;
  }
};

// The objects a list export exists for, and the permission each needs besides the list's own.
bool IsExportObject(const std::string& object);
const char* ExportPermission(const std::string& object);

}  // namespace quanke::exports
