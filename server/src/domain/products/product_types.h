#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/ids.h"

namespace quanke::products {

// 产品分类: a tree, flat in storage (parent_id).
struct Category {
  Id id = 0;
  std::optional<Id> parent_id;
  std::string name;
  std::int64_t position = 0;
  std::int64_t product_count = 0;  // live products directly in it (not its subtree)
  Instant created_at = 0, updated_at = 0;
};

struct CategoryInput {
  std::optional<std::string> name;
  std::optional<std::optional<Id>> parent_id;  // inner nullopt: the top level
  std::optional<std::int64_t> position;
};

// 产品.
struct Product {
  Id id = 0;
  std::string code, name, spec, unit;
  std::int64_t list_price_fen = 0;
  std::string status = "on";  // on, off (sale)
  std::optional<Id> category_id;
  std::string category_name;
  std::optional<Id> image_id;
  std::string description;
  std::optional<Id> created_by;
  Instant created_at = 0, updated_at = 0;
};

// What a create or PATCH sets (nullopt = unchanged; inner nullopt = cleared).
struct ProductInput {
  std::optional<std::string> code, name, spec, unit, status, description;
  std::optional<std::int64_t> list_price_fen;
  std::optional<std::optional<Id>> category_id, image_id;
};

struct ProductFilter {
  std::string q;
  std::optional<Id> category_id;  // its subtree
  std::string status;
};

}  // namespace quanke::products
