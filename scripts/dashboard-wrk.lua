-- wrk script for the dashboard API load test (BENCHMARKS.md, monitoring):
--   TARGETS=/tmp/targets.txt wrk -t2 -c100 -d30s -s scripts/dashboard-wrk.lua "$URL"
-- TARGETS is the file written by `tiendo bench dashboard`; requests rotate over its bearer tokens.
local tokens = {}
for line in io.lines(os.getenv("TARGETS")) do
  local t = line:match("^token (.+)$")
  if t then tokens[#tokens + 1] = t end
end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1] })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx/3xx %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f req/s\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
