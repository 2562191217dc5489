-- Issue 5 "nearby": GET /api/v1/customers/nearby?lat&lng&radius=2000&limit=20 as the admin (the
-- whole company: owned and pooled customers) at random points within ~30 km of 30 Chinese city
-- centres (the 1m scale with positions, see bench/README.md).
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
local headers = nil
local cities = { {39.9042,116.4074},{39.0842,117.2010},{38.0428,114.5149},{39.6309,118.1802},{37.8706,112.5489},
  {40.8424,111.7490},{38.8739,115.4646},{31.2304,121.4737},{30.2741,120.1551},{32.0603,118.7969},{31.2990,120.5853},
  {29.8683,121.5440},{31.4912,120.3119},{31.8206,117.2272},{36.6512,117.1201},{36.0671,120.3826},{23.1291,113.2644},
  {22.5431,114.0579},{23.0207,113.7518},{23.0215,113.1214},{24.4798,118.0894},{26.0745,119.2965},{22.8170,108.3665},
  {20.0440,110.1999},{30.5728,104.0668},{29.5630,106.5516},{34.3416,108.9398},{30.5928,114.3055},{28.2282,112.9388},
  {43.8171,125.3235} }
setup = bench_setup
function init(args)
  bench_seed(5000)
  headers = bench_headers(false)
end
function request()
  local c = cities[math.random(#cities)]
  local lat = c[1] + (math.random() - 0.5) * 0.5
  local lng = c[2] + (math.random() - 0.5) * 0.6
  return wrk.format("GET", string.format("/api/v1/customers/nearby?lat=%.6f&lng=%.6f&radius=2000&limit=20", lat, lng), headers)
end
done = bench_done
