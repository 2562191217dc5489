-- Peer workload W3: GET one customer by a uniformly random id of the 10,000 (ids.txt, written
-- by W1 or the peer scale hook). GET /api/v1/customers/<id>.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local ids, headers = nil, nil
setup = bench_setup
function init(args)
  bench_seed(1000)
  ids = bench_lines("ids.txt")
  headers = bench_headers(false)
end
function request()
  return wrk.format("GET", "/api/v1/customers/" .. ids[math.random(#ids)], headers)
end
done = bench_done
