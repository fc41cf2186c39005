-- One of the county's 144 stations, as citizens open them.
request = function()
  return wrk.format("GET", "/api/v1/stations/" .. math.random(1, 144))
end
