// Lists stored as one comma-separated column (role permissions, webhook events).
#pragma once

#include <string>
#include <vector>

namespace quanke {

// "a,b,c"; the items must not contain commas.
std::string JoinList(const std::vector<std::string>& items);
// The non-empty items of "a,b,,c".
std::vector<std::string> SplitList(const std::string& text);

}  // namespace quanke
