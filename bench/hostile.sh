#!/usr/bin/env bash
# Replays the hostile mix (bench/lua/hostile.lua) against the packaged jar in rounds and prints the
# service's resident memory and its live heap after each, with the classes whose live instances grew
# most between the first round and the last (a cache or map without a bound shows there).
#
#   bench/hostile.sh                 # 4 rounds of 15 s, 64 connections, the jar in target/
#   ROUNDS=8 DURATION=30 bench/hostile.sh
# Writes what it prints to bench/results/<date>-<host>-hostile.md too.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/production-jar.sh

ROUNDS=${ROUNDS:-4}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18090}
STUB_PORT=${STUB_PORT:-18091}
DB=liaison_bench_hostile
REDIS_DB=6
WORK=$(mktemp -d)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
cleanup() {
  [ -n "${JAR_PID:-}" ] && kill "$JAR_PID" 2>/dev/null || true
  [ -n "${STUB:-}" ] && kill "$STUB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

RESULTS=bench/results/$(date +%F-%H%M)-$(hostname)-hostile.md
exec > >(tee "$RESULTS")
echo "# Hostile mix, $(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, jar at -Xmx512m"
echo
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB" postgres
redis-cli -n "$REDIS_DB" flushdb >/dev/null
production_secrets
node bench/wechat_stub.js "$STUB_PORT" & STUB=$!
production_jar 512m "$PORT" "$WORK/app.log"
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done

rss_mb() { echo $(( $(ps -o rss= -p "$JAR_PID") / 1024 )); }
# A full collection first, so that what is counted is what is held, not what waits to be collected.
live_histogram() { jcmd "$JAR_PID" GC.class_histogram > "$1"; }
heap_mb() { awk '/^Total/ {printf "%d", $3 / 1048576}' "$1"; }
# The answers by status (statuses.lua after report.lua, as bench/run.sh counts them).
cat bench/lua/hostile.lua bench/lua/report.lua bench/lua/statuses.lua > "$WORK/run.lua"
statuses() { awk '/^STATUS/ {n += $3; if ($2 >= 500) bad += $3; codes = codes " " $2 "×" $3} END {printf "%d answers, %d of them 5xx:%s", n, bad, codes}' "$WORK/wrk.log"; }

wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/run.lua" "http://127.0.0.1:$PORT" > "$WORK/wrk.log" 2>&1 # warm-up
live_histogram "$WORK/h0"
printf '| round | RSS MB | live heap MB | answers |\n|---|---|---|---|\n'
printf '| after warm-up | %s | %s | %s |\n' "$(rss_mb)" "$(heap_mb "$WORK/h0")" "$(statuses)"
for round in $(seq 1 "$ROUNDS"); do
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$WORK/run.lua" "http://127.0.0.1:$PORT" > "$WORK/wrk.log" 2>&1
  live_histogram "$WORK/h$round"
  printf '| %s | %s | %s | %s |\n' "$round" "$(rss_mb)" "$(heap_mb "$WORK/h$round")" "$(statuses)"
done
echo
echo "Classes whose live bytes grew most from the warm-up to the last round:"
join -1 1 -2 1 <(awk 'NR>3 && $4 {print $4, $3}' "$WORK/h0" | sort) <(awk 'NR>3 && $4 {print $4, $3}' "$WORK/h$ROUNDS" | sort) \
  | awk '{d = $3 - $2; if (d > 0) printf "%10d  %s\n", d, $1}' | sort -rn | head -15
echo
echo "WARN/ERROR lines the service logged: $(grep -cE 'WARN|ERROR' "$WORK/app.log" || true)"
grep -E 'WARN|ERROR' "$WORK/app.log" | cut -c1-200 | sort | uniq -c | head -5
