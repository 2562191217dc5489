-- Scale 1m, issue 3 "search": GET /api/v1/customers?q=<substring>&limit=20. Half the queries
-- are a random 2-4-character substring of an existing name (names.txt, a sample of 20,000
-- imported names, e.g. "杭州华信科技12345有限公司"), half a 6-8-digit run of an existing phone
-- number's digits (phones.txt, e.g. "861000012345" -> "00012345"). As admin.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local names, phones, headers = nil, nil, nil
setup = bench_setup
function init(args)
  bench_seed(3000)
  names = bench_lines("names.txt")
  phones = bench_lines("phones.txt")
  headers = bench_headers(false)
end
function request()
  local q
  if math.random(2) == 1 then
    local cs = bench_chars(names[math.random(#names)])
    local len = math.random(2, 4)
    local from = math.random(1, #cs - len + 1)
    q = table.concat(cs, "", from, from + len - 1)
  else
    local p = phones[math.random(#phones)]
    local len = math.random(6, 8)
    local from = math.random(#p - 8 + 1, #p - len + 1)   -- within the 8-digit serial
    q = p:sub(from, from + len - 1)
  end
  return wrk.format("GET", "/api/v1/customers?q=" .. bench_urlencode(q) .. "&limit=20", headers)
end
done = bench_done
