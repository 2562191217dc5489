#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace quanke {

// One page of a keyset-paginated list (API.md "Lists").
template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next_cursor;
  std::optional<std::int64_t> total;  // omitted where counting is expensive
};

// Sort and paging request of a list. `limit` is already validated (1–200).
struct PageRequest {
  std::string sort;         // field name, without the "-" prefix
  bool descending = false;
  int limit = 20;
  std::string cursor;       // "" for the first page
};

// A keyset cursor: the last row's sort value and id, as opaque text.
std::string EncodeCursor(const std::string& sort_value, std::int64_t id);
// false when the cursor is malformed (the caller answers 400 validation).
bool DecodeCursor(const std::string& cursor, std::string* sort_value, std::int64_t* id);

// A list query asks for limit + 1 rows; this drops the extra one and, when there was one, sets
// the cursor from the last row kept (by its id; `sort_value` gives the sort key when the list
// is sorted by something else).
template <typename T>
void TrimToPage(Page<T>& page, int limit) {
  if (static_cast<int>(page.items.size()) <= limit) return;
  page.items.resize(static_cast<size_t>(limit));
  page.next_cursor = EncodeCursor("", page.items.back().id);
}
template <typename T, typename SortValue>
void TrimToPage(Page<T>& page, int limit, SortValue sort_value) {
  if (static_cast<int>(page.items.size()) <= limit) return;
  page.items.resize(static_cast<size_t>(limit));
  page.next_cursor = EncodeCursor(sort_value(page.items.back()), page.items.back().id);
}

}  // namespace quanke
