-- Peer workload W2 with our whole Customer (38 keys, joined names, reclaim countdown) in each
-- item instead of the peers' record shape: w2.lua without `fields=`.
W2_FIELDS = ""
dofile(os.getenv("BENCH_WRK_DIR") .. "/w2.lua")
