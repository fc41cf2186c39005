// A minimal WeChat double for benchmarks: jscode2session answers an openid derived from the code,
// stable_token a fixed token. Node's HTTP server keeps it from being the bottleneck it would be in
// a threaded Python server (about 700 requests/s here).
const http = require('http');

const port = Number(process.argv[2] || 18081);
http.createServer((req, res) => {
  const url = new URL(req.url, 'http://stub');
  let body;
  if (url.pathname === '/sns/jscode2session') {
    body = { openid: 'bench-' + (url.searchParams.get('js_code') || 'anonymous'), session_key: 'bench-session-key' };
  } else if (url.pathname === '/cgi-bin/stable_token') {
    body = { access_token: 'bench-token', expires_in: 7200 };
  } else {
    body = { errcode: 404 };
  }
  req.resume();
  req.on('end', () => {
    const data = JSON.stringify(body);
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(data) });
    res.end(data);
  });
}).listen(port, '127.0.0.1');
