-- wrk driver for the submission benchmark: every request is a new application of another seeded
-- candidate (one application per candidate and exam year), so a token is used once. Threads take
-- disjoint slices of the token file. Run it for a fixed duration with more tokens than it can use: a
-- thread that ran out would repeat its last token and count 409s as non-2xx answers.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(args[2])
  local provinces = {"11","12","13","14","15","21","22","23","31","32","33","34","35","36","37","41","42","43","44",
                     "45","46","50","51","52","53","54","61","62","63","64","65","71","81","82"}
  tokens = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % nthreads == id then table.insert(tokens, line) end
    i = i + 1
  end
  next_token = 1
  bodies = {}
  for k, p in ipairs(provinces) do
    bodies[k] = '{"examCode":"BENCH","examYear":2099,"level":"ASSISTANT","provinceCode":"' .. p ..
      '","commitment":{"chosen":true,"textVersion":"2027.1","items":{"knowsNotice":true,' ..
      '"meetsConditions":true,"informationTrue":true,"acceptsVerification":true}}}'
  end
  provinces_count = #provinces
end

function request()
  local token = tokens[next_token] or tokens[#tokens]
  local body = bodies[(next_token % provinces_count) + 1]
  next_token = next_token + 1
  return wrk.format("POST", "/api/applications",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function done(summary, latency, requests)
  local ok = summary.requests - summary.errors.status - summary.errors.connect - summary.errors.read
             - summary.errors.write - summary.errors.timeout
  io.write(string.format("driver=wrk requests=%d non2xx=%d socket_errors=%d elapsed=%.2fs throughput=%.0f submissions/s " ..
    "p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms\n", summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, ok / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
