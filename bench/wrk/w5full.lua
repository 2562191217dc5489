-- Peer workload W5 answered with our whole CustomerDetail (contacts, team, countdown,
-- permissions) instead of the peers' record shape: w5.lua without `fields=`.
W5_FIELDS = ""
dofile(os.getenv("BENCH_WRK_DIR") .. "/w5.lua")
