-- For wrk: sends each request with the next of the signed-in sessions listed in the file named by
-- LOAD_COOKIES (one Cookie header per line; none when it is not set), and prints the run's figures
-- on one line: requests per second, then the 50th, 95th and 99th percentiles in milliseconds, the
-- answers that were not 200 (a redirect to the sign-in page is a failure too), and the requests made.
local cookies = {}
local sent = 0
local threads = {}
-- Global, not local: wrk reads each thread's count with thread:get, which sees only globals.
refused = 0

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    local file = os.getenv("LOAD_COOKIES")
    if file and file ~= "" then
        for line in io.lines(file) do
            table.insert(cookies, line)
        end
    end
end

function request()
    sent = sent + 1
    local headers = {}
    if #cookies > 0 then
        headers["Cookie"] = cookies[(sent % #cookies) + 1]
    end
    return wrk.format("GET", nil, headers)
end

function response(status, headers, body)
    if status ~= 200 then
        refused = refused + 1
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("refused")
    end
    io.write(string.format("FIGURES %.1f %.1f %.1f %.1f %d %d\n",
        summary.requests / (summary.duration / 1000000),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        failed, summary.requests))
end
