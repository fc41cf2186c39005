-- The deputies of one of the 144 stations, first page.
request = function()
  return wrk.format("GET", "/api/v1/deputies?stationId=" .. math.random(1, 144))
end
