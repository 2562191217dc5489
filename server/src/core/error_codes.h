#pragma once

#include <span>
#include <string_view>

namespace quanke::errors {

// Whether a code is ever answered over HTTP. Internal codes travel between layers (a webhook
// delivery's last error, the CLI's configuration errors); row codes are the outcome of one row of
// an import, listed with the import's errors in the user's language (a cell of the targets sheet
// set already). One of either reaching the HTTP layer is a bug and is answered 500.
enum class Kind { kAnswer, kInternal, kRow };

// One stable error code: its HTTP status and the user-facing message in zh-CN and English
// (empty: the Status's own message is shown).
struct Code {
  std::string_view code;
  int http_status;
  Kind kind;
  std::string_view zh;
  std::string_view en;
};

// The one registry of error codes (API.md "Errors"). Every code a Status carries is listed
// here; error_codes_test.cc fails when the sources use one that is not.
std::span<const Code> All();
// The entry of `code`, or nullptr.
const Code* Find(std::string_view code);
// Its HTTP status; 500 for internal and unregistered codes.
int HttpStatusOf(std::string_view code);

}  // namespace quanke::errors
