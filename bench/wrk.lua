-- One wrk script for every bench operation (BENCH_OP): deposit, withdrawal, repayment, contribution, manual-entry,
-- statement, loan. Each request targets a random id from BENCH_IDS — an account, a loan, a tontine participant, or for a
-- manual entry the two GL accounts it debits and credits as "debit,credit" (a statement: a random one of its BENCH_PAGES pages) —, carries the bearer token (BENCH_TOKEN) and, for money operations, a unique Idempotency-Key. done() prints one JSON line: requests/s, p50/p99 in ms, errors.
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  ids = {}
  for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
  op = os.getenv("BENCH_OP")
  today = os.getenv("BENCH_TODAY")
  token = "Bearer " .. os.getenv("BENCH_TOKEN")
  pages = tonumber(os.getenv("BENCH_PAGES") or "1")
  counter = 0
  errors = 0
  math.randomseed(os.time() * 1000 + tid)
end

function request()
  counter = counter + 1
  local id = ids[math.random(#ids)]
  local headers = { ["Authorization"] = token, ["Content-Type"] = "application/json",
                    ["Idempotency-Key"] = string.format("bench-%d-%d-%d", os.time(), tid, counter) }
  if op == "deposit" then
    return wrk.format("POST", "/api/v1/accounts/" .. id .. "/deposits", headers, '{"amount":1000,"channel":"Cash"}')
  elseif op == "withdrawal" then
    return wrk.format("POST", "/api/v1/accounts/" .. id .. "/withdrawals", headers, '{"amount":100,"channel":"Cash"}')
  elseif op == "repayment" then
    return wrk.format("POST", "/api/v1/loans/" .. id .. "/repayments", headers,
      '{"amount":100,"channel":"Cash","date":"' .. today .. '"}')
  elseif op == "contribution" then
    return wrk.format("POST", "/api/v1/tontine-participants/" .. id .. "/contributions", headers, '{"days":1,"channel":"Cash"}')
  elseif op == "manual-entry" then
    local debit, credit = id:match("([^,]+),([^,]+)")
    return wrk.format("POST", "/api/v1/journal-entries", headers, '{"valueDate":"' .. today ..
      '","description":"Frais bancaires","reference":"BENCH","lines":[{"glAccountId":"' .. debit .. '","debit":1000},{"glAccountId":"' ..
      credit .. '","credit":1000}]}')
  elseif op == "statement" then
    headers["Idempotency-Key"] = nil
    return wrk.format("GET", "/api/v1/accounts/" .. id .. "/statement?pageSize=50&page=" .. math.random(pages), headers)
  else
    headers["Idempotency-Key"] = nil
    return wrk.format("GET", "/api/v1/loans/" .. id, headers)
  end
end

function response(status, headers, body)
  if status >= 300 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  io.write(string.format('{"rps":%.1f,"p50":%.2f,"p99":%.2f,"errors":%d,"requests":%d}\n',
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, failed, summary.requests))
end
