#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/status.h"
#include "http/request.h"

namespace quanke::http {

// One cell of a sheet: empty, text, or a number.
using XlsxCell = std::variant<std::monostate, std::string, double>;

// One sheet of a workbook: its name (at most 31 characters, none of []:*?/\) and its rows
// from A1 on, the first row bold (the header).
struct XlsxSheet {
  std::string name;
  std::vector<std::vector<XlsxCell>> rows;
};

// An .xlsx workbook of the sheets in order, written with libxlsxwriter through a temporary file
// (its version has no in-memory output). Answers the file's bytes; internal on a write error.
Result<std::string> XlsxWorkbook(const std::vector<XlsxSheet>& sheets);

// An .xlsx workbook of one sheet (XlsxWorkbook of one).
Result<std::string> XlsxOneSheet(const std::string& sheet_name, const std::vector<std::vector<XlsxCell>>& rows);

// The Content-Type of an .xlsx file.
inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// A 200 answer that downloads `bytes` as `filename` (ASCII), never cached.
Response XlsxDownload(std::string bytes, const std::string& filename);

}  // namespace quanke::http
