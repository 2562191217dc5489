#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"

namespace quanke::imports {

// The largest file an import takes, in rows after the header (import.too_many_rows beyond).
inline constexpr std::size_t kMaxRows = 50000;

// One row of a file as the browser mapped it: field key -> cell text ("name", "contactMobile"…).
using Row = std::map<std::string, std::string>;

// An import job (导入任务): a file's rows, run in batches in the background.
struct ImportJob {
  Id id = 0;
  std::string object = "customers";
  std::string policy = "skip";    // what a row matching an existing customer does: skip / attach / update
  std::string status = "queued";  // queued / running / done / cancelled / failed
  std::string file_name;
  std::int64_t total = 0;
  std::int64_t done = 0;  // rows handled (whole batches)
  std::int64_t created = 0, attached = 0, updated = 0, skipped = 0, failed = 0;
  bool cancel_requested = false;
  std::string error;  // the code that failed the job as a whole
  Id created_by = 0;
  std::string created_by_name;  // joined
  Instant created_at = 0;
  std::optional<Instant> started_at, finished_at;

  bool Finished() const { return status == "done" || status == "cancelled" || status == "failed"; }
};

// A row of a file that was refused (failed) or matched an existing record (skipped).
struct RowError {
  std::int64_t row_no = 0;  // 1-based, after the header
  std::string outcome;      // failed / skipped
  std::string code;         // the error code
  std::string fields;       // "field:issue" pairs, comma-separated (validation)
  std::string label;        // the row's name
};

// A saved column mapping (导入模板).
struct ImportTemplate {
  Id id = 0;
  std::string object = "customers";
  std::string name;
  std::string mapping = "{}";  // JSON object: column header -> field key
  Id created_by = 0;
  Instant updated_at = 0;
};

}  // namespace quanke::imports
