-- GET /api/v1/me with "Authorization: Bearer $BENCH_TOKEN": session lookup (token hash, then
-- the server's principal cache, or the database on a miss) plus the user/tenant/permissions JSON.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local token = os.getenv("BENCH_TOKEN")
if token == nil or token == "" then
  error("BENCH_TOKEN is not set (bench/run.sh logs in and exports it)")
end
wrk.method = "GET"
wrk.path = "/api/v1/me"
wrk.headers["Authorization"] = "Bearer " .. token
done = bench_done
