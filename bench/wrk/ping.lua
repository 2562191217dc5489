-- GET /api/v1/ping: a constant body, no database, no session. The HTTP stack's ceiling.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/ping"
done = bench_done
