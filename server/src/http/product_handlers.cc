// Products and product categories (docs/api-contracts.md "Products").
#include <boost/json.hpp>

#include "domain/products/product_service.h"
#include "http/contract_json.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

Result<products::CategoryInput> ReadCategory(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  products::CategoryInput c;
  c.name = in.String("name", false, 200);
  c.parent_id = in.NullableId("parentId");
  c.position = in.Int("position");
  if (Status s = in.Finish(); !s.ok()) return s;
  return c;
}

Result<Response> CategoryAnswer(int status, const Result<products::Category>& c) {
  if (!c.ok()) return c.status();
  return JsonResponse(status, CategoryJson(*c));
}

Result<Response> ListCategories(Context& ctx) {
  auto list = ctx.services.products.Categories(ctx.caller);
  if (!list.ok()) return list.status();
  json::array items;
  for (const auto& c : *list) items.push_back(CategoryJson(c));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

Result<Response> CreateCategory(Context& ctx) {
  auto in = ReadCategory(ctx.req.body);
  if (!in.ok()) return in.status();
  return CategoryAnswer(201, ctx.services.products.CreateCategory(ctx.caller, *in));
}

Result<Response> UpdateCategory(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadCategory(ctx.req.body);
  if (!in.ok()) return in.status();
  return CategoryAnswer(200, ctx.services.products.UpdateCategory(ctx.caller, *id, *in));
}

Result<Response> DeleteCategory(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.products.DeleteCategory(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<products::ProductInput> ReadProduct(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  products::ProductInput p;
  // Lengths are checked by the service (its issues name the API's limits).
  p.code = in.String("code", false, 10000);
  p.name = in.String("name", false, 10000);
  p.spec = in.String("spec", false, 10000);
  p.unit = in.String("unit", false, 10000);
  p.status = in.String("status", false, 100);
  p.description = in.String("description", false, 10000);
  p.list_price_fen = in.Int("listPriceFen");
  p.category_id = in.NullableId("categoryId");
  p.image_id = in.NullableId("imageId");
  if (Status s = in.Finish(); !s.ok()) {
    // A price that is not an integer (a float, a string) is invalid_value, as the doc says.
    std::vector<FieldIssue> issues;
    for (auto f : s.fields()) {
      if (f.field == "listPriceFen") f.issue = "invalid_value";
      issues.push_back(std::move(f));
    }
    return Status::Validation(std::move(issues));
  }
  return p;
}

Result<Response> ProductAnswer(int status, const Result<products::Product>& p) {
  if (!p.ok()) return p.status();
  return JsonResponse(status, ProductJson(*p));
}

Result<Response> ListProducts(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "code", {"code", "name", "listPriceFen", "createdAt"});
  if (!page.ok()) return page.status();
  products::ProductFilter f;
  f.q = ctx.req.Query("q").value_or("");
  if (f.q.size() > 200) return Status::Validation({{"q", "too_long"}});
  f.status = ctx.req.Query("status").value_or("");
  if (!f.status.empty() && f.status != "on" && f.status != "off") return Status::Validation({{"status", "invalid_value"}});
  auto category = ReadIdQuery(ctx.req, "categoryId");
  if (!category.ok()) return category.status();
  f.category_id = *category;
  auto list = ctx.services.products.List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, ProductJson));
}

Result<Response> CreateProduct(Context& ctx) {
  auto in = ReadProduct(ctx.req.body);
  if (!in.ok()) return in.status();
  return ProductAnswer(201, ctx.services.products.Create(ctx.caller, *in));
}

Result<Response> GetProduct(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return ProductAnswer(200, ctx.services.products.Get(ctx.caller, *id));
}

Result<Response> UpdateProduct(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadProduct(ctx.req.body);
  if (!in.ok()) return in.status();
  return ProductAnswer(200, ctx.services.products.Update(ctx.caller, *id, *in));
}

Result<Response> DeleteProduct(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.products.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

}  // namespace

void AddProductRoutes(Router& router) {
  router.Add({"GET", "/api/v1/product-categories", ListCategories});
  router.Add({"POST", "/api/v1/product-categories", CreateCategory, Access::kSession, Runs::kBlocking});
  router.Add({"PATCH", "/api/v1/product-categories/{id}", UpdateCategory, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/product-categories/{id}", DeleteCategory, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/products", ListProducts});
  router.Add({"POST", "/api/v1/products", CreateProduct, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/products/{id}", GetProduct});
  router.Add({"PATCH", "/api/v1/products/{id}", UpdateProduct, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/products/{id}", DeleteProduct, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
