-- Issue 5 "checkin": POST /api/v1/check-ins at one of the rep's own customers (the fu_pairs.lua
-- table of {token, customerId} written by the fusetup task), near the customer's position.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local pairs_, headers = nil, nil
setup = bench_setup
function init(args)
  bench_seed(6000)
  pairs_ = dofile(os.getenv("BENCH_DATA_DIR") .. "/fu_pairs.lua")
  headers = bench_headers(true)
end
function request()
  local p = pairs_[math.random(#pairs_)]
  headers["Authorization"] = "Bearer " .. p[1]
  local body = string.format('{"lat":%.6f,"lng":%.6f,"accuracyM":%d,"customerId":"%s","purpose":"拜访"}',
    30 + math.random() * 10, 110 + math.random() * 10, math.random(5, 60), p[2])
  return wrk.format("POST", "/api/v1/check-ins", headers, body)
end
done = bench_done
