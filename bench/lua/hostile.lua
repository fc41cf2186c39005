-- What an attacker or a broken client sends, in turn: cut and raw escapes, braces, ids that are no
-- ids, garbage and oversized JSON, wrong content types, forged tokens, headers of 16 kB, unknown
-- methods, random cursors. Every answer must be a 4xx problem, but for the 16 kB header, which is within the
-- limit and so an ordinary read (the report counts the 4xx as errors;
-- what matters here is that none is a 5xx and that the memory stays where it was).
local n = 0
local big = string.rep("x", 16 * 1024)
local requests = {
  function() return wrk.format("GET", "/api/v1/stations?q=%E5%8C") end,
  function() return wrk.format("GET", "/api/v1/stations?q={}") end,
  function() return wrk.format("GET", "/api/v1/stations/[1]") end,
  function() return wrk.format("GET", "/api/v1/stations/" .. math.random(1, 1e9) .. "9999999999999") end,
  function() return wrk.format("GET", "/api/v1/public/opinions?cursor=" .. math.random(1, 1e9)) end,
  function() return wrk.format("POST", "/api/v1/auth/wechat-login", { ["Content-Type"] = "application/json" }, "{\"code\":") end,
  function() return wrk.format("POST", "/api/v1/auth/wechat-login", { ["Content-Type"] = "text/plain" }, "code=1") end,
  function() return wrk.format("POST", "/api/v1/auth/password-login", { ["Content-Type"] = "application/json" },
      "{\"username\":\"" .. big .. "\",\"password\":\"x\"}") end,
  function() return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer eyJhbGciOiJub25lIn0.e30." .. math.random(1, 1e9) }) end,
  function() return wrk.format("GET", "/api/v1/regions", { ["X-Anything-" .. math.random(1, 1e9)] = big }) end,
  function() return wrk.format("BREW", "/api/v1/regions") end,
  function() return wrk.format("GET", "/api/v1/no/such/" .. math.random(1, 1e9)) end,
}
request = function()
  n = n + 1
  return requests[(n % #requests) + 1]()
end
