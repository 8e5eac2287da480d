-- wrk script: sends the dev questions in a fixed order, round robin, one per request.
-- BENCH_REQUESTS names a file with one request a line: a JSON body for POST /api/ask, or a path
-- (/api/search?q=...) for GET. done() prints one JSON line with the counts and latency percentiles (µs).
local lines = {}
for line in io.lines(os.getenv("BENCH_REQUESTS")) do
  lines[#lines + 1] = line
end
local post = string.sub(lines[1], 1, 1) == "{"
local headers = { ["Content-Type"] = "application/json" }
local next_line = 0

function init(args)
  -- Each thread starts elsewhere in the list so threads do not ask the same question at once.
  next_line = (tonumber(wrk.thread:get("id")) or 0) * 17
end

function setup(thread)
  setup_count = (setup_count or 0)
  thread:set("id", setup_count)
  setup_count = setup_count + 1
end

function request()
  next_line = next_line % #lines + 1
  if post then
    return wrk.format("POST", "/api/ask", headers, lines[next_line])
  end
  return wrk.format("GET", lines[next_line])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
