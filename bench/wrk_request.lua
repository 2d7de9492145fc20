-- wrk script for the Lagom API: every request carries the bearer token (LAGOM_TOKEN); with
-- LAGOM_BODY set it is a POST of that JSON body.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("LAGOM_TOKEN")
local body = os.getenv("LAGOM_BODY")
if body then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
