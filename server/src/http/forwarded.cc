#include "http/forwarded.h"

#include <algorithm>
#include <boost/asio/ip/address.hpp>

#include "http/header_text.h"

namespace quanke::http {
namespace {

// The address in its normal form, or "" when `text` is not one.
std::string Normal(std::string_view text) {
  boost::system::error_code ec;
  const auto address = boost::asio::ip::make_address(std::string(TrimOws(text)), ec);
  return ec ? std::string() : address.to_string();
}

bool Trusted(const std::string& address, const std::vector<std::string>& trusted) {
  return std::find(trusted.begin(), trusted.end(), address) != trusted.end();
}

}  // namespace

std::string ClientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted_proxies) {
  if (forwarded_for.empty() || !Trusted(peer, trusted_proxies)) return peer;
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    const size_t comma = rest.rfind(',');
    const std::string_view entry = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    const std::string address = Normal(entry);
    if (address.empty()) return peer;
    if (!Trusted(address, trusted_proxies)) return address;
  }
  return peer;
}

bool ParseTrustedProxies(std::string_view list, std::vector<std::string>* out) {
  out->clear();
  while (!list.empty()) {
    const size_t comma = list.find(',');
    const std::string_view entry = TrimOws(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (entry.empty()) continue;
    std::string address = Normal(entry);
    if (address.empty()) return false;
    out->push_back(std::move(address));
  }
  return true;
}

}  // namespace quanke::http
