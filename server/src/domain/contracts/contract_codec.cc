#include "domain/contracts/contract_codec.h"

#include <boost/json.hpp>

namespace quanke::contracts {
namespace json = boost::json;

namespace {

json::value OptText(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); }
std::optional<std::string> TextOf(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v || !v->is_string()) return std::nullopt;
  return std::string(v->get_string());
}
std::int64_t IntOf(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_int64() ? v->get_int64() : 0;
}

}  // namespace

std::string IdsToJson(const std::vector<Id>& ids) {
  json::array a;
  for (Id id : ids) a.push_back(IdToString(id).c_str());
  return json::serialize(a);
}

std::vector<Id> IdsFromJson(const std::string& text) {
  std::vector<Id> out;
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_array()) return out;
  for (const auto& e : v.get_array()) {
    if (!e.is_string()) continue;
    if (auto id = ParseId(std::string_view(e.get_string()))) out.push_back(*id);
  }
  return out;
}

json::array ItemsArray(const std::vector<ContractItem>& items) {
  json::array a;
  for (const auto& it : items)
    a.push_back(json::object{{"productId", it.product_id ? json::value(IdToString(*it.product_id)) : json::value(nullptr)},
                             {"name", it.name},
                             {"spec", it.spec},
                             {"unit", it.unit},
                             {"quantity", it.quantity},
                             {"listPriceFen", it.list_price_fen},
                             {"unitPriceFen", it.unit_price_fen},
                             {"discountFen", it.discount_fen},
                             {"totalFen", it.TotalFen()}});
  return a;
}

json::object MoneyObject(const MoneyFields& m) {
  return json::object{{"totalFen", m.total_fen},
                      {"items", ItemsArray(m.items)},
                      {"signDate", OptText(m.sign_date)},
                      {"startDate", OptText(m.start_date)},
                      {"endDate", OptText(m.end_date)}};
}

std::string MoneyToJson(const MoneyFields& m) { return json::serialize(MoneyObject(m)); }

MoneyFields MoneyFromJson(const std::string& text) {
  MoneyFields m;
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return m;
  const auto& o = v.get_object();
  m.total_fen = IntOf(o, "totalFen");
  m.sign_date = TextOf(o, "signDate");
  m.start_date = TextOf(o, "startDate");
  m.end_date = TextOf(o, "endDate");
  if (const auto* items = o.if_contains("items"); items && items->is_array())
    for (const auto& e : items->get_array()) {
      if (!e.is_object()) continue;
      const auto& io = e.get_object();
      ContractItem it;
      if (auto p = TextOf(io, "productId")) it.product_id = ParseId(*p);
      it.name = TextOf(io, "name").value_or("");
      it.spec = TextOf(io, "spec").value_or("");
      it.unit = TextOf(io, "unit").value_or("");
      it.quantity = IntOf(io, "quantity");
      it.list_price_fen = IntOf(io, "listPriceFen");
      it.unit_price_fen = IntOf(io, "unitPriceFen");
      it.discount_fen = IntOf(io, "discountFen");
      m.items.push_back(std::move(it));
    }
  return m;
}

}  // namespace quanke::contracts
