#pragma once

#include <boost/json/object.hpp>

#include "domain/approvals/approval_service.h"

namespace quanke::http {

boost::json::object ApprovalFlowJson(const approvals::ApprovalFlow& f);
boost::json::object ApprovalJson(const approvals::ApprovalView& v);
boost::json::object ApprovalDetailJson(const approvals::ApprovalDetail& d);
boost::json::object ApprovalRequestJson(const approvals::Request& r);

}  // namespace quanke::http
