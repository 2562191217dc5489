-- Peer workload W2 with our whole Customer (45 keys, joined names, reclaim countdown) in each
-- item instead of the peers' record shape (w2.lua). Otherwise the same: owner = "owner07" (the 8th of the 20 reps,
-- reps.txt line 8) AND industry = Finance, newest first, 20 rows. The same URL every request,
-- as for the peers: GET /api/v1/customers?ownerId=<rep>&industry=Finance&sort=-updatedAt&limit=20.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local req = nil
function init(args)
  local reps = bench_lines("reps.txt")
  req = wrk.format("GET", "/api/v1/customers?ownerId=" .. reps[8] .. "&industry=Finance&sort=-updatedAt&limit=20",
    bench_headers(false))
end
function request() return req end
done = bench_done
