-- wrk script for first-time questions: walks a list of POST /api/ask bodies (BENCH_REQUESTS, one JSON body a
-- line, each a question the service has not been asked) without repeating one within the run: thread k of
-- BENCH_THREADS sends lines k+1, k+1+T, k+1+2T, … so no two threads share a line. Should a thread run out of
-- lines it starts its share again, and done() counts those repeats (0 in a valid run: give each run enough).
-- done() prints one JSON line like questions.lua's, plus "sent" (lines taken) and "repeats".
local lines = {}
for line in io.lines(os.getenv("BENCH_REQUESTS")) do
  lines[#lines + 1] = line
end
local headers = { ["Content-Type"] = "application/json" }
local stride = tonumber(os.getenv("BENCH_THREADS") or "1")
local first, pos = 1, 1
sent, repeats = 0, 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  first = (tonumber(wrk.thread:get("id")) or 0) + 1
  pos = first
end

function request()
  if pos > #lines then
    pos = first
  end
  local body = lines[pos]
  pos = pos + stride
  sent = sent + 1
  if sent > math.ceil((#lines - first + 1) / stride) then
    repeats = repeats + 1
  end
  return wrk.format("POST", "/api/ask", headers, body)
end

function done(summary, latency, requests)
  local total_sent, total_repeats = 0, 0
  for _, t in ipairs(threads) do
    total_sent = total_sent + (tonumber(t:get("sent")) or 0)
    total_repeats = total_repeats + (tonumber(t:get("repeats")) or 0)
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f},"sent":%d,"repeats":%d,' ..
    '"questions":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean, total_sent, total_repeats, #lines))
end
