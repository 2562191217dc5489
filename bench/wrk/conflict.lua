-- Scale 1m, issue 3 "conflict": POST /api/v1/customers/check-conflict {"name", "phone"}: half
-- with an existing name and phone (a hit), half with a new name and a new phone (no hit).
-- As admin. names.txt and phones.txt are samples of the imported rows.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local names, phones, headers = nil, nil, nil
setup = bench_setup
function init(args)
  bench_seed(4000)
  names = bench_lines("names.txt")
  phones = bench_lines("phones.txt")
  headers = bench_headers(true)
end
function request()
  local body
  if math.random(2) == 1 then
    local k = math.random(#names)
    body = '{"name":"' .. names[k] .. '","phone":"+' .. phones[k] .. '"}'
  else
    local n = math.random(1, 99999999)
    body = '{"name":"新客户' .. n .. '商贸有限公司","phone":"+86-21-' .. string.format("%08d", n) .. '"}'
  end
  return wrk.format("POST", "/api/v1/customers/check-conflict", headers, body)
end
done = bench_done
