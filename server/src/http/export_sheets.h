#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "core/time_zone.h"
#include "domain/fields/field_service.h"
#include "domain/org/auth_service.h"
#include "http/router.h"
#include "http/xlsx.h"

namespace quanke::http {

// A list's query parameters, in order (what the list page sends).
using QueryPairs = std::vector<std::pair<std::string, std::string>>;

// One page of a list as sheet rows.
struct SheetPage {
  std::vector<std::vector<XlsxCell>> rows;
  std::string next_cursor;            // "" on the last page
  std::optional<std::int64_t> total;  // the list's own count, when it gives one
};

// What an export of `object` reads and writes (docs/api-exports.md). The rows come from the
// list's own GET handler, called in process as `principal` — the same filters, sort, data scope
// and masking as the list on screen, and no other read path to keep in step.
class ListSheet {
 public:
  // nullptr for an object that has no export.
  static std::unique_ptr<ListSheet> For(const std::string& object, const Router& router, Services& services);

  // The custom fields the exporter sees become columns after the built-in ones (images and files
  // excepted): call once before Header and ReadPage.
  Status LoadCustomFields(const org::Caller& caller);
  // The header row in `language` ("zh-CN" or "en").
  std::vector<XlsxCell> Header(const std::string& language) const;
  // The worksheet's name in `language`.
  std::string SheetName(const std::string& language) const;
  // One page of the list after `cursor`, `limit` rows, read as `principal`: the list's own
  // errors (its 400s, permission.denied) come back as they are. Times are written in `zone`.
  Result<SheetPage> ReadPage(std::shared_ptr<const org::Principal> principal, const std::string& language,
                             const TimeZone& zone, const QueryPairs& query, const std::string& cursor, int limit,
                             const std::string& request_id) const;

  struct Column;
  struct Object;

 private:
  ListSheet(const Object& object, const Route& route, Services& services)
      : object_(object), route_(route), services_(services) {}
  const Object& object_;
  const Route& route_;
  Services& services_;
  std::vector<fields::Field> custom_;
  fields::FieldService::Names names_;
};

}  // namespace quanke::http
