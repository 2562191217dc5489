// The tile URL templates a tenant may set for its maps (PUT /settings/map, preset custom).
#include <gtest/gtest.h>

#include <string>

#include "domain/visits/visit_service.h"

namespace quanke::visits {
namespace {

TEST(ValidTileUrl, AcceptsHttpTemplatesWithTheThreePlaceholders) {
  EXPECT_TRUE(ValidTileUrl("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
  EXPECT_TRUE(ValidTileUrl("http://{s}.tiles.example.com/{z}/{x}/{y}.png"));
  EXPECT_TRUE(ValidTileUrl("HTTPS://rt{s}.map.gtimg.com/tile?z={z}&x={x}&y={-y}&type=vector"));
  EXPECT_TRUE(ValidTileUrl("https://tiles.example.com:8443/a?x={x}&y={y}&z={z}&key=abc"));
}

TEST(ValidTileUrl, RefusesOtherSchemesMissingPlaceholdersAndUnsafeText) {
  EXPECT_FALSE(ValidTileUrl(""));
  EXPECT_FALSE(ValidTileUrl("ftp://tiles.example.com/{z}/{x}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("javascript:alert(1)//{z}/{x}/{y}"));
  EXPECT_FALSE(ValidTileUrl("//tiles.example.com/{z}/{x}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("https:///{z}/{x}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("https://{z}.example.com/{x}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("https://tiles.example.com/{z}/{x}.png"));
  EXPECT_FALSE(ValidTileUrl("https://tiles.example.com/{x}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("https://tiles.example.com/{z}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("https://tiles.example.com/{z}/{x}/{y}.png\" onerror=\"x"));
  EXPECT_FALSE(ValidTileUrl("https://tiles.example.com/{z} /{x}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("https://tiles.example.com/<{z}>/{x}/{y}.png"));
  EXPECT_FALSE(ValidTileUrl("https://tiles.example.com/{z}/{x}/{y}.png?" + std::string(500, 'a')));
}

}  // namespace
}  // namespace quanke::visits
