#include "http/xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace quanke::http {
namespace {

// A temporary file made with mkstemp, removed when this goes out of scope.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "quanke-export-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) return;
    close(fd);
    path_ = pattern;
  }
  ~TempFile() {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

Result<std::string> XlsxWorkbook(const std::vector<XlsxSheet>& sheets) {
  TempFile file;
  if (file.path().empty()) return Status::Internal("cannot create a temporary file for the export");
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (!workbook) return Status::Internal("cannot start the export workbook");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  bool written = true;
  for (const XlsxSheet& s : sheets) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, s.name.c_str());
    written = sheet != nullptr;
    for (lxw_row_t r = 0; written && r < s.rows.size(); ++r) {
      lxw_format* format = r == 0 ? bold : nullptr;
      for (lxw_col_t c = 0; written && c < s.rows[r].size(); ++c) {
        const XlsxCell& cell = s.rows[r][c];
        if (const auto* text = std::get_if<std::string>(&cell))
          written = worksheet_write_string(sheet, r, c, text->c_str(), format) == LXW_NO_ERROR;
        else if (const auto* number = std::get_if<double>(&cell))
          written = worksheet_write_number(sheet, r, c, *number, format) == LXW_NO_ERROR;
      }
    }
    if (written) worksheet_set_column(sheet, 0, 0, 24, nullptr);
    if (!written) break;
  }
  // Closing writes the file (and frees the workbook) whatever happened before.
  if (workbook_close(workbook) != LXW_NO_ERROR || !written) return Status::Internal("cannot write the export workbook");
  std::ifstream in(file.path(), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return Status::Internal("cannot read the export workbook");
  return bytes;
}

Response XlsxDownload(std::string bytes, const std::string& filename) {
  Response r;
  r.content_type = kXlsxContentType;
  r.body = std::move(bytes);
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  r.SetHeader("Cache-Control", "no-store");
  return r;
}

Result<std::string> XlsxOneSheet(const std::string& sheet_name, const std::vector<std::vector<XlsxCell>>& rows) {
  return XlsxWorkbook({{sheet_name, rows}});
}

}  // namespace quanke::http
