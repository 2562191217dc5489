#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/status.h"

namespace quanke::http {

// One cell of a sheet: empty, text, or a number.
using XlsxCell = std::variant<std::monostate, std::string, double>;

// An .xlsx workbook of one sheet holding `rows` from A1 on, the first row bold (the header),
// written with libxlsxwriter through a temporary file (its version has no in-memory output).
// `sheet_name`: at most 31 characters, none of []:*?/\. Answers the file's bytes; internal on
// a write error.
Result<std::string> XlsxOneSheet(const std::string& sheet_name, const std::vector<std::vector<XlsxCell>>& rows);

// The Content-Type of an .xlsx file.
inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}  // namespace quanke::http
