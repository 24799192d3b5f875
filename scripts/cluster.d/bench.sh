# scripts/cluster bench — sourced by scripts/cluster. The dashboard API under load on the cluster topology, side by side
# in one run: the national synthetic set (tiendo bench generate) loaded into the primary, the replica taken by
# pg_basebackup AFTER the load, two nodes and nginx; then `tiendo bench load` with C concurrent clients against ONE node
# directly, and against TWO nodes through nginx: (a) at saturation (closed loop, zero think time) and (b) paced, each
# client waiting T ms after each answer (--think-ms, default 1000: an officer's dashboard refreshing every second).

bench_generate() {
  say "Tạo bộ dữ liệu mô phỏng ($BENCH_SCHOOLS trường) vào máy chính…"
  cli bench generate --db-url "$(primary_url)" --db-user tiendo --db-password "$DB_PASSWORD" --schools "$BENCH_SCHOOLS" \
    2>&1 | tee "$DIR/generate.log" | grep -E "Đã tạo|Lỗi" || true
  PSQL_DB=tiendo psql_super "$PG1" -c "VACUUM ANALYZE" >/dev/null
}

bench_targets() {
  cli bench cluster-load targets --db-url "$(primary_url)" --db-user tiendo --db-password "$DB_PASSWORD" \
    --base-url "http://127.0.0.1:$NODE1" --clients "$BENCH_CLIENTS" --targets-file "$DIR/targets-node1.txt" >"$DIR/targets.log" 2>&1 \
    || { cat "$DIR/targets.log" >&2; die "không tạo được tệp địa chỉ đo"; }
  sed "s|http://127.0.0.1:$NODE1/|http://127.0.0.1:$NGINX_PORT/|" "$DIR/targets-node1.txt" >"$DIR/targets-nginx.txt"
}

bench_cleanup() {
  local rc=$?
  trap - EXIT
  [ -n "${DIR:-}" ] && [ -d "$DIR" ] && cmd_stop "${BENCH_KEEP:-}"
  exit "$rc"
}

cmd_bench() {
  BENCH_SCHOOLS=2000 BENCH_CLIENTS=200 BENCH_REQUESTS=20000 BENCH_SECONDS=120 BENCH_KEEP="" BENCH_THINK_MS=1000
  while [ $# -gt 0 ]; do
    case "$1" in
      --schools) BENCH_SCHOOLS="$2"; shift 2 ;;
      --clients) BENCH_CLIENTS="$2"; shift 2 ;;
      --requests) BENCH_REQUESTS="$2"; shift 2 ;;
      --seconds) BENCH_SECONDS="$2"; shift 2 ;;
      --think-ms) BENCH_THINK_MS="$2"; shift 2 ;;
      --keep) BENCH_KEEP=--keep; shift ;;
      *) die "tùy chọn không rõ: $1 (--schools N, --clients C, --requests R, --seconds S, --think-ms T, --keep)" ;;
    esac
  done
  trap bench_cleanup EXIT
  trap 'exit 143' TERM INT
  # a fresh database has no backup yet, so the nightly backup would start at once and copy the whole set beside the load
  JAVA_NODE_OPTS="$JAVA_NODE_OPTS -Dtiendo.backup.nightly=false"
  CLUSTER_BEFORE_REPLICA=bench_generate CLUSTER_BEFORE_NODES=bench_targets cmd_start
  local load=(--clients "$BENCH_CLIENTS" --requests "$BENCH_REQUESTS" --seconds "$BENCH_SECONDS")
  local think summary="$DIR/bench-summary.txt"
  : >"$summary"
  for think in 0 "$BENCH_THINK_MS"; do
    echo
    if [ "$think" = 0 ]; then
      echo "##### (a) Tải bão hòa / saturation: $BENCH_CLIENTS máy khách gửi liên tục (think 0 ms) — $BENCH_SCHOOLS trường #####"
    else
      echo "##### (b) Tải có nhịp / paced: $BENCH_CLIENTS máy khách, mỗi máy chờ $think ms sau mỗi câu trả lời — $BENCH_SCHOOLS trường #####"
    fi
    echo "=== Một node, trực tiếp / one node, direct (127.0.0.1:$NODE1) ==="
    java -Xmx1g -jar "$(jar)" bench load --targets-file "$DIR/targets-node1.txt" "${load[@]}" --think-ms "$think" | bench_summary "think $think ms, 1 node " | tee -a "$summary"
    echo "=== Hai node qua nginx / two nodes through nginx (127.0.0.1:$NGINX_PORT) ==="
    java -Xmx1g -jar "$(jar)" bench load --targets-file "$DIR/targets-nginx.txt" "${load[@]}" --think-ms "$think" | bench_summary "think $think ms, 2 nodes" | tee -a "$summary"
  done
  echo
  echo "=== Tóm tắt / summary ($BENCH_SCHOOLS trường, $BENCH_CLIENTS máy khách; 1 node trực tiếp, 2 node qua nginx) ==="
  cat "$summary"
  echo "Máy: $(nproc) lõi, $(free -g | awk '/Mem:/ {print $2}') GB; $(date -u +%Y-%m-%dT%H:%MZ)"
}

# The load's full output (on stderr), then one line per address: label, path, req/s, p50/p95/p99 ms, failures.
bench_summary() {
  tee /dev/stderr | awk -v label="$1" '
    $1 == "url" { sub(/^http:\/\/[^\/]*/, "", $2); url = $2 }
    $1 == "throughput_per_s" { rps = $2 } $1 == "failures" { fail = $2 }
    $1 == "p50_ms" { p50 = $2 } $1 == "p95_ms" { p95 = $2 }
    $1 == "p99_ms" { printf "  %s  %-62s %6s req/s  p50/p95/p99 %s / %s / %s ms  lỗi %s\n", label, url, rps, p50, p95, $2, fail }'
}
