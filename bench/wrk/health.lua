-- GET /api/v1/health: leases a pooled SQLite connection and runs SELECT 1, then writes JSON.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/api/v1/health"
done = bench_done
