#pragma once

#include <boost/json/object.hpp>

#include "domain/contracts/contract_service.h"
#include "domain/products/product_types.h"

namespace quanke::http {

boost::json::object CategoryJson(const products::Category& c);
boost::json::object ProductJson(const products::Product& p);

boost::json::object ContractSettingsJson(const contracts::Settings& s);
// `today` ("YYYY-MM-DD") for each instalment's state and overdue days.
boost::json::object ContractJson(const contracts::Contract& c);
boost::json::object ContractDetailJson(const contracts::ContractDetail& d);
boost::json::object InstalmentJson(const contracts::Instalment& i, const std::string& today);
boost::json::object ReceivableJson(const contracts::Instalment& i, const std::string& today);
boost::json::object ChangeOrderJson(const contracts::ChangeOrder& c);
boost::json::object ReceiptJson(const contracts::Receipt& r);
boost::json::object InvoiceJson(const contracts::Invoice& v);
boost::json::object AgeingJson(const contracts::Ageing& a, const std::string& filters);
boost::json::object CustomerSummaryJson(const contracts::CustomerSummary& s);

}  // namespace quanke::http
