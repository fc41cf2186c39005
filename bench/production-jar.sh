# Sourced by the bench scripts, so that each starts the jar as production runs it.
# production_secrets writes fresh keys into $WORK; production_jar starts the packaged jar in the
# background (its pid in JAR_PID) against the database $DB, the Redis database $REDIS_DB and the
# WeChat double on $STUB_PORT, with the rate limits that one bench citizen would hit lifted.

production_secrets() {
  printf '{"keys":[{"kty":"oct","kid":"bench","alg":"HS256","use":"sig","k":"%s"}]}\n' \
    "$(openssl rand 32 | base64 | tr '+/' '-_' | tr -d '=')" > "$WORK/jwt-keys.json"
  CRYPTO_KEY="$(openssl rand -base64 32)"
  APP_SECRET="$(openssl rand -hex 16)"
}

production_jar() { # max heap, port, log file
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_REDIS_HOSTS="redis://127.0.0.1:6379/$REDIS_DB" \
  SMALLRYE_JWT_VERIFY_KEY_LOCATION="$WORK/jwt-keys.json" \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$WORK/jwt-keys.json" SMALLRYE_JWT_SIGN_KEY_ID=bench \
  LIAISON_CRYPTO_KEY="$CRYPTO_KEY" \
  LIAISON_WECHAT_APP_ID=wx-bench LIAISON_WECHAT_APP_SECRET="$APP_SECRET" \
  LIAISON_WECHAT_BASE_URL="http://127.0.0.1:$STUB_PORT" \
  LIAISON_BOOTSTRAP_ADMIN_USERNAME=admin LIAISON_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-password \
  java -Xmx"$1" -Dquarkus.http.port="$2" -Dquarkus.log.level=WARN -Dquarkus.log.console.json.enabled=false \
    -Dliaison.rate-limits.wechat-login.limit=1000000000 -Dliaison.rate-limits.password-login.limit=1000000000 \
    -Dliaison.rate-limits.opinion-hourly.limit=1000000000 -Dliaison.rate-limits.opinion-daily.limit=1000000000 \
    -jar target/quarkus-app/quarkus-run.jar >> "$3" 2>&1 &
  JAR_PID=$!
}
