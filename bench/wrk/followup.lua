-- Scale 1m-fu, issue 4 "followup": POST /api/v1/customers/<id>/follow-ups
-- {"text":"…","type":"call"} as the customer's owner. fu_pairs.lua (written by the fusetup task)
-- is a table of {token, customerId} pairs over reps u0001…u0032 (one rep per connection at -c32),
-- each customer owned by that token's rep; every request takes a random pair.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local pairs_, headers = nil, nil
local texts = { "电话沟通了采购计划，客户下周安排技术交流", "客户询价，已发报价单，等待反馈",
  "回访使用情况，客户对交付满意，提到二期需求", "约了月底拜访，确认决策人和预算" }
setup = bench_setup
function init(args)
  bench_seed(4000)
  pairs_ = dofile(os.getenv("BENCH_DATA_DIR") .. "/fu_pairs.lua")
  headers = bench_headers(true)  -- the Authorization of each request is replaced below
end
function request()
  local p = pairs_[math.random(#pairs_)]
  headers["Authorization"] = "Bearer " .. p[1]
  local body = '{"text":"' .. texts[math.random(#texts)] .. ' #' .. math.random(1, 1000000) .. '","type":"call"}'
  return wrk.format("POST", "/api/v1/customers/" .. p[2] .. "/follow-ups", headers, body)
end
done = bench_done
