-- wrk script for registry-bench.sh: "20 nearest units available now with capability X" at query points
-- drawn uniformly from the same seeded list pgbench uses (POINTS: a CSV of id,latitude,longitude).
-- wrk is a lean C load generator like pgbench, so both sides of the eight-client comparison spend about
-- the same small CPU on the client (registry-bench.sh prints each side's share per query).
local points = {}
for line in io.lines(os.getenv("POINTS")) do
  local lat, lon = line:match("^[^,]+,([^,]+),([^,]+)")
  if lat then
    points[#points + 1] = "/api/units/nearest?lat=" .. lat .. "&lon=" .. lon .. "&n=20&capability="
        .. os.getenv("CAPABILITY")
  end
end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("SAMVERKAN_TOKEN")
wrk.headers["Accept"] = "application/json"

function request()
  return wrk.format("GET", points[math.random(#points)])
end

-- Each wrk thread has its own Lua state: give each its own random sequence.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("seed", threads)
end

function init(args)
  math.randomseed(seed)
end
