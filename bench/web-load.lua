-- wrk script for bench/web-load.sh: rotates over catalog pages and prints the 95th percentile,
-- which wrk's own --latency table (50/75/90/99) does not show.
local paths = {
  "/matrix",
  "/id/M-ADVERSARIAL-ATTACKS",
  "/matrix?objective=HHH&framework=MITRE-ATLAS",
  "/search?q=benchmark",
  "/r/1.0.0/cell/PH-SELECTION/AP-HIDDEN-CHARACTERISTICS/RM-SCREENING",
  "/releases/1.0.0",
}
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
  io.write(string.format("p99 latency: %.2f ms\n", latency:percentile(99) / 1000))
  io.write(string.format("requests: %d, errors (non-2xx/3xx or socket): %d\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
