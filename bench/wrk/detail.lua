-- Scale 1m, issue 3 "detail": GET /api/v1/customers/<id> of a uniformly random imported
-- customer (ids.txt, written by bench/import.js). As admin.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local random_id, headers = nil, nil
setup = bench_setup
function init(args)
  bench_seed(2000)
  random_id = bench_random_line("ids.txt")
  headers = bench_headers(false)
end
function request()
  return wrk.format("GET", "/api/v1/customers/" .. random_id(), headers)
end
done = bench_done
