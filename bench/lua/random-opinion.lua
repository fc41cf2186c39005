-- One opinion among the first million, as staff open them from the queue.
request = function()
  return wrk.format("GET", "/api/v1/opinions/" .. math.random(1, 1000000))
end
