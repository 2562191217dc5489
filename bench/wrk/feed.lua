-- Scale 1m-fu, issue 4 "feed": GET /api/v1/feed?limit=20 as the region manager mgr01
-- (department_tree over 大区1: 10 teams, about 100 reps), whose token the fusetup task wrote.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local headers = nil
setup = bench_setup
function init(args)
  headers = bench_headers(false)
  headers["Authorization"] = "Bearer " .. bench_lines("mgr_token.txt")[1]
end
function request()
  return wrk.format("GET", "/api/v1/feed?limit=20", headers)
end
done = bench_done
