-- Peer workload W5: PATCH one field of a uniformly random customer of the 10,000. The peers'
-- "amount" lives in customFields here, next to "stage":
-- PATCH /api/v1/customers/<id>?fields=… {"customFields":{"stage":"…","amount":N}}, answered
-- in the peers' record shape as W2 (w5full.lua answers our whole detail instead).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local stages = { "lead", "qualified", "proposal", "negotiation", "won", "lost" }
local ids, headers = nil, nil
local fields = W5_FIELDS or "?fields=name,industry,city,phone,ownerName,customFields,updatedAt"
setup = bench_setup
function init(args)
  bench_seed(2000)
  ids = bench_lines("ids.txt")
  headers = bench_headers(true)
end
function request()
  local body = '{"customFields":{"stage":"' .. stages[math.random(#stages)] .. '","amount":' .. math.random(0, 99999) .. '}}'
  return wrk.format("PATCH", "/api/v1/customers/" .. ids[math.random(#ids)] .. fields, headers, body)
end
done = bench_done
