// The tenant's map tiles (地图底图, GET/PUT /settings/map): which tiles the web's maps draw under
// their points. The presets' URLs live in the client; the server keeps the choice and a custom
// URL template, and checks the template.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "domain/org/tenant_repository.h"
#include "domain/visits/visit_repository.h"
#include "domain/visits/visit_service.h"

namespace quanke::visits {
namespace {

constexpr std::size_t kMaxUrlBytes = 500;
constexpr std::array<std::string_view, 5> kPresets = {"amap", "tencent", "osm", "custom", "none"};
// Mainland China's zones (the tz database's current one and its old aliases).
constexpr std::array<std::string_view, 6> kChinaZones = {"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking",
                                                         "Asia/Harbin",   "Asia/Urumqi",    "PRC"};

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

}  // namespace

// A tile URL template: http(s), a host, no spaces, quotes or angle brackets, and the placeholders
// {x}, {y} (or {-y}, rows counted from the south) and {z}; {s} (a subdomain) is optional.
bool ValidTileUrl(std::string_view url) {
  if (url.empty() || url.size() > kMaxUrlBytes) return false;
  std::size_t host = 0;
  if (StartsWithNoCase(url, "https://")) host = 8;
  else if (StartsWithNoCase(url, "http://")) host = 7;
  else return false;
  // A host follows the scheme (it may start with the subdomain placeholder).
  if (host >= url.size() || url[host] == '/' || (url[host] == '{' && url.substr(host, 3) != "{s}")) return false;
  for (unsigned char c : url)
    if (c <= 0x20 || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`') return false;
  const auto has = [&](std::string_view part) { return url.find(part) != std::string_view::npos; };
  return has("{x}") && (has("{y}") || has("{-y}")) && has("{z}");
}

Result<MapSettings> VisitService::MapTiles(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto stored = LoadMapSettings(**lease, caller);
  if (!stored.ok()) return stored.status();
  if (*stored) return **stored;
  auto tenant = org::GetTenant(**lease, caller.tenant_id);
  if (!tenant.ok()) return tenant.status();
  MapSettings m;
  const bool china = std::find(kChinaZones.begin(), kChinaZones.end(), tenant->time_zone) != kChinaZones.end();
  m.preset = china ? "amap" : "osm";
  return m;
}

Result<MapSettings> VisitService::SetMapTiles(const org::Caller& caller, const MapSettings& in) {
  if (Status s = org::Require(caller, "settings.configure"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (std::find(kPresets.begin(), kPresets.end(), in.preset) == kPresets.end())
    issues.push_back({"preset", "invalid_value"});
  if (in.preset == "custom" && in.custom_url.empty()) issues.push_back({"customUrl", "required"});
  else if (!in.custom_url.empty() && !ValidTileUrl(in.custom_url)) issues.push_back({"customUrl", "invalid_value"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  MapSettings saved = in;
  saved.is_default = false;
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (Status w = SaveMapSettings(conn, caller, saved); !w.ok()) return w;
    return audit::RecordAction(conn, caller, clock_.Now(), "settings.map_tiles", "tenant", caller.tenant_id,
                               MapSettingsJson(saved));
  });
  if (!s.ok()) return s;
  return saved;
}

}  // namespace quanke::visits
