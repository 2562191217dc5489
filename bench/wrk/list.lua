-- Scale 1m, issue 3 "list": a rep's customers of one industry, newest first, 20 rows:
-- GET /api/v1/customers?ownerId=<random rep>&industry=<random of 10>&sort=-updatedAt&limit=20.
-- Each rep owns 100 customers, about 10 per industry (bench/import.js). As admin (scope all).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local industries = { "制造业", "软件和信息技术", "批发零售", "金融", "医疗健康",
                     "教育培训", "物流运输", "建筑工程", "文化传媒", "能源化工" }
local reps, headers, enc = nil, nil, {}
setup = bench_setup
function init(args)
  bench_seed(1000)
  reps = bench_lines("reps.txt")
  headers = bench_headers(false)
  for i, v in ipairs(industries) do enc[i] = bench_urlencode(v) end
end
function request()
  return wrk.format("GET", "/api/v1/customers?ownerId=" .. reps[math.random(#reps)] ..
    "&industry=" .. enc[math.random(#enc)] .. "&sort=-updatedAt&limit=20", headers)
end
done = bench_done
