// Reading an import's product row: text cells as ProductInput, the price in yuan, the status by
// its API value or its Chinese name, the category as a path of names.
#include "domain/imports/product_rows.h"

#include "domain/imports/cell_text.h"

namespace quanke::imports {
namespace {

// on / off, 在售 / 上架 / 停售 / 下架 as the API's status; "" when unknown.
std::string SaleStatus(const std::string& v) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"on", "on"}, {"在售", "on"}, {"上架", "on"}, {"off", "off"}, {"停售", "off"}, {"下架", "off"}};
  for (const auto& [name, code] : kNames)
    if (v == name) return code;
  return "";
}

// "硬件/服务器", "硬件 / 服务器" or "硬件／服务器" as its names; empty names are refused.
std::optional<std::vector<std::string>> CategoryPath(const std::string& v) {
  std::vector<std::string> names;
  std::string cur;
  auto flush = [&] {
    names.push_back(Trim(cur));
    cur.clear();
  };
  for (size_t i = 0; i < v.size();) {
    if (v[i] == '/') {
      flush();
      ++i;
    } else if (v.compare(i, 3, "\xEF\xBC\x8F") == 0) {  // ／
      flush();
      i += 3;
    } else {
      cur += v[i++];
    }
  }
  flush();
  for (const auto& n : names)
    if (n.empty()) return std::nullopt;
  return names;
}

}  // namespace

ProductRow ReadProductRow(const Row& row) {
  ProductRow out;
  products::ProductInput& in = out.input;
  std::vector<FieldIssue>& issues = out.issues;
  in.code = Cell(row, "code");
  in.name = Cell(row, "name");
  out.label = in.code.value_or(in.name.value_or(""));
  in.spec = Cell(row, "specification");
  in.unit = Cell(row, "unit");
  in.description = Cell(row, "description");
  if (auto v = Cell(row, "listPrice")) {
    in.list_price_fen = YuanToFen(*v);
    if (!in.list_price_fen) issues.push_back({"listPrice", "invalid_value"});
  }
  if (auto v = Cell(row, "status")) {
    in.status = SaleStatus(*v);
    if (in.status->empty()) issues.push_back({"status", "invalid_value"});
  }
  if (auto v = Cell(row, "category")) {
    auto path = CategoryPath(*v);
    if (!path) issues.push_back({"category", "invalid_value"});
    else out.category = std::move(*path);
  }
  return out;
}

std::string ProductImportField(const std::string& field) {
  if (field == "listPriceFen") return "listPrice";
  if (field == "spec") return "specification";
  if (field == "categoryId" || field == "parentId") return "category";
  return field;
}

products::ProductInput ProductUpdateInput(const products::ProductInput& in) {
  products::ProductInput out = in;
  out.code.reset();  // the key the row was matched by
  return out;
}

}  // namespace quanke::imports
