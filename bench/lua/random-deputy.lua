-- One of the county's 2,000 deputies.
request = function()
  return wrk.format("GET", "/api/v1/deputies/" .. math.random(1, 2000))
end
