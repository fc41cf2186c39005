#!/usr/bin/env bash
# Benchmarks the packaged service on this machine and prints a table; also writes it to
# bench/results/<date>-<host>.md. Every ratio is measured in the same run, against the framework's
# own ceiling (a trivial endpoint) and the raw limits (pgbench with the same SQL, redis-benchmark).
#
#   bench/run.sh            # 15 s per scenario, 64 connections
#   DURATION=30 bench/run.sh
#   OPINIONS=10000 bench/run.sh   # the opinion lists at ten thousand instead of a million
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/production-jar.sh

DURATION=${DURATION:-15}
OPINIONS=${OPINIONS:-1000000}
SUGGESTIONS=${SUGGESTIONS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18080}
STUB_PORT=${STUB_PORT:-18081}
DB=liaison_bench
REDIS_DB=2
PGURL="-h 127.0.0.1 -U postgres"
WORK=$(mktemp -d)
RESULTS=bench/results/$(date +%F-%H%M)-$(hostname)-$OPINIONS-opinions.md

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v node >/dev/null || { apt-get update -qq && apt-get install -y -qq nodejs; }

cleanup() {
  [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null || true
  [ -n "${STUB:-}" ] && kill "$STUB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== packaging"
./mvnw -B -q package -DskipTests

echo "== a fresh database and production-like secrets"
psql $PGURL -qc "drop database if exists $DB" -c "create database $DB" postgres
production_secrets

node bench/wechat_stub.js "$STUB_PORT" & STUB=$!

start_app() { # max heap
  : > "$WORK/app.log"
  production_jar "$1" "$PORT" "$WORK/app.log"; APP=$JAR_PID
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && return 0
    kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.5
  done
}
echo "== starting the jar"
start_app 1g
redis-cli -n "$REDIS_DB" flushdb >/dev/null
psql $PGURL -q -v ON_ERROR_STOP=1 -f bench/seed-directory.sql $DB
COUNTY=$(psql $PGURL -tAc "select id from regions where code = 'BENCH'" $DB)
echo "== seeding $OPINIONS opinions and their events"
SEED_START=$(date +%s)
psql $PGURL -q -v ON_ERROR_STOP=1 -v n="$OPINIONS" -f bench/seed-opinions.sql $DB
SEED_SECONDS=$(( $(date +%s) - SEED_START ))
echo "== seeding $SUGGESTIONS deputy suggestions"
psql $PGURL -q -v ON_ERROR_STOP=1 -v n="$SUGGESTIONS" -f bench/seed-suggestions.sql $DB

BASE="http://127.0.0.1:$PORT"
run_wrk() { # name, script-or-empty, url, [connections], [extra wrk args...]
  local name=$1 script=$2 url=$3 conns=${4:-$CONNECTIONS}; shift 4 || shift $#
  cat ${script:+bench/lua/$script} bench/lua/report.lua > "$WORK/run.lua"
  local line
  line=$(wrk -t2 -c"$conns" -d"${DURATION}s" --latency -s "$WORK/run.lua" "$@" "$url" | grep '^RESULT')
  read -r _ rps p50 p99 errors total <<<"$line"
  printf '| %-34s | %5s | %10s | %8s | %8s | %6s |\n' "$name" "$conns" "$rps" "$p50" "$p99" "$errors" | tee -a "$WORK/table"
  eval "RPS_${name//[^a-zA-Z0-9]/_}=$rps"
}

access_token() { # path, JSON body: the access token of a sign-in
  curl -sf -H 'Content-Type: application/json' -d "$2" "$BASE$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
TOKEN=$(access_token /api/v1/auth/wechat-login '{"code":"citizen-1"}')

ADMIN_TOKEN=$(access_token /api/v1/auth/password-login '{"username":"admin","password":"bench-admin-password"}')

# A county's sensitive-word list of a thousand words, none in the submitted texts: every submission
# pays for folding its text (NFKC, case, traditional to simplified, separators) and one pass over it.
python3 -c 'import json; print(json.dumps(["敏感词%04d" % i for i in range(1000)]))' \
  | curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' -d @- \
    "$BASE/api/v1/admin/sensitive-words"

# A township's staff member: every real staff account has a scope, and its queue is planned for it.
TOWNSHIP=$(psql $PGURL -tAc "select id from regions where code = 'BENCH-3'" $DB)
curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' -H 'Idempotency-Key: bench-staff' \
  -d "{\"username\":\"township\",\"displayName\":\"镇工作人员\",\"password\":\"bench-staff-password\",\"role\":\"STAFF\",\"regionId\":$TOWNSHIP}" \
  "$BASE/api/v1/admin/staff"
STAFF_TOKEN=$(access_token /api/v1/auth/password-login '{"username":"township","password":"bench-staff-password"}')

# Requests over many published opinions and over every township's figures and board, as the public reads them;
# opinions opened from the queue are any of those in the database, at either size.
OPINIONS_LUA=bench/lua/generated-opinions.lua
printf 'request = function() return wrk.format("GET", "/api/v1/opinions/" .. math.random(%s)) end\n' \
  "$(psql $PGURL -tAc "select min(id) || ', ' || max(id) from opinions" $DB)" > "$OPINIONS_LUA"
PUBLISHED_LUA=bench/lua/generated-published.lua
REGIONS_LUA=bench/lua/generated-regions.lua
BOARDS_LUA=bench/lua/generated-boards.lua
printf 'local ids = {%s}\nrequest = function() return wrk.format("GET", "/api/v1/public/opinions/" .. ids[math.random(#ids)]) end\n' \
  "$(psql $PGURL -tAc "select string_agg(id::text, ',') from (select id from opinions where published_at is not null order by random() limit 2000) x" $DB)" \
  > "$PUBLISHED_LUA"
TOWNSHIPS=$(psql $PGURL -tAc "select string_agg(id::text, ',') from regions where parent_id = $COUNTY" $DB)
printf 'local ids = {%s}\nrequest = function() return wrk.format("GET", "/api/v1/public/stats?regionId=" .. ids[math.random(#ids)]) end\n' \
  "$TOWNSHIPS" > "$REGIONS_LUA"
printf 'local ids = {%s}\nrequest = function() return wrk.format("GET", "/api/v1/public/opinions?regionId=" .. ids[math.random(#ids)]) end\n' \
  "$TOWNSHIPS" > "$BOARDS_LUA"

SUGGESTIONS_LUA=bench/lua/generated-suggestions.lua
printf 'request = function() return wrk.format("GET", "/api/v1/suggestions/" .. math.random(%s)) end\n' \
  "$(psql $PGURL -tAc "select min(id) || ', ' || max(id) from suggestions" $DB)" > "$SUGGESTIONS_LUA"

echo "== warming up (the JIT compiles the hot paths; cold numbers are half the warm ones)"
for _ in 1 2; do
  wrk -t2 -c64 -d5s -s bench/lua/submit-opinion.lua -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/opinions" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/staff/opinions" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/staff/opinions?state=IN_PROGRESS&stationId=7&limit=10" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/staff/opinions?q=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/staff/opinions?q=%E5%B9%B8%E7%A6%8F" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me/opinions" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $STAFF_TOKEN" "$BASE/api/v1/staff/opinions" >/dev/null
  wrk -t2 -c64 -d5s -s "$OPINIONS_LUA" -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/opinions" >/dev/null
  wrk -t2 -c64 -d8s "$BASE/q/health/live" >/dev/null
  wrk -t2 -c64 -d8s -s bench/lua/wechat-login.lua "$BASE/api/v1/auth/wechat-login" >/dev/null
  wrk -t2 -c64 -d8s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me" >/dev/null
  wrk -t2 -c64 -d5s -s bench/lua/random-station.lua "$BASE/api/v1/stations" >/dev/null
  wrk -t2 -c64 -d5s -s bench/lua/random-deputy.lua "$BASE/api/v1/deputies" >/dev/null
  wrk -t2 -c64 -d5s "$BASE/api/v1/public/opinions" >/dev/null
  wrk -t2 -c64 -d5s -s "$PUBLISHED_LUA" "$BASE/api/v1/public/opinions" >/dev/null
  wrk -t2 -c64 -d5s -s "$BOARDS_LUA" "$BASE/api/v1/public/opinions" >/dev/null
  wrk -t2 -c64 -d5s "$BASE/api/v1/public/opinions/similar?text=%E8%B7%AF%E7%81%AF&stationId=7" >/dev/null
  wrk -t2 -c64 -d5s -s "$REGIONS_LUA" "$BASE/api/v1/public/stats" >/dev/null
  wrk -t2 -c64 -d5s "$BASE/api/v1/public/stats" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/staff/stats" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $ADMIN_TOKEN" -H "Accept-Encoding: gzip" "$BASE/api/v1/staff/stats" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/staff/suggestions" >/dev/null
  wrk -t2 -c64 -d5s -H "Authorization: Bearer $STAFF_TOKEN" "$BASE/api/v1/staff/suggestions" >/dev/null
  wrk -t2 -c64 -d5s -s "$SUGGESTIONS_LUA" -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/suggestions" >/dev/null
  wrk -t2 -c64 -d5s "$BASE/api/v1/public/suggestions" >/dev/null
done

echo "== load (${DURATION}s each)"
: > "$WORK/table"
run_wrk "ceiling: GET /q/health/live" "" "$BASE/q/health/live" "$CONNECTIONS"
run_wrk "POST /api/v1/auth/wechat-login" wechat-login.lua "$BASE/api/v1/auth/wechat-login" "$CONNECTIONS"
run_wrk "GET /api/v1/me" "" "$BASE/api/v1/me" "$CONNECTIONS" -H "Authorization: Bearer $TOKEN"
run_wrk "POST /api/v1/auth/password-login" password-login.lua "$BASE/api/v1/auth/password-login" 4
run_wrk "GET /api/v1/stations?regionId" "" "$BASE/api/v1/stations?regionId=$COUNTY" "$CONNECTIONS"
run_wrk "GET /api/v1/stations/{id}" random-station.lua "$BASE/api/v1/stations" "$CONNECTIONS"
run_wrk "GET /api/v1/deputies?stationId" station-deputies.lua "$BASE/api/v1/deputies" "$CONNECTIONS"
run_wrk "GET /api/v1/deputies/{id}" random-deputy.lua "$BASE/api/v1/deputies" "$CONNECTIONS"
run_wrk "POST /api/v1/opinions" submit-opinion.lua "$BASE/api/v1/opinions" "$CONNECTIONS" -H "Authorization: Bearer $TOKEN"
run_wrk "GET /api/v1/me/opinions" "" "$BASE/api/v1/me/opinions" "$CONNECTIONS" -H "Authorization: Bearer $TOKEN"
run_wrk "GET /api/v1/staff/opinions" "" "$BASE/api/v1/staff/opinions" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/staff/opinions (a township's staff)" "" "$BASE/api/v1/staff/opinions" "$CONNECTIONS" -H "Authorization: Bearer $STAFF_TOKEN"
# Ten a page: at ten thousand opinions the station has only about 14 in progress, and the sizes are
# compared for the same work (a page of 20 at a million and of 14 at ten thousand differ by 15%).
run_wrk "GET /api/v1/staff/opinions?state&stationId&limit=10" "" "$BASE/api/v1/staff/opinions?state=IN_PROGRESS&stationId=7&limit=10" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/staff/opinions?q" "" "$BASE/api/v1/staff/opinions?q=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/staff/opinions?q (rare phrase)" "" "$BASE/api/v1/staff/opinions?q=%E7%BC%96%E5%8F%B7123457" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
# Most Chinese words are two characters, too short for a trigram: 幸福 is in no seeded opinion.
run_wrk "GET /api/v1/staff/opinions?q (two-character word)" "" "$BASE/api/v1/staff/opinions?q=%E5%B9%B8%E7%A6%8F" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/opinions/{id}" "$(basename "$OPINIONS_LUA")" "$BASE/api/v1/opinions" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/public/opinions" "" "$BASE/api/v1/public/opinions" "$CONNECTIONS"
run_wrk "GET /api/v1/public/opinions?order=MOST_SUPPORTED" "" "$BASE/api/v1/public/opinions?order=MOST_SUPPORTED" "$CONNECTIONS"
run_wrk "GET /api/v1/public/opinions?stationId" "" "$BASE/api/v1/public/opinions?stationId=13" "$CONNECTIONS"
run_wrk "GET /api/v1/public/opinions?regionId" "$(basename "$BOARDS_LUA")" "$BASE/api/v1/public/opinions" "$CONNECTIONS"
run_wrk "GET /api/v1/public/opinions/{id}" "$(basename "$PUBLISHED_LUA")" "$BASE/api/v1/public/opinions" "$CONNECTIONS"
run_wrk "GET /api/v1/public/opinions/similar" "" "$BASE/api/v1/public/opinions/similar?text=%E5%B0%8F%E5%8C%BA%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE&stationId=4" "$CONNECTIONS"
run_wrk "GET /api/v1/public/opinions/similar (board)" "" "$BASE/api/v1/public/opinions/similar?text=%E5%B0%8F%E5%8C%BA%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE" "$CONNECTIONS"
run_wrk "GET /api/v1/public/stats" "" "$BASE/api/v1/public/stats" "$CONNECTIONS"
run_wrk "GET /api/v1/public/stats?regionId" "$(basename "$REGIONS_LUA")" "$BASE/api/v1/public/stats" "$CONNECTIONS"
run_wrk "GET /api/v1/staff/stats" "" "$BASE/api/v1/staff/stats" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
# The console's browser always accepts gzip, and the figures are kept gzipped beside the plain JSON.
run_wrk "GET /api/v1/staff/stats (gzip, as browsers ask)" "" "$BASE/api/v1/staff/stats" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN" -H "Accept-Encoding: gzip, deflate, br"
run_wrk "GET /api/v1/staff/suggestions" "" "$BASE/api/v1/staff/suggestions" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/staff/suggestions (township)" "" "$BASE/api/v1/staff/suggestions" "$CONNECTIONS" -H "Authorization: Bearer $STAFF_TOKEN"
run_wrk "GET /api/v1/staff/suggestions?state" "" "$BASE/api/v1/staff/suggestions?state=ASSIGNED" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/suggestions/{id}" "$(basename "$SUGGESTIONS_LUA")" "$BASE/api/v1/suggestions" "$CONNECTIONS" -H "Authorization: Bearer $ADMIN_TOKEN"
run_wrk "GET /api/v1/public/suggestions" "" "$BASE/api/v1/public/suggestions" "$CONNECTIONS"
# Hostile requests, random ids and headers in each: the service's memory after them must be where it was.
rss_mb() { echo $(( $(ps -o rss= -p "$APP") / 1024 )); }
RSS_BEFORE_HOSTILE=$(rss_mb)
run_wrk "hostile mix (all 4xx expected)" hostile.lua "$BASE" "$CONNECTIONS"
run_wrk "hostile mix, again" hostile.lua "$BASE" "$CONNECTIONS"
RSS_AFTER_HOSTILE=$(rss_mb)

echo "== raw limits, same machine, same run"
pg_tps() { # script, [pgbench options]: its transactions a second; pgbench's own words when it fails (too few max_connections left?)
  local script=$1; shift
  pgbench $PGURL -n -c "$CONNECTIONS" -j 2 -T "$DURATION" "$@" -f "$script" $DB > "$WORK/pgbench.log" 2>&1 || { tail -5 "$WORK/pgbench.log" >&2; exit 1; }
  awk '/^tps/ {printf "%.0f\n", $3}' "$WORK/pgbench.log"
}
PG_ME=$(pg_tps bench/pgbench-me.sql)
PG_LOGIN=$(pg_tps bench/pgbench-login.sql)
PG_SUBMIT=$(pg_tps bench/pgbench-submit.sql)
# The staff queue's SQL with PostgreSQL alone on the machine: no service, no wrk. Searches with the
# searches pool's connections and settings, the queue with the default pool's.
pg_search_tps() { # script, phrase, the pieces the service asks the index for
  PGOPTIONS='-c plan_cache_mode=force_generic_plan' pg_tps "$1" -M prepared -c 8 -D "pattern=%$2%" -D "pieces={$3}"
}
PG_QUEUE=$(pg_tps bench/pgbench-queue.sql -M prepared -c 24)
PG_SUGGESTIONS=$(pg_tps bench/pgbench-suggestions.sql -M prepared -c 24)
PG_SEARCH_COMMON=$(pg_search_tps bench/pgbench-search.sql 路灯不亮 "")
# The three runs of four that the statistics do not list, as GramStatistics picks them.
PG_SEARCH_RARE=$(pg_search_tps bench/pgbench-search-rare.sql 编号123457 "1234,2345,3457")
PG_SEARCH_SHORT=$(pg_search_tps bench/pgbench-search-short.sql 幸福 "幸福")
PLANS=$(psql $PGURL -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where o.region_path like '/1/%' order by o.due_at, o.id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where split_part(o.region_path, '/', 3) = '$TOWNSHIP' order by o.due_at, o.id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where o.state = 'IN_PROGRESS' and o.station_id = 7 order by o.due_at, o.id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where (o.title like '%路灯不亮%' or o.content like '%路灯不亮%') order by o.due_at, o.id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select * from (select id, due_at from opinions o where opinion_quads(o.title, o.content) @> array['1234', '2345', '3457'] and (o.title like '%编号123457%' or o.content like '%编号123457%') offset 0) o order by o.due_at, o.id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select * from (select id, due_at from opinions o where opinion_grams(o.title, o.content) @> array['幸福'] and (o.title like '%幸福%' or o.content like '%幸福%') offset 0) o order by o.due_at, o.id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions where submitter_id = 10002 and id < 9223372036854775807 order by id desc limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where o.published_at is not null order by o.published_at desc, o.id desc limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where o.published_at is not null and o.station_id = 13 order by o.published_at desc, o.id desc limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where o.published_at is not null and split_part(o.region_path, '/', 3) = '$TOWNSHIP' order by o.published_at desc, o.id desc limit 21" \
  -c "set pg_trgm.similarity_threshold = 0.2" \
  -c "set plan_cache_mode = force_generic_plan" \
  -c "prepare similar_at_station(text, bigint) as select id from opinions o where o.station_id = \$2 and (o.published_at is not null or (o.state in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REPLIED') and o.consent_to_publish and not o.confidential and not o.anonymous)) and o.title % \$1 order by o.title <-> \$1 limit 5" \
  -c "explain (analyze, costs off, timing off, summary off) execute similar_at_station('小区路灯不亮', 4)" \
  -c "explain (analyze, costs off, timing off, summary off) select id from opinions o where o.published_at is not null and o.public_title % '小区路灯不亮' order by o.public_title <-> '小区路灯不亮' limit 5" \
  -c "explain (analyze, costs off, timing off, summary off) select id from suggestions where submitted_at is not null order by due_key, id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from suggestions where submitted_at is not null and region_path like '$(psql $PGURL -tAc "select path from regions where id = $TOWNSHIP" $DB)%' order by due_key, id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from suggestions where submitted_at is not null and state = 'ASSIGNED' order by due_key, id limit 21" \
  -c "explain (analyze, costs off, timing off, summary off) select id from suggestions where published_at is not null order by published_at desc, id desc limit 21" $DB)
echo "== export of every opinion as CSV, the service restarted with a 256 MB heap"
kill "$APP"; wait "$APP" 2>/dev/null || true
# What the service logged under load, so that a line's errors can be explained after the run.
WARNINGS=$({ grep -E 'WARN|ERROR' "$WORK/app.log" || true; } | { grep -v 'has been already registered' || true; } | sed -E 's/^[0-9:.]+ //' | sort | uniq -c | sort -rn | head -10)
start_app 256m
ADMIN_TOKEN=$(access_token /api/v1/auth/password-login '{"username":"admin","password":"bench-admin-password"}')
heap_used() { curl -sf "$BASE/q/metrics" | grep '^jvm_memory_used_bytes' | grep 'area="heap"' | awk '{s += $NF} END {printf "%d", s}'; }
HEAP_IDLE_MB=$(( $(heap_used) / 1048576 ))
# Downloads $1 into $2 while sampling the heap every 0.2 s; sets SECONDS_TAKEN and HEAP_PEAK_MB.
measure_export() {
  local start; start=$(date +%s.%N)
  curl -sf -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE$1" -o "$2" & local download=$!
  local peak=0
  while kill -0 "$download" 2>/dev/null; do
    used=$(heap_used || echo 0); [ "$used" -gt "$peak" ] && peak=$used
    sleep 0.2
  done
  wait "$download"
  SECONDS_TAKEN=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
  HEAP_PEAK_MB=$(( peak / 1048576 ))
}
measure_export /api/v1/staff/opinions/export "$WORK/export.csv"
EXPORT_SECONDS=$SECONDS_TAKEN EXPORT_HEAP_MB=$HEAP_PEAK_MB
EXPORT_ROWS=$(( $(wc -l < "$WORK/export.csv") - 1 ))
EXPORT_MB=$(( $(stat -c %s "$WORK/export.csv") / 1048576 ))
echo "== the same export as an Excel workbook, same 256 MB heap"
measure_export /api/v1/staff/opinions/export/xlsx "$WORK/export.xlsx"
XLSX_SECONDS=$SECONDS_TAKEN XLSX_HEAP_MB=$HEAP_PEAK_MB
XLSX_MB=$(( $(stat -c %s "$WORK/export.xlsx") / 1048576 ))

REDIS=$(redis-benchmark -h 127.0.0.1 -n 200000 -c "$CONNECTIONS" -q -t get,set 2>/dev/null | tr '\r' '\n' | awk '/requests per second/ {printf "%s %s ", $1, $2}')

ratio() { python3 -c "print(f'{float($1)/float($2):.2f}')"; }
{
  echo "# Benchmark $(date -Is) on $(hostname): $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo
  echo "wrk -t2, ${DURATION}s per line; latencies in ms; errors are non-2xx answers and socket errors."
  echo
  echo "| scenario                           | conns |      req/s |  p50 ms  |  p99 ms  | errors |"
  echo "|------------------------------------|-------|------------|----------|----------|--------|"
  cat "$WORK/table"
  echo
  echo "| raw limit (same SQL / same store)            | per second |"
  echo "|----------------------------------------------|------------|"
  echo "| pgbench, GET /me's two queries ($CONNECTIONS clients) | $PG_ME |"
  echo "| pgbench, WeChat sign-in's upsert + select     | $PG_LOGIN |"
  echo "| pgbench, a submission's SQL transaction       | $PG_SUBMIT |"
  echo "| pgbench, the staff queue's SQL (24 clients, as its pool) | $PG_QUEUE |"
  echo "| pgbench, the suggestion queue's SQL (24 clients) | $PG_SUGGESTIONS |"
  echo "| pgbench, its text search, common phrase (8 clients, as the searches pool) | $PG_SEARCH_COMMON |"
  echo "| pgbench, its text search, rare phrase (8 clients) | $PG_SEARCH_RARE |"
  echo "| pgbench, its text search, two-character word (8 clients) | $PG_SEARCH_SHORT |"
  echo "| redis-benchmark (GET/SET)                     | $REDIS |"
  echo
  echo "| ratio | value |"
  echo "|-------|-------|"
  echo "| GET /me ÷ framework ceiling | $(ratio "$RPS_GET__api_v1_me" "$RPS_ceiling__GET__q_health_live") |"
  echo "| station list (cached) ÷ ceiling | $(ratio "$RPS_GET__api_v1_stations_regionId" "$RPS_ceiling__GET__q_health_live") |"
  echo "| station (cached) ÷ ceiling | $(ratio "$RPS_GET__api_v1_stations__id_" "$RPS_ceiling__GET__q_health_live") |"
  echo "| deputy list (cached) ÷ ceiling | $(ratio "$RPS_GET__api_v1_deputies_stationId" "$RPS_ceiling__GET__q_health_live") |"
  echo "| deputy (cached) ÷ ceiling | $(ratio "$RPS_GET__api_v1_deputies__id_" "$RPS_ceiling__GET__q_health_live") |"
  echo "| GET /me ÷ pgbench of its SQL | $(ratio "$RPS_GET__api_v1_me" "$PG_ME") |"
  echo "| wechat-login ÷ pgbench of its SQL | $(ratio "$RPS_POST__api_v1_auth_wechat_login" "$PG_LOGIN") |"
  echo "| submission ÷ pgbench of its SQL | $(ratio "$RPS_POST__api_v1_opinions" "$PG_SUBMIT") |"
  echo "| staff queue ÷ pgbench of its SQL | $(ratio "$RPS_GET__api_v1_staff_opinions" "$PG_QUEUE") |"
  echo "| suggestion queue ÷ pgbench of its SQL | $(ratio "$RPS_GET__api_v1_staff_suggestions" "$PG_SUGGESTIONS") |"
  echo "| suggestion queue ÷ opinion queue | $(ratio "$RPS_GET__api_v1_staff_suggestions" "$RPS_GET__api_v1_staff_opinions") |"
  echo "| ?q common phrase ÷ pgbench of its SQL | $(ratio "$RPS_GET__api_v1_staff_opinions_q" "$PG_SEARCH_COMMON") |"
  echo "| ?q rare phrase ÷ pgbench of its SQL | $(ratio "$RPS_GET__api_v1_staff_opinions_q__rare_phrase_" "$PG_SEARCH_RARE") |"
  echo "| ?q two-character word ÷ pgbench of its SQL | $(ratio "$RPS_GET__api_v1_staff_opinions_q__two_character_word_" "$PG_SEARCH_SHORT") |"
  echo
  echo "Resident memory of the service before the hostile mix: $RSS_BEFORE_HOSTILE MB; after two runs of it: $RSS_AFTER_HOSTILE MB."
  echo
  echo "Opinions in the database: $OPINIONS plus those submitted by the run (seeded in ${SEED_SECONDS} s); deputy suggestions: $SUGGESTIONS."
  echo
  echo "What the service logged at WARN or above during the load (count, line):"
  echo
  echo '```'
  echo "${WARNINGS:-nothing}"
  echo '```'
  echo
  echo "CSV export of all $EXPORT_ROWS opinions ($EXPORT_MB MB) with the service restarted at -Xmx256m: ${EXPORT_SECONDS} s,"
  echo "heap in use before: $HEAP_IDLE_MB MB; the highest sampled every 0.2 s during the export: $EXPORT_HEAP_MB MB."
  echo "XLSX export of the same rows ($XLSX_MB MB): ${XLSX_SECONDS} s, the highest heap sampled during it: $XLSX_HEAP_MB MB."
  echo
  echo "Query plans of the opinion lists (EXPLAIN ANALYZE at this size):"
  echo
  echo '```'
  echo "$PLANS"
  echo '```'
} > "$WORK/report.md"
cat "$WORK/report.md"
cp "$WORK/report.md" "$RESULTS"
echo
echo "written to $RESULTS"
