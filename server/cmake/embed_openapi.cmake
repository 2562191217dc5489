# Writes OUT (a .cc file) holding the OpenAPI document IN as a raw string literal.
file(READ "${IN}" doc)
file(WRITE "${OUT}.tmp" "// Generated from server/src/http/openapi.json by cmake/embed_openapi.cmake.
#include \"http/openapi.h\"

namespace quanke::http {

// An array, not a constexpr string_view: the document is longer than constexpr evaluation
// allows to scan.
static const char kDoc[] = R\"quanke_doc(${doc})quanke_doc\";

std::string_view OpenApiDocument() { return std::string_view(kDoc, sizeof kDoc - 1); }

}  // namespace quanke::http
")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
