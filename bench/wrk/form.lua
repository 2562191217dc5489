-- Public web form (issue 14): POST /api/v1/public/forms/<token> with a new lead each request.
-- Each request comes "from" its own client address (X-Forwarded-For; the server trusts
-- 127.0.0.1 as a proxy in bench/leads.mjs), so the per-address limit of 20 a minute does not
-- refuse the load, and carries its own mobile number. Token: BENCH_FORM_TOKEN.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local token = os.getenv("BENCH_FORM_TOKEN")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
local n = 0
function init(args)
  math.randomseed(tid * 7919 + os.time())
end
function request()
  n = n + 1
  local body = string.format('{"fields":{"name":"访客%d-%d","mobile":"13%d%08d","notes":"来自官网"},"website":""}',
    tid, n, tid, n)
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254)),
  }
  return wrk.format("POST", "/api/v1/public/forms/" .. token, headers, body)
end
done = bench_done
