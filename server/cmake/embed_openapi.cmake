# Writes OUT (a .cc file) holding the OpenAPI document IN as a raw string literal.
file(READ "${IN}" doc)
file(WRITE "${OUT}.tmp" "// Generated from server/src/http/openapi.json by cmake/embed_openapi.cmake.
#include \"http/openapi.h\"

namespace quanke::http {

std::string_view OpenApiDocument() {
  static constexpr std::string_view kDoc = R\"quanke_doc(${doc})quanke_doc\";
  return kDoc;
}

}  // namespace quanke::http
")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
