-- Sign-ins of 10,000 returning citizens: each request a fresh wx.login code for one of them.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  return wrk.format(nil, nil, nil, string.format('{"code":"citizen-%d"}', math.random(1, 10000)))
end
