-- A citizen submitting opinions, each with a fresh Idempotency-Key (as a new tap would).
local counter = 0
request = function()
  counter = counter + 1
  -- thread_id, when a script's setup() gives one, keeps two threads (whose random sequences are
  -- the same) from sending the same key in the same second.
  local key = string.format("bench-%d-%d-%d-%d", thread_id or 0, os.time(), math.random(1, 1000000000), counter)
  local body = string.format('{"stationId":%d,"kind":"SUGGESTION","title":"压力测试意见第%d条",'
    .. '"content":"群众反映村口道路坑洼，雨天积水严重，希望尽快修缮。%s","consentToPublish":true}',
    math.random(1, 144), counter, key)
  return wrk.format("POST", "/api/v1/opinions",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = key, ["Authorization"] = wrk.headers["Authorization"]}, body)
end
