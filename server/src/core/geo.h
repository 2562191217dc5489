#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace quanke::geo {

// Great-circle distance in metres between two WGS-84 points (haversine, mean Earth radius).
double DistanceMeters(double lat1, double lng1, double lat2, double lng2);

bool ValidLatLng(double lat, double lng);

// The spatial index: a grid of 0.01° × 0.01° cells (about 1.1 km × 0.9 km in China) numbered
// row-major, stored in an indexed integer column. A circle is covered by one contiguous range
// of cell numbers per grid row (two where it crosses the antimeridian), so "nearby" is a few
// B-tree range scans on either backend, then an exact distance check.
constexpr double kCellDegrees = 0.01;
std::int64_t CellOf(double lat, double lng);
// Cell-number ranges [first, last] that together contain every point within `radius_m` of the
// centre (and some more, which the caller filters by exact distance).
std::vector<std::pair<std::int64_t, std::int64_t>> CoveringRanges(double lat, double lng, double radius_m);

// A latitude/longitude box that contains every point within `radius_m` of the centre, so that a
// scan can drop most of the cells' surplus before the exact distance. Where the box would cross
// the antimeridian or reach a pole, its longitudes are the whole range, -180 to 180.
struct Box {
  double lat_lo, lat_hi, lng_lo, lng_hi;
};
Box BoundingBox(double lat, double lng, double radius_m);

// WGS-84 ⇄ GCJ-02 (the offset system of Chinese map providers). Outside China both are the
// same. The inverse is iterative and accurate to well under a metre.
std::pair<double, double> Wgs84ToGcj02(double lat, double lng);
std::pair<double, double> Gcj02ToWgs84(double lat, double lng);

}  // namespace quanke::geo
