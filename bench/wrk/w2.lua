-- Peer workload W2 (shared/research/PEERS.md §3): owner = "owner07" (the 8th of the 20 reps,
-- reps.txt line 8) AND industry = Finance, newest first, 20 rows. The same URL every request,
-- as for the peers: GET /api/v1/customers?ownerId=<rep>&industry=Finance&sort=-updatedAt&limit=20,
-- with the peers' record shape (`fields=`: name, industry, city, phone, owner, stage and amount
-- in customFields, updatedAt; id always). w2full.lua asks for our whole Customer instead.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local req = nil
function init(args)
  local reps = bench_lines("reps.txt")
  local fields = W2_FIELDS or "&fields=name,industry,city,phone,ownerName,customFields,updatedAt"
  req = wrk.format("GET", "/api/v1/customers?ownerId=" .. reps[8] .. "&industry=Finance&sort=-updatedAt&limit=20" .. fields,
    bench_headers(false))
end
function request() return req end
done = bench_done
