// Lists stored as one comma-separated column (role permissions, webhook events), cutting text to
// a length, and telling blank text (what a required field refuses).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quanke {

// "a,b,c"; the items must not contain commas.
std::string JoinList(const std::vector<std::string>& items);
// The non-empty items of "a,b,,c".
std::vector<std::string> SplitList(const std::string& text);

// At most `max_bytes` of UTF-8 `text`, never ending inside a character.
std::string Utf8Prefix(std::string_view text, std::size_t max_bytes);

// Whether `text` is empty or only spaces, tabs and line breaks.
inline bool IsBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

}  // namespace quanke
