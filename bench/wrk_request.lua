-- wrk script for the Lagom API: every request carries the bearer token (LAGOM_TOKEN); with
-- LAGOM_BODY set it is a POST of that JSON body; with LAGOM_KEY_PREFIX set as well, each
-- request has an Idempotency-Key of its own (prefix-thread-n), so that every post is a new
-- write and none is answered as a replay.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LAGOM_TOKEN")
local body = os.getenv("LAGOM_BODY")
if body then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

local prefix = os.getenv("LAGOM_KEY_PREFIX")
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

if prefix then
  local sent = 0
  request = function()
    sent = sent + 1
    wrk.headers["Idempotency-Key"] = prefix .. "-" .. thread_number .. "-" .. sent
    return wrk.format()
  end
end
