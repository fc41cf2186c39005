#!/usr/bin/env bash
# A rolling restart under load: two instances of the packaged service behind HAProxy (Debian's), and
# citizens submitting opinions through it for the whole run while each instance in turn gets SIGTERM
# and is started again. Prints, and writes to bench/results/<date>-<host>-rolling-restart.md, how
# many requests failed and how many acknowledged opinions are missing from the database.
#
#   bench/rolling-restart.sh              # 32 connections, 45 s of load
#   SKIP_PACKAGE=1 bench/rolling-restart.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/production-jar.sh

CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-45}
FRONT=18090
PORTS=(18091 18092)
STUB_PORT=18093
DB=liaison_rolling
REDIS_DB=3
PGURL="-h 127.0.0.1 -U postgres"
WORK=$(mktemp -d)
RESULTS=bench/results/$(date +%F-%H%M)-$(hostname)-rolling-restart.md

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; }; }
need wrk wrk
need haproxy haproxy
need node nodejs

declare -A APPS=()
cleanup() {
  for pid in "${APPS[@]}" ${PROXY:-} ${STUB:-}; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -n "${SKIP_PACKAGE:-}" ] || { echo "== packaging"; ./mvnw -B -q package -DskipTests; }

echo "== a fresh database, production-like secrets, the WeChat double"
psql $PGURL -qc "drop database if exists $DB" -c "create database $DB" postgres
production_secrets
node bench/wechat_stub.js "$STUB_PORT" & STUB=$!

start_app() { # instance number (0 or 1): starts it in production mode and waits until it is ready
  local port=${PORTS[$1]}
  production_jar 768m "$port" "$WORK/app-$1.log"
  APPS[$1]=$JAR_PID
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && return 0
    kill -0 "${APPS[$1]}" 2>/dev/null || { cat "$WORK/app-$1.log"; exit 1; }
    sleep 0.25
  done
  echo "instance $1 did not become ready" >&2; exit 1
}

# What a balancer in front of a Kubernetes Service or two VMs does: it asks each instance's
# readiness every second and stops sending to one that says DOWN twice (the service says so for 5 s
# after SIGTERM, then finishes what it has). A connection that fails or closes before any answer is
# retried on the other instance; the Idempotency-Key makes that safe for a submission.
cat > "$WORK/haproxy.cfg" <<EOF
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # Under full load a readiness answer (it asks PostgreSQL, behind the requests) can take a second.
  timeout check 3s
  retries 3
  option redispatch
  retry-on conn-failure empty-response
frontend liaison
  bind 127.0.0.1:$FRONT
  default_backend instances
backend instances
  balance roundrobin
  option httpchk GET /q/health/ready
  default-server inter 1s fall 2 rise 1
  server a 127.0.0.1:${PORTS[0]} check
  server b 127.0.0.1:${PORTS[1]} check
EOF

echo "== two instances and the balancer"
start_app 0
start_app 1
redis-cli -n "$REDIS_DB" flushdb >/dev/null
psql $PGURL -q -v ON_ERROR_STOP=1 -f bench/seed-directory.sql $DB
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 & PROXY=$!
sleep 3
BASE="http://127.0.0.1:$FRONT"
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d '{"code":"citizen-rolling"}' "$BASE/api/v1/auth/wechat-login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

# One submission must be acknowledged before the load, or the numbers below mean nothing.
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H 'Idempotency-Key: rolling-first' \
  -d '{"stationId":1,"kind":"SUGGESTION","title":"滚动重启前的意见","content":"群众反映村口道路坑洼，雨天积水严重。","consentToPublish":true}' \
  "$BASE/api/v1/opinions" || { curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: rolling-first-again' -d '{"stationId":1,"kind":"SUGGESTION","title":"滚动重启前的意见","content":"群众反映村口道路坑洼，雨天积水严重。","consentToPublish":true}' \
  "$BASE/api/v1/opinions"; echo; exit 1; }

echo "== warming up"
cat bench/lua/submit-opinion.lua bench/lua/report.lua bench/lua/statuses.lua > "$WORK/run.lua"
wrk -t2 -c"$CONNECTIONS" -d20s --timeout 10s -s "$WORK/run.lua" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/opinions" >/dev/null
sleep 3 # the warm-up's last submissions are answered before counting
BEFORE=$(psql $PGURL -tAc "select count(*) from opinions" $DB)

restart() { # instance: SIGTERM, wait until it has stopped, start it again
  local started stopped
  started=$(date +%s.%N)
  kill -TERM "${APPS[$1]}"
  wait "${APPS[$1]}" 2>/dev/null || true
  stopped=$(date +%s.%N)
  awk -v i="$1" -v s="$started" -v e="$stopped" 'BEGIN { printf "instance %s stopped %.1f s after SIGTERM\n", i, e - s }' \
    | tee -a "$WORK/events"
  start_app "$1"
  awk -v i="$1" -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "instance %s ready again %.1f s after SIGTERM\n", i, e - s }' \
    | tee -a "$WORK/events"
}

echo "== ${DURATION}s of submissions while each instance restarts in turn"
: > "$WORK/events"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$WORK/run.lua" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/opinions" \
  > "$WORK/wrk.txt" & LOAD=$!
sleep 5
restart 0
sleep 5
restart 1
wait "$LOAD"
sleep 2 # submissions in flight when the load stopped are answered (and counted by the database only)

read -r _ rps p50 p99 errors total <<<"$(grep '^RESULT' "$WORK/wrk.txt")"
AFTER=$(psql $PGURL -tAc "select count(*) from opinions" $DB)
STORED=$((AFTER - BEFORE))
ACKNOWLEDGED=$(awk '/^STATUS 2/ { n += $3 } END { print n + 0 }' "$WORK/wrk.txt")
LOST=$((ACKNOWLEDGED > STORED ? ACKNOWLEDGED - STORED : 0))

{
  echo "# Rolling restart under load — $(date '+%F %H:%M') on $(hostname) ($(nproc) cores)"
  echo
  echo "Two instances of the packaged jar (production profile: readiness DOWN for 5 s after SIGTERM,"
  echo "then up to 30 s for requests in flight) behind HAProxy $(haproxy -v | head -1 | awk '{print $3}'), which asks"
  echo "each one's readiness every second and takes one out after two DOWN answers. $CONNECTIONS connections submit opinions (each with its own"
  echo "Idempotency-Key; a request unanswered after 10 s counts as failed) for ${DURATION} s; instance 0, then instance 1, gets SIGTERM and is started again."
  echo
  sed 's/^/- /' "$WORK/events"
  echo
  echo "| answered | acknowledged (2xx) | failed (non-2xx, timeouts or socket errors) | stored in the database | acknowledged but missing | req/s | p50 ms | p99 ms |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| $total | $ACKNOWLEDGED | $errors | $STORED | $LOST | $rps | $p50 | $p99 |"
  echo
  echo "What the balancer saw: $(grep -o 'Server instances/[ab] is [A-Z]*' "$WORK/haproxy.log" | sed 's/Server instances\///' | paste -sd, - | sed 's/,/, /g')."
  echo
  echo "Answers by status: $(grep '^STATUS' "$WORK/wrk.txt" | awk '{printf "%s%s × %s", sep, $2, $3; sep=", "}')."
  echo
  echo "Stored can exceed acknowledged by the submissions in flight when the load stopped. wrk's own summary:"
  echo
  echo '```'
  grep -v '^RESULT\|^STATUS' "$WORK/wrk.txt"
  echo '```'
} | tee "$RESULTS"
echo "written to $RESULTS"
[ "$errors" = 0 ] && [ "$LOST" = 0 ]
