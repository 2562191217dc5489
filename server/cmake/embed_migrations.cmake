# Writes OUT (a .cc file) holding every migrations/<backend>/NNNN_name.sql under SRC as
# raw string literals, so the binary carries its schema. Run at build time by CMake.
function(emit_backend backend var)
  file(GLOB files "${SRC}/${backend}/*.sql")
  list(SORT files)
  set(body "")
  foreach(f ${files})
    get_filename_component(name "${f}" NAME_WE)
    string(SUBSTRING "${name}" 0 4 version)
    math(EXPR version "${version}")
    file(READ "${f}" sql)
    string(APPEND body "    {${version}, \"${name}\", R\"quanke_sql(${sql})quanke_sql\"},\n")
  endforeach()
  set(${var} "${body}" PARENT_SCOPE)
endfunction()

emit_backend(sqlite sqlite_body)
emit_backend(postgres postgres_body)
set(content "// Generated from server/src/storage/migrations by cmake/embed_migrations.cmake.
#include \"storage/migrations.h\"

namespace quanke::storage {

const std::vector<Migration>& SqliteMigrations() {
  static const std::vector<Migration> kList = {
${sqlite_body}  };
  return kList;
}

const std::vector<Migration>& PostgresMigrations() {
  static const std::vector<Migration> kList = {
${postgres_body}  };
  return kList;
}

}  // namespace quanke::storage
")
file(WRITE "${OUT}.tmp" "${content}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
