-- For wrk: sends each request with the next of the signed-in sessions listed in the file named by
-- LOAD_COOKIES (one Cookie header per line; none when it is not set), and prints the run's figures
-- on one line: requests per second, then the 50th, 95th and 99th percentiles in milliseconds, the
-- answers that were not 2xx or 3xx, and the requests made.
local cookies = {}
local sent = 0

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

function done(summary, latency, requests)
    io.write(string.format("FIGURES %.1f %.1f %.1f %.1f %d %d\n",
        summary.requests / (summary.duration / 1000000),
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.errors.status, summary.requests))
end
