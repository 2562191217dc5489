#include "core/geo.h"

#include <gtest/gtest.h>

#include <random>

namespace quanke::geo {
namespace {

TEST(Geo, DistanceOfKnownPoints) {
  // Beijing Tiananmen to Shanghai People's Square: about 1,067 km.
  EXPECT_NEAR(DistanceMeters(39.9042, 116.4074, 31.2304, 121.4737), 1067e3, 5e3);
  EXPECT_NEAR(DistanceMeters(39.9, 116.4, 39.9, 116.4), 0, 1e-6);
}

TEST(Geo, CoveringRangesContainEveryPointInTheCircle) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> lat(18.0, 53.0), lng(73.0, 135.0), radius(10.0, 50000.0), unit(0.0, 1.0);
  for (int i = 0; i < 2000; ++i) {
    const double clat = lat(rng), clng = lng(rng), r = radius(rng);
    const auto ranges = CoveringRanges(clat, clng, r);
    for (int k = 0; k < 20; ++k) {
      // A point inside the circle, often close to its edge, and points on cell boundaries.
      const double bearing = unit(rng) * 2 * 3.14159265358979;
      const double d = r * (k % 2 ? 0.999999 : unit(rng));
      double plat = clat + d * std::cos(bearing) / 111195.0;
      double plng = clng + d * std::sin(bearing) / (111195.0 * std::cos(clat * 3.14159265358979 / 180));
      if (k % 5 == 0) plat = std::round(plat / kCellDegrees) * kCellDegrees;  // exactly on a cell edge
      if (k % 7 == 0) plng = std::round(plng / kCellDegrees) * kCellDegrees;
      if (DistanceMeters(clat, clng, plat, plng) > r) continue;
      const auto cell = CellOf(plat, plng);
      bool covered = false;
      for (const auto& [a, b] : ranges) covered = covered || (cell >= a && cell <= b);
      ASSERT_TRUE(covered) << "point " << plat << "," << plng << " within " << r << " m of " << clat << "," << clng;
    }
  }
}

TEST(Geo, CoveringRangesHandleTheAntimeridianAndPoles) {
  const auto east = CoveringRanges(0.0, 179.999, 5000);
  bool wraps = false;
  for (const auto& [a, b] : east) wraps = wraps || (a % 36000 == 0);
  EXPECT_TRUE(wraps);
  const auto pole = CoveringRanges(89.99, 0, 5000);
  EXPECT_FALSE(pole.empty());
}

TEST(Geo, Gcj02RoundTrips) {
  const auto [glat, glng] = Wgs84ToGcj02(39.9042, 116.4074);
  EXPECT_GT(DistanceMeters(39.9042, 116.4074, glat, glng), 100);  // the offset is hundreds of metres
  const auto [wlat, wlng] = Gcj02ToWgs84(glat, glng);
  EXPECT_LT(DistanceMeters(39.9042, 116.4074, wlat, wlng), 0.5);
  const auto [olat, olng] = Wgs84ToGcj02(48.85, 2.35);  // Paris: unchanged
  EXPECT_EQ(olat, 48.85);
  EXPECT_EQ(olng, 2.35);
}

TEST(Geo, ValidatesCoordinates) {
  EXPECT_TRUE(ValidLatLng(39.9, 116.4));
  EXPECT_FALSE(ValidLatLng(91, 0));
  EXPECT_FALSE(ValidLatLng(0, 181));
  EXPECT_FALSE(ValidLatLng(std::nan(""), 0));
}

}  // namespace
}  // namespace quanke::geo
