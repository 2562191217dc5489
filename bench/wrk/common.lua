-- Shared by the scenario scripts (loaded with dofile). At the end of a run it prints one
-- machine-readable line, "BENCH_RESULT {json}", that bench/run.sh parses; the human-readable
-- `--latency` report above it is kept in the raw output for reference.
function bench_done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max))
end

-- Helpers for the data-driven scenarios (scales 1m and peer). Their scale hook writes the files
-- into the run's work directory, which run.sh exports as BENCH_DATA_DIR.
function bench_lines(name)
  local dir = os.getenv("BENCH_DATA_DIR")
  if dir == nil or dir == "" then error("BENCH_DATA_DIR is not set (bench/run.sh exports it)") end
  local t = {}
  local f = io.open(dir .. "/" .. name, "r")
  if f == nil then error("no " .. dir .. "/" .. name .. ": this scenario needs a scale that writes it (1m, peer)") end
  for line in f:lines() do if line ~= "" then t[#t + 1] = line end end
  f:close()
  if #t == 0 then error(name .. " is empty") end
  return t
end

-- A function returning a uniformly random line of a file whose lines all have the same length
-- (ids.txt). The file stays one Lua string: a table of a million strings made every garbage
-- collection cycle of wrk's LuaJIT mark all of them in one step, which stalled the wrk thread for
-- milliseconds at a time and showed up as server latency. Other files fall back to bench_lines.
function bench_random_line(name)
  local f = io.open(os.getenv("BENCH_DATA_DIR") .. "/" .. name, "rb")
  if f == nil then error("no " .. name .. ": this scenario needs a scale that writes it (1m, peer)") end
  local data = f:read("*a")
  f:close()
  local width = (data:find("\n", 1, true) or 0)
  local n = width > 1 and #data / width or 0
  if n >= 1 and n == math.floor(n) and data:sub(-1) == "\n" then
    local same = true
    for k = 1, math.min(n, 1000) do
      if data:byte(math.random(n) * width) ~= 10 then same = false break end
    end
    if same then
      return function()
        local k = math.random(n) - 1
        return data:sub(k * width + 1, k * width + width - 1)
      end
    end
  end
  local t = bench_lines(name)
  return function() return t[math.random(#t)] end
end

function bench_urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- The code points of a UTF-8 string, as strings.
function bench_chars(s)
  local t = {}
  for c in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do t[#t + 1] = c end
  return t
end

-- Headers for requests built with wrk.format (which otherwise drops wrk.headers): the session
-- token from BENCH_TOKEN, plus a JSON content type when there is a body.
function bench_headers(json)
  local h = {}
  for k, v in pairs(wrk.headers) do h[k] = v end
  local token = os.getenv("BENCH_TOKEN")
  if token == nil or token == "" then error("BENCH_TOKEN is not set (bench/run.sh logs in and exports it)") end
  h["Authorization"] = "Bearer " .. token
  if json then h["Content-Type"] = "application/json" end
  return h
end

-- Per-thread random seeds (each wrk thread has its own Lua state).
local bench_thread_counter = 0
function bench_setup(thread)
  bench_thread_counter = bench_thread_counter + 1
  thread:set("bench_tid", bench_thread_counter)
end
function bench_seed(base)
  math.randomseed(base + (bench_tid or 0) * 7919 + os.time())
end
