#include "core/geo.h"

#include <algorithm>
#include <cmath>

namespace quanke::geo {
namespace {

constexpr double kEarthRadius = 6371008.8;
constexpr double kPi = 3.14159265358979323846;
constexpr double kMetresPerDegree = kEarthRadius * kPi / 180.0;
constexpr std::int64_t kRows = 18000;   // 180° / 0.01°
constexpr std::int64_t kCols = 36000;   // 360° / 0.01°

double Rad(double d) { return d * kPi / 180.0; }

std::int64_t RowOf(double lat) {
  return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor((lat + 90.0) / kCellDegrees)), 0, kRows - 1);
}
std::int64_t ColOf(double lng) {
  std::int64_t c = static_cast<std::int64_t>(std::floor((lng + 180.0) / kCellDegrees));
  return ((c % kCols) + kCols) % kCols;
}

bool OutsideChina(double lat, double lng) { return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271; }

double TransformLat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double TransformLng(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}

}  // namespace

double DistanceMeters(double lat1, double lng1, double lat2, double lng2) {
  const double dlat = Rad(lat2 - lat1), dlng = Rad(lng2 - lng1);
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(Rad(lat1)) * std::cos(Rad(lat2)) * std::sin(dlng / 2) * std::sin(dlng / 2);
  return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

bool ValidLatLng(double lat, double lng) {
  return std::isfinite(lat) && std::isfinite(lng) && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180;
}

std::int64_t CellOf(double lat, double lng) { return RowOf(lat) * kCols + ColOf(lng); }

namespace {
// The latitude band of a circle and its half-width in longitude (at the band's widest).
struct Span {
  double lat_lo, lat_hi, dlng;
  bool all_longitudes;
};
Span SpanOf(double lat, double radius_m) {
  // A margin of a metre keeps points exactly on the circle inside despite rounding.
  const double dlat = (radius_m + 1.0) / kMetresPerDegree;
  const double lat_lo = std::max(-90.0, lat - dlat), lat_hi = std::min(90.0, lat + dlat);
  // The widest longitude span is at the latitude farthest from the equator in the band.
  const double widest = std::max(std::fabs(lat_lo), std::fabs(lat_hi));
  const double cos_lat = std::cos(Rad(std::min(widest, 89.9)));
  const double dlng = (radius_m + 1.0) / (kMetresPerDegree * cos_lat);
  return {lat_lo, lat_hi, dlng, dlng >= 180.0 || lat_hi >= 89.9 || lat_lo <= -89.9};
}
}  // namespace

Box BoundingBox(double lat, double lng, double radius_m) {
  const Span s = SpanOf(lat, radius_m);
  if (s.all_longitudes || lng - s.dlng < -180.0 || lng + s.dlng > 180.0) return {s.lat_lo, s.lat_hi, -180.0, 180.0};
  return {s.lat_lo, s.lat_hi, lng - s.dlng, lng + s.dlng};
}

std::vector<std::pair<std::int64_t, std::int64_t>> CoveringRanges(double lat, double lng, double radius_m) {
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  const auto [lat_lo, lat_hi, dlng, all_longitudes] = SpanOf(lat, radius_m);
  for (std::int64_t row = RowOf(lat_lo); row <= RowOf(lat_hi); ++row) {
    const std::int64_t base = row * kCols;
    if (all_longitudes) {
      out.emplace_back(base, base + kCols - 1);
      continue;
    }
    const double lo = lng - dlng, hi = lng + dlng;
    if (lo < -180.0) {  // crosses the antimeridian westwards
      out.emplace_back(base, base + ColOf(hi));
      out.emplace_back(base + ColOf(lo + 360.0), base + kCols - 1);
    } else if (hi > 180.0) {
      out.emplace_back(base + ColOf(lo), base + kCols - 1);
      out.emplace_back(base, base + ColOf(hi - 360.0));
    } else {
      out.emplace_back(base + ColOf(lo), base + std::min<std::int64_t>(kCols - 1, ColOf(hi)));
    }
  }
  return out;
}

std::pair<double, double> Wgs84ToGcj02(double lat, double lng) {
  if (OutsideChina(lat, lng)) return {lat, lng};
  constexpr double a = 6378245.0, ee = 0.00669342162296594323;
  double dlat = TransformLat(lng - 105.0, lat - 35.0);
  double dlng = TransformLng(lng - 105.0, lat - 35.0);
  const double radlat = Rad(lat);
  double magic = std::sin(radlat);
  magic = 1 - ee * magic * magic;
  const double sqrt_magic = std::sqrt(magic);
  dlat = (dlat * 180.0) / ((a * (1 - ee)) / (magic * sqrt_magic) * kPi);
  dlng = (dlng * 180.0) / (a / sqrt_magic * std::cos(radlat) * kPi);
  return {lat + dlat, lng + dlng};
}

std::pair<double, double> Gcj02ToWgs84(double lat, double lng) {
  if (OutsideChina(lat, lng)) return {lat, lng};
  double wlat = lat, wlng = lng;
  for (int i = 0; i < 10; ++i) {  // converges to ~1e-7° in a few steps
    const auto [glat, glng] = Wgs84ToGcj02(wlat, wlng);
    wlat -= glat - lat;
    wlng -= glng - lng;
  }
  return {wlat, wlng};
}

}  // namespace quanke::geo
